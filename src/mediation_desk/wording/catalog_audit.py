"""Words for the audit trail and the personal-data features (issue 8): the label of every
action the services log that has none elsewhere (the case lifecycle's and the case records'
are ``messages.ACTIONS``, reused, not repeated), the objects and categories of the 日志 page,
the purposes a full ID number is shown for, and the sentences of this feature's error codes.
(Chinese, English) per entry."""

from __future__ import annotations

Pair = tuple[str, str]

MESSAGES: dict[str, Pair] = {
    "audit.export_failed": ("操作日志未能保存：{reason}。请换一个文件夹或检查U盘后再试",
                            "the audit log could not be written: {reason}"),
    "retention.not_archived": ("{case_no} 还没有归档：只有已归档的卷宗才做保管期限审查",
                               "{case_no} is not archived: only archived dossiers are reviewed"),
    "retention.not_due": ("{case_no} 的保管期限到 {due_on} 才届满，现在不能处置",
                          "{case_no} is kept until {due_on}; it cannot be disposed of yet"),
    "retention.permanent": ("{case_no} 永久保管，不做处置", "{case_no} is kept permanently"),
    "retention.disposed": ("{case_no} 已于 {reviewed_on} 处置（匿名化），不能再改",
                           "{case_no} was disposed of on {reviewed_on}; it cannot be changed"),
    "retention.keep_until_past": ("继续保管的日期要晚于今天（{today}）",
                                  "keep it until a day after today ({today})"),
    "retention.bad_decision": ("审查结论只能是“继续保管”或“到期处置”",
                               "the decision is either keep or disposed"),
    "not_found/sync_export": ("没有找到这个数据包的导出记录：{key}。可以用 sync log 查看导出记录",
                              "no export of bundle '{key}' is recorded; see sync log"),
}

FIELDS: dict[str, Pair] = {
    "keep_until": ("继续保管至", "keep until"),
    "decision": ("审查结论", "decision"),
}

INDEXED: dict[str, Pair] = {}

