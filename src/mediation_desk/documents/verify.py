"""The check printed on every agreement: a content fingerprint, a short code people can read
out on the phone, and a QR code the township scans to find the matching imported record.

The fingerprint covers exactly what the paper says (parties, facts, terms, performance,
copies, number, dates), hashed from a canonical JSON of the form data, so the township can
recompute it from the synced record and see whether a signed paper still matches it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

QR_PREFIX = "MDA1"  # Mediation Desk Agreement, format 1


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def fingerprint(data: Any, *, exclude: tuple[str, ...] = ()) -> str:
    """SHA-256 (hex) of the canonical JSON of a form's data."""
    plain = _plain(data)
    for key in exclude:
        plain.pop(key, None)
    canonical = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_code(digest: str) -> str:
    """``3FA2-9C01-77DE``: the first 48 bits, grouped for reading aloud."""
    head = digest[:12].upper()
    return "-".join(head[i:i + 4] for i in range(0, 12, 4))


QR_MAX_FIELD = 60  # a case number is ~20 characters; the digest identifies the content anyway


def qr_payload(case_no: str, version: int, digest: str, record_id: str) -> str:
    return "|".join((QR_PREFIX, case_no[:QR_MAX_FIELD].replace("|", "/"), f"v{version}",
                     digest[:32], record_id[:QR_MAX_FIELD]))


def parse_qr_payload(text: str) -> dict[str, str] | None:
    """What a scanned agreement QR says, or None if it is not ours."""
    parts = text.split("|")
    if len(parts) != 5 or parts[0] != QR_PREFIX or not parts[2].startswith("v"):
        return None
    return {"case_no": parts[1], "version": parts[2][1:], "digest": parts[3],
            "record_id": parts[4]}


class QrCode(Flowable):
    """The QR code, painted module by module. (reportlab's QrCodeWidget goes through the
    graphics renderer, which puts an unembedded Helvetica into the file's fonts.)"""

    BORDER = 2  # quiet zone, in modules

    def __init__(self, payload: str, size_mm: float = 24) -> None:
        super().__init__()
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.make()
        self.modules = [[bool(v) for v in row] for row in qr.modules]
        self.width = self.height = size_mm * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        n = len(self.modules)
        box = self.width / (n + 2 * self.BORDER)
        c = self.canv
        c.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.BORDER + 1) * box
            start = None
            for col, dark in enumerate([*row, False]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    c.rect((start + self.BORDER) * box, y, (col - start) * box, box,
                           stroke=0, fill=1)
                    start = None
