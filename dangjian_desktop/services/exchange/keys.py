"""This computer's signing key for 数据包 (Ed25519), kept in the data directory, readable by the user only."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from dangjian_desktop.errors import UserError

KEY_FILE = "数据包签名密钥.pem"


def key_path(directory: Path | None = None) -> Path:
    if directory is None:
        from dangjian_desktop.paths import data_dir

        directory = data_dir() / "keys"
    return directory / KEY_FILE


def load_or_create_key(directory: Path | None = None) -> Ed25519PrivateKey:
    """The key pair of this computer; made on first use, in a file only the user may read."""
    path = key_path(directory)
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            except FileExistsError:
                return load_or_create_key(directory)  # made meanwhile by another process
            with os.fdopen(fd, "wb") as f:
                f.write(pem)
                f.flush()
                os.fsync(f.fileno())
            return key
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise UserError(f"无法读取或建立本机的数据包签名密钥：{path}", detail=str(exc)) from exc
    except ValueError as exc:
        raise UserError(f"本机的数据包签名密钥文件已损坏：{path}", detail=str(exc)) from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise UserError(f"本机的数据包签名密钥文件不是本软件建立的：{path}")
    return loaded


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return base64.b64encode(public_raw(key)).decode("ascii")


def fingerprint(public_key_b64: str) -> str:
    """SHA-256 of the raw public key, first 128 bits, as eight groups of four (read out over the phone)."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))
