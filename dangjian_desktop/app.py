"""Start-up: logging, excepthook, QApplication with the zh_CN translator, database, main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from dangjian_desktop import APP_NAME, __version__
from dangjian_desktop.db.session import open_database
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import default_db_path, logs_dir, resource_path
from dangjian_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


def setup_logging() -> Path:
    path = logs_dir() / "dangjian.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def _excepthook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if isinstance(value, UserError):
        log.info("user error: %s", value.message)
        QMessageBox.warning(None, APP_NAME, value.message)
        return
    log.error("unexpected error", exc_info=(etype, value, tb))
    if QApplication.instance() is not None:
        from dangjian_desktop.ui.dialog_service import show_bug_dialog

        show_bug_dialog(value.with_traceback(tb))


def install_translator(app: QApplication) -> bool:
    """Qt's own Chinese strings (standard buttons, dialogs)."""
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(resource_path("translations"))):
        translator = QTranslator(app)
        if translator.load(locale, "qtbase", "_", folder):
            app.installTranslator(translator)
            _translators.append(translator)
            return True
    log.warning("Qt zh_CN translation not found")
    return False


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if not _translators:
        install_translator(app)
        font = QFont(app.font())
        if sys.platform == "win32":
            font.setFamilies(["Microsoft YaHei UI", "Microsoft YaHei", "SimSun"])
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        app.setFont(font)
    return app


def create_main_window(db_path: Path | str | None = None) -> MainWindow:
    """The window the executable shows, on ``db_path`` (default: the user data directory)."""
    ensure_app()
    db = open_database(db_path or default_db_path())
    return MainWindow(db)


def run_gui(db_path: Path | None, qt_args: list[str]) -> int:
    log_file = setup_logging()
    log.info("%s %s starting; log at %s", APP_NAME, __version__, log_file)
    app = ensure_app(qt_args)
    sys.excepthook = _excepthook
    try:
        window = create_main_window(db_path)
    except UserError as exc:
        log.warning("cannot open database: %s (%s)", exc.message, exc.detail)
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    window.show()
    window.schedule_first_run()
    return app.exec()
