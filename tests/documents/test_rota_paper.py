"""联防组轮户值日表: the group, period and head on top; one row per shift with the heads'
names; 已调换 / 缺勤 remarks; 第X页 共Y页 and the headings again on every page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.registers import rota as rota_paper
from mediation_desk.documents.render import render
from mediation_desk.services import patrol_papers, patrols
from tests.documents.conftest import flat, pdf_pages, pdf_text
from tests.services.test_patrols import make_group, rota_data


def sample(days: int, per_day: int = 1) -> rota_paper.RotaPaperData:
    start = date(2026, 12, 28)
    rows = [rota_paper.RotaRow(on=start + timedelta(days=d), window="20:00-22:00",
                               households=["赵一", "钱二"], area="村东主路",
                               remark="已调换" if d == 1 else "")
            for d in range(days) for _ in range(per_day)]
    return rota_paper.RotaPaperData(
        group_name="三组第1联防组", villager_group="三组", head_name="赵一", starts_on=start,
        ends_on=start + timedelta(days=days - 1), weekdays=[0, 2, 4], per_shift=2,
        area="村东主路", rows=rows, made_on=date(2026, 11, 21))


def test_first_page_carries_the_group_and_the_table(tmp_path: Path) -> None:
    chain = FontChain()
    pdf = render(lambda kit: rota_paper.build(kit, sample(5)), chain, title="t")
    text = flat(pdf_text(pdf.data))
    for piece in ("联防组轮户值日表", "三组第1联防组", "中心户长", "赵一", "每周一、三、五",
                  "2026年12月28日至2027年1月1日", "日期", "星期", "时段", "值日户（户主姓名）",
                  "巡逻区域", "签到", "备注", "赵一、钱二", "周一", "20:00-22:00", "已调换",
                  "第1页 共1页", "制表日期：2026年11月21日"):
        assert piece in text, piece
    # The rota crosses the new year: each date carries its year.
    assert "2026年12月31日" in text and "2027年1月1日" in text


def test_long_rota_repeats_headings_and_numbers_pages() -> None:
    pdf = render(lambda kit: rota_paper.build(kit, sample(60)), FontChain(), title="t")
    pages = pdf_pages(pdf.data)
    assert len(pages) == pdf.pages >= 3
    for n, page in enumerate(pages, start=1):
        page = flat(page)
        assert f"第{n}页 共{len(pages)}页" in page
        assert "值日户（户主姓名）" in page and "签到" in page
    assert "联防组轮户值日表（续）" in flat(pages[1])


def test_service_renders_and_saves_a_stored_rota(village: AppContext, tmp_path: Path) -> None:
    gid, _ = make_group(village)
    detail = patrols.generate_rota(village, gid, rota_data())
    patrols.mark_missed(village, detail.shifts[0].id, {"reason": "暴雨"})
    pdf = patrol_papers.render_rota(village, detail.rota.id)
    assert pdf.form == "patrol_rota" and pdf.ref == detail.rota.id and pdf.case_id is None
    text = flat(pdf_text(pdf.data))
    assert "2026年11月2日至2026年11月29日" in text and "11月2日" in text
    assert "赵三、钱三" in text and "缺勤（暴雨）" in text and "第1页 共1页" in text
    assert pdf.file_name.endswith(".pdf") and "三组第1联防组" in pdf.file_name
    _, path = patrol_papers.save_rota(village, detail.rota.id, tmp_path / "rota.pdf")
    assert path.read_bytes()[:4] == b"%PDF"
