"""The audit trail: filtered, paged, newest first; exported as CSV or .xlsx (atomically,
and the export itself is logged); the whole log needs AUDIT_VIEW, one case's history does
not; nothing in the service can change an entry, and the database refuses it."""

from __future__ import annotations

import csv
import inspect
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.audit_views import AuditFilter, group_of
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import audit, case_actions, persons
from mediation_desk.services.case_register import register_case
from mediation_desk.store.engine import writer
from mediation_desk.wording import audit_text
from tests.conftest import FakeClock
from tests.services.helpers import case_data, mediator
from tests.ui.conftest import other_case


@pytest.fixture
def logged(village: AppContext, clock: FakeClock) -> dict[str, str]:
    """Three days of work: a case registered and accepted, a person added and revealed."""
    ids: dict[str, str] = {}
    ids["host"] = mediator(village)
    ids["case"] = register_case(village, case_data(received_on="2026-11-19")).summary.id
    clock.advance(1)
    case_actions.perform_action(village, ids["case"], "accept",
                                {"host_mediator_id": ids["host"]})
    village.act_as(Principal(login="王主任"))
    ids["other"] = register_case(village, case_data(**other_case())).summary.id
    clock.advance(1)
    ids["person"] = persons.add_person(
        village, {"name": "孙七", "id_number": "510100198506120037"}).id
    persons.reveal_id_number(village, ids["person"], purpose="verify_identity")
    village.act_as(Principal(login="测试员"))
    return ids


def actions(page: object) -> list[str]:
    return [e.action for e in page.rows]  # type: ignore[attr-defined]


def test_newest_first_paged_and_counted(village: AppContext, logged: dict[str, str]) -> None:
    everything = audit.events(village, AuditFilter(), 0, 100)
    assert everything.total == len(everything.rows) == 7
    assert actions(everything) == ["person.reveal_id_number", "person.add", "case.register",
                                   "case.accept", "case.register", "mediator.add",
                                   "station.init"]
    second = audit.events(village, AuditFilter(), 2, 2)
    assert second.offset == 2 and actions(second) == ["case.register", "case.accept"]
    assert second.total == 7
    registered = everything.rows[2]
    assert registered.case_no.startswith("（2026）") and registered.group == "case"


def test_filters(village: AppContext, logged: dict[str, str]) -> None:
    def found(**f: object) -> list[str]:
        return actions(audit.events(village, AuditFilter(**f)))  # type: ignore[arg-type]

    assert found(actor="王主任") == ["person.reveal_id_number", "person.add", "case.register"]
    assert found(date_from=date(2026, 11, 22), date_to=date(2026, 11, 22)) == \
        ["case.register", "case.accept"]
    assert found(date_to=date(2026, 11, 21)) == ["case.register", "mediator.add",
                                                  "station.init"]
    assert found(action="case.") == ["case.register", "case.accept", "case.register"]
    assert found(action="person.reveal*") == ["person.reveal_id_number"]
    assert found(action="case.accept") == ["case.accept"]
    assert found(group="person") == ["person.reveal_id_number", "person.add"]
    assert found(group="settings") == ["station.init"]
    assert found(group="other") == []
    assert found(case=logged["case"]) == ["case.accept", "case.register"]
    number = audit.events(village, AuditFilter(case=logged["case"])).rows[0].case_no
    assert found(case=number.replace("（", "(").replace("）", ")")) == \
        ["case.accept", "case.register"]
    # Text in the logged values, Chinese included (stored escaped by json.dumps).
    assert found(text="孙七") == ["person.reveal_id_number", "person.add"]
    assert found(text="王五") == ["case.register"]
    assert found(text="100%_") == []
    assert found(entity="person", entity_id=logged["person"]) == \
        ["person.reveal_id_number", "person.add"]
    assert audit.actors(village) == sorted(["王主任", "测试员"])


def test_a_cases_history_is_open_to_everyone_the_whole_log_is_not(
        village: AppContext, logged: dict[str, str]) -> None:
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    assert len(audit.events(village, AuditFilter(case=logged["case"])).rows) == 2
    for call in (lambda: audit.events(village, AuditFilter()),
                 lambda: audit.actors(village),
                 lambda: audit.export_events(village, AuditFilter(case=logged["case"]),
                                             "csv", village.paths.data_dir / "x.csv")):
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == "auth.forbidden"
    village.act_as(Principal(login="zhuren", role=Role.CHAIR, user_id="u2"))
    assert audit.events(village, AuditFilter()).total == 7


