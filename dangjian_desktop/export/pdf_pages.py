"""Page furniture for reportlab documents: "第 N 页 共 M 页", and optionally a marking such as 内部资料
at the top of every page."""

from __future__ import annotations

import re
from typing import Any

_NOT_PDFDOC = re.compile("[\x18-\x1f]")  # ASCII characters PDFDocEncoding has others in place of


def streams_as_bytes(canvas: Any) -> None:
    """Hand reportlab each page's content as the bytes it would encode it to, where they are ASCII
    (reportlab's text operators escape every other byte): reportlab encodes the text of uncompressed pages
    through its own PDFDocEncoding codec, character by character, when the file is saved."""
    for page in canvas._doc.Pages.pages:
        stream = getattr(page, "stream", None)
        if isinstance(stream, str) and stream.isascii() and not _NOT_PDFDOC.search(stream):
            page.stream = stream.encode("ascii")



def numbered_canvas(font: str, *, marking: str = "", bold: str = "") -> type:
    """A canvas class (for ``doc.build(..., canvasmaker=...)``) that numbers pages once the count is known."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, height = self._pagesize
                if marking:
                    self.setFont(bold or font, 12)
                    self.drawString(20 * mm, height - 14 * mm, marking)
                    self.setLineWidth(0.5)
                    self.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
                self.setFont(font, 9)
                self.drawCentredString(width / 2, 10 * mm, f"第 {self._pageNumber} 页 共 {total} 页")
                super().showPage()
            streams_as_bytes(self)
            super().save()

    return NumberedCanvas
