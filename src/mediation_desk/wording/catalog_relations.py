"""Sentences for the codes of family ties and conflict-of-interest checks: (Chinese, English) per code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

FIELDS: dict[str, tuple[str, str]] = {}

INDEXED: dict[str, tuple[str, str]] = {}
