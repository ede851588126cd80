"""The print preview shows the PDF's own pages and prints those same pages."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from dangjian_desktop.export.table_report import TableReport, write_pdf
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.print_preview import PrintPreviewDialog, print_pdf, render_pages


def _pdf(tmp_path: Path) -> Path:
    report = TableReport("测试", ["序号", "姓名"], [[str(i), f"张{i}"] for i in range(60)], [1, 3])
    return write_pdf(report, tmp_path / "两页.pdf")


def test_preview_shows_every_page_of_the_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)
    pages = len(PdfReader(pdf).pages)
    assert pages >= 2
    dialog = PrintPreviewDialog(pdf, DialogService(), "两页.pdf")
    qtbot.addWidget(dialog)
    assert len(dialog.pages) == pages
    assert f"共 {pages} 页" in dialog.info.text()
    image = dialog.pages[0]  # landscape A4 at 96 dpi
    assert abs(image.width() - 297 / 25.4 * 96 * dialog.devicePixelRatioF()) <= 2
    assert abs(image.height() - 210 / 25.4 * 96 * dialog.devicePixelRatioF()) <= 2
    assert image.pixelColor(5, 5).name() == "#ffffff"  # rendered paper, not an empty image


def test_printing_paints_the_same_pages(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert print_pdf(pdf, printer) == len(PdfReader(pdf).pages)
    assert len(PdfReader(out).pages) == len(PdfReader(pdf).pages)
    assert len(render_pages(out, 30)) == len(PdfReader(pdf).pages)
