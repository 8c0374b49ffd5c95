"""Which command-line option fixes a refusal. The shared sentences (wording/) name no
option, because the window shows them too; the CLI adds the option after the sentence."""

from __future__ import annotations

HINTS: dict[str, tuple[str, str]] = {
    "transition.needs_reason": ("（--reason 理由代码）", " (--reason)"),
    "transition.needs_host_mediator": ("（--host 调解员编号）", " (--host)"),
    "transition.needs_consent": ("（--consent）", " (--consent)"),
    "transition.needs_rights_notice": ("（--notice，或 case record notice）", " (--notice)"),
    "transition.needs_advised_routes": ("（--routes litigation,arbitration,administrative）",
                                        " (--routes)"),
    "transition.needs_receiving_body": ("（--to 接收单位）", " (--to)"),
    "transition.needs_all_party_consent": ("（--consent）", " (--consent)"),
    "transition.needs_result": ("（--result）", " (--result)"),
    "auth.login_required": ("：请加上 --user 登录名；密码放在环境变量 MEDIATION_DESK_PASSWORD 里，"
                            "或在提示时输入", ": add --user LOGIN; the password comes from "
                            "$MEDIATION_DESK_PASSWORD or is asked for"),
    "auth.password_required": ("：请设置环境变量 MEDIATION_DESK_PASSWORD（新密码用 "
                               "MEDIATION_DESK_NEW_PASSWORD），或在终端里运行以便输入密码",
                               ": set $MEDIATION_DESK_PASSWORD (a new one: "
                               "$MEDIATION_DESK_NEW_PASSWORD) or run in a terminal"),
    "auth.must_change_password": ("（user passwd，新密码放在 MEDIATION_DESK_NEW_PASSWORD 里）",
                                  " (user passwd, new one in $MEDIATION_DESK_NEW_PASSWORD)"),
}
