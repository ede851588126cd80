"""Qt's own file dialog (the one used on Linux) speaks Chinese on a Chinese desktop: its buttons and
the type, size and date of each entry (Qt's zh_CN translation leaves 文件夹 out)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

_SHOW = r"""
import json, os, sys, time
from dangjian_desktop.app import ensure_app
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QFileSystemModel, QLabel

app = ensure_app()
folder = sys.argv[1]
dialog = QFileDialog(None, "从Excel导入花名册", folder, "Excel 文件 (*.xlsx *.xls)")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
dialog.setViewMode(QFileDialog.ViewMode.Detail)
dialog.show()
model = dialog.findChild(QFileSystemModel)
root = model.index(folder)
end = time.monotonic() + 20
while model.rowCount(root) < 2 and time.monotonic() < end:
    app.processEvents()
for _ in range(20):
    app.processEvents()
rows = [[model.index(r, c, root).data() for c in range(4)] for r in range(model.rowCount(root))]
words = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel) if w.isVisible()]
words += [a.text() for a in dialog.findChildren(QAction)]
words += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
print(json.dumps({"rows": rows, "words": words}, ensure_ascii=False))
"""


def test_the_qt_file_dialog_is_chinese(tmp_path: Path) -> None:
    (tmp_path / "备份").mkdir()
    (tmp_path / "花名册.xlsx").write_bytes(b"x" * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8", "XDG_DATA_HOME": str(tmp_path)}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run([sys.executable, "-c", _SHOW, str(tmp_path)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    rows = {row[0]: row for row in seen["rows"]}
    assert rows["备份"][2] == "文件夹"  # missing from Qt's own translation
    assert rows["花名册.xlsx"][1] == "100 字节"
    for _name, size, _kind, modified in rows.values():
        assert not re.search(r"bytes|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|AM|PM", f"{size} {modified}")
    english = [w for w in seen["words"] if re.search(r"[A-Za-z]{2,}", w.replace("Excel", ""))]
    assert english == []
