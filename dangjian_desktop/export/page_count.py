"""Page counts of an archive volume from a LibreOffice layout.

LibreOffice turns the .docx into a PDF in a temporary folder; every item title of the volume is an
outline entry there, so the PDF's top-level bookmarks (read with pypdfium2) give each item's first page.
When LibreOffice is missing or the layout fails, nothing is counted and the caller says why.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from dangjian_desktop.export import archive_docx as ad


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice", r"C:\Program Files\LibreOffice\program\soffice.exe"):
        found = shutil.which(name) or (name if Path(name).is_file() else None)
        if found:
            return found
    return None


def _first_pages(pdf_path: Path) -> tuple[list[int], int]:
    """The 0-based first page of each top-level bookmark, and the number of pages."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        starts = []
        for mark in pdf.get_toc():
            if mark.level != 0:
                continue
            dest = mark.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None:
                starts.append(index)
        return starts, len(pdf)
    finally:
        pdf.close()


def count_pages(items: list[ad.Item], docx: Path, soffice: str, *, trailing: int = 1) -> bool:
    """Fill in each item's 页数 from a LibreOffice layout of the document; ``trailing`` pages after the last
    item (a volume's 备考表) are not part of it. False if it could not be laid out."""
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory() as tmp:
        try:
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file:///{Path(tmp).as_posix()}/profile",
                            "--convert-to", "pdf", "--outdir", tmp, str(docx)], capture_output=True, timeout=300,
                           check=True)
            starts, total = _first_pages(next(Path(tmp).glob("*.pdf")))
        except (OSError, subprocess.SubprocessError, StopIteration, ValueError, pdfium.PdfiumError):
            return False
    if len(starts) != len(items):
        return False
    ends = [*starts[1:], total - trailing]
    for item, start, end in zip(items, starts, ends, strict=True):
        item.pages = max(1, end - start)
    return True
