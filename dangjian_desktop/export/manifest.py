"""The archive folder's manifest (manifest.json) and 校验清单.txt, and checking a folder against them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.json"
CHECKLIST = "校验清单.txt"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(folder: Path, *, exported_at: str, app_version: str, counts: dict[str, int],
                   extra: dict[str, str]) -> None:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name not in (MANIFEST, CHECKLIST))
    entries = [{"name": p.name, "size": p.stat().st_size, "sha256": sha256(p)} for p in files]
    data = {"exported_at": exported_at, "app_version": app_version, "record_counts": counts, **extra,
            "files": entries}
    (folder / MANIFEST).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"{extra.get('title', '党建档案')} 校验清单", f"导出时间：{exported_at}　　软件版本：{app_version}", "",
             "记录数："] + [f"  {k}：{v} 件" for k, v in counts.items()] + ["", "文件（大小，SHA-256）："]
    lines += [f"  {e['name']}　{e['size']} 字节　{e['sha256']}" for e in entries]
    lines += ["", "核对方法：用本软件的 verify 命令，或任何 SHA-256 工具逐个核对上面的值。"]
    (folder / CHECKLIST).write_text("\n".join(lines) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Problem:
    name: str
    what: str  # 已修改 / 缺失 / 多出

    def __str__(self) -> str:
        return f"{self.what}：{self.name}"


def verify(folder: Path) -> list[Problem]:
    """Every changed, missing or extra file; an empty list means the folder is as exported."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [Problem(MANIFEST, "缺失")]
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        listed = {e["name"]: e for e in data["files"]}
    except (ValueError, KeyError, TypeError):
        return [Problem(MANIFEST, "已修改")]
    problems = []
    present = {p.name for p in folder.iterdir() if p.is_file() and p.name not in (MANIFEST, CHECKLIST)}
    for name, entry in sorted(listed.items()):
        path = folder / name
        if name not in present:
            problems.append(Problem(name, "缺失"))
        elif path.stat().st_size != entry["size"] or sha256(path) != entry["sha256"]:
            problems.append(Problem(name, "已修改"))
    problems += [Problem(name, "多出") for name in sorted(present - set(listed))]
    if not (folder / CHECKLIST).is_file():
        problems.append(Problem(CHECKLIST, "缺失"))
    return problems
