"""Start-up: logging, excepthook, QApplication with the zh_CN translator, database, main window."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dangjian_desktop import APP_NAME, __version__
from dangjian_desktop.db.dialect import is_server
from dangjian_desktop.db.dialect.sqlite.lock import DatabaseLock
from dangjian_desktop.errors import UserError
from dangjian_desktop.paths import default_db_path, logs_dir, resource_path

if TYPE_CHECKING:
    from dangjian_desktop.db.engine import Database
    from dangjian_desktop.services import users
    from dangjian_desktop.ui.first_paint import FirstWindow
    from dangjian_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_translators: list[QTranslator] = []


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """The log names people and files: each log file is created readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        from dangjian_desktop.db.dialect.sqlite.backup.copy import create_private

        with contextlib.suppress(FileExistsError, OSError):
            create_private(Path(self.baseFilename))
        return super()._open()


def setup_logging() -> Path:
    path = logs_dir() / "dangjian.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = PrivateLogHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def _excepthook(etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if isinstance(value, UserError):
        from dangjian_desktop.ui.dialog_service import DialogService

        DialogService().user_error(value)
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
            from dangjian_desktop.ui.qt_chinese import MissingStrings

            app.installTranslator(translator)
            _translators.append(translator)
            _translators.append(MissingStrings(app))
            app.installTranslator(_translators[-1])  # asked first: only for what Qt's translation lacks
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
        from dangjian_desktop.ui import screen_fit

        screen_fit.install(app)
    return app


def create_main_window(db_path: Path | str | None = None, first: FirstWindow | None = None, *,
                       db: Database | None = None) -> MainWindow:
    """The window the executable shows, on ``db_path`` (default: the user data directory) or on ``db``
    already open; it takes over the roster ``first`` shows instead of reading it again."""
    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.ui.main_window import MainWindow

    ensure_app()
    db = db or open_database(db_path or default_db_path())
    return MainWindow(db, shown_roster=(first.branch_id, first.model) if first is not None else None)


def sign_in(db: Database) -> users.CurrentUser | None:
    """On a server: the person signs in before the window opens (None: they gave up, or there is nobody
    who could sign in yet - they were told how to add the first 管理员)."""
    from dangjian_desktop.services import users
    from dangjian_desktop.ui.dialog_service import DialogService
    from dangjian_desktop.ui.users_dialog import SignInDialog

    ensure_app()
    with db.session_scope() as s:
        anyone = users.has_users(s)
    if not anyone:
        DialogService().error("这套台账还没有建立用户账号，无法登录。\n"
                              "请负责维护服务器的同志先建立管理员账号，再打开支部台账。")
        return None
    url = db.engine.url
    dialog = SignInDialog(db, where=f"{url.host or '本机'}（{url.database or ''}）")
    return dialog.user if dialog.exec() else None


def check_database_file(path: Path, scan: str | None = "quick") -> bool:
    """The quick check before opening (ui/backup/health.py): a damaged file, or a missing or empty one
    beside good backups, is replaced only with the user's consent, by the newest good backup, after a
    copy of it is saved. False: do not open (the user was told)."""
    from dangjian_desktop.ui.backup.health import check_database_file as check
    from dangjian_desktop.ui.dialog_service import DialogService

    return check(path, DialogService(), scan)


def ask_password(window: MainWindow) -> bool:
    """The start-up password, if one is set. False: the user gave up."""
    from dangjian_desktop.services import password
    from dangjian_desktop.ui.backup.password_dialog import PasswordPrompt

    with window.db.session_scope() as s:
        if not password.has_password(s):
            return True
    return bool(PasswordPrompt(window.db).exec())


def run_gui(db_path: Path | str | None, qt_args: list[str]) -> int:

    log_file = setup_logging()
    log.info("%s %s starting; log at %s", APP_NAME, __version__, log_file)
    app = ensure_app(qt_args)
    sys.excepthook = _excepthook
    target = db_path or default_db_path()
    lock = None if is_server(target) else DatabaseLock(Path(target))  # the lock file is for SQLite files only
    try:
        return _open_and_run(app, target, lock)
    finally:
        if lock is not None:
            lock.release()


