"""Small HTML builders for the case window's read-only tabs (QTextBrowser rich text).

Everything a user typed is escaped here, so a fact like "<b>" shows as typed. Each record is a
heading and a list of "caption: value" lines, the way the paper forms read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from html import escape

from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

Rows = Iterable[tuple[str, str]]


def text(value: object) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return escape(str(value)).replace("\n", "<br>")


def iso(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def heading(title: str) -> str:
    return f"<h3 style='margin:12px 0 4px 0'>{escape(title)}</h3>"


def para(value: str, *, raw: bool = False) -> str:
    body = value if raw else text(value)
    return f"<p style='margin:2px 0 6px 12px'>{body}</p>"


def rows(items: Rows) -> str:
    """Caption/value lines as a two-column table; empty values are left out."""
    cells = "".join(
        f"<tr><td style='padding:2px 12px 2px 12px; white-space:nowrap' valign='top'>"
        f"{escape(caption)}</td><td style='padding:2px 0' valign='top'>{text(value)}</td></tr>"
        for caption, value in items if value not in ("", None))
    return f"<table cellspacing='0'>{cells}</table>" if cells else ""


def numbered(lines: Iterable[str]) -> str:
    items = "".join(f"<li>{text(line)}</li>" for line in lines)
    return f"<ol style='margin:2px 0 6px 0'>{items}</ol>" if items else ""


def bullets(lines: Iterable[str], *, raw: bool = False) -> str:
    items = "".join(f"<li>{line if raw else text(line)}</li>" for line in lines)
    return f"<ul style='margin:2px 0 6px 0'>{items}</ul>" if items else ""


def section(title: str, *parts: str) -> str:
    return heading(title) + "".join(parts)


def value_label(code: str) -> str:
    """The words for an enum value (书面, 调解不成, 移交 ...) in the interface language."""
    return messages.value_label(code, current_language()) if code else ""


def code_label(codes: Mapping[str, Mapping[str, str]], table: str, code: str | None) -> str:
    """A code table entry's label; before the tables have loaded, the built-in wording."""
    if not code:
        return ""
    return codes.get(table, {}).get(code) or value_label(code)
