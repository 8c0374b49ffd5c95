"""The rights notice's 六、个人信息的处理 tells what 个人信息保护法 第十七条 asks (who processes
and how to reach them, purpose, method, categories, retention, how to exercise the rights)
and names the township's office that receives the data (第二十三条); the notice still fits
one leaf printed on both sides, also with three parties."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import papers
from mediation_desk.services.case_register import register_case
from tests.documents.conftest import flat, pdf_pages, pdf_text
from tests.services.helpers import case_data

ELEMENTS = (
    "个人信息处理者：青石村人民调解委员会", "联系电话：",  # identity and contact
    "仅用于本纠纷的受理、调解",  # purpose
    "信息记入纸质调解卷宗和本委员会电脑中的调解台账", "身份证件号码加密保存",  # method
    "姓名、性别、民族、年龄、职业、联系方式、住址、身份证件号码",  # categories
    "自归档之日起按短期（10年）或者长期（30年）保管",  # retention
    "查阅、复制本人的个人信息", "要求更正、补充", "可以要求删除", "及时处理并答复",  # rights
    "以加密方式报送所在乡镇（街道）司法所（见下方“个人信息接收方”），"
    "用于人民调解工作的指导、监督和统计",  # the recipient (第二十三条)
    "个人信息接收方：青龙镇司法所",
)


def test_the_notice_tells_everything_article_17_asks(village: AppContext) -> None:
    case_id = register_case(village, case_data(parties=[
        {"role": "applicant", "consented": True, "person": {"name": "李四"}},
        {"role": "respondent", "consented": True, "person": {"name": "张三"}},
        {"role": "third", "consented": True, "person": {"name": "王五"}}])).summary.id
    pdf = papers.render_paper(village, case_id, "rights_notice")
    text = flat(pdf_text(pdf.data))
    for phrase in ELEMENTS:
        assert phrase in text, phrase
    assert "有异议的，可以向司法所反映" in text
    assert len(pdf_pages(pdf.data)) == 2


def test_the_blank_notice_names_the_office_in_general(village: AppContext) -> None:
    text = flat(pdf_text(papers.render_blank(village, "rights_notice").data))
    assert "个人信息接收方：______" in text and "{" not in text
