"""Finding and registering a TrueType CJK font for reportlab, which embeds it in every PDF.

Windows office PCs have SimSun/SimHei/FangSong in C:\\Windows\\Fonts; on Linux WenQuanYi Zen Hei
(Debian fonts-wqy-zenhei) works. reportlab cannot use CFF-based OpenType collections such as
Noto Sans CJK, so those are not tried.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from dangjian_desktop.errors import UserError

BODY = "CJKBody"
BOLD = "CJKBold"


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _candidates(kind: str) -> list[tuple[Path, int]]:
    win = _windows_fonts()
    linux = [
        (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
        (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
        (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), 0),
    ]
    if kind == BOLD:
        return [(win / "simhei.ttf", 0), (win / "msyhbd.ttc", 0), *linux]
    return [(win / "simfang.ttf", 0), (win / "simsun.ttc", 0), (win / "simhei.ttf", 0), *linux]


@cache
def register_cjk_fonts() -> tuple[str, str]:
    """Register the body and bold CJK fonts once; returns their reportlab names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in (BODY, BOLD):
        for path, index in _candidates(name):
            if not path.is_file():
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            except Exception:  # not a TrueType outline font reportlab can embed: try the next
                continue
            break
        else:
            raise UserError("找不到可用的中文字体，无法生成 PDF。Windows 上请确认 C:\\Windows\\Fonts 中有"
                            "仿宋（simfang.ttf）或宋体（simsun.ttc）；Linux 上请安装 fonts-wqy-zenhei。")
    return BODY, BOLD
