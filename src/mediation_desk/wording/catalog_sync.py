"""Sentences for USB sync: why a bundle, receipt or identity file was refused, and the
rules of enrollment and supervision. (Chinese, English) per code."""

from __future__ import annotations

_BRING_AGAIN = "请让对方重新导出一份，用另一个U盘带来"
_BRING_AGAIN_EN = "ask for a fresh copy on another stick"

MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.unreadable": ("{file} 读不出来（U盘可能已拔出或损坏）；请重新插好U盘再试",
                          "{file} cannot be read (the stick may be pulled out or faulty)"),
    "bundle.not_a_bundle": ("{file} 不是调解工作台的数据包", "{file} is not a Mediation Desk bundle"),
    "bundle.truncated": (f"{{file}} 不完整（复制时可能被中断）；{_BRING_AGAIN}",
                         f"{{file}} is incomplete (copying was interrupted); {_BRING_AGAIN_EN}"),
    "bundle.damaged": (f"{{file}} 已损坏或被改动过，未导入任何内容；{_BRING_AGAIN}",
                       f"{{file}} is damaged or was altered; nothing imported; {_BRING_AGAIN_EN}"),
    "bundle.bad_signature": (
        f"{{file}} 的签名不对：文件在途中被改动过，或不是对方签发的。未导入任何内容；{_BRING_AGAIN}",
        "{file} has a bad signature: altered on the way or not from the sender; "
        "nothing imported"),
    "bundle.cannot_decrypt": (
        "{file} 无法解密：它不是加密给本机的（可能是给另一个乡镇的，或本机密钥已更换）",
        "{file} cannot be decrypted: it is not encrypted to this station"),
    "bundle.too_large": ("{file} 解开后大得不正常，为安全起见拒绝导入",
                         "{file} expands to an abnormal size and is refused"),
    "bundle.bad_row": ("{file} 第 {line} 行数据不合格式（{table} {column}），整个包未导入",
                       "{file}: row {line} is malformed ({table} {column}); nothing imported"),
    "bundle.unknown_table": ("{file} 第 {line} 行含有本机不认识的数据（{table}），整个包未导入",
                             "{file}: row {line} holds unknown data ({table}); nothing imported"),
    "bundle.foreign_rows": (
        "{file} 含有不属于发送方的记录（{table}），整个包未导入；请与发送方核实",
        "{file} holds records that do not belong to its sender ({table}); nothing imported"),
    "bundle.wrong_format": ("{file} 的种类不对：数据包请用“导入数据包”，回执请用“导入回执”",
                            "{file} is the wrong kind of file here (bundle vs receipt)"),
    "bundle.newer_version": (
        "{file} 由更新版本的调解工作台（{app_version}）导出，请先把本机升级到该版本或更高",
        "{file} comes from a newer Mediation Desk ({app_version}); update this station first"),
    "bundle.wrong_recipient": (
        "{file} 是发给另一个单位的（{name} {code}），不是本机；请交给对应的乡镇",
        "{file} is addressed to another station ({name} {code})"),
    "bundle.is_receipt": ("{file} 是回执，请在村里用“导入回执”", "{file} is a receipt, not a bundle"),
    "bundle.village_cannot_import": ("村调委会不接收数据包；{file} 应交给乡镇导入",
                                     "a village does not import bundles; take {file} to the township"),
    "bundle.from_self": ("{file} 是本机自己导出的", "{file} was exported by this station"),
    "bundle.key_changed": (
        "{file} 的签名密钥与登记的“{name}”不一致：可能是重装后的电脑或冒名文件。"
        "请核对指纹后重新登记该单位",
        "{file}: the signing key differs from the one enrolled for {name}; verify and enroll again"),
    "bundle.from_upstream": ("{file} 来自上级单位“{name}”，不能作为数据包导入",
                             "{file} comes from our upstream station {name}"),
    "bundle.unconfirmed_station": (
        "首次收到“{name}”的数据包，指纹 {fingerprint} 尚未确认，未导入；"
        "请与村里屏幕上的指纹核对后确认",
        "first bundle from {name}: fingerprint {fingerprint} not confirmed; nothing imported"),
    "receipt.is_bundle": ("{file} 是数据包，要交给乡镇导入，不是回执",
                          "{file} is a bundle for the township, not a receipt"),
    "receipt.unknown_township": (
        "{file} 来自“{name}”，本机没有登记这个乡镇；请先导入乡镇的身份文件",
        "{file} comes from {name}, which is not enrolled here"),
    "identity.unreadable": ("{file} 不是有效的单位身份文件", "{file} is not a valid identity file"),
    "sync.peer_kind": ("村调委会只能登记乡镇（司法所）的身份文件，这个文件属于“{kind}”",
                       "a village can enroll only its township"),
    "sync.enroll_self": ("这是本机自己的身份文件", "this is this station's own identity file"),
    "sync.key_changed": ("“{name}”已登记过，但这个文件的密钥不同；确认对方确实换了电脑后再替换",
                         "{name} is enrolled with different keys; replace only if confirmed"),
    "sync.other_upstream": ("本村已登记乡镇“{name}”；确需改报其他乡镇，请选择替换",
                            "this village already reports to {name}; choose replace to change"),
    "sync.no_upstream": ("还没有登记乡镇：请先导入乡镇司法所给的身份文件（.mzid）",
                         "no township enrolled yet: import the township's identity file first"),
    "sync.foreign_record": ("这条记录属于另一个单位，本机只能查看，不能修改",
                            "this record belongs to another station: view only"),
    "sync.notes_only_on_village_cases": ("督办意见和退回只能写在各村报来的案件上",
                                         "notes and returns go on villages' cases only"),
    "sync.not_a_return": ("这条是督办意见，不是退回", "this note is not a return"),
    "sync.return_closed": ("这次退回已于 {date} 标记为整改完毕", "this return was closed on {date}"),
    "sync.conflict_stale": ("这条记录在此后又有更新，这个待审项已过时",
                            "the record has changed since; this review item is stale"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "export_level": ("导出级别", "export level"),
    "conflict": ("待审记录", "review item"),
    "bundle": ("数据包", "bundle"),
}

INDEXED: dict[str, tuple[str, str]] = {}
