"""Sentences for backups, restore and the store's health at open (issue 8), and the names
of the backup kinds. (Chinese, English) per code."""

from __future__ import annotations

Pair = tuple[str, str]

_NOTHING_CHANGED = "现在的数据没有任何改动"
_NOTHING_CHANGED_EN = "the current data was not changed"

MESSAGES: dict[str, Pair] = {
    # --- at open --------------------------------------------------------------------------
    "store.damaged": (
        "数据文件 {file} 已损坏，为了不让损坏扩大，没有打开它（检查结果：{details}）。"
        "最近一份完好的备份是 {backup_made_at} 的 {backup}：可以用它恢复（运行 "
        "mediation-desk restore --latest），损坏的文件会另外保留",
        "The data file {file} is damaged and was not opened (check: {details}). The newest "
        "good backup is {backup} of {backup_made_at}: restore it with mediation-desk restore "
        "--latest; the damaged file is kept aside"),
    "store.damaged_no_backup": (
        "数据文件 {file} 已损坏，为了不让损坏扩大，没有打开它（检查结果：{details}）。"
        "备份文件夹里没有找到完好的备份：请不要删除任何文件，找管理这台电脑的人帮忙",
        "The data file {file} is damaged and was not opened (check: {details}). No good "
        "backup was found: do not delete anything and ask whoever looks after this computer"),
    "store.on_network": (
        "数据文件夹 {path} 在网络共享盘上（{detail}）。在网络盘上使用数据文件，断网或多人同时打开"
        "都可能把它弄坏。请把数据复制到本机，在本机使用",
        "The data folder {path} is on a network share ({detail}); a dropped connection or "
        "two computers at once can damage the file. Copy the data to this computer and work there"),
    "store.on_removable": (
        "数据文件夹 {path} 在U盘或移动硬盘上（{detail}）。写入时拔出U盘会把数据文件弄坏。"
        "请把数据复制到本机，在本机使用；U盘只用来带数据包和备份",
        "The data folder {path} is on a USB stick or removable disk ({detail}); pulling it out "
        "during a write damages the file. Copy the data to this computer and work there"),
    "store.in_cloud_folder": (
        "数据文件夹 {path} 在网盘同步文件夹「{detail}」里。网盘软件会在写入途中复制文件，"
        "可能把数据文件弄坏。请把数据复制到本机不同步的文件夹，在那里使用",
        "The data folder {path} is inside the sync folder '{detail}'; sync software copies "
        "files mid-write and can damage them. Copy the data to a local folder that is not synced"),
    "store.local_copy_exists": (
        "本机的数据文件夹 {path} 里已经有数据，不会覆盖它。请找管理这台电脑的人决定用哪一份",
        "The local data folder {path} already holds data and is never overwritten; ask "
        "whoever looks after this computer which copy to keep"),
    # --- making backups -------------------------------------------------------------------
    "backup.failed": (
        f"备份没有做成（{{details}}）。{_NOTHING_CHANGED}，也没有留下不完整的备份文件",
        f"The backup was not made ({{details}}); {_NOTHING_CHANGED_EN} and no partial "
        "backup file was left"),
    "backup.source_damaged": (
        "备份没有做成：复制出来的文件没有通过完整性检查（{details}），说明数据文件本身可能已损坏。"
        "请运行 mediation-desk check --full 检查，必要时从较早的备份恢复",
        "The backup was not made: the copy failed its integrity check ({details}), so the "
        "data file itself may be damaged; run mediation-desk check --full"),
    # --- restore --------------------------------------------------------------------------
    "backup.missing": ("找不到备份文件 {file}", "the backup file {file} does not exist"),
    "backup.unusable": (
        f"{{file}} 不能用来恢复：它已损坏，或不是本程序的备份（{{details}}）。{_NOTHING_CHANGED}",
        f"{{file}} cannot be restored: it is damaged or not a backup of this program "
        f"({{details}}); {_NOTHING_CHANGED_EN}"),
    "backup.other_station": (
        f"{{file}} 是另一个调委会（或另一台电脑上新建的数据）的备份，不能用来恢复本机的数据。"
        f"{_NOTHING_CHANGED}",
        f"{{file}} is a backup of another station and cannot replace this one; "
        f"{_NOTHING_CHANGED_EN}"),
    "backup.newer_version": (
        f"{{file}} 是用更新版本的调解工作台做的备份，这个版本打不开它。请先升级本程序再恢复。{_NOTHING_CHANGED}",
        f"{{file}} was made by a newer release of Mediation Desk; upgrade first; "
        f"{_NOTHING_CHANGED_EN}"),
    "backup.store_in_use": (
        f"数据文件正被另一个程序（或另一个调解工作台窗口）打开，现在不能恢复。请关掉它再试。{_NOTHING_CHANGED}",
        f"The data file is open in another program or window; close it and try again; "
        f"{_NOTHING_CHANGED_EN}"),
    "backup.store_not_damaged": (
        "数据文件没有损坏：恢复备份需要先登录，并由有权限的人（调委会主任）操作",
        "The data file is not damaged: restoring a backup needs a signed-in chair"),
    "backup.none_good": (
        "备份文件夹 {folder} 里没有完好的备份可以恢复。请不要删除任何文件，找管理这台电脑的人帮忙",
        "There is no good backup in {folder}; do not delete anything and ask for help"),
    "backup.not_confirmed": (
        f"没有确认，没有恢复。{_NOTHING_CHANGED}。确认无误后加上 --yes 再运行",
        f"Not confirmed, nothing restored; {_NOTHING_CHANGED_EN}. Add --yes when sure"),
    # --- sealed copies for the USB stick --------------------------------------------------
    "backup.no_township": (
        "还没有登记上级司法所，不能把加密备份写到U盘（备份只加密给司法所）。请先在「同步」页登记司法所",
        "No township is enrolled yet: the stick copy is encrypted to the township; enrol it "
        "on the sync page first"),
    "backup.not_sealed_backup": (
        "{file} 不是加密的备份文件", "{file} is not a sealed backup"),
    "backup.sealed_unknown_village": (
        "{file} 来自没有登记过的村（{name}），不能确认它没有被改动过",
        "{file} comes from a village that is not enrolled ({name}); it cannot be verified"),
    "backup.out_not_empty": (
        "输出文件夹 {path} 里已经有数据文件，不会覆盖。请选一个空文件夹",
        "The output folder {path} already holds a data file; choose an empty folder"),
}

FIELDS: dict[str, Pair] = {}
INDEXED: dict[str, Pair] = {}

# The kinds of backup, for lists in the CLI (the window has its own translations).
KIND_LABELS: dict[str, Pair] = {
    "auto": ("自动备份", "automatic"),
    "exit": ("退出时备份", "at exit"),
    "manual": ("手动备份", "made by hand"),
    "before-migration": ("升级前备份", "before an upgrade"),
    "before-import": ("导入前备份", "before an import"),
    "before-restore": ("恢复前备份", "before a restore"),
    "replaced": ("被恢复替换下的数据", "replaced by a restore"),
}


def kind_label(kind: str, lang: str = "zh") -> str:
    family = "before-migration" if kind.startswith("before-migration-") else kind
    pair = KIND_LABELS.get(family)
    return pair[0 if lang == "zh" else 1] if pair else kind
