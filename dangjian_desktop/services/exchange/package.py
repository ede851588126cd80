"""Writing a branch's 数据包 and reading one back (the signature and every hash checked before anything is
used; a table's JSON is parsed when the import first takes it, so a table skipped as unchanged never is).

The zip holds ``package.json`` (what it is, from which branch, software and schema), one
``tables/<table>.json`` per table, the attachments as ``attachments/<sha256><ext>``, ``manifest.json``
(the SHA-256 of every other member) and ``signature.json`` (the Ed25519 signature over the manifest's
bytes, and the public key).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlmodel import Session

from dangjian_desktop import __version__
from dangjian_desktop.db.base import utcnow
from dangjian_desktop.errors import UserError
from dangjian_desktop.services.branches import get_branch
from dangjian_desktop.services.exchange import keys
from dangjian_desktop.services.exchange.tables import branch_rows, carried_tables

FORMAT = "支部台账数据包"
FORMAT_VERSION = 1
CLASSIFICATION = "内部资料"
NOTICE = ("本数据包含党员的身份证号码、联系电话等个人信息，属内部资料：只交给上级党委（乡镇党建办），"
          "用U盘当面交接，用后从U盘删除；不得通过微信、QQ、邮箱或网盘传送，不得外传。")
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
PACKAGE = "package.json"
MAX_MEMBER = 512 * 1024 * 1024  # a bigger member is not from this software
_ATTACHMENT = re.compile(r"^attachments/([0-9a-f]{64})(\.[a-z0-9]{1,9})?$")
_TABLE = re.compile(r"^tables/([a-z_]{1,60})\.json$")


@dataclass
class ExportResult:
    path: Path
    branch_name: str
    fingerprint: str
    rows: int
    attachments: int
    missing_attachments: list[str] = field(default_factory=list)  # original names of files not found


class Tables(Mapping[str, list[dict[str, Any]]]):
    """A verified package's tables, each parsed from its JSON when first asked for (a table the import
    skips as unchanged is never parsed)."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self._members = members  # table name → its verified JSON
        self._parsed: dict[str, list[dict[str, Any]]] = {}

    def __getitem__(self, name: str) -> list[dict[str, Any]]:
        found = self._parsed.get(name)
        if found is None:
            rows = _json(self._members[name], f"tables/{name}.json")
            if not isinstance(rows, list):
                raise UserError(TAMPERED.format(what=UNREADABLE), detail=f"tables/{name}.json")
            found = self._parsed[name] = rows
            del self._members[name]  # its text is no longer needed
        return found

    def __iter__(self) -> Iterator[str]:
        return iter([*self._parsed, *self._members])

    def __len__(self) -> int:
        return len(self._parsed) + len(self._members)


