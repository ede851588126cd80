"""Where the application keeps its files. Works from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

from dangjian_desktop import APP_ID

PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The per-user data directory (created on first use)."""
    path = user_data_path(APP_ID, appauthor=False, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "dangjian.sqlite3"


def backups_dir(db_path: Path) -> Path:
    """Backups live next to the database they belong to, in ``backups/``."""
    path = db_path.resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def archive_template_path() -> Path:
    """Where the secretary's own copy of the archive template lives (it may not exist yet)."""
    return data_dir() / "模板" / "档案模板.docx"


def custom_archive_template() -> Path | None:
    """The secretary's own archive template if she made one; None means the built-in template."""
    path = archive_template_path()
    return path if path.is_file() else None


def resource_path(*parts: str) -> Path:
    """A file under resources/: from a PyInstaller bundle, from an installed copy (``pip install .`` puts
    resources/ inside the package as ``_resources``), or from the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle).joinpath("resources", *parts)
    installed = PACKAGE_DIR / "_resources"
    if installed.is_dir():
        return installed.joinpath(*parts)
    return PACKAGE_DIR.parent.joinpath("resources", *parts)
