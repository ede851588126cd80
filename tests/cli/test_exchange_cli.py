"""export-package and import-package from the command line: the fingerprint shown for the phone, the
township database made when it does not exist, a refused package reported without stopping the others."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.db import Database
from dangjian_desktop.services.people import records as people
from tests.factories import person_input


def test_export_then_import_into_a_new_township_database(db: Database, db_path: Path, branch_id: str,
                                                         tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.session_scope() as s:
        people.save_person(s, branch_id, data=person_input("王建国"))
    db.dispose()
    package = tmp_path / "U盘" / "测试村.zip"
    assert cli.main(["export-package", "--db", str(db_path), "--out", str(package)]) == 0
    out = capsys.readouterr().out
    assert "已导出“中共测试村党支部”的数据包" in out and "内部资料" in out
    printed = re.search(r"本机密钥指纹：((?:[0-9A-F]{4} ){7}[0-9A-F]{4})", out)
    assert printed is not None

    town = tmp_path / "乡镇" / "汇总.sqlite3"
    tampered = tmp_path / "改过.zip"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(tampered, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            dst.writestr(name, data.replace("王建国".encode(), "王建军".encode()) if name == "tables/person.json" else data)
    assert cli.main(["import-package", "--db", str(town), str(tampered), str(package)]) == 1
    out = capsys.readouterr().out
    assert "未导入 改过.zip：数据包的内容与它的清单不符" in out and "被改动过" in out
    assert "测试村.zip（中共测试村党支部）\n  已导入（第一次导入这个支部，已登记它的密钥）：人员新增1人" in out  # as the window says
    assert f"新登记的支部密钥指纹：{printed.group(1)}" in out
    with sqlite3.connect(town) as con:
        assert con.execute("SELECT name FROM person").fetchall() == [("王建国",)]
        assert con.execute("SELECT read_only FROM branch").fetchall() == [(1,)]

    assert cli.main(["import-package", "--db", str(town), str(package)]) == 0
    assert "这个数据包已经导入过，没有新的内容。" in capsys.readouterr().out
