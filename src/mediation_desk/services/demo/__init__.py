"""Deterministic generators of realistic Chinese demo content (persons, villages, dispute stories,
screening and joint-defence records) for ``mediation-desk demo``. Pure functions of a
``random.Random``; no I/O."""
