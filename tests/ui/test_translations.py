"""Every interface string has a Chinese translation, and the labels cover every code."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from mediation_desk.domain.deadlines import DeadlineKind
from mediation_desk.domain.enums import CaseAction, CaseStatus, PartyRole
from mediation_desk.resources import resource_path
from mediation_desk.ui import labels

pytestmark = pytest.mark.gui


def test_chinese_catalogue_is_complete() -> None:
    root = ET.parse(resource_path("translations", "mediation_desk_zh_CN.ts")).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert resource_path("translations", "mediation_desk_zh_CN.qm").is_file()


def test_labels_cover_every_code() -> None:
    assert set(labels.STATUSES) == {s.value for s in CaseStatus}
    assert set(labels.ACTIONS) == {a.value for a in CaseAction}
    assert set(labels.DEADLINE_KINDS) == {k.value for k in DeadlineKind}
    assert set(labels.PARTY_ROLES) == {r.value for r in PartyRole}


def test_labels_in_chinese(zh_ui: None) -> None:
    assert labels.status_label("in_mediation") == "调解中"
    assert labels.status_label("no_such_status") == "no_such_status"
    assert labels.days_left_text(-3) == "⚠ 已超期 3 天"
    assert labels.days_left_text(0) == "今天到期"
    assert labels.days_left_text(5) == "还有 5 天"
    assert labels.join_names(["张三", "李四"]) == "张三、李四"


def test_fill_substitutes_once() -> None:
    assert labels.fill("%1（%2）", "100%2", "x") == "100%2（x）"
    assert labels.fill("%1 and %3", "a") == "a and %3"
