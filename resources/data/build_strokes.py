"""Regenerate strokes.txt (total stroke counts) from the Unicode Han Database.

Source: Unihan kTotalStrokes (Debian package ``unicode-data``: /usr/share/unicode/Unihan_*.txt.bz2).
Where two counts are given the first (the simplified-Chinese form's count) is used.

Output: one line per run of consecutive code points, ``HEX:codes`` where each character of codes
is chr(0x21 + strokes), and "!" (zero strokes) marks a code point with no data.

    python resources/data/build_strokes.py [UNIHAN_DIR]
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path


def read_counts(unihan_dir: Path) -> dict[int, int]:
    counts: dict[int, int] = {}
    for path in sorted(unihan_dir.glob("Unihan_*.txt*")):
        opener = bz2.open if path.suffix == ".bz2" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 3 and parts[1] == "kTotalStrokes":
                    counts[int(parts[0][2:], 16)] = int(parts[2].split()[0])
    return counts


def encode(counts: dict[int, int]) -> str:
    lines = []
    cps = sorted(counts)
    start = prev = cps[0]
    run = [counts[start]]
    for cp in cps[1:]:
        if cp - prev <= 16:  # bridge small gaps with "no data"
            run.extend([0] * (cp - prev - 1))
            run.append(counts[cp])
        else:
            lines.append(f"{start:X}:" + "".join(chr(0x21 + n) for n in run))
            start, run = cp, [counts[cp]]
        prev = cp
    lines.append(f"{start:X}:" + "".join(chr(0x21 + n) for n in run))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/unicode")
    counts = read_counts(src)
    if not counts or max(counts.values()) > 0x7E - 0x21:
        raise SystemExit("no kTotalStrokes data found, or a count too large to encode")
    out = Path(__file__).with_name("strokes.txt")
    out.write_text(encode(counts), encoding="utf-8")
    print(f"{len(counts)} characters → {out} ({out.stat().st_size} bytes)")
