"""Layering rules of DESIGN.md §2 and the generated Designer forms."""

import ast
from pathlib import Path

import pytest

from tools import compile_forms

PACKAGE = Path(__file__).resolve().parents[1] / "dangjian_desktop"
LOWER_LAYERS = ["db", "domain", "services", "export"]


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_do_not_import_qt(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" or n.startswith("dangjian_desktop.ui") for n in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_domain_does_not_touch_the_database() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlmodel" not in text and "sqlalchemy" not in text, path


@pytest.mark.parametrize("ui_file", sorted(compile_forms.FORMS_SRC.glob("*.ui")), ids=lambda p: p.name)
def test_generated_forms_are_up_to_date(ui_file: Path) -> None:
    generated = compile_forms.target(ui_file)
    assert generated.exists(), f"run python -m tools.compile_forms ({generated.name} missing)"
    assert generated.read_text(encoding="utf-8") == compile_forms.compiled(ui_file), (
        f"{generated.name} is stale: run python -m tools.compile_forms")


def test_no_print_outside_command_line_modules() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "__main__.py" or "cli" in path.parts or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"]
        assert calls == [], path


def test_start_up_does_not_load_export_or_migration_libraries(tmp_path: Path) -> None:
    """Start-up time: these load only when a file is written, a name is saved or a migration runs."""
    import subprocess
    import sys

    code = ("import sys; from dangjian_desktop.app import create_main_window; "
            "w = create_main_window(sys.argv[1]); "
            "print(' '.join(m for m in ('docx', 'openpyxl', 'reportlab', 'pypinyin', 'xlrd', 'alembic', "
            "'dangjian_desktop.domain.pinyin_data') if m in sys.modules))")
    db = tmp_path / "已有.sqlite3"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", "import sys; from dangjian_desktop.db.session import open_database; "
                    "open_database(sys.argv[1]).dispose()", str(db)], check=True, env=env)
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == ""


# Run as the user starts the program; at the first paint of a main window, report what is loaded.
_FIRST_PAINT = r"""
import os, sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QEvent, QObject, QTimer

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, widgets.QWidget) and isinstance(obj.window(), widgets.QMainWindow):
            table = obj.window().findChild(widgets.QTableView, "ledgerTable")
            heavy = [m for m in HEAVY if m in sys.modules]
            print(obj.window().objectName(), table.model().rowCount() if table else -1, " ".join(heavy), flush=True)
            os._exit(0)
        return False

HEAVY = sys.argv[2].split(",")
watch = Watch()

class Watched(widgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.installEventFilter(watch)
        QTimer.singleShot(60_000, lambda: os._exit(3))

widgets.QApplication = Watched
from dangjian_desktop.cli import main
main(["--db", sys.argv[1]])
"""
HEAVY_BEFORE_FIRST_PAINT = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "docx", "openpyxl", "reportlab",
                            "pypinyin", "dangjian_desktop.ui.main_window", "dangjian_desktop.ui.meetings.tab",
                            "dangjian_desktop.db.engine")


def test_first_paint_shows_the_roster_before_the_database_layer_loads(tmp_path: Path) -> None:
    """python -m dangjian_desktop: the roster is painted before SQLAlchemy, the services and the other
    tabs are imported; after an unclean exit (a crash journal) the ordinary, checked start is taken."""
    import os
    import subprocess
    import sys
    from datetime import date

    from dangjian_desktop.db.session import open_database
    from dangjian_desktop.services import branches
    from dangjian_desktop.services.people import records as people
    from tests.factories import person_input

    db_path = tmp_path / "台账.sqlite3"
    db = open_database(db_path)
    with db.session_scope() as s:
        branch_id = branches.create_branch(s, branches.BranchInput(name="中共测试村党支部", groups=["第一党小组"])).id
        for i in range(5):
            people.save_person(s, branch_id, data=person_input(f"党员{i}", birth=date(1960 + i, 1, 1)))
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}

    def start() -> list[str]:
        out = subprocess.run([sys.executable, "-c", _FIRST_PAINT, str(db_path), ",".join(HEAVY_BEFORE_FIRST_PAINT)],
                             capture_output=True, text=True, env=env, timeout=120)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()

    assert start() == ["firstWindow", "5"]  # nothing heavy loaded
    journal = db_path.parent / (db_path.name + "-journal")
    journal.write_bytes(b"x" * 512)  # what a crash leaves: the ordinary start, with the full check
    name, rows, *loaded = start()
    assert (name, rows) == ("mainWindow", "5") and "sqlalchemy" in loaded


