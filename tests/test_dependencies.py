"""Every third-party module the package imports is a declared runtime dependency, and every one the tests
import is declared for development: a plain ``pip install`` must be enough to run the application."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(*groups: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for group in groups:
        requirements += project["optional-dependencies"][group]
    return {_normalised(re.match(r"[A-Za-z0-9._-]+", r).group(0)) for r in requirements}  # type: ignore[union-attr]


def _third_party_imports(folder: Path) -> dict[str, set[str]]:
    """Top-level module name → files importing it, for modules that are neither stdlib nor local."""
    local = {p.name for p in ROOT.iterdir() if p.is_dir()} | {p.stem for p in folder.rglob("*.py")}
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in local:
                    found.setdefault(top, set()).add(path.name)
    return found


def _undeclared(folder: Path, declared: set[str]) -> dict[str, set[str]]:
    distributions = importlib.metadata.packages_distributions()
    missing = {}
    for module, files in _third_party_imports(folder).items():
        provided_by = {_normalised(d) for d in distributions.get(module, [module])}
        if not provided_by & declared:
            missing[module] = files
    return missing


def test_package_imports_only_runtime_dependencies() -> None:
    assert _undeclared(ROOT / "dangjian_desktop", _declared()) == {}


@pytest.mark.parametrize("folder", ["tests", "tools", "bench"])
def test_tests_and_tools_import_only_declared_packages(folder: str) -> None:
    assert _undeclared(ROOT / folder, _declared("dev")) == {}


def test_the_check_sees_an_undeclared_import(tmp_path: Path) -> None:
    (tmp_path / "uses_pypdf.py").write_text("from pypdf import PdfReader\n", encoding="utf-8")
    assert "pypdf" in _undeclared(tmp_path, _declared())
