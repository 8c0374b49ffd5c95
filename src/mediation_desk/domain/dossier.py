"""Which papers a case's dossier (卷宗) must hold, from what happened in the case.

Follows the required/as-needed index of the standard dossier (domain.md §4.1): registration,
rights notice, session record and agreement are required once the case reached that step;
a follow-up record is required once an agreement was performed (回访 before 结案)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DossierFacts:
    accepted: bool
    declined: bool
    parties: int
    parties_noticed: int
    sessions: int
    agreement_reached: bool
    performed: bool
    followups: int


def dossier_gaps(f: DossierFacts) -> list[str]:
    """Codes of the required documents that are missing (empty = complete)."""
    gaps: list[str] = []
    if f.declined:
        return gaps  # a declined case's file is the register entry and the reason only
    if f.accepted:
        if f.parties_noticed < f.parties:
            gaps.append("rights_notice")
        if f.sessions == 0:
            gaps.append("session_record")
    if f.agreement_reached and not f.accepted:
        gaps.append("acceptance")
    if f.performed and f.followups == 0:
        gaps.append("follow_up")
    return gaps
