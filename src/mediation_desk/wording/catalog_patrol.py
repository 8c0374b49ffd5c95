"""Sentences for the codes of patrol rotas and logs: (Chinese, English) per code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "rota.window_format": ("时段「{value}」的写法不对，请写成「20:00-22:00」这样的开始-结束时间",
                           "time window '{value}' is not valid; write it as 20:00-22:00"),
    "rota.window_empty": ("时段「{value}」的开始和结束时间相同", "time window '{value}' is empty"),
    "rota.window_twice": ("同一个时段填了两次", "the same time window is given twice"),
    "rota.no_windows": ("至少要填一个巡逻时段，如 20:00-22:00",
                        "give at least one time window, e.g. 20:00-22:00"),
    "rota.no_households": ("这个联防组在开始那天没有成员户，无法排班",
                           "the group has no member households on the first day"),
    "rota.household_twice": ("同一户列了两次", "a household is listed twice"),
    "rota.ends_before_starts": ("结束日期 {ends_on} 早于开始日期 {starts_on}",
                                "the end date {ends_on} is before the start date {starts_on}"),
    "rota.range_too_long": ("一次最多排 {max_days} 天，现在是 {days} 天；请分段排班",
                            "at most {max_days} days at a time (this is {days} days)"),
    "rota.no_weekdays": ("至少要选一天（星期几）", "choose at least one weekday"),
    "rota.weekday_invalid": ("星期应填 0（星期一）到 6（星期日）", "weekdays are 0 (Monday) to 6 (Sunday)"),
    "rota.per_shift_too_small": ("每班至少 1 户", "at least one household per shift"),
    "rota.per_shift_too_large": ("每班 {per_shift} 户太多了，这个组只有 {households} 户",
                                 "{per_shift} households per shift is more than the group's "
                                 "{households}"),
    "rota.no_shifts": ("所选的星期在这段日期里一天也没有，排不出班次",
                       "the chosen weekdays do not occur in the date range"),
    "rota.overlap": ("这个联防组已有 {starts_on} 至 {ends_on} 的轮值表，日期重叠了；"
                     "可改日期，或选择「替换原轮值表中尚未执行的班次」",
                     "the group already has a rota for {starts_on} to {ends_on}; change the "
                     "dates or replace the old rota's planned shifts"),
    "rota.replace_has_records": ("原轮值表 {date} 的班次已经巡逻或记了缺勤，不能替换；"
                                 "请从这天之后开始新的轮值表",
                                 "the old rota's shift on {date} is already done or missed; "
                                 "start the new rota after that day"),
    "rota.swap_same_shift": ("请选另一个班次来调换", "choose a different shift to swap with"),
    "rota.swap_same_household": ("同一户不能和自己调换", "a household cannot swap with itself"),
    "rota.swap_closed_shift": ("{date} 的班次已经巡逻或记了缺勤，不能再调换",
                               "the shift on {date} is done or missed and cannot be swapped"),
    "rota.swap_not_on_shift": ("这一户不在 {date} 的班次上", "this household is not on the shift of {date}"),
    "rota.swap_twice_in_shift": ("这一户已经在 {date} 的班次上了，调换后会重复",
                                 "this household is already on the shift of {date}"),
    "rota.swap_other_group": ("只能在同一个联防组的班次之间调换",
                              "shifts can only be swapped within one group"),
    "patrol.shift_done": ("{date} 的班次已经有巡逻记录，不能记为缺勤",
                          "the shift on {date} has a patrol log; it cannot be missed"),
    "patrol.already_missed": ("{date} 的班次已经记为缺勤", "the shift on {date} is already missed"),
    "patrol.not_yet": ("{date} 的班次还没到", "the shift on {date} has not come yet"),
    "patrol.already_logged": ("{date} 的班次已经填过巡逻记录", "the shift on {date} already has a log"),
    "patrol.shift_missed": ("{date} 的班次已记为缺勤，不能再填巡逻记录",
                            "the shift on {date} was marked missed"),
    "patrol.end_before_start": ("结束时间早于开始时间", "the end time is before the start time"),
    "patrol.no_participants": ("请填写参加巡逻的人", "name who took part in the patrol"),
    "not_found/patrol_shift": ("找不到班次「{key}」；可以用 rota shifts 查看班次编号",
                               "shift '{key}' not found; see rota shifts for ids"),
    "not_found/patrol_rota": ("找不到轮值表「{key}」；可以用 rota list 查看轮值表编号",
                              "rota '{key}' not found; see rota list for ids"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "starts_on": ("开始日期", "first day"), "ends_on": ("结束日期", "last day"),
    "weekdays": ("星期", "weekdays"), "windows": ("时段", "time windows"),
    "per_shift": ("每班户数", "households per shift"), "area": ("巡逻区域", "patrol area"),
    "shift_a": ("班次", "shift"), "shift_b": ("对方班次", "other shift"),
    "household_a": ("调出的户", "household"), "household_b": ("对方的户", "other household"),
    "shift_id": ("班次", "shift"), "rota_id": ("轮值表", "rota"),
    "actual_start": ("开始时间", "start time"), "actual_end": ("结束时间", "end time"),
    "observations": ("巡逻情况", "observations"), "hazards": ("发现的隐患", "hazards"),
    "households": ("值日户", "households"),
}

INDEXED: dict[str, tuple[str, str]] = {
    "windows": ("第{n}个时段", "time window {n}"),
    "weekdays": ("第{n}个星期", "weekday {n}"),
}
