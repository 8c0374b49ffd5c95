"""Sentences for accounts, signing in and permissions (issue 8), and the words for roles and
permissions that ``auth.forbidden`` names. (Chinese, English) per code.

A refusal of a sign-in never says whether the login exists: "登录名或密码不对"."""

from __future__ import annotations

Pair = tuple[str, str]

MESSAGES: dict[str, Pair] = {
    "auth.forbidden": ("你的角色（{role}）不能执行此操作：{permission}。如需办理，请找调委会主任",
                       "your role ({role}) may not do this: {permission}. Ask the "
                       "committee chair"),
    "auth.bad_credentials": ("登录名或密码不对，请再试一次（注意大小写和输入法的全角/半角）",
                             "the login or the password is wrong; try again (mind capitals)"),
    "auth.locked": ("密码连续输错次数太多，账户已暂时锁定，请在 {until} 以后（约 {minutes} 分钟后）再试",
                    "too many wrong passwords: the account is locked until {until} (about "
                    "{minutes} minute(s))"),
    "auth.disabled": ("账户「{login}」已停用，不能登录；请找调委会主任",
                      "the account '{login}' is disabled; ask the committee chair"),
    "auth.accounts_exist": ("本机已经有账户了，第一个主任账户只能在没有任何账户时建立；请用已有账户登录",
                            "accounts already exist; sign in with one of them"),
    "auth.no_chair_yet": ("本机还没有主任账户：请先建立主任账户（mediation-desk user setup），再添加其他账户",
                          "create the chair's account first (user setup), then add others"),
    "auth.not_signed_in": ("还没有登录", "nobody is signed in"),
    "auth.bad_password": ("原密码不对", "the current password is wrong"),
    "auth.same_password": ("新密码和原密码一样，请换一个", "the new password is the old one"),
    "auth.passwords_differ": ("两次输入的密码不一样，请重新输入",
                              "the two passwords differ; type them again"),
    "auth.weak_password": ("密码不够安全", "the password is too weak"),
    "auth.weak_password/too_short": ("密码太短：至少要 {min_length} 个字符（字母、数字、符号都可以）",
                                     "too short: at least {min_length} characters"),
    "auth.weak_password/one_character": ("密码不能全是同一个字符（如 11111111）",
                                         "must not be one character repeated"),
    "auth.weak_password/is_login": ("密码不能和登录名一样", "must not be the login"),
    "auth.login_format": ("登录名要 {min_length}–{max_length} 个字符，只能用字母、数字、点、下划线、横线或汉字",
                          "a login has {min_length}-{max_length} characters: letters, digits, "
                          ". _ - or Chinese characters"),
    "auth.login_taken": ("登录名「{login}」已经有人用了（不分大小写），请换一个",
                         "the login '{login}' is taken (capitals do not count)"),
    "auth.last_chair": ("「{login}」是最后一个能管理账户的主任账户，不能停用或改为其他角色；请先给另一人设主任角色",
                        "'{login}' is the last account that can manage accounts; make "
                        "someone else chair first"),
    "auth.disable_self": ("不能停用自己正在使用的账户", "you cannot disable your own account"),
    "auth.login_required": ("本机已设置账户，请先登录", "this store has accounts: sign in first"),
    "auth.password_required": ("需要密码才能登录", "a password is needed to sign in"),
    "auth.must_change_password": ("这个账户的密码是主任设的临时密码，请先改成自己的密码",
                                  "this account has a temporary password: change it first"),
    "not_found/user": ("找不到账户「{key}」；可以用 user list 查看所有账户",
                       "account '{key}' not found; see user list"),
}

FIELDS: dict[str, Pair] = {
    "login": ("登录名", "login"),
    "display_name": ("姓名", "name"),
    "password": ("密码", "password"),
    "password_again": ("再次输入密码", "password again"),
    "old_password": ("原密码", "current password"),
    "new_password": ("新密码", "new password"),
    "new_password_again": ("再次输入新密码", "new password again"),
    "user_role": ("角色", "role"),
}

INDEXED: dict[str, Pair] = {}

ROLE_LABELS: dict[str, Pair] = {
    "mediator": ("调解员", "mediator"),
    "chair": ("调委会主任", "committee chair"),
    "township": ("司法所工作人员", "township justice office"),
    "": ("未登录", "not signed in"),
}

PERMISSION_LABELS: dict[str, Pair] = {
    "case.void": ("作废案件登记", "void a case registration"),
    "person.reveal_id": ("查看完整身份证号", "show a full ID number"),
    "roster.write": ("修改调解员名册", "change the mediator roster"),
    "settings.write": ("修改本机设置", "change the settings"),
    "users.manage": ("管理账户和角色", "manage accounts and roles"),
    "sync.export": ("导出同步文件到U盘", "export to a USB stick"),
    "sync.import": ("从U盘导入", "import from a USB stick"),
    "data.export": ("导出名册、报表等成批的个人信息", "export files of many people's data"),
    "backup.restore": ("从备份恢复数据", "restore from a backup"),
    "audit.view": ("查看全站操作记录", "view the whole event log"),
    "retention.review": ("审查超过保管期限的卷宗", "review dossiers past retention"),
}

# How messages.py shows these parameters (kind → labels above).
PARAM_KINDS: dict[str, dict[str, str]] = {
    "auth.forbidden": {"role": "user_role", "permission": "permission"},
}
PARAM_LABELS: dict[str, dict[str, Pair]] = {
    "user_role": ROLE_LABELS, "permission": PERMISSION_LABELS,
}
VARIANTS: dict[str, str] = {"auth.weak_password": "reason"}


def role_label(role: str | None, lang: str = "zh") -> str:
    pair = ROLE_LABELS.get(role or "")
    return pair[1 if lang.startswith("en") else 0] if pair else str(role)


def permission_label(permission: str, lang: str = "zh") -> str:
    pair = PERMISSION_LABELS.get(permission)
    return pair[1 if lang.startswith("en") else 0] if pair else permission