# Every action the services log, other than a case's lifecycle steps and records (those are
# in messages.ACTIONS). A test greps the code for uow.log( and checks each has a label.
ACTIONS: dict[str, Pair] = {
    "case.register": ("登记纠纷", "register a dispute"),
    "case_no.skip": ("跳过案件编号", "skip a case number"),
    "paper.printed": ("打印文书", "print a paper"),
    "paper.saved": ("保存文书（PDF）", "save a paper as PDF"),
    "retention.review": ("卷宗保管期限审查", "retention review of a dossier"),
    "person.add": ("登记人员", "register a person"),
    "person.update": ("修改人员信息", "correct a person's details"),
    "person.reveal_id_number": ("查看完整身份证号", "show a full ID number"),
    "relation.add": ("登记亲属关系", "record a family tie"),
    "relation.remove": ("删除亲属关系", "remove a family tie"),
    "mediator.add": ("登记调解员", "add a mediator"),
    "mediator.change": ("修改调解员信息", "change a mediator's details"),
    "mediator.status": ("变更调解员任职状态", "change a mediator's status"),
    "mediator.training": ("登记调解员培训", "record a training"),
    "roster.export": ("导出调解员名册", "export the mediator roster"),
    "household.add": ("登记户", "register a household"),
    "household.update": ("修改户信息", "change a household"),
    "household.add_member": ("增加户成员", "add a household member"),
    "household.set_head": ("设定户主", "set the head of household"),
    "group.add": ("成立联防组", "set up a joint-defence group"),
    "group.update": ("修改联防组", "change a joint-defence group"),
    "group.join": ("户加入联防组", "a household joins a group"),
    "group.leave": ("户退出联防组", "a household leaves a group"),
    "group.change_head": ("更换中心户长", "change the group head"),
    "group.set_deputy": ("设定副户长", "set the deputy head"),
    "group.dissolve": ("撤销联防组", "dissolve a group"),
    "incident.report": ("登记联防情况报告", "record an incident report"),
    "incident.follow_up": ("登记报告处理情况", "record an incident's follow-up"),
    "patrol.rota": ("编排巡逻轮值表", "make a patrol rota"),
    "patrol.rota_cut": ("提前结束轮值表", "end a rota early"),
    "patrol.swap": ("调换巡逻班次", "swap patrol shifts"),
    "patrol.missed": ("登记缺巡", "record a missed shift"),
    "patrol.log": ("登记巡逻记录", "record a patrol log"),
    "screening.round": ("登记矛盾纠纷排查", "record a screening round"),
    "screening.frequency": ("设定排查频次", "set the screening frequency"),
    "screening.finding_major": ("标记重大排查发现", "mark a finding major"),
    "screening.finding_report": ("登记重大发现书面报告", "record a finding's written report"),
    "screening.to_case": ("排查发现转为案件", "turn a finding into a case"),
    "statistics.export": ("导出统计报表", "export statistics"),
    "statistics.submit": ("生成月报", "make a monthly report"),
    "sync.export": ("导出数据包", "export a bundle"),
    "sync.import": ("导入数据包", "import a bundle"),
    "sync.receipt": ("导入回执", "import a receipt"),
    "sync.enroll": ("登记上下级单位", "enroll a station"),
    "sync.conflict_resolved": ("处理待审记录", "resolve a review item"),
    "sync.note": ("写督办意见", "write a supervision note"),
    "sync.return": ("退回案件整改", "return a case for correction"),
    "sync.return_closed": ("退回案件已整改", "a returned case was put right"),
    "sync.people_export": ("导出数据包人员清单", "export a bundle's list of persons"),
    "audit.export": ("导出操作日志", "export the audit log"),
    "station.init": ("设置本机单位", "set up the station"),
    "demo.generate": ("生成演示数据", "generate demo data"),
    "store.backup": ("备份数据", "back up the data"),
    "store.restore": ("从备份恢复数据", "restore from a backup"),
    "store.backup_sealed": ("备份加密交乡镇保管", "seal a backup for the township"),
    "store.backup_opened": ("打开村里交来的加密备份", "open a village's sealed backup"),
    "auth.sign_in": ("登录", "sign in"),
    "auth.sign_in_failed": ("登录失败", "failed sign-in"),
    "auth.unlock": ("解除锁屏", "unlock the screen"),
    "auth.unlock_failed": ("解除锁屏失败", "failed unlock"),
    "auth.sign_out": ("退出登录", "sign out"),
    "user.first_chair": ("建立第一个主任账户", "create the first chair account"),
    "user.add": ("新建账户", "add an account"),
    "user.role": ("更改账户角色", "change an account's role"),
    "user.password_changed": ("修改自己的密码", "change one's password"),
    "user.password_reset": ("重设账户密码", "reset an account's password"),
    "user.disable": ("停用账户", "disable an account"),
    "user.enable": ("恢复账户", "enable an account"),
}

# What an entry is about (EventLog.entity), for the 对象 column.
ENTITIES: dict[str, Pair] = {
    "mediation_case": ("案件", "case"), "person": ("人员", "person"),
    "case_party": ("当事人", "party"), "mediator": ("调解员", "mediator"),
    "mediator_training": ("调解员培训", "training"), "committee": ("调委会", "committee"),
    "station": ("本机", "station"), "household": ("户", "household"),
    "joint_defense_group": ("联防组", "joint-defence group"),
    "incident_report": ("情况报告", "incident report"), "patrol_rota": ("轮值表", "rota"),
    "patrol_shift": ("巡逻班次", "patrol shift"), "patrol_log": ("巡逻记录", "patrol log"),
    "screening_round": ("排查", "screening round"),
    "screening_finding": ("排查发现", "screening finding"),
    "person_relation": ("亲属关系", "family tie"), "paper_output": ("文书", "paper"),
    "statistics_report": ("统计报表", "statistics report"),
    "sync_export": ("数据包", "bundle"), "sync_import": ("导入的文件", "imported file"),
    "supervision_note": ("督办意见", "supervision note"),
    "sync_conflict": ("待审记录", "review item"), "event_log": ("操作日志", "audit log"),
    "dossier": ("卷宗", "dossier"), "user_account": ("账户", "account"),
}

