"""Read models saying whose a case is: this station's own, or a village's case that the
township received by USB sync and may only read."""

from __future__ import annotations

from mediation_desk.domain.views import View


class CaseOrigin(View):
    case_id: str
    is_own: bool  # registered at this station: it may change the case
    station_id: str  # the station that owns the case
    village_name: str  # that station's name, e.g. 青石村人民调解委员会
    village_code: str
    short_name: str  # the committee's short name, e.g. 青石村 (for narrow columns)


class StationScope(View):
    """What the case pages need to know about this station to choose their columns."""

    kind: str  # "village" | "township"
    name: str
    has_upstream: bool  # a village that has enrolled its township

    @property
    def is_township(self) -> bool:
        return self.kind == "township"
