"""Use cases: the only API the UI and the CLI call. One transaction per call, read models
out, DomainError codes (never prose) for refusals."""
