"""Every window opens inside the screen's work area (what the taskbar leaves), however it was sized.

Installed once on the application: when a top-level window is shown for the first time, it is given
the size its content asks for (with large text, more than it was designed with) but no more than the
work area, and moved fully into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_FITTED = "_screen_fitted"
WORK_AREA: tuple[int, int] | None = None  # width × height to fit instead of the screen's (the window tour)


def work_area(window: QWidget | None = None) -> QRect | None:
    """What the taskbar leaves of the screen ``window`` is on (the primary screen without one)."""
    # not window.screen(): with PySide6 6.10/6.11 the wrapper it returns inside this event filter owns the
    # QScreen, and collecting it deletes the screen, so the next window crashes in QScreen::virtualSiblings
    screen = (QApplication.screenAt(window.frameGeometry().center()) if window is not None else None) \
        or QApplication.primaryScreen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    if WORK_AREA is not None:
        area.setSize(area.size().boundedTo(QSize(*WORK_AREA)))
    return area


def fit_to_screen(window: QWidget) -> None:
    area = work_area(window)
    if area is None:
        return
    frame = window.frameGeometry().size() - window.size()  # title bar and borders
    wanted = window.size().expandedTo(window.sizeHint())  # large text: open as large as the content asks
    width = min(wanted.width(), area.width() - frame.width())
    height = min(wanted.height(), area.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    more = _scrolled_out(window)  # a form that scrolls: as large as it asks, so that it scrolls only if it must
    if more.width() or more.height():
        width = min(window.width() + more.width(), area.width() - frame.width())
        height = min(window.height() + more.height(), area.height() - frame.height())
        window.resize(max(width, window.width()), max(height, window.height()))
    geo = window.frameGeometry()
    x = min(max(geo.x(), area.left()), max(area.left(), area.right() - geo.width() + 1))
    y = min(max(geo.y(), area.top()), max(area.top(), area.bottom() - geo.height() + 1))
    if (x, y) != (geo.x(), geo.y()):
        window.move(x, y)


def _scrolled_out(window: QWidget) -> QSize:
    """How much more room than they have the contents of the window's scroll areas ask for."""
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the scroll areas get their sizes
    more = QSize(0, 0)  # (never less than nothing)
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is None or not area.widgetResizable() or not area.isVisibleTo(window) or area.window() is not window:
            continue
        shown = area.maximumViewportSize()  # (the viewport itself is sized when the window is first drawn)
        asked = content.sizeHint().expandedTo(content.minimumSizeHint())
        if content.hasHeightForWidth():
            asked.setHeight(max(asked.height(), content.heightForWidth(shown.width())))
        more = more.expandedTo(asked - shown)
    return more


class ScreenFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and not watched.property(_FITTED)):
            watched.setProperty(_FITTED, True)
            fit_to_screen(watched)
        return False


def install(app: QApplication) -> None:
    if app.findChild(ScreenFit, "screenFit") is None:
        app.installEventFilter(ScreenFit(app, objectName="screenFit"))
