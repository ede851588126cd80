"""The only place that shows message boxes and file dialogs, so prompts can be replaced in tests."""

from __future__ import annotations

import logging
import math
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

from dangjian_desktop import APP_NAME
from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)
_BOX_CHARACTERS = 26  # about as many characters as a message box's line holds before it wraps


def fits_a_message_box(text: str) -> bool:
    """Whether ``text``, wrapped as a message box wraps it, leaves room on the screen for the box's frame
    and buttons (at any text size: measured in the application's font)."""
    metrics = QFontMetrics(QApplication.font())
    width = metrics.horizontalAdvance("汉") * _BOX_CHARACTERS
    lines = sum(max(1, math.ceil(metrics.horizontalAdvance(line) / width)) for line in text.split("\n"))
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry().height() if screen is not None else 728
    return lines * metrics.lineSpacing() <= room - 8 * metrics.lineSpacing()
CHINA = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
_SIZE, _MODIFIED = 1, 3  # QFileSystemModel's columns


class DialogService:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, text: str, title: str = APP_NAME) -> None:
        """A message; after a PDF was written, it also names the characters printed as 〓 (no font has them)."""
        if "dangjian_desktop.export.pdf_fonts" in sys.modules:
            from dangjian_desktop.export.pdf_fonts import missing_message, take_missing

            missing = take_missing()
            if missing:
                QMessageBox.warning(self.parent, title, f"{text}\n\n{missing_message(missing)}")
                return
        QMessageBox.information(self.parent, title, text)

    def info_with_folder(self, text: str, folder: Path, title: str = APP_NAME) -> None:
        """A finish message with an 打开文件夹 button that opens ``folder``."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        open_button = box.addButton("打开文件夹(&O)", QMessageBox.ButtonRole.ActionRole)
        box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_path(folder)

    def warn(self, text: str, title: str = APP_NAME) -> None:
        QMessageBox.warning(self.parent, title, text)

    def error(self, text: str, title: str = APP_NAME) -> None:
        """Something that stops the program from going on (at start-up)."""
        QMessageBox.critical(self.parent, title, text)

    def ask(self, text: str, title: str = APP_NAME) -> bool:
        """A yes/no question whose recommended answer is 是 (Enter accepts it)."""
        answer = QMessageBox.question(self.parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def confirm(self, text: str, title: str = APP_NAME) -> bool:
        answer = QMessageBox.question(self.parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def user_error(self, exc: UserError) -> None:
        log.info("user error: %s (%s)", exc.message, exc.detail)
        QMessageBox.warning(self.parent, APP_NAME, exc.message)

    def open_file(self, title: str, filters: str, start: Path | None = None) -> Path | None:
        with _chinese_file_dialogs():
            name, _ = QFileDialog.getOpenFileName(self.parent, title, str(start or Path.home()), filters)
        return Path(name) if name else None

    def open_files(self, title: str, filters: str, start: Path | None = None) -> list[Path]:
        """One or several files (Ctrl or Shift held to choose more), in the order chosen; [] if cancelled."""
        with _chinese_file_dialogs():
            names, _ = QFileDialog.getOpenFileNames(self.parent, title, str(start or Path.home()), filters)
        return [Path(name) for name in names]

    def report(self, text: str, title: str = APP_NAME, *, problem: bool = False) -> None:
        """The outcome of an action over several things, one paragraph each: a message box while it fits
        the screen, else a window that scrolls (forty 数据包 at once). ``problem``: something was refused."""
        if fits_a_message_box(text):
            (self.warn if problem else self.info)(text, title)
            return
        ReportDialog(text, title, problem, self.parent).exec()

    def save_file(self, title: str, filters: str, suggested: Path) -> Path | None:
        with _chinese_file_dialogs():
            name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(name) if name else None

    def choose_folder(self, title: str, start: Path | None = None) -> Path | None:
        with _chinese_file_dialogs():
            name = QFileDialog.getExistingDirectory(self.parent, title, str(start or self.default_folder()))
        return Path(name) if name else None

    def default_folder(self) -> Path:
        """Where exports are offered first: the user's Documents folder if there is one."""
        docs = Path.home() / "Documents"
        return docs if docs.is_dir() else Path.home()

    def open_path(self, path: Path) -> bool:
        """Open a file or folder with the program Windows associates with it (Word/WPS for .docx)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def bug(self, exc: BaseException) -> None:
        show_bug_dialog(exc, self.parent)


class BugDialog(QDialog):
    """An unexpected error in plain words, with the details to copy for whoever helps (forms/bug_dialog.ui)."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        from dangjian_desktop.ui.forms.bug_dialog_ui import Ui_BugDialog  # loaded only when something went wrong

        super().__init__(parent)
        self.ui = Ui_BugDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_NAME} — 程序出错")
        self.ui.bugDetails.setPlainText(details)
        copy = QPushButton("复制详细信息")
        self.ui.buttonBox.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        self.ui.buttonBox.rejected.connect(self.reject)


