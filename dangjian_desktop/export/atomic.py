"""Writing a file in one step: to a temporary file in the same folder, then ``os.replace``.

A failed or interrupted export never leaves a half-written file under the user's chosen name.
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop.errors import UserError

log = logging.getLogger(__name__)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _close_abandoned(exc: BaseException) -> None:
    """A writer that failed half-way (openpyxl's or python-docx's zip file on a full disk) leaves its file
    open in the frames of the traceback; the garbage collector would close it later, fail again, and
    print that as a stray traceback after the right message. Close it now, quietly: the temporary file
    it wrote to is deleted anyway."""
    def quiet(unraisable: sys.UnraisableHookArgs) -> None:
        log.info("closing an abandoned export file failed: %s", unraisable.exc_value)

    hook = sys.unraisablehook
    sys.unraisablehook = quiet
    try:
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = hook


def write_atomic(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` and move the result to ``path``; errors become Chinese UserErrors."""
    if not path.parent.is_dir():
        raise UserError(f"保存位置不存在：{path.parent}")
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".~" + path.stem[:20], suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(name)
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp, path)
        tmp = None
    except PermissionError as exc:
        _close_abandoned(exc)
        raise UserError(f"无法保存“{path.name}”：文件可能正在 Word、Excel 或 WPS 中打开，请关闭后重试；"
                        "或所选文件夹没有写入权限。", detail=str(exc)) from exc
    except OSError as exc:
        _close_abandoned(exc)
        if exc.errno == errno.ENOSPC:
            raise UserError("磁盘已满，无法保存文件。请清理磁盘空间后重试。", detail=str(exc)) from exc
        raise UserError(f"无法保存“{path.name}”。", detail=str(exc)) from exc
    finally:
        if tmp is not None and tmp.exists():
            tmp.unlink()
    return path
