"""The QR code on a printed agreement scans back to the case number, version and digest
(rendered the way a viewer shows it, then read by a real barcode decoder)."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.verify import parse_qr_payload
from mediation_desk.services import papers
from tests.documents.conftest import CaseMaker

pytestmark = pytest.mark.gui


def page_image(data: bytes, page: int, qapp: object) -> Image.Image:
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    size = doc.pagePointSize(page).toSize() * 3  # ~216 dpi
    rendered = doc.render(page, QSize(size.width(), size.height()))
    # QtPdf renders onto transparency; a scanner sees paper, so paint it on white.
    white = QImage(rendered.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, rendered)
    painter.end()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    white.save(out, "PNG")
    return Image.open(io.BytesIO(bytes(out.data())))


def test_agreement_qr_scans_to_its_record(village: AppContext, make_case: CaseMaker,
                                         qapp: object) -> None:
    case_id = make_case("agreed")
    pdf = papers.render_paper(village, case_id, "agreement")
    found = [b.text for n in range(pdf.pages)
             for b in zxingcpp.read_barcodes(page_image(pdf.data, n, qapp))]
    assert len(found) == 1, found
    payload = parse_qr_payload(found[0])
    assert payload == {"case_no": pdf.case_no, "version": str(pdf.version),
                       "digest": pdf.digest[:32], "record_id": pdf.ref}