class ReportDialog(QDialog):
    """A long outcome to read and scroll through, its first line (the summary) kept in sight
    (forms/report_dialog.ui)."""

    def __init__(self, text: str, title: str, problem: bool, parent: QWidget | None = None) -> None:
        from dangjian_desktop.ui.forms.report_dialog_ui import Ui_ReportDialog

        super().__init__(parent)
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        first, _, rest = text.partition("\n")
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning if problem else QStyle.StandardPixmap.SP_MessageBoxInformation
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.ui.reportIcon.setPixmap(self.style().standardIcon(kind).pixmap(size, size))
        self.ui.reportSummary.setText(first)
        self.ui.reportText.setPlainText(rest.strip("\n"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("关闭(&C)")
        self.ui.buttonBox.rejected.connect(self.reject)
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance("汉") * 50, metrics.lineSpacing() * 40
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 85 // 100)
        self.resize(width, height)


def show_bug_dialog(exc: BaseException, parent: QWidget | None = None) -> None:
    """An unexpected error: say so plainly and give details the user can copy to whoever helps them."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    BugDialog(details, parent).exec()


# --- Qt's own file dialog (Linux; Windows shows its own) ------------------------------------------------
# Qt's file model writes sizes and dates in the computer's language setting (QLocale.system(): English
# under LANG=C or en_US), whatever the application's language: the dialog shows them through a model
# that writes them in Chinese.

class ChineseFileDetails(QIdentityProxyModel):
    """The file dialog's list as Qt's file model gives it, with each size and date written in Chinese."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (_SIZE, _MODIFIED) \
                and isinstance(model, QFileSystemModel):
            source = self.mapToSource(index)
            if index.column() == _MODIFIED:
                return CHINA.toString(model.lastModified(source), QLocale.FormatType.ShortFormat)
            if not model.isDir(source):
                return CHINA.formattedDataSize(model.size(source))
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == _SIZE:
            return "大小"  # Qt's own translation says 体积 (volume)
        return super().headerData(section, orientation, role)


def chinese_file_dialog(dialog: QFileDialog) -> None:
    """Qt's own file dialog in Chinese, sizes and dates included (the system's dialog is left alone)."""
    if dialog.findChild(QFileSystemModel) is None or isinstance(dialog.proxyModel(), ChineseFileDetails):
        return  # the system's dialog, or done already
    dialog.setLocale(CHINA)
    dialog.setProxyModel(ChineseFileDetails(dialog))


class _FileDialogShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            chinese_file_dialog(watched)
        return False


@contextmanager
def _chinese_file_dialogs() -> Iterator[None]:
    """While inside: a Qt file dialog that opens is made Chinese before it is first drawn."""
    app = QApplication.instance()
    watch = _FileDialogShown()
    if app is not None:
        app.installEventFilter(watch)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(watch)
