"""Compile forms/*.ui into dangjian_desktop/ui/forms/*_ui.py with pyside6-uic.

A frozen build has no uic tool, so forms are compiled ahead of time and the generated code is
committed. ``python -m tools.compile_forms`` regenerates them; a test checks they
are up to date.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS_SRC = ROOT / "forms"
FORMS_OUT = ROOT / "dangjian_desktop" / "ui" / "forms"
HEADER = "# generated from forms/{name} by pyside6-uic — do not edit; run python -m tools.compile_forms\n"
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*\n", re.MULTILINE)


def _uic() -> list[str]:
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    win = Path(sys.executable).with_name("pyside6-uic.exe")
    return [str(win)] if win.exists() else ["pyside6-uic"]


def compiled(ui_file: Path) -> str:
    """What the generated module for ``ui_file`` should contain."""
    out = subprocess.run([*_uic(), "--no-autoconnection", str(ui_file)], capture_output=True, check=True)
    code = _VERSION_LINE.sub("", out.stdout.decode("utf-8"))
    return HEADER.format(name=ui_file.name) + code


def target(ui_file: Path) -> Path:
    return FORMS_OUT / f"{ui_file.stem}_ui.py"


def main() -> int:
    FORMS_OUT.mkdir(exist_ok=True)
    (FORMS_OUT / "__init__.py").write_text('"""Generated from forms/*.ui — do not edit."""\n', encoding="utf-8")
    for ui_file in sorted(FORMS_SRC.glob("*.ui")):
        target(ui_file).write_text(compiled(ui_file), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
