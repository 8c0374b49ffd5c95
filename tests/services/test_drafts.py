"""Drafts survive a restart, are encrypted on disk, and a damaged file is set aside."""

from __future__ import annotations

import os

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import drafts


def test_round_trip_and_listing(village: AppContext) -> None:
    data = {"facts": "因宅基地边界发生争执", "id_number": "11010519491231002X", "rare": "𠮷䶮"}
    drafts.save_draft(village, "new_case", "新案件登记", data)
    drafts.save_draft(village, "case/abc/session", "调解记录", {"content": "第一次调解"})
    assert drafts.load_draft(village, "new_case") == data
    listed = drafts.list_drafts(village)
    assert {d.key for d in listed} == {"new_case", "case/abc/session"}
    assert {d.title for d in listed} == {"新案件登记", "调解记录"}


def test_file_is_encrypted_and_private(village: AppContext) -> None:
    drafts.save_draft(village, "new_case", "新案件登记", {"id_number": "11010519491231002X"})
    files = list(village.paths.drafts_dir.iterdir())
    assert len(files) == 1
    raw = files[0].read_bytes()
    assert b"11010519491231002X" not in raw and "新案件".encode() not in raw
    if os.name == "posix":
        assert village.paths.drafts_dir.stat().st_mode & 0o077 == 0


def test_replace_then_discard(village: AppContext) -> None:
    drafts.save_draft(village, "new_case", "t", {"v": 1})
    drafts.save_draft(village, "new_case", "t", {"v": 2})
    assert drafts.load_draft(village, "new_case") == {"v": 2}
    assert len(drafts.list_drafts(village)) == 1
    drafts.discard_draft(village, "new_case")
    drafts.discard_draft(village, "new_case")  # twice is fine
    assert drafts.load_draft(village, "new_case") is None
    assert drafts.list_drafts(village) == []


def test_damaged_draft_is_set_aside_not_shown(village: AppContext) -> None:
    drafts.save_draft(village, "new_case", "t", {"v": 1})
    (path,) = village.paths.drafts_dir.glob("*.draft")
    path.write_bytes(path.read_bytes()[:20])  # cut off, as by a power cut without fsync
    assert drafts.load_draft(village, "new_case") is None
    assert drafts.list_drafts(village) == []
    assert list(village.paths.drafts_dir.glob("*.broken"))
    drafts.save_draft(village, "new_case", "t", {"v": 3})  # a new draft still works
    assert drafts.load_draft(village, "new_case") == {"v": 3}


def test_no_temporary_file_left_behind(village: AppContext) -> None:
    drafts.save_draft(village, "k", "t", {"v": 1})
    assert [p.suffix for p in village.paths.drafts_dir.iterdir()] == [".draft"]