def _open_and_run(app: QApplication, target: Path | str, lock: DatabaseLock | None) -> int:
    first: FirstWindow | None = None
    try:
        if lock is not None:
            lock.acquire()
            first, scan = _first_paint(Path(target), lock)
            if not check_database_file(Path(target), scan):
                return 1
        if lock is None:  # a server: every person signs in before the window opens
            from dangjian_desktop.db.session import open_database

            db = open_database(target)
            user = sign_in(db)
            if user is None:
                db.dispose()
                return 0
            upload_attachments(db)
            window = create_main_window(target, db=db)
            window.signed_in(user)
        else:
            window = create_main_window(target, first)
    except UserError as exc:
        from dangjian_desktop.ui.dialog_service import DialogService

        log.warning("cannot open database: %s (%s)", exc.message, exc.detail)
        DialogService().error(exc.message)
        return 1
    if not ask_password(window):
        window.db.dispose()
        return 0
    from dangjian_desktop.ui.backup.password_dialog import IdleLock
    from dangjian_desktop.ui.backup.scheduled_check import ScheduledCheck

    if first is not None:
        from dangjian_desktop.ui.first_paint import hand_over

        hand_over(first, window, window.ledger.filter_edit)
    else:
        window.show()
    window.idle_lock = IdleLock(window.db, window)  # type: ignore[attr-defined]
    window.scheduled_check = ScheduledCheck(window.db, window.dialogs, window)  # type: ignore[attr-defined]
    QTimer.singleShot(2000, window.auto_backup.start)
    QTimer.singleShot(1000, lambda: _warm_up(window))
    window.schedule_first_run()
    return app.exec()


def upload_attachments(db: Database) -> None:
    """On a server: attachments this computer added before the database kept their bytes go into it, so
    the other clerks' computers see them too (services/meetings/attachments.upload_missing)."""
    from sqlalchemy.exc import SQLAlchemyError

    from dangjian_desktop.services.meetings.attachments import attachments_dir, upload_missing

    try:
        with db.session_scope() as s:
            stored = upload_missing(s, attachments_dir(None))
    except (UserError, SQLAlchemyError) as exc:  # not a reason to keep the window closed: tried again next start
        log.warning("attachments not uploaded: %s", exc)
        return
    if stored:
        log.info("%d attachment(s) from this computer stored in the database", stored)


def _warm_up(window: MainWindow) -> None:
    """Load in the background what the first printout (reportlab, the CJK fonts registered once, the
    PDF modules) would otherwise wait for, while the secretary is still looking at the roster; on a
    township database, work out the 乡镇汇总 the clerk is likely to open. (The pinyin tables load at the
    first save, in milliseconds: the ledger needs only the stored keys.)"""
    import threading

    preparing = window.prepare_views()

    def work() -> None:  # after the 汇总, which the clerk may be waiting for: not competing with it
        for wait in preparing:
            wait()
        warm_up_work()

    threading.Thread(target=work, name="warm_up", daemon=True).start()


def warm_up_work() -> None:
    """The work of ``_warm_up`` (no Qt: it runs in a thread)."""
    from dangjian_desktop.export import pdf_fonts

    try:
        pdf_fonts.prepare()
    except UserError as exc:  # said again, in its place, when something is printed
        log.info("fonts not registered in advance: %s", exc.message)
        return
    import dangjian_desktop.export.docx_layout
    import dangjian_desktop.export.pdf_pages
    import dangjian_desktop.services.meetings.printing  # noqa: F401


def _first_paint(path: Path, lock: DatabaseLock) -> tuple[FirstWindow | None, str | None]:
    """After a clean exit: show the roster at once (plain sqlite3), then load the rest in the
    background without a whole-file scan (that runs later, on a schedule). After an unclean exit (a
    lock left behind or a crash journal): no early window, and the full check before opening."""
    from dangjian_desktop.db.migrate import HEAD_REVISION
    from dangjian_desktop.ui.first_paint import load_in_background, show_first_window

    journal = path.with_name(path.name + "-journal")  # db.integrity.journal_path (loads the backup module)
    if lock.took_over or (journal.exists() and journal.stat().st_size):
        log.warning("the last session on %s did not end cleanly: full check", path)
        return None, "full"
    first = show_first_window(path, HEAD_REVISION)
    if first is None:  # not simply readable (or new, or behind a password): the ordinary start, checked
        return None, "quick"
    load_in_background(_load_modules)
    return first, None


def _load_modules() -> None:
    """What the window needs besides the first view: the database layer, the services, the tabs."""
    import dangjian_desktop.db.session
    import dangjian_desktop.ui.backup.health
    import dangjian_desktop.ui.main_window  # noqa: F401
