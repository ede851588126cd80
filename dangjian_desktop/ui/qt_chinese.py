"""Chinese for the parts of Qt's own dialogs that Qt's zh_CN translation leaves in English.

Qt's file dialog (used on Linux) names a folder's type "Folder" and a drive "Drive": those strings
are missing from qtbase_zh_CN. (Its sizes and dates are written in Chinese by ui/dialog_service.py.)
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

MISSING: dict[tuple[str, str], str] = {
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Alias"): "替身",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
    ("QFileSystemModel", '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters '
                         "or no punctuation marks.</p>"): "<b>不能使用名称“%1”。</b><p>请换一个名称，字少一些，不要用标点符号。</p>",
}


class MissingStrings(QTranslator):
    """Answers only for the strings in ``MISSING``; Qt's own translation answers for the rest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, sourceText: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return MISSING.get((context, sourceText))

    def isEmpty(self) -> bool:
        return False
