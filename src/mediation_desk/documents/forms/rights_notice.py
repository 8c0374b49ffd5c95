"""人民调解当事人权利义务告知书 — what every party is told before mediation starts (2002 rule
Art. 30; domain.md §4.4). The law's articles are quoted word for word from 《中华人民共和国人民
调解法》(2010), so the paper can be read against the statute; the personal-information notice
covers what 个人信息保护法 第十七条 requires a processor to tell the person."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from mediation_desk.documents.kit import Kit
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解当事人权利义务告知书"
LAW = "《人民调解法》"
OPENING = ("根据有关法律、法规的要求，现将人民调解委员会的性质、调解原则和法律效果，以及在调解中"
           "各方当事人享有的权利和应当承担的义务告知如下：")
ACKNOWLEDGED = "以上内容已告知，本人已知悉。"

# (heading, paragraphs, numbered statutory items, article reference)
SECTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("一、人民调解委员会的性质",
     ("人民调解委员会是依法设立的调解民间纠纷的群众性组织。",
      "人民调解，是指人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成"
      "调解协议，解决民间纠纷的活动。"),
     (), "第七条、第二条"),
    ("二、人民调解的原则",
     ("人民调解委员会调解民间纠纷，应当遵循下列原则：",),
     ("（一）在当事人自愿、平等的基础上进行调解；",
      "（二）不违背法律、法规和国家政策；",
      "（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护"
      "自己的权利。"),
     "第三条"),
    ("", ("人民调解委员会调解民间纠纷，不收取任何费用。",), (), "第四条"),
    ("三、当事人享有的权利",
     ("当事人在人民调解活动中享有下列权利：",),
     ("（一）选择或者接受人民调解员；",
      "（二）接受调解、拒绝调解或者要求终止调解；",
      "（三）要求调解公开进行或者不公开进行；",
      "（四）自主表达意愿、自愿达成调解协议。"),
     "第二十三条"),
    ("", ("当事人可以委托代理人参加调解。委托代理人参加调解的，应当向人民调解委员会提交由"
          "当事人签名或者盖章的授权委托书，写明委托事项和权限。",), (), ""),
    ("四、当事人应当履行的义务",
     ("当事人在人民调解活动中履行下列义务：",),
     ("（一）如实陈述纠纷事实；",
      "（二）遵守调解现场秩序，尊重人民调解员；",
      "（三）尊重对方当事人行使权利。"),
     "第二十四条"),
    ("五、调解协议的法律效果",
     ("经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。",
      "人民调解委员会应当对调解协议的履行情况进行监督，督促当事人履行约定的义务。"),
     (), "第三十一条"),
    ("", ("经人民调解委员会调解达成调解协议后，当事人之间就调解协议的履行或者调解协议的内容"
          "发生争议的，一方当事人可以向人民法院提起诉讼。",), (), "第三十二条"),
    ("", ("经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日"
          "起三十日内共同向人民法院申请司法确认，人民法院应当及时对调解协议进行审查，依法确认"
          "调解协议的效力。",
          "人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以"
          "向人民法院申请强制执行。",
          "人民法院依法确认调解协议无效的，当事人可以通过人民调解方式变更原调解协议或者达成"
          "新的调解协议，也可以向人民法院提起诉讼。"),
     (), "第三十三条"),
)

PI_HEADING = "六、个人信息的处理"
# 个人信息保护法 第十七条: who processes, purpose, method, categories, retention, how to
# exercise the rights; 第二十三条: the township's office as recipient (purpose, method and
# categories here; its name and contact on the 接收方 line under the text). The texts are
# fixed: a name typed into them could push a "、" past the margin when the line wraps.
PI_TEXT = (
    "为调解本纠纷，人民调解委员会收集当事人的姓名、性别、民族、年龄、职业、联系方式、住址、"
    "身份证件号码，以及与纠纷有关的事实和证据材料。上述信息仅用于本纠纷的受理、调解、"
    "协议履行的督促和回访，以及依照规定报送统计，不作他用。信息记入纸质调解卷宗和本委员会"
    "电脑中的调解台账；身份证件号码加密保存，平时只显示部分号码，查看完整号码须登记事由。",
    "本委员会依照规定将案件情况（含当事人姓名、联系方式等）以加密方式报送所在乡镇（街道）"
    "司法所（见下方“个人信息接收方”），用于人民调解工作的指导、监督和统计；除此以外，"
    "未经本人同意，不向其他单位或者个人提供，法律、行政法规另有规定的除外。",
    "调解中形成的材料随调解卷宗立卷归档，自归档之日起按短期（10年）或者长期（30年）保管；"
    "保管期限届满后经审查，继续保管或者作匿名化处理，只保留统计数字。",
    "当事人可以向本委员会查阅、复制本人的个人信息，要求更正、补充不准确或者不完整的信息；"
    "保管期限届满或者处理目的已经实现的，可以要求删除。上述要求可以当面或者通过下列地址、"
    "电话提出，本委员会将及时处理并答复；有异议的，可以向司法所反映。",
)
OFFICE = "司法所"


@dataclass(frozen=True)
class RightsNoticeData:
    committee_name: str = ""
    committee_address: str = ""
    committee_phone: str = ""
    township: str = ""
    """The township (青龙镇) whose 司法所 receives the case data; empty: named in general."""
    number: str = ""
    parties: tuple[str, ...] = ()
    given_on: tuple[date | None, ...] = ()
    """Per party (same order): the day the notice was recorded as given; None to write in."""


Data = RightsNoticeData


class _Styles:
    """A denser body than the other forms: the whole notice and the parties' acknowledgements
    should fit on two sheets, one leaf printed on both sides."""

    def __init__(self, kit: Kit) -> None:
        self.text = ParagraphStyle("md-notice", parent=kit.text, fontSize=11, leading=19)
        self.head = ParagraphStyle("md-notice-head", parent=self.text, firstLineIndent=0)


def _section(kit: Kit, st: _Styles, heading: str, paras: tuple[str, ...],
             items: tuple[str, ...], article: str) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(kit.m(heading), st.head)] if heading else []
    cite = f"（{LAW}{article}）" if article else ""
    lines = list(paras) + list(items)
    for i, text in enumerate(lines):
        out.append(Paragraph(kit.m(text + (cite if i == len(lines) - 1 else "")), st.text))
    return out


def _processor(kit: Kit, st: _Styles, d: RightsNoticeData) -> list[Flowable]:
    """Who processes the information and how to reach them (个人信息保护法 第十七条), and
    who receives it (第二十三条)."""
    return [kit.line(kit.m("个人信息处理者：") + kit.value(d.committee_name, 14), style=st.text),
            kit.line(kit.m("地址：") + kit.value(d.committee_address, 14) + "&nbsp;" * 6
                     + kit.m("联系电话：") + kit.value(d.committee_phone, 7), style=st.text),
            # 第二十三条: the recipient's name and contact (its phone is written in by hand).
            kit.line(kit.m("个人信息接收方：") + kit.value(_office(d), 11) + "&nbsp;" * 6
                     + kit.m("联系电话：") + kit.value("", 7), style=st.text)]


def _office(d: RightsNoticeData) -> str:
    """青龙镇 → 青龙镇司法所; empty: a line to write the office on."""
    township = d.township.strip()
    return township if not township or township.endswith(OFFICE) else township + OFFICE


def _acknowledgement(kit: Kit, name: str, on: date | None) -> Flowable:
    signer = (kit.m(name, keep_lines=False) + "　" if name else "") + "_" * 14
    return kit.keep([
        kit.gap(2), kit.label(ACKNOWLEDGED),
        kit.line(kit.m("当事人（签名或按指印）：") + signer + "&nbsp;" * 6 + kit.date(on)),
    ])


def build(kit: Kit, d: RightsNoticeData) -> Paper:
    st = _Styles(kit)
    story: list[Flowable] = [kit.title(TITLE), kit.number_line("编号：", d.number),
                             Paragraph(kit.m(OPENING), st.text)]
    for heading, paras, items, article in SECTIONS:
        story += _section(kit, st, heading, paras, items, article)
    story += [Paragraph(kit.m(PI_HEADING), st.head),
              *[Paragraph(kit.m(t), st.text) for t in PI_TEXT], *_processor(kit, st, d)]
    names = list(d.parties) or ["", ""]
    dates = list(d.given_on) + [None] * (len(names) - len(d.given_on))
    story += [_acknowledgement(kit, n, on) for n, on in zip(names, dates, strict=False)]
    return Paper(code="rights_notice", title=TITLE, story=story, number=d.number)