@dataclass
class Package:
    """A read and verified 数据包."""

    info: dict[str, Any]
    public_key: str  # base64 of the raw Ed25519 key
    tables: Mapping[str, list[dict[str, Any]]]
    files: dict[str, bytes]  # sha256 → content
    digests: dict[str, str] = field(default_factory=dict)  # table → SHA-256 of its member (signed in the manifest)

    @property
    def branch_id(self) -> str:
        return str(self.info["branch"]["id"])

    @property
    def branch_name(self) -> str:
        return str(self.info["branch"]["name"])

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint(self.public_key)

    @property
    def exported_at(self) -> datetime:
        return datetime.fromisoformat(self.info["exported_at"])


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_package(session: Session, *, branch_id: str, out: Path, attachments_root: Path,
                   key_dir: Path | None = None, now: datetime | None = None) -> ExportResult:
    """Write the signed 数据包 of one branch to ``out`` (written aside, then moved into place)."""
    from sqlalchemy import text

    branch = get_branch(session, branch_id)
    key = keys.load_or_create_key(key_dir)
    tables = carried_tables()
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    missing: list[str] = []
    attachments: dict[str, Path] = {}
    for table in tables:
        rows = branch_rows(session, table, branch_id, tables)
        counts[table.name] = len(rows)
        members[f"tables/{table.name}.json"] = _dumps(rows)
        if "sha256" in table.c and "ext" in table.c:
            for row in rows:
                name = f"attachments/{row['sha256']}{row['ext'] or ''}"
                source = _stored(session, attachments_root, row["sha256"], row["ext"] or "")
                if source is not None and source.is_file():
                    attachments[name] = source
                elif row["deleted_at"] is None:
                    missing.append(str(row.get("original_name") or row["sha256"]))
    revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    info = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "classification": CLASSIFICATION, "notice": NOTICE,
        "app_version": __version__, "schema_revision": revision,
        "branch": {"id": branch.id, "name": branch.name, "code": branch.code, "parent_org": branch.parent_org},
        "exported_at": (now or utcnow()).astimezone(UTC).isoformat(),
        "tables": counts, "missing_attachments": sorted(missing),
    }
    members[PACKAGE] = json.dumps(info, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    manifest_files = {name: _sha(data) for name, data in members.items()}
    try:
        for name, path in attachments.items():
            data = path.read_bytes()
            manifest_files[name] = _sha(data)
            if manifest_files[name] != name.split("/")[1][:64]:
                raise UserError(f"附件文件已损坏（内容与记录不符）：{path.name}")
        manifest = _dumps({"format": FORMAT, "files": manifest_files})
        signature = {"algorithm": "Ed25519", "public_key": keys.public_b64(key),
                     "signature": base64.b64encode(key.sign(manifest)).decode("ascii")}
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(PACKAGE, members[PACKAGE])
            for name in sorted(members):
                if name != PACKAGE:
                    zf.writestr(name, members[name])
            for name, path in sorted(attachments.items()):
                zf.write(path, name, compress_type=zipfile.ZIP_STORED)  # photos do not shrink
            zf.writestr(MANIFEST, manifest)
            zf.writestr(SIGNATURE, _dumps(signature))
        tmp.replace(out)
    except OSError as exc:
        raise UserError(f"无法写入数据包：{out}", detail=str(exc)) from exc
    return ExportResult(out, branch.name, keys.fingerprint(signature["public_key"]), sum(counts.values()),
                        len(attachments), sorted(missing))


def _stored(session: Session, root: Path, sha256: str, ext: str) -> Path | None:
    """The attachment's file (on a server read from the database into ``root`` first)."""
    from dangjian_desktop.services.meetings.attachments import local_file

    try:
        return local_file(session, root, sha256, ext)
    except UserError:
        return None


TAMPERED = "{what}：可能在拷贝中损坏了，或在导出后被改动过。已拒绝导入，请让支部重新导出一份。"
UNREADABLE = "数据包中有一部分内容无法读取"
NOT_AS_LISTED = "数据包的内容与它的清单不符"
BAD_SIGNATURE = "数据包的签名无法读取"
NOT_A_PACKAGE = ("这个文件不是支部台账导出的数据包（可能是别的压缩文件，或改过名字的其他文件）。"
                 "请在支部的电脑上用“文件 → 导出数据包”导出。")


def read_package(path: Path) -> Package:
    """Open and verify a 数据包: its format and versions, the signature over the manifest, every hash."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            for need in (PACKAGE, MANIFEST, SIGNATURE):
                if need not in infos:
                    raise UserError(NOT_A_PACKAGE, detail=f"{path.name}: no {need}")
            if any(i.file_size > MAX_MEMBER for i in infos.values()) or len(infos) > 1_000_000:
                raise UserError(TAMPERED.format(what="数据包中的内容大小不正常"), detail="member size")

            def read(name: str) -> bytes:
                return zf.read(infos[name])

            info = _json(read(PACKAGE), PACKAGE)
            check_versions(info)
            manifest_bytes = read(MANIFEST)
            signature = _json(read(SIGNATURE), SIGNATURE)
            _verify_signature(signature, manifest_bytes)
            manifest = _json(manifest_bytes, MANIFEST)
            listed: dict[str, str] = manifest.get("files", {}) if isinstance(manifest, dict) else {}
            if set(listed) | {MANIFEST, SIGNATURE} != set(infos):
                raise UserError(TAMPERED.format(what=NOT_AS_LISTED), detail="members differ from the manifest")
            contents: dict[str, bytes] = {}
            for name, digest in listed.items():
                data = read(name)
                if _sha(data) != digest:
                    raise UserError(TAMPERED.format(what=NOT_AS_LISTED), detail=f"{name}: SHA-256 differs")
                contents[name] = data
    except zipfile.BadZipFile as exc:
        raise UserError("这个文件不是有效的数据包：它已损坏或不完整（可能没有拷贝完），也可能不是支部台账导出的。"
                        "请重新拷贝一份，或让支部重新导出。", detail=str(exc)) from exc
    except OSError as exc:
        raise UserError("读不出这个文件（U盘可能已拔出，或文件正被其他程序使用）。", detail=f"{path}: {exc}") from exc
    tables: dict[str, bytes] = {}
    digests: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for name, data in contents.items():
        if m := _TABLE.match(name):
            tables[m.group(1)] = data
            digests[m.group(1)] = listed[name]
        elif m := _ATTACHMENT.match(name):
            if listed[name] != m.group(1):  # the content's hash (checked above) is the one in its name
                raise UserError(TAMPERED.format(what="数据包中的一个附件与它的记录不符"), detail=name)
            files[m.group(1)] = data
        elif name != PACKAGE:
            raise UserError(TAMPERED.format(what="数据包中多出了不属于它的文件"), detail=name)
    public_key = str(signature["public_key"])
    branch = info.get("branch") if isinstance(info, dict) else None
    if not isinstance(branch, dict) or not branch.get("id"):
        raise UserError(TAMPERED.format(what="数据包中缺少支部信息"), detail="package: no branch")
    return Package(info, public_key, Tables(tables), files, digests)


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(TAMPERED.format(what=UNREADABLE), detail=name) from exc


def _verify_signature(signature: Any, manifest: bytes) -> None:
    if not isinstance(signature, dict) or signature.get("algorithm") != "Ed25519":
        raise UserError(TAMPERED.format(what=BAD_SIGNATURE), detail="signature format")
    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(signature["public_key"], validate=True))
        public.verify(base64.b64decode(signature["signature"], validate=True), manifest)
    except InvalidSignature as exc:
        raise UserError("数据包的签名不对：文件在导出后被改动过，或已损坏。已拒绝导入，请让支部重新导出一份。") from exc
    except (KeyError, ValueError, TypeError) as exc:
        raise UserError(TAMPERED.format(what=BAD_SIGNATURE), detail=str(exc)) from exc


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-+]", text)[:3])


def check_versions(info: Any) -> None:
    """Refuse a package this software cannot read: another format, a newer app or a newer schema."""
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        raise UserError("这个文件不是支部台账导出的数据包。")
    app = str(info.get("app_version", ""))
    if info.get("format_version", 0) > FORMAT_VERSION or _version_tuple(app) > _version_tuple(__version__):
        raise UserError(f"这个数据包由较新版本的支部台账（{app}）导出，本机的版本是 {__version__}，无法读取。"
                        f"请先把本机的支部台账升级到 {app} 或更新的版本，再导入。")
    revision = info.get("schema_revision")
    if str(revision) not in _known_revisions():
        raise UserError(f"这个数据包来自较新版本的支部台账（数据格式 {revision}），本机的版本是 {__version__}，"
                        f"无法读取。请先升级本机的支部台账，再导入。")


@functools.cache
def _known_revisions() -> frozenset[str]:
    """The schema revisions this software knows (read once: forty packages need not walk the scripts forty times)."""
    from alembic.script import ScriptDirectory

    from dangjian_desktop.db.migrate import _config

    return frozenset(rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions())
