"""Regenerate stroke_order.txt (each Han character's strokes in writing order, as 横竖撇点折 = 1 2 3 4 5).

Source: the Rime 五筆畫 (stroke) dictionary, Debian package ``rime-data-stroke``
(/usr/share/rime-data/stroke.dict.yaml; h s p n z = 横 竖 撇 捺/点 折). Its main table follows the CNS 11643
(Taiwan) stroke order; where the mainland order differs, the dictionary adds a second code from its
supplementary table (草 hssszhhhs after shhsszhhhs, 丁 hs after hz, 北 shhpz after shhhz). The last code given
for a character is used, so the mainland standard wins (竖钩 counts as 竖, 艹 as three strokes).

Output: one line per character, the character then its digits (``王1121``), ordered by code point.

    python resources/data/build_stroke_order.py [stroke.dict.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path

DIGITS = str.maketrans("hspnz", "12345")
HAN = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # names outside these use strokes.txt alone


def is_han(ch: str) -> bool:
    return len(ch) == 1 and any(lo <= ord(ch) <= hi for lo, hi in HAN)


def read_orders(path: Path) -> dict[str, str]:
    orders: dict[str, str] = {}
    body = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line == "...":
            body = True
            continue
        parts = line.split("\t")
        if not body or len(parts) < 2 or not is_han(parts[0]) or not parts[1] or set(parts[1]) - set("hspnz"):
            continue
        orders[parts[0]] = parts[1].translate(DIGITS)  # the last code given wins
    return orders


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/rime-data/stroke.dict.yaml")
    orders = read_orders(src)
    if len(orders) < 20000:
        raise SystemExit(f"only {len(orders)} characters read from {src}: is rime-data-stroke installed?")
    out = Path(__file__).with_name("stroke_order.txt")
    out.write_text("".join(f"{ch}{orders[ch]}\n" for ch in sorted(orders)), encoding="utf-8", newline="\n")
    print(f"{len(orders)} characters → {out} ({out.stat().st_size} bytes)")
