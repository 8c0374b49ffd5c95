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
}