def test_only_the_dialog_service_shows_message_boxes_and_file_dialogs() -> None:
    """(ui/tour.py replaces them with silent answers while it takes its screenshots.)"""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("dialog_service.py", "tour.py") or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        if names & {"QMessageBox", "QFileDialog"}:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


# Background work that must stay silent: the automatic backup's change marker.
_SILENT_TRANSACTIONS = {("backup/dialog.py", "_marker")}


def test_user_actions_run_through_ops() -> None:
    """No hand-written ``try: with session_scope(): … except UserError`` in the UI: ui/ops.run_op does that."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "ops.py" or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if not isinstance(node, ast.Try):
                    continue
                opens = any(isinstance(c, ast.Attribute) and c.attr == "session_scope"
                            for stmt in node.body for c in ast.walk(stmt))
                catches = any(h.type is not None and {n.id for n in ast.walk(h.type) if isinstance(n, ast.Name)}
                              & {"UserError", "ValidationError"} for h in node.handlers)
                key = (path.relative_to(PACKAGE / "ui").as_posix(), func.name)
                if opens and catches and key not in _SILENT_TRANSACTIONS:
                    offenders.append(key)
    assert offenders == []


def test_warm_up_loads_what_the_first_printout_waits_for() -> None:
    """A second after the window opens, a thread loads reportlab and the fonts; not the pinyin tables,
    which a save loads (the ledger shows and searches the keys stored with each name)."""
    import subprocess
    import sys

    code = ("import sys; from dangjian_desktop.app import warm_up_work; warm_up_work(); "
            "from reportlab.pdfbase import pdfmetrics; from dangjian_desktop.export.pdf_fonts import BODY; "
            "print(all(m in sys.modules for m in ('reportlab.platypus', "
            "'dangjian_desktop.export.meeting_pdf')), BODY in pdfmetrics.getRegisteredFontNames(), "
            "'dangjian_desktop.domain.pinyin_data' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["True", "True", "False"]


def test_the_application_does_not_import_pypinyin() -> None:
    """pypinyin's dictionaries cost over 50 MB once loaded: names.py reads the tables generated from it
    (domain/pinyin_data.py, tools/build_pinyin_table.py), and pypinyin is a development dependency."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            if any(m.split(".")[0] == "pypinyin" for m in modules):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


# The layers and what each may import of the package. Everyone may use the base modules: the package's
# __init__ (name, version), errors (UserError) and paths (where files live; names.py reads its table with it).
BASE = {"__init__", "errors", "paths"}
ALLOWED_IMPORTS = {
    "domain": {"domain"},  # pure rules: no database, no files, no Qt
    "export": {"export", "domain"},  # writes files from plain data; never queries
    "db": {"db", "domain"},  # tables, engine, backups; knows no services, screens or exports
    "services": {"services", "db", "domain", "export"},
    "cli": {"cli", "services", "db", "domain", "export", "app"},  # app only to start the window, lazily
    "ui": {"ui", "services", "db", "domain", "export", "app"},  # app only in tour.py's start, lazily
}


def _package_imports(path: Path) -> list[tuple[str, bool]]:
    """(imported layer, imported at module level) for every import of the package in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nested = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
              for n in ast.walk(f) if n is not f}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "dangjian_desktop" else [f"dangjian_desktop.{a.name}"
                                                                             for a in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "dangjian_desktop":
                layer = parts[1] if len(parts) > 1 else "__init__"
                if layer in {"APP_NAME", "APP_ID", "__version__"}:
                    layer = "__init__"
                found.append((layer, id(node) not in nested))
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED_IMPORTS))
def test_layers_import_only_downwards(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        if "migrations" in path.parts:  # Alembic scripts see only the tables
            continue
        for target, top_level in _package_imports(path):
            if target in BASE:
                continue
            if target not in ALLOWED_IMPORTS[layer] or (target == "app" and top_level):
                offenders.append(f"{path.relative_to(PACKAGE)} → {target}")
    assert offenders == []


def test_the_layer_rule_sees_an_upward_import(tmp_path: Path) -> None:
    bad = tmp_path / "rules.py"
    bad.write_text("from dangjian_desktop.services import branches\n"
                   "def f():\n    from dangjian_desktop.app import run_gui\n", encoding="utf-8")
    assert _package_imports(bad) == [("services", True), ("app", False)]


_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping"}


def _dict_parameters(path: Path) -> list[str]:
    """``function(parameter)`` for each public function of ``path`` that takes a session and a parameter
    typed as a dict or mapping (record data comes as a dataclass, as ``PersonInput`` or ``CaseInput``)."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
            continue
        params = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        if "session" not in {p.arg for p in params}:
            continue
        for p in params:
            annotation = p.annotation
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # a quoted annotation
                annotation = ast.parse(annotation.value, mode="eval")
            names = {n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(annotation or ast.Module())
                     if isinstance(n, ast.Name | ast.Attribute)}
            if names & _MAPPINGS:
                found.append(f"{node.name}({p.arg})")
    return found


