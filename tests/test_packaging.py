"""A plain ``pip install .`` gives a working application: every package and every file under resources/ (the
archive template, the stroke tables, the help) is in the wheel, and the installed copy finds them."""

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]
RESOURCES_PACKAGE = "dangjian_desktop._resources"


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _resource_files() -> set[str]:
    """What the application reads from resources/ (the screenshots are the README's, not the application's)."""
    return {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".py" and p.parts[len(ROOT.parts) + 1] != "screenshots"
    }


def test_the_package_list_names_every_package_and_resource_folder() -> None:
    config = _setuptools_config()
    listed = set(config["packages"])
    code = set(find_packages(str(ROOT), include=["dangjian_desktop*"]))
    folders = {f"{RESOURCES_PACKAGE}.{name.split('/')[0]}" for name in _resource_files()}
    assert listed == code | {RESOURCES_PACKAGE} | folders
    assert config["package-dir"] == {RESOURCES_PACKAGE: "resources"}


@pytest.mark.timeout(300)
def test_an_installed_wheel_carries_the_resources_and_finds_them(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("dangjian_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
                   check=True, cwd=tmp_path, capture_output=True)
    (wheel,) = wheels.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = {f for f in _resource_files() if f"dangjian_desktop/_resources/{f}" not in names}
    assert missing == set()
    assert "dangjian_desktop/db/migrations/versions/" in {n.rsplit("/", 1)[0] + "/" for n in names}

    target = tmp_path / "site"
    subprocess.run([*pip, "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    probe = (
        "import dangjian_desktop.paths as p\n"
        "from dangjian_desktop.domain.names import stroke_key\n"
        "from dangjian_desktop.export.docx_template import builtin_path, load_template\n"
        "print(p.PACKAGE_DIR)\n"
        "print(builtin_path())\n"
        "load_template()\n"
        "print(p.resource_path('help', '使用说明.html').is_file())\n"
        "print(stroke_key('王') < stroke_key('张'))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", probe], check=True, cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8")
    package_dir, template, help_found, strokes_known = done.stdout.splitlines()
    assert Path(package_dir) == target / "dangjian_desktop"
    assert Path(template).is_file() and Path(template).is_relative_to(target)
    assert help_found == "True"
    assert strokes_known == "True"  # 王 (4 strokes) before 张 (7): the stroke table was found and read
