"""字号: the text size of every window (100 %, 125 %, 150 %, 200 %), applied at once and remembered.

The size is a percentage of the font the application starts with; it is kept in the settings registry
(``ui.font_scale``) and applied when the main window opens.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from dangjian_desktop.db import Database, settings

CHOICES = (100, 125, 150, 200)
_base: list[float] = []  # the start-up font's point size, before any scaling


def current() -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not _base:
        return 100
    return round(app.font().pointSizeF() / _base[0] * 100)


def apply(percent: int) -> None:
    """Set the text of every window to ``percent`` of the start-up size."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _base:
        _base.append(app.font().pointSizeF())
    font = QFont(app.font())
    font.setPointSizeF(_base[0] * percent / 100)
    app.setFont(font)


def stored(db: Database) -> int:
    with db.session_scope() as s:
        return settings.get(s, settings.FONT_SCALE)


def store(db: Database, percent: int) -> None:
    with db.session_scope() as s:
        settings.put(s, settings.FONT_SCALE, percent)