def test_export_csv_is_readable_and_logged(village: AppContext, logged: dict[str, str],
                                           tmp_path: Path) -> None:
    out = tmp_path / "日志.csv"
    view = audit.export_events(village, AuditFilter(group="person"), "csv", out,
                               text=audit_text.EventText("zh", "青石村"))
    assert view.rows == 2 and view.path == str(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["时间", "操作人", "操作", "类别", "对象", "摘要"]
    assert rows[1][1:5] == ["王主任", "查看完整身份证号", "当事人与身份证号查看", "人员 孙七"]
    assert rows[1][5] == "用途：核对当事人身份；姓名：孙七；身份证号：510100********0037"
    assert "510100198506120037" not in out.read_text(encoding="utf-8-sig")
    assert not list(tmp_path.glob(".md-*"))  # no temporary file left
    last = audit.events(village, AuditFilter(), 0, 1).rows[0]
    assert last.action == "audit.export" and last.actor == "测试员"
    assert last.after == {"format": "csv", "file": "日志.csv", "rows": 2,
                          "filter": {"group": "person"}}
    assert audit_text.summary(last) == "格式：csv；文件：日志.csv；条数：2"


def test_export_xlsx(village: AppContext, logged: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    view = audit.export_events(village, AuditFilter(actor="王主任"), "xlsx", out,
                               text=audit_text.EventText("zh", "青石村"))
    assert view.rows == 3
    ws = load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "青石村操作日志"
    assert values[1][0] == "操作人 王主任"
    assert values[2] == ["时间", "操作人", "操作", "类别", "对象", "摘要"]
    assert [r[2] for r in values[3:]] == ["查看完整身份证号", "登记人员", "登记纠纷"]


def test_export_refusals(village: AppContext, logged: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(DomainError) as bad:
        audit.export_events(village, AuditFilter(), "pdf", tmp_path / "x.pdf")
    assert bad.value.code == "field.choice"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as failed:
        audit.export_events(village, AuditFilter(), "csv", blocker / "x.csv")
    assert failed.value.code == "audit.export_failed" and failed.value.field == "out"


def test_the_viewer_cannot_change_the_log(village: AppContext, logged: dict[str, str]) -> None:
    # The service offers reading and exporting only …
    public = {n for n, f in inspect.getmembers(audit, inspect.isfunction)
              if f.__module__ == audit.__name__ and not n.startswith("_")}
    assert public == {"events", "actors", "export_events", "when"}
    # … and the database refuses changes made behind its back.
    for statement in ("UPDATE event_log SET actor = '别人'", "DELETE FROM event_log"):
        with pytest.raises((IntegrityError, OperationalError), match="append-only"), \
                writer(village.engine).begin() as conn:
            conn.execute(text(statement))
    assert audit.events(village).total == 7


def test_every_logged_action_has_a_label_and_a_category() -> None:
    root = Path(audit.__file__).parents[1]
    import re

    found = set()
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        found.update(re.findall(r'uow\.log\(\s*"([a-z_.]+)"', source))
        found.update(re.findall(r'^[A-Z_]*ACTION = "([a-z_.]+)"', source, re.M))
    # Actions made up in f-strings, which the search above cannot see.
    dynamic = {"paper.printed", "paper.saved", "sync.note", "sync.return",
               "auth.sign_in", "auth.sign_in_failed", "auth.unlock", "auth.unlock_failed"}
    dynamic |= {f"case.{a}" for a in ("accept", "decline", "start_mediation", "archive",
                                      "reach_agreement", "terminate", "escalate", "close",
                                      "return_from_escalation", "remediate")}
    missing = sorted(a for a in found | dynamic if not audit_text.has_label(a))
    assert missing == []
    assert sorted(a for a in found | dynamic if group_of(a) == "other") == []


def test_a_logged_formula_stays_text_in_both_files(village: AppContext, tmp_path: Path
                                                   ) -> None:
    village.act_as(Principal(login="=1+2"))  # a login that a spreadsheet would compute
    persons.add_person(village, {"name": "孙七"})
    f = AuditFilter(action="person.add")
    audit.export_events(village, f, "csv", tmp_path / "a.csv", text=audit_text.EventText())
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][1] == "'=1+2"
    audit.export_events(village, f, "xlsx", tmp_path / "a.xlsx", text=audit_text.EventText())
    cell = load_workbook(tmp_path / "a.xlsx").active.cell(row=4, column=2)
    assert (cell.data_type, cell.value) == ("s", "=1+2")
