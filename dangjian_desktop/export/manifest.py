"""The archive folder's manifest, its 档案校验码 and 校验清单, and checking a folder against them.

The manifest (``校验/manifest.json``, kept out of the secretary's way in a subfolder) lists every file with
the SHA-256 of its content. The 档案校验码 is the first 12 hex digits of the SHA-256 of the manifest
itself, grouped 4-4-4; it is printed on every 备考表 (the pages that are signed), in the directory and in
``校验清单.txt``, so a file changed and the manifest re-computed no longer matches the signed paper.

A .docx that prints the 校验码 cannot also be hashed with it (the 校验码 depends on the hash), so the
documents are written with a placeholder, hashed, and the placeholder is then replaced by the 校验码; a
.docx's content hash is taken over its parts with the 校验码 put back to the placeholder. The 校验清单
also lists each file's plain SHA-256 as it is on disk, which any SHA-256 tool can check.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

CHECK_DIR = "校验"
MANIFEST = "manifest.json"
CHECKLIST = "校验清单.txt"
PLACEHOLDER = "____-____-____"
FINGERPRINT_LABEL = "档案校验码："
_DOCUMENT = "word/document.xml"
_PRINTED = re.compile(re.escape(FINGERPRINT_LABEL).encode() + rb"([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|_{4}-_{4}-_{4})")
# in a PDF copy the code is a Courier string in an uncompressed page: (abcd-ef01-2345) Tj
_IN_PDF = re.compile(rb"\(([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|_{4}-_{4}-_{4})\)")
_LISTED = re.compile(r"^  (.+?)　(\d+) 字节　([0-9a-f]{64})$")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint(manifest: bytes) -> str:
    """The 档案校验码: 12 hex digits of the manifest's SHA-256, as abcd-ef01-2345."""
    h = hashlib.sha256(manifest).hexdigest()[:12]
    return f"{h[:4]}-{h[4:8]}-{h[8:]}"


def content_hash(path: Path) -> tuple[str, set[str]]:
    """A file's content hash and the 校验码 it prints. For a .docx: every part (name and bytes, in name
    order) with the printed 校验码 put back to the placeholder; for anything else, the file's SHA-256.
    Raises ValueError when a .docx cannot be read (damaged)."""
    if path.suffix.lower() == ".pdf":
        data = path.read_bytes()
        in_pdf = {m.decode() for m in _IN_PDF.findall(data)} - {PLACEHOLDER}
        return hashlib.sha256(_IN_PDF.sub(f"({PLACEHOLDER})".encode(), data)).hexdigest(), in_pdf
    if path.suffix.lower() != ".docx":
        return sha256(path), set()
    digest = hashlib.sha256()
    printed: set[str] = set()
    try:
        with zipfile.ZipFile(path) as z:
            for name in sorted(z.namelist()):
                data = z.read(name)
                if name == _DOCUMENT:
                    printed = {m.decode() for m in _PRINTED.findall(data)} - {PLACEHOLDER}
                    data = _PRINTED.sub((FINGERPRINT_LABEL + PLACEHOLDER).encode(), data)
                digest.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, EOFError, RuntimeError, ValueError) as exc:
        raise ValueError(str(exc)) from exc
    return digest.hexdigest(), printed


_LEVEL = 1  # deflate level of the archive's .docx parts


def _stamp(path: Path, code: str) -> None:
    """Replace the placeholder by the 校验码 in a .docx (its parts copied in order, compressed: the archive
    writes them stored, to be compressed only here) or a PDF copy (the same number of bytes, so its
    cross-reference table still holds)."""
    tmp = path.with_name(path.name + ".tmp")
    if path.suffix.lower() == ".pdf":
        tmp.write_bytes(path.read_bytes().replace(f"({PLACEHOLDER})".encode(), f"({code})".encode()))
        os.replace(tmp, path)
        return
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == _DOCUMENT:
                data = data.replace(PLACEHOLDER.encode(), code.encode())
            info.compress_type = zipfile.ZIP_DEFLATED
            # zlib's fastest level: a third of the default's time on a large archive (80 MB of WordprocessingML
            # for a branch of 3,000: 0.19 s instead of 0.52 s) for files about a quarter larger (4.6 MB, not 3.5)
            dst.writestr(info, data, compresslevel=_LEVEL)
    os.replace(tmp, path)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != CHECKLIST)


def checklist_text(data: dict, code: str, listed: dict[str, tuple[int, str]]) -> str:
    """The 校验清单 for the manifest ``data``, its 校验码 and each file's size and SHA-256 on disk."""
    lines = [f"{data.get('title', '党建档案')} 校验清单", f"导出时间：{data['exported_at']}　　软件版本：{data['app_version']}",
             "", f"{FINGERPRINT_LABEL}{code}",
             "（各卷备考表、归档文件目录上印有同一校验码。档案中任何一个文件被改动，核对时就会对不上。）", "", "记录数："]
    lines += [f"  {k}：{v} 件" for k, v in data["record_counts"].items()]
    lines += ["", "文件（大小，SHA-256 校验值）："]
    lines += [f"  {e['name']}　{listed[e['name']][0]} 字节　{listed[e['name']][1]}" for e in data["files"]
              if e["name"] in listed]
    lines += ["", "核对方法：在支部台账软件中点“文件 → 核对档案”，选择本文件夹。软件逐个核对每个文件，并显示档案校验码，"
              "请与已签字的备考表上印的校验码对照，两者相同才说明档案与签字时一致。",
              "没有安装支部台账的电脑，也可以用任何能计算 SHA-256 的工具逐个核对上面的校验值。",
              f"（“{CHECK_DIR}”文件夹中是供软件核对用的清单，请勿改动或删除。）"]
    return "\n".join(lines) + "\n"


