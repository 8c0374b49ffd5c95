"""Locates shipped resources (fonts, translations, icons) without importing Qt.

Installed wheels carry them as ``mediation_desk/_resources``; a source checkout has them in
the top-level ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path


def resources_root() -> Path:
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
