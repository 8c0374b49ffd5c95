"""The demo township is built through the real protocol: its villages' cases arrive by
signed bundles, receipts go back, and the supervision notes are the township's own."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import case_queries, township
from mediation_desk.services.case_queries import CaseFilter
from mediation_desk.services.demo.township import generate_township


def test_demo_township_has_villages_that_reported(ctx: AppContext) -> None:
    report = generate_township(ctx, villages=2, cases=6, seed=3)
    assert (report.villages, report.cases) == (2, 12)
    villages = township.villages(ctx)
    assert sorted(v.name for v in villages) == ["柳塘村人民调解委员会", "青石村人民调解委员会"]
    assert all(v.bundles == 1 and v.cases == 6 and not v.gaps and v.digest_ok
               for v in villages)
    page = case_queries.list_cases(ctx, CaseFilter(limit=50))
    assert len(page.rows) == 12
    assert {i.case_no[6:9] for i in page.rows} == {"柳塘村", "青石村"}
    notes = township.all_notes(ctx)
    assert len(notes) == report.notes + report.returns and all(n.township for n in notes)
    assert not (ctx.paths.cache_dir / "demo-villages").exists()
