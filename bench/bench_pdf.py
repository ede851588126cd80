"""Meeting PDFs against DESIGN.md §5: the first PDF in a process, and long texts in linear time.

    .venv/bin/python bench/bench_pdf.py [--sizes 25000 100000 1000000] [--members 3000]

(a) First PDF: a fresh process prints one meeting of the demo kind (imports, fonts, layout, file), against
    a fresh process that does the same with bare reportlab (the same font file registered, the same
    paragraphs and table cells, no project code). Also the app's case: the same print after what the
    window loads in the background a second after it opens (app.warm_up_work: fonts, PDF modules).
(b) Long 发言记录: one meeting whose speeches have N characters (sentences, a line break every ~400
    characters), printed by the app and by bare reportlab as the same Paragraphs; ms per 1,000 characters
    shows whether the cost grows linearly.
(c) A branch of 3,000 (``--members 3000``; 0 leaves it out): ``python -m dangjian_desktop print-meeting`` in a
    fresh process on the meeting of the one-branch large database (bench/generate_large.py, made if
    missing) with the most members on leave or absent — the longest 请假 and 缺席 lists, each longer than a
    page; its time (the whole command) and pages, against the first-PDF figure above.
Each figure is one run (the machine is shared); ratios within the run are what count.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_APP = r"""
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from dangjian_desktop.export.meeting_pdf import ItemPrint, MeetingPrint, write_meeting_pdf
if sys.argv[2] == "warm":  # what the window does in the background a second after it opens
    from dangjian_desktop.app import warm_up_work
    warm_up_work()
    t0 = time.perf_counter()
