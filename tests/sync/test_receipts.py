"""Receipts at the village (sync.md §5.7, §6): only from our own township, only for us,
only untouched; the township's notes (督办意见) and returns (退回) reach the case; importing a
receipt twice changes nothing."""

from __future__ import annotations

from pathlib import Path

from mediation_desk.domain.sync_views import CaseSyncState, ImportView, ReceiptView
from mediation_desk.services import sync_state
from mediation_desk.services import township as township_service
from mediation_desk.sync import envelope
from mediation_desk.sync.canonical import canonical
from mediation_desk.wording.messages import describe
from mediation_desk.wording.sync_text import receipt_lines
from tests.sync.conftest import VILLAGE_A, MakeDesk
from tests.sync.support import (
    Desk,
    copy_data,
    dump,
    enroll,
    export,
    import_bundle,
    import_receipt,
    new_case,
    open_desk,
)

MAGIC_LINE = b"MEDIATION-DESK/1 receipt\n"


def refused(view: ImportView | ReceiptView, *codes: str) -> None:
    assert view.status == "refused" and view.error is not None, view
    assert view.error["code"] in codes, view.error
    [sentence] = describe(view.error, "zh")
    assert "…" not in sentence and view.file in sentence


def imported(village: Desk, township: Desk, stick: Path) -> tuple[Path, Path]:
    """(bundle, receipt) of the village's next bundle, imported at the township."""
    path, _ = export(village, stick)
    view = import_bundle(township, path)
    assert view.status == "imported", view.error
    return path, Path(view.receipt_path)


def test_a_receipt_from_an_unknown_township_is_refused(
        make_desk: MakeDesk, township: Desk, stick: Path, tmp_path: Path) -> None:
    village = make_desk("village", "village", *VILLAGE_A)
    bare = open_desk(copy_data(village, tmp_path / "bare"))  # the same village, no township
    try:
        enroll(village, township, stick)
        new_case(village, 1)
        _, receipt = imported(village, township, stick)
        before = dump(bare)
        refused(import_receipt(bare, receipt), "receipt.unknown_township")
        assert dump(bare) == before
    finally:
        bare.close()


def test_a_receipt_for_another_village_is_refused(
        village_a: Desk, village_b: Desk, township: Desk, stick: Path) -> None:
    new_case(village_a, 1)
    _, receipt = imported(village_a, township, stick / "a")
    before = dump(village_b)
    refused(import_receipt(village_b, receipt), "bundle.wrong_recipient")
    assert dump(village_b) == before


def test_a_tampered_receipt_is_refused(village_a: Desk, township: Desk, stick: Path) -> None:
    new_case(village_a, 1)
    bundle, receipt = imported(village_a, township, stick)
    data = receipt.read_bytes()
    header = data.index(b"\n", data.index(b"\n") + 1) + 1
    before = dump(village_a)
    tampered = stick / "tampered.mzr"
    for at in (len(MAGIC_LINE) + 20, header - 5, header + 3, len(data) - 1):
        flipped = bytearray(data)
        flipped[at] ^= 0x08
        tampered.write_bytes(bytes(flipped))
        refused(import_receipt(village_a, tampered), "bundle.damaged", "bundle.bad_signature")
    # The manifest edited and signed again, with a key that is not the township's.
    sealed = envelope.read(receipt)
    forged = {**sealed.manifest, "created_at": "2026-12-01T00:00:00+00:00"}
    forged["signature"] = village_a.keys.sign(envelope.signed_part(forged))
    tampered.write_bytes(data[:data.index(b"\n") + 1] + canonical(forged) + b"\n"
                         + sealed.ciphertext)
    refused(import_receipt(village_a, tampered), "bundle.bad_signature")
    tampered.write_bytes(data[:len(data) // 2])
    refused(import_receipt(village_a, tampered), "bundle.truncated")
    refused(import_receipt(village_a, bundle), "receipt.is_bundle")
    refused(import_bundle(township, receipt), "bundle.is_receipt")
    assert dump(village_a) == before
    assert import_receipt(village_a, receipt).status == "imported"  # the original is fine


def test_notes_and_returns_travel_to_the_village(
        village_a: Desk, township: Desk, stick: Path) -> None:
    c1, c2 = new_case(village_a, 1), new_case(village_a, 2)
    bundle, receipt = imported(village_a, township, stick)
    assert import_receipt(village_a, receipt).status == "imported"
    note = township_service.add_note(township.ctx, c1, "请补充调查笔录。")
    back = township_service.add_note(township.ctx, c2, "协议条款不明确，请补正。", kind="return")
    assert (note.case_no, back.village_name) == (
        "（2026）青石村人调字第001号", VILLAGE_A[1])

    # The bundle comes again (a second copy on the stick): the fresh receipt carries both.
    again = import_bundle(township, bundle)
    assert again.status == "already"
    view = import_receipt(village_a, again.receipt_path)
    assert (view.status, view.notes, view.returns) == ("imported", 1, 1)
    assert any("退回 1 件" in line for line in receipt_lines(view, "zh"))
    states = sync_state.case_states(village_a.ctx)
    assert states == {c1: CaseSyncState.RECEIVED, c2: CaseSyncState.RETURNED}
    [seen] = sync_state.case_sync(village_a.ctx, c1).notes  # type: ignore[union-attr]
    assert (seen.kind, seen.text, seen.township) == ("note", "请补充调查笔录。", False)
    [returned] = sync_state.case_sync(village_a.ctx, c2).notes  # type: ignore[union-attr]
    assert returned.kind == "return" and returned.closed_on is None

    # The township marks the return as put right; the next receipt says so.
    township_service.close_return(township.ctx, back.id, "已补正")
    view = import_receipt(village_a, import_bundle(township, bundle).receipt_path)
    assert view.status == "imported"
    assert sync_state.case_states(village_a.ctx)[c2] == CaseSyncState.RECEIVED
    [returned] = sync_state.case_sync(village_a.ctx, c2).notes  # type: ignore[union-attr]
    assert returned.closed_note == "已补正" and returned.closed_on is not None


def test_reimporting_a_receipt_changes_nothing(village_a: Desk, township: Desk,
                                              stick: Path) -> None:
    new_case(village_a, 1)
    _, receipt = imported(village_a, township, stick)
    assert import_receipt(village_a, receipt).status == "imported"
    before = dump(village_a)
    again = import_receipt(village_a, receipt)
    assert again.status == "already" and again.error is None
    assert dump(village_a) == before
