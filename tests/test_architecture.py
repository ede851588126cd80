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
            "print(' '.join(m for m in ('docx', 'openpyxl', 'reportlab', 'pypinyin', 'xlrd', 'alembic') if m in sys.modules))")
    db = tmp_path / "已有.sqlite3"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", "import sys; from dangjian_desktop.db.session import open_database; "
                    "open_database(sys.argv[1]).dispose()", str(db)], check=True, env=env)
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == ""