n = int(sys.argv[3])
speech = "".join(f"第{i}位同志发言：同意这个意见，要把工作做实做细。" + ("\n" if i % 16 == 15 else "") for i in range(n // 25 + 1))[:n]
m = MeetingPrint(branch="中共测试村党支部", title="第一季度支部党员大会", types="支部党员大会、主题党日",
                 date_text="2026年3月2日（星期一）", time_text="09:00—11:00", place="村委会会议室", host="王建国",
                 recorder="李明", expected="应到 36 人", present="实到 33 人", leave="张三（外出务工）、李四（生病）",
                 present_names="、".join(f"党员{i}" for i in range(33)),
                 items=[ItemPrint("学习文件", speeches=speech or "王建国：传达了会议精神。", resolution="同意")],
                 summary="会议开得很好。")
write_meeting_pdf(m, Path(sys.argv[1]))
print((time.perf_counter() - t0) * 1000)
"""

_BARE = r"""
import sys, time
t0 = time.perf_counter()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
font_path, index = sys.argv[4], int(sys.argv[5])
pdfmetrics.registerFont(TTFont("F", font_path, subfontIndex=index))
if sys.argv[2] == "warm":
    import reportlab.platypus
    t0 = time.perf_counter()
n = int(sys.argv[3])
speech = "".join(f"第{i}位同志发言：同意这个意见，要把工作做实做细。" + ("\n" if i % 16 == 15 else "") for i in range(n // 25 + 1))[:n]
st = ParagraphStyle("t", fontName="F", fontSize=11, leading=18, wordWrap="CJK")
cells = [["会议名称", "第一季度支部党员大会"], ["时间", "2026年3月2日（星期一） 09:00—11:00"], ["地点", "村委会会议室"],
         ["主持人", "王建国"], ["记录人", "李明"], ["应到", "应到 36 人"], ["实到", "实到 33 人"],
         ["请假", "张三（外出务工）、李四（生病）"], ["出席人员", "、".join(f"党员{i}" for i in range(33))]]
story = [Paragraph("中共测试村党支部", st), Paragraph("会议记录", st),
         Table([[Paragraph(a, st), Paragraph(b, st)] for a, b in cells], colWidths=[60, 400]),
         Paragraph("议题一：学习文件", st)]
pieces = []
for line in (speech or "王建国：传达了会议精神。").split("\n"):
    while len(line) > 600:
        pieces.append(line[:600]); line = line[600:]
    pieces.append(line)
story += [Paragraph(p or " ", st) for p in pieces] + [Paragraph("决议：同意", st), Paragraph("会议开得很好。", st)]
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
print((time.perf_counter() - t0) * 1000)
"""


def _run(code: str, out: Path, mode: str, n: int, font: tuple[str, int]) -> float:
    args = [sys.executable, "-c", code, str(out), mode, str(n), font[0], str(font[1])]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _large_meeting(members: int) -> tuple[Path, str, int, int]:
    """The one-branch large database of ``members`` and its meeting with the most members not present:
    (database, meeting id, attendance rows, not present)."""
    import sqlite3

    sys.path.insert(0, str(ROOT))
    from bench.generate_large import Spec, large_database

    path = large_database(Spec(1, members))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        meeting, rows, away = conn.execute(
            "SELECT meeting_id, COUNT(*), SUM(status != '出席') FROM meeting_attendance WHERE deleted_at IS NULL"
            " GROUP BY meeting_id ORDER BY 3 DESC LIMIT 1").fetchone()
    return path, meeting, rows, away


def _print_meeting(db: Path, meeting: str, out: Path) -> tuple[float, int]:
    """The print-meeting command in a fresh process: milliseconds, pages."""
    from pypdf import PdfReader

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dangjian_desktop", "print-meeting", "--db", str(db), "--id", meeting,
                    "--out", str(out)], cwd=ROOT, capture_output=True, text=True, check=True)
    return (time.perf_counter() - started) * 1000, len(PdfReader(out).pages)


def _font() -> tuple[str, int]:
    sys.path.insert(0, str(ROOT))
    from dangjian_desktop.export.pdf_fonts import BODY, _candidates

    for path, index in _candidates(BODY):
        if path.is_file():
            return str(path), index
    raise SystemExit("no CJK font")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="会议记录 PDF 性能测试")
    parser.add_argument("--sizes", type=int, nargs="*", default=[25_000, 100_000, 1_000_000])
    parser.add_argument("--members", type=int, default=3000, help="the branch of the print-meeting case (0: none)")
    args = parser.parse_args(argv)
    font = _font()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "m.pdf"
        _run(_APP, out, "cold", 0, font), _run(_BARE, out, "cold", 0, font)  # warm the file cache
        first = {k: _run(code, out, mode, 0, font) for k, (code, mode) in {
            "app_cold": (_APP, "cold"), "bare_cold": (_BARE, "cold"),
            "app_fonts_early": (_APP, "warm"), "bare_fonts_early": (_BARE, "warm")}.items()}
        results["first_pdf"] = first
        lines = ["", f"{'figure':<52}{'app':>10}{'bare':>10}{'ratio':>8}", "-" * 80,
                 f"{'first meeting PDF in a fresh process':<52}{first['app_cold']:>8.0f}ms{first['bare_cold']:>8.0f}ms"
                 f"{first['app_cold'] / first['bare_cold']:>7.2f}×",
                 f"{'  … fonts registered in advance (the window)':<52}{first['app_fonts_early']:>8.0f}ms"
                 f"{first['bare_fonts_early']:>8.0f}ms{first['app_fonts_early'] / first['bare_fonts_early']:>7.2f}×"]
        long: dict[int, dict[str, float]] = {}
        for n in args.sizes:
            app_ms, bare_ms = _run(_APP, out, "warm", n, font), _run(_BARE, out, "warm", n, font)
            long[n] = {"app_ms": app_ms, "bare_ms": bare_ms}
            lines.append(f"{f'发言记录 {n:,} characters':<52}{app_ms:>8.0f}ms{bare_ms:>8.0f}ms{app_ms / bare_ms:>7.2f}×"
                         f"   {app_ms / (n / 1000):.1f} ms per 1,000 characters")
        results["long_speeches"] = long
        if args.members:
            db, meeting, rows, away = _large_meeting(args.members)
            ms, pages = _print_meeting(db, meeting, Path(tmp) / "large.pdf")
            results["large_branch"] = {"database": db.name, "meeting": meeting, "attendance": rows, "not_present": away,
                                       "print_meeting_ms": ms, "pages": pages}
            lines.append(f"{f'print-meeting, branch of {args.members:,} ({away:,} not present)':<52}{ms:>8.0f}ms"
                         f"{'':>10}{ms / first['bare_cold']:>7.2f}×   {pages} pages, whole command")
    for line in lines:
        print(line)
    out_file = HERE / "out" / f"bench_pdf-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out_file.parent.mkdir(exist_ok=True)
    out_file.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n{out_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
