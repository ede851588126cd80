"""Print preview: shows the pages of the generated PDF itself, then prints those same pages.

Pages are rendered with pypdfium2, on screen at a readable size and for the printer at its own
resolution, so the paper looks exactly like the preview and the PDF. The dialog is laid out in
forms/print_preview_dialog.ui.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from dangjian_desktop.errors import UserError
from dangjian_desktop.export.atomic import write_atomic
from dangjian_desktop.export.pdf_fonts import missing_message, take_missing
from dangjian_desktop.ui.busy import busy_cursor, run_busy
from dangjian_desktop.ui.dialog_service import DialogService
from dangjian_desktop.ui.forms.print_preview_dialog_ui import Ui_PrintPreviewDialog
from dangjian_desktop.ui.ops import guarded


def render_pages(pdf: Path, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(pdf))
    except (OSError, pdfium.PdfiumError) as exc:
        raise UserError(f"无法打开要打印的文件：{pdf.name}", detail=str(exc)) from exc
    images = []
    try:
        for page in doc:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB byte order, what Format_RGB888 reads
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            images.append(image)
            page.close()
    finally:
        doc.close()
    return images


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint the PDF's pages on ``printer`` at its resolution; returns the number of pages printed."""
    images = render_pages(pdf, min(printer.resolution(), 300))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError("无法开始打印：请检查打印机是否已连接、是否有纸。")
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            full = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            # the PDF page already has its margins: place it on the whole sheet, minus the printer's own margin
            target = full.translated(-area.left(), -area.top())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.left() + (target.width() - w) / 2, target.top(), w, h), image)
    finally:
        painter.end()
    return len(images)


class PrintPreviewDialog(QDialog):
    """The PDF's pages one under another; 打印 opens the system print dialog, 另存为 copies the PDF."""

    def __init__(self, pdf: Path, dialogs: DialogService, suggested_name: str, parent: QWidget | None = None,
                 title: str = "打印预览") -> None:
        super().__init__(parent)
        self.pdf, self.dialogs, self.suggested_name = pdf, dialogs, suggested_name
        self.ui = Ui_PrintPreviewDialog()  # laid out in forms/print_preview_dialog.ui; a picture per page
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.pages = render_pages(pdf, 96 * self.devicePixelRatioF())
        for n, image in enumerate(self.pages, 1):
            label = QLabel(objectName=f"previewPage{n}")
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(f"第 {n} 页")
            self.ui.pagesLayout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.info = self.ui.previewInfo
        self.info.setText(f"共 {len(self.pages)} 页。打印出来与此处显示的一致。")
        missing = take_missing()
        if missing:  # characters no font on this computer has: marked 〓 in the pages, and said here
            self.info.setText(f"{self.info.text()}\n{missing_message(missing)}")
            self.info.setStyleSheet("color: #b00020")
        buttons = self.ui.buttonBox
        self.print_button = QPushButton("打印(&P)…", objectName="printButton")
        self.save_button = QPushButton("另存为 PDF(&S)…", objectName="savePdfButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText("关闭")
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_)
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        first = self.pages[0] if self.pages else None
        self.resize(min(1000, (first.width() if first else 800) + 80), 820)

    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        guarded(self.dialogs, lambda: print_pdf(self.pdf, printer))

    def save_as(self) -> None:
        target = self.dialogs.save_file("另存为 PDF", "PDF 文件 (*.pdf)",
                                        self.dialogs.default_folder() / self.suggested_name)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if guarded(self.dialogs, lambda: write_atomic(target, lambda tmp: shutil.copyfile(self.pdf, tmp))):
            self.dialogs.info(f"已保存到\n{target}")


def show_preview(parent: QWidget, dialogs: DialogService, write: Callable[[Path], object], suggested_name: str,
                 title: str = "打印预览") -> None:
    """Write the PDF (``write(path)``, on a worker thread, with a busy cursor and progress) and preview it."""
    with tempfile.TemporaryDirectory(prefix="dangjian-print-") as tmp:
        pdf = Path(tmp) / "preview.pdf"
        try:
            run_busy(parent, "正在生成打印预览…", lambda: write(pdf))
            with busy_cursor():
                dialog = PrintPreviewDialog(pdf, dialogs, suggested_name, parent, title)
        except UserError as exc:
            dialogs.user_error(exc)
            return
        dialog.exec()
