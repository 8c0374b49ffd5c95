"""`mediation-desk render`: a case's paper or a blank form into a PDF file, the form list in
--help, the print logged, clear errors without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.documents.catalog import FORM_CODES
from mediation_desk.services import papers
from tests.cli.test_cli_contract import Cli, cli, write  # noqa: F401 (fixture)
from tests.documents.conftest import flat, pdf_text
from tests.services.helpers import case_data


def test_help_lists_every_form(cli: Cli) -> None:  # noqa: F811
    with pytest.raises(SystemExit):
        cli("render", "--help")
    out, _ = cli.capsys.readouterr()
    for code in (*FORM_CODES, "dossier"):
        assert code in out
    assert "人民调解协议书" in out


def test_blank_form_and_refusals(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "out" / "blank.pdf"
    result = cli.json("render", "--form", "agreement", "--blank", "--out", str(target))
    assert result["pages"] >= 1 and Path(result["file"]) == target
    assert "人民调解协议书" in flat(pdf_text(target.read_bytes()))
    code, _, err = cli("render", "--form", "agreement", "--out", str(target))
    assert code == 2 and "请写明案件编号" in err
    code, _, err = cli("render", "（2026）青石村人调字第009号", "--form", "agreement",
                       "--out", str(target))
    assert code == 2 and "找不到案件" in err


def test_case_paper_is_written_and_logged(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    added = cli.json("case", "add", "--file", write(tmp_path, "c.json", case_data()))
    case_no = added["summary"]["case_no"]
    target = tmp_path / "申请书.pdf"
    result = cli.json("render", case_no, "--form", "acceptance", "--out", str(target))
    assert result["case_no"] == case_no
    text = flat(pdf_text(target.read_bytes()))
    assert "人民调解受理登记表" in text and "李四" in text
    code, out, err = cli("render", case_no, "--form", "agreement", "--out", str(target))
    assert code == 2 and "协议" in err  # no agreement yet: said, not a traceback
    from mediation_desk.bootstrap import build_context
    from mediation_desk.paths import paths_under

    ctx = build_context(paths_under(cli.data))
    try:
        [logged] = papers.outputs(ctx, case_no)
    finally:
        ctx.close()
    assert (logged.form, logged.target, logged.destination) == ("acceptance", "pdf",
                                                                str(target))


def test_unwritable_target_is_a_clear_error(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out, err = cli("render", "--form", "agreement", "--blank", "--out",
                         str(blocker / "sub" / "x.pdf"))
    assert code == 2 and "文件没有保存成功" in err
