"""Qt's own file dialog (the one used on Linux) speaks Chinese whatever the computer's language setting:
its buttons and the type, size and date of each entry (Qt's zh_CN translation leaves 文件夹 out, and Qt
writes sizes and dates in the system's language)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

_SHOW = r"""
import json, sys, time
from pathlib import Path
from dangjian_desktop.app import ensure_app
from dangjian_desktop.ui.dialog_service import DialogService
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTreeView

app = ensure_app()
folder = sys.argv[1]
seen = {}


def inspect():  # runs inside the dialog the secretary would see
    dialog = QApplication.activeModalWidget()
    dialog.findChild(QAbstractButton, "detailModeButton").click()
    view = dialog.findChild(QTreeView, "treeView")  # the list as shown
    model = view.model()
    end = time.monotonic() + 20
    while model.rowCount(view.rootIndex()) < 2 and time.monotonic() < end:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    root = view.rootIndex()
    seen["rows"] = [[model.index(r, c, root).data() for c in range(4)] for r in range(model.rowCount(root))]
    words = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel) if w.isVisible()]
    words += [a.text() for a in dialog.findChildren(QAction)]
    words += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    seen["words"] = words
    row = next(r for r in range(model.rowCount(root)) if model.index(r, 0, root).data().endswith(".xlsx"))
    view.setCurrentIndex(model.index(row, 0, root))
    dialog.accept()


QTimer.singleShot(0, inspect)
chosen = DialogService().open_file("从Excel导入花名册", "Excel 文件 (*.xlsx *.xls)", Path(folder))
seen["chosen"] = str(chosen)
print(json.dumps(seen, ensure_ascii=False))
"""


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "C", "en_US.UTF-8"])
def test_the_qt_file_dialog_is_chinese(tmp_path: Path, lang: str) -> None:
    (tmp_path / "备份").mkdir()
    (tmp_path / "花名册.xlsx").write_bytes(b"x" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "XDG_DATA_HOME": str(tmp_path)}
    for name in ("LC_ALL", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC"):
        env.pop(name, None)
    done = subprocess.run([sys.executable, "-c", _SHOW, str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    rows = {row[0]: row for row in seen["rows"]}
    assert rows["备份"][2] == "文件夹"  # missing from Qt's own translation
    assert rows["花名册.xlsx"][1] == "100 字节"
    for _name, size, _kind, modified in rows.values():
        assert not re.search(r"bytes|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM", f"{size} {modified}")
        assert re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}", modified), modified  # 2026/11/29 10:26
    assert seen["chosen"] == str(tmp_path / "花名册.xlsx")  # choosing a file works as before
    assert seen["words"][-4:] == ["名称", "大小", "类型", "修改日期"]  # the list's column titles
    english = [w for w in seen["words"] if re.search(r"[A-Za-z]{2,}", w.replace("Excel", ""))]
    assert english == []
