"""Sentences for the codes of the mediator roster: (Chinese, English) per code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

FIELDS: dict[str, tuple[str, str]] = {}

INDEXED: dict[str, tuple[str, str]] = {}