# The 操作类别 of the 日志 page (domain.audit_views.ACTION_GROUPS).
GROUPS: dict[str, Pair] = {
    "case": ("案件", "cases"), "person": ("当事人与身份证号查看", "persons and ID numbers shown"),
    "roster": ("调解员名册", "mediator roster"), "sync": ("同步与导出", "sync and exports"),
    "backup": ("备份与恢复", "backups and restore"),
    "account": ("账户与登录", "accounts and signing in"), "settings": ("设置", "settings"),
    "community": ("排查与联防", "screening and joint defence"), "other": ("其他", "other"),
}

# Why a full ID number was shown (domain.privacy_views.REVEAL_PURPOSES).
PURPOSES: dict[str, Pair] = {
    "judicial_confirmation": ("打印司法确认申请材料", "print the judicial confirmation papers"),
    "verify_identity": ("核对当事人身份", "check a party's identity"),
    "own_access": ("当事人本人查阅", "the person asked to see it"),
    "other": ("其他", "other"),
}

# Captions of logged values in a summary, where the input-field name would mislead.
SUMMARY_KEYS: dict[str, Pair] = {
    "purpose": ("用途", "purpose"), "note": ("说明", "note"), "file": ("文件", "file"),
    "text": ("内容", "text"), "to": ("发往", "to"), "level": ("级别", "level"),
    "rows": ("条数", "rows"), "cases": ("案件数", "cases"), "persons": ("人数", "persons"),
    "format": ("格式", "format"), "destination": ("保存到", "saved to"),
    "full": ("全部记录", "everything"), "decision": ("审查结论", "decision"),
    "keep_until": ("继续保管至", "keep until"), "retention": ("保管期限", "retention"),
    "parties": ("当事人", "parties"), "id_number": ("身份证号", "ID number"),
    "phone": ("电话", "phone"), "login": ("登录名", "login"), "role": ("角色", "role"),
    "period": ("期间", "period"), "case_no": ("案件编号", "case number"),
    "copies": ("份数", "copies"), "pages": ("页数", "pages"), "form": ("文书", "paper"),
    "parties_anonymised": ("匿名化的当事人", "parties anonymised"),
    "persons_anonymised": ("匿名化的人员", "persons anonymised"), "bundle": ("数据包", "bundle"),
    "name": ("姓名", "name"),
    "size": ("大小（字节）", "size (bytes)"), "folder": ("文件夹", "folder"),
    "replaced": ("被替换的文件", "file replaced"), "damaged": ("已损坏", "damaged"),
    "out": ("保存到", "saved to"), "from": ("来自", "from"), "locked": ("已锁定", "locked"),
    "made_at": ("备份时间", "made at"), "shifts": ("班次数", "shifts"),
    "members": ("成员", "members"), "head": ("户长", "head"), "deputy": ("副户长", "deputy"),
    "zero_report": ("零报告", "zero report"), "registered": ("登记件数", "registered"),
    "success": ("调解成功件数", "settled"), "returns": ("退回", "returns"),
    "parked": ("暂存记录", "parked rows"), "resolution": ("处理结果", "resolution"),
    "fingerprint": ("指纹", "fingerprint"), "relative": ("亲属", "relative"),
    "major": ("重大", "major"), "voided": ("已作废", "voided"),
    "must_change_password": ("须修改密码", "must change the password"),
    "display_name": ("姓名", "name"),
}

DECISIONS: dict[str, Pair] = {"keep": ("继续保管", "keep"),
                              "disposed": ("到期处置（匿名化）", "disposed of (anonymised)")}
RETENTIONS: dict[str, Pair] = {"short": ("短期（10年）", "short (10 years)"),
                               "long": ("长期（30年）", "long (30 years)"),
                               "permanent": ("永久", "permanent")}
