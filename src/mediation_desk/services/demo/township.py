"""A demo township (白沙镇司法所) with villages that have reported by USB: each village is
generated in a scratch folder, enrolled, exported, imported here and sent its receipt — the
real protocol end to end, so the township's pages show real bundles, not made-up rows."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from pydantic import BaseModel

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import (
    station,
    sync_export,
    sync_import,
    sync_keys,
    sync_receipts,
    township,
)
from mediation_desk.services.demo.generate import generate
from mediation_desk.services.demo.places import DEFAULT_VILLAGE, villager_group_name

# (name, 12-digit code) of villages under 白沙镇 (code 430124101).
VILLAGES = (("青石村", "430124101215"), ("柳塘村", "430124101203"), ("红星村", "430124101208"),
            ("石门村", "430124101211"), ("桃源村", "430124101219"))
NOTES = ("请于本月底前补充调查笔录，并报司法所备案。", "该纠纷涉及多户，注意防止矛盾激化，必要时请司法所协助。")
RETURN_TEXT = "调解协议书缺少当事人签名日期，请补正后重新报送。"


class TownshipDemoReport(BaseModel):
    station: str
    villages: int
    cases: int
    notes: int
    returns: int


def generate_township(ctx: AppContext, *, villages: int = 3, cases: int = 60,
                      seed: int = 1) -> TownshipDemoReport:
    villages = max(1, min(villages, len(VILLAGES)))
    if station.get_station(ctx) is None:
        station.init_station(ctx, kind="township", code="430124101", name="白沙镇司法所",
                             township_name="白沙镇", county_name="清溪县")
    scratch = ctx.paths.cache_dir / "demo-villages"
    shutil.rmtree(scratch, ignore_errors=True)
    stick = scratch / "stick"
    sync_keys.export_identity(ctx, scratch / "township.mzid")
    total = 0
    village_ctxs: list[AppContext] = []
    try:
        for n, (name, code) in enumerate(VILLAGES[:villages]):
            v = build_context(paths_under(scratch / code), actor="演示", clock=ctx.clock)
            spec = replace(DEFAULT_VILLAGE, committee_name=f"{name}人民调解委员会",
                           short_name=name, village_name=name, region_code=code,
                           villager_groups=tuple(villager_group_name(i) for i in range(1, 7)))
            total += generate(v, cases=cases, seed=seed + n, village=spec).cases
            sync_keys.enroll(v, sync_keys.read_identity(scratch / "township.mzid"))
            bundle = sync_export.export_bundle(v, stick / code)
            result = sync_import.import_bundle(ctx, Path(bundle.file_path),
                                               confirm=lambda _ident: True)
            sync_receipts.import_receipt(v, Path(result.receipt_path))
            village_ctxs.append(v)
        notes, returns = _supervise(ctx)
    finally:
        for v in village_ctxs:
            v.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return TownshipDemoReport(station="白沙镇司法所", villages=villages, cases=total,
                              notes=notes, returns=returns)


def _supervise(ctx: AppContext) -> tuple[int, int]:
    """A few 督办意见 and one return on the villages' overdue or open cases."""
    due = [a for a in township.deadlines(ctx, horizon_days=30) if a.case_id]
    notes = returns = 0
    for item, text in zip(due[: len(NOTES)], NOTES, strict=False):
        township.add_note(ctx, item.case_id or "", text)
        notes += 1
    if len(due) > len(NOTES):
        township.add_note(ctx, due[len(NOTES)].case_id or "", RETURN_TEXT, kind="return")
        returns += 1
    return notes, returns
