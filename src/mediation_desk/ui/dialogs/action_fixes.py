"""Which record cures a refused lifecycle step: "no effective agreement" → record the
agreement (or its signatures), "needs a follow-up" → record the visit, and so on.

Only a record the case file accepts now is offered (record_dialogs.available_records)."""

from __future__ import annotations

from collections.abc import Sequence

from mediation_desk.domain.views import ActionView, CaseDetail
from mediation_desk.ui.dialogs.case_tab_tables import OPEN_ITEM_STATES, live_items
from mediation_desk.ui.dialogs.case_tab_text import records_of

# Refusal code (domain/lifecycle.py guards, domain/dossier.py gaps) → record kinds that cure
# it, most likely first.
FIXES: dict[str, tuple[str, ...]] = {
    "transition.needs_effective_agreement": ("agreement", "signatures"),
    "transition.needs_followup": ("followup",),
    "transition.needs_rights_notice": ("notice",),
    "transition.recusal_pending": ("recusal_decision",),
    "transition.open_performance_items": ("item_done",),
    "transition.dossier_incomplete": ("notice", "session", "followup"),
}


def fix_for(detail: CaseDetail, view: ActionView,
            available: Sequence[str]) -> tuple[str, str | None] | None:
    """(record kind, id of the row it concerns or None), or None when no record cures it."""
    kind = next((k for k in FIXES.get(view.refusal_code or "", ()) if k in available), None)
    if kind is None:
        return None
    ref: str | None = None
    if kind == "recusal_decision":
        ref = next((r.id for r in records_of(detail, "recusal")
                    if r.details.get("result") == "pending"), None)
    elif kind == "item_done":
        ref = next((i.id for i in live_items(detail) if i.status in OPEN_ITEM_STATES), None)
    return kind, ref
