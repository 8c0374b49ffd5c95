"""Sentences for the codes of households, joint-defence groups and incident reports: (Chinese,
English) per code; and the names of incident kinds and routes for the command line."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "group.size_unusual": ("本组现有 {count} 户；十户联防一般约十户一组（{min}–{max} 户），请考虑调整",
                           "the group has {count} households; a group usually has about ten "
                           "({min}–{max})"),
    "group.no_head": ("本组还没有中心户长", "the group has no head"),
    "group.head_age": ("中心户长现年 {age} 岁，不在 {min}–{max} 岁之间（部分乡镇的条件）",
                       "the head is {age}, outside {min}–{max} (a local condition)"),
    "group.head_no_phone": ("中心户长没有登记电话，情况无法及时上报",
                            "no phone number on record for the head, who must pass information up"),
    "group.no_deputy": ("本组还没有副户长", "the group has no deputy"),
    "group.term_ended": ("中心户长任期已于 {term_end} 届满，请组织换届",
                         "the head's term ended on {term_end}; hold a re-election"),
    "group.deputy_is_head": ("副户长不能由中心户长兼任", "the deputy cannot be the head"),
    "group.deputy_not_member": ("副户长必须是本组某一户的成员",
                                "the deputy must belong to one of the group's households"),
    "group.already_member": ("这一户已经在本组里", "this household is already in the group"),
    "group.not_member": ("这一户现在不在本组里", "this household is not in the group now"),
    "group.head_household_leaving": ("这一户是「{group}」中心户长的家，请先给该组换届再移出",
                                     "this is the household of the head of '{group}'; "
                                     "change the head first"),
    "group.dissolved": ("联防组「{name}」已解散", "group '{name}' has been dissolved"),
    "household.head_index": ("户主应是所列成员之一", "the head must be one of the members listed"),
    "household.head_not_member": ("户主必须是本户的成员", "the head must be a member of the household"),
    "not_found/incident_report": ("找不到这条情况报告（编号 {key}）",
                                  "incident report {key} not found"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "head_index": ("户主", "head of household"),
    "villager_group": ("村民小组", "villager group"), "grid": ("网格", "grid"),
    "deputy_person_id": ("副户长", "deputy"), "elected_on": ("推选日期", "date elected"),
    "selection_method": ("产生方式", "selection method"),
    "reported_at": ("报告时间", "time reported"), "reporter_person_id": ("报告人", "reporter"),
    "action_taken": ("已采取的措施", "action taken"), "routed_to": ("处理去向", "routed to"),
    "follow_up": ("后续处理情况", "follow-up"), "incident_id": ("情况报告", "incident report"),
}

INDEXED: dict[str, tuple[str, str]] = {
    "household_ids": ("第{n}户", "household {n}"),
    "new_members": ("第{n}个新登记的家庭成员", "new member {n}"),
    "member_ids": ("第{n}个家庭成员", "member {n}"),
}

INCIDENT_KINDS: dict[str, tuple[str, str]] = {
    "dispute": ("矛盾纠纷", "dispute"), "security_hazard": ("安全隐患", "security hazard"),
    "suspicious_person": ("可疑人员", "suspicious person"), "fire": ("火情", "fire"),
    "welfare": ("空巢老人/留守儿童", "vulnerable person"), "other": ("其他", "other"),
}

INCIDENT_ROUTES: dict[str, tuple[str, str]] = {
    "self_handled": ("户长自行处理", "handled by the head"),
    "security_committee": ("报治保会", "security committee"),
    "mediation_committee": ("转调委会", "mediation committee"),
    "police": ("报派出所", "police"),
}