def write_manifest(folder: Path, *, exported_at: str, app_version: str, counts: dict[str, int],
                   extra: dict[str, str]) -> str:
    """Write 校验/manifest.json for the files in ``folder`` (documents carrying the placeholder), print the
    resulting 校验码 into them, and write 校验清单.txt. Returns the 校验码."""
    files = _files(folder)
    entries = [{"name": p.name, "sha256": content_hash(p)[0]} for p in files]
    data = {"exported_at": exported_at, "app_version": app_version, "record_counts": counts, **extra,
            "content_hash": "docx: parts in name order, 校验码 as placeholder; pdf: the file with the 校验码 as "
                            "placeholder; others: SHA-256 of the file",
            "files": entries}
    raw = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    (folder / CHECK_DIR).mkdir(exist_ok=True)
    (folder / CHECK_DIR / MANIFEST).write_bytes(raw)
    code = fingerprint(raw)
    for p in files:
        if p.suffix.lower() in (".docx", ".pdf"):
            _stamp(p, code)
    listed = {p.name: (p.stat().st_size, sha256(p)) for p in files}
    (folder / CHECKLIST).write_text(checklist_text(data, code, listed), encoding="utf-8")
    return code


@dataclass(frozen=True)
class Problem:
    name: str
    what: str  # 已修改 / 缺失 / 多出 / 校验码不符 / 与校验清单不符

    def __str__(self) -> str:
        return f"{self.what}：{self.name}"


@dataclass(frozen=True)
class Check:
    code: str  # the 校验码 of the manifest as it is now ("" when there is none)
    problems: list[Problem]


def check(folder: Path) -> Check:
    """The folder's 校验码 and every difference from what was exported: a changed, missing or extra file,
    a document printing another 校验码 (the manifest was re-computed), an edited 校验清单."""
    manifest = folder / CHECK_DIR / MANIFEST
    if not manifest.is_file():
        if (folder / MANIFEST).is_file():
            return _check_flat(folder)
        return Check("", [Problem(f"{CHECK_DIR}/{MANIFEST}", "缺失")])
    raw = manifest.read_bytes()
    code = fingerprint(raw)
    try:
        data = json.loads(raw.decode("utf-8"))
        listed = {e["name"]: e for e in data["files"]}
        checklist_text(data, code, {})
    except (ValueError, KeyError, TypeError):
        return Check(code, [Problem(f"{CHECK_DIR}/{MANIFEST}", "已修改")])
    problems: list[Problem] = []
    present = {p.name: p for p in _files(folder)}
    for name in sorted(listed):
        if name not in present:
            problems.append(Problem(name, "缺失"))
            continue
        try:
            content, printed = content_hash(present[name])
        except ValueError:
            problems.append(Problem(name, "已修改"))
            continue
        if content != listed[name]["sha256"]:
            problems.append(Problem(name, "已修改"))
        elif printed - {code}:
            problems.append(Problem(name, "校验码不符"))
    problems += [Problem(name, "多出") for name in sorted(set(present) - set(listed))]
    problems += [Problem(p.name, "多出") for p in sorted(folder.iterdir()) if p.is_dir() and p.name != CHECK_DIR]
    problems += [Problem(f"{CHECK_DIR}/{p.name}", "多出") for p in sorted((folder / CHECK_DIR).iterdir())
                 if p.name != MANIFEST]
    problems += _check_checklist(folder, data, code, present, {p.name for p in problems})
    return Check(code, problems)


def _check_checklist(folder: Path, data: dict, code: str, present: dict[str, Path], flagged: set[str]) -> list[Problem]:
    path = folder / CHECKLIST
    if not path.is_file():
        return [Problem(CHECKLIST, "缺失")]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return [Problem(CHECKLIST, "已修改")]
    listed = {m.group(1): (int(m.group(2)), m.group(3)) for m in map(_LISTED.match, text.splitlines()) if m}
    if text != checklist_text(data, code, listed):
        return [Problem(CHECKLIST, "已修改")]
    return [Problem(name, "与校验清单不符") for name, (size, digest) in sorted(listed.items())
            if name in present and name not in flagged
            and (present[name].stat().st_size != size or sha256(present[name]) != digest)]


def _check_flat(folder: Path) -> Check:
    """A folder exported before the 校验码: manifest.json beside the files, plain SHA-256 each."""
    raw = (folder / MANIFEST).read_bytes()
    try:
        listed = {e["name"]: e for e in json.loads(raw.decode("utf-8"))["files"]}
    except (ValueError, KeyError, TypeError):
        return Check("", [Problem(MANIFEST, "已修改")])
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
    return Check("", problems)


def verify(folder: Path) -> list[Problem]:
    """Every difference from what was exported; an empty list means the folder is as exported."""
    return check(folder).problems