def test_services_take_record_data_as_dataclasses_not_dicts() -> None:
    offenders = [f"{path.relative_to(PACKAGE)}: {f}" for path in sorted((PACKAGE / "services").rglob("*.py"))
                 for f in _dict_parameters(path)]
    assert offenders == []


def test_the_dataclass_rule_sees_a_dict_parameter(tmp_path: Path) -> None:
    bad = tmp_path / "records.py"
    bad.write_text("from typing import Any\n"
                   "def save_thing(session, branch_id: str, values: 'dict[str, Any]') -> None: ...\n"
                   "def save_other(session, *, data: typing.Mapping[str, object] | None = None) -> None: ...\n"
                   "def _helper(session, values: dict) -> None: ...\n"
                   "def format_value(name: str, names: dict[str, str]) -> str: ...\n", encoding="utf-8")
    assert _dict_parameters(bad) == ["save_thing(values)", "save_other(data)"]


# Dialogs that cannot come from a Designer form, each with its reason (none today).
_DIALOGS_BUILT_IN_CODE: dict[tuple[str, str], str] = {}


def _dialogs_without_form(path: Path) -> list[str]:
    """The QDialog subclasses in ``path`` (directly or through a class of the same module) that do not call
    ``….setupUi(self)`` themselves or in such a base, and the dialogs made with a bare ``QDialog(…)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes = {c.name: c for c in tree.body if isinstance(c, ast.ClassDef)}

    def bases(c: ast.ClassDef) -> list[str]:
        return [b.id if isinstance(b, ast.Name) else b.attr for b in c.bases if isinstance(b, ast.Name | ast.Attribute)]

    def is_dialog(name: str, seen: frozenset[str] = frozenset()) -> bool:
        c = classes.get(name)
        return c is not None and name not in seen and any(
            b == "QDialog" or is_dialog(b, seen | {name}) for b in bases(c))

    def sets_up_form(name: str) -> bool:
        c = classes.get(name)
        if c is None:
            return False
        calls = [n for n in ast.walk(c) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and n.func.attr == "setupUi" and [getattr(a, "id", "") for a in n.args] == ["self"]]
        return bool(calls) or any(sets_up_form(b) for b in bases(c))

    found = [name for name in classes if is_dialog(name) and not sets_up_form(name)]
    found += [f"QDialog() at line {n.lineno}" for n in ast.walk(tree)
              if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "QDialog"]
    return found


def test_every_dialog_sets_itself_up_from_a_designer_form() -> None:
    """Dialogs are laid out in forms/*.ui (compiled into ui/forms/); the Python wires their behaviour."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        module = path.relative_to(PACKAGE / "ui").as_posix()
        offenders += [f"{module}: {name}" for name in _dialogs_without_form(path)
                      if (module, name) not in _DIALOGS_BUILT_IN_CODE]
    assert offenders == []


def test_the_form_rule_sees_a_dialog_built_in_code(tmp_path: Path) -> None:
    bad = tmp_path / "dialogs.py"
    bad.write_text("from PySide6.QtWidgets import QDialog, QVBoxLayout\n"
                   "class Base(QDialog):\n    def __init__(self, ui):\n        super().__init__()\n"
                   "        ui.setupUi(self)\n"
                   "class FromForm(Base):\n    pass\n"
                   "class ByHand(QDialog):\n    def __init__(self):\n        super().__init__()\n"
                   "        QVBoxLayout(self)\n"
                   "class Inherits(ByHand):\n    pass\n"
                   "def ask():\n    return QDialog(None)\n", encoding="utf-8")
    assert _dialogs_without_form(bad) == ["ByHand", "Inherits", "QDialog() at line 15"]
