"""The exported archive reopened: GB/T 9704 grid, indents and page numbers, the 归档章, tables sized to
their content, drafts, dates, and the 校验码 that verify checks."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Length

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.domain.meetings_data import MeetingData
from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export import manifest as mf
from dangjian_desktop.export.manifest import verify
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.meetings import listing as meeting_list
from dangjian_desktop.services.meetings import records as meetings
from dangjian_desktop.services.year import archive

TODAY = date(2026, 11, 21)
TWIPS_PER_PT = 20


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo branch with a draft and a planned (future) meeting, exported once for the module."""
    from dangjian_desktop.db.migrate import upgrade

    tmp = tmp_path_factory.mktemp("archive")
    db = Database.open(tmp / "台账.sqlite3")
    upgrade(db.engine, tmp / "台账.sqlite3")
    with db.session_scope() as s:
        branch = create_demo_branch(s, members=12, today=TODAY).id
        rows = meeting_list.list_meetings(s, branch, year=2026)
        template = meetings.meeting_data(s, rows[-1].id)
        for held_on, title in ((date(2026, 11, 18), "支委会（草稿）"), (date(2026, 12, 3), "12月支委会")):
            data = MeetingData(**{**template.__dict__, "held_on": held_on, "title": title})
            meetings.save_meeting(s, branch, data)
    with db.session_scope() as s:
        out = archive.export_year(s, branch, 2026, tmp / "尚不存在" / "导出", today=TODAY, count=False).folder
    db.dispose()
    return out


def body_paragraphs(doc: Any) -> list[Any]:
    return [p for p in doc.paragraphs if p.text.strip()]


def test_export_creates_the_out_folder_and_properties(folder: Path) -> None:
    assert folder.parent.name == "导出" and folder.is_dir()
    doc = Document(str(folder / "03_三会一课及组织生活记录.docx"))
    props = doc.core_properties
    assert props.title.endswith("三会一课及组织生活记录") and props.language == "zh-CN"
    assert props.author and props.author != "支部台账" and props.author in props.title
    assert props.created is not None and abs((props.created - datetime.now(UTC)).total_seconds()) < 600


def test_character_grid_indent_and_page_numbers(folder: Path) -> None:
    doc = Document(str(folder / "03_三会一课及组织生活记录.docx"))
    sect = doc.sections[0]._sectPr
    grid = sect.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    sec = doc.sections[0]
    text_w_pt = Length(sec.page_width - sec.left_margin - sec.right_margin).pt
    text_h_pt = Length(sec.page_height - sec.top_margin - sec.bottom_margin).pt
    pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096  # the grid's character width, from the 16 pt body
    assert int(text_w_pt // pitch) == 28
    assert round(text_h_pt / (int(grid.get(qn("w:linePitch"))) / TWIPS_PER_PT)) == 22
    # characters are set so that 28 of them fit a line without the grid (LibreOffice, WPS)
    condensed = doc.element.body.find(".//" + qn("w:spacing"))
    assert condensed is not None and 28 * (16 + int(condensed.get(qn("w:val"))) / 20) <= text_w_pt < 29 * 15.5
    fields = [p for p in body_paragraphs(doc) if p.text.startswith("地点：")]
    assert fields and all(p.paragraph_format.first_line_indent.pt == 32 for p in fields)  # two 16 pt characters
    for footer, side in ((doc.sections[0].footer, "right"), (doc.sections[0].even_page_footer, "left")):
        ind = footer.paragraphs[0]._p.pPr.find(qn("w:ind"))
        assert int(ind.get(qn(f"w:{side}"))) == 14 * TWIPS_PER_PT  # one 4号 character in
        assert footer.paragraphs[0].text.startswith("— ")
    # new pages start with pageBreakBefore, which leaves no empty page when the page before is exactly full
    assert not [br for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    report = Document(str(folder / "07_年度自查报告.docx"))
    assert any(p.paragraph_format.first_line_indent and p.paragraph_format.first_line_indent.pt == 32
               and p.text.startswith("对照党章") for p in report.paragraphs)


def _stamps(doc: Any) -> list[dict[str, str]]:
    out = []
    for t in doc.tables:
        if len(t.rows) == 2 and t.rows[0].cells[0].text.startswith("全宗号"):
            cells = [c.text.split("\n") for r in t.rows for c in r.cells]
            out.append({label: (rest[0] if rest else "") for label, *rest in cells})
    return out


def test_every_item_has_an_archive_stamp_before_its_title(folder: Path) -> None:
    directory = Document(str(folder / "00_归档文件目录.docx")).tables[0]
    rows = [[c.text for c in r.cells] for r in directory.rows[1:]]
    for name in sorted(p.name for p in folder.glob("0[1-7]_*.docx")):
        doc = Document(str(folder / name))
        stamps = _stamps(doc)
        numbers = [r[1].rsplit("-", 1)[1] for r in rows if r[1].split("-")[2] == {
            "01": "HMC", "02": "DF", "03": "HY", "04": "YRYS", "05": "JY", "06": "ZR", "07": "ZC"}[name[:2]]]
        assert [s["件号"] for s in stamps] == numbers, name
        assert all(s["年度"] == "2026" and s["保管期限"] and s["机构（问题）"] for s in stamps), name
        body = list(doc.element.body)
        for t in (t for t in doc.tables if t.rows[0].cells[0].text.startswith("全宗号")):
            after = body[body.index(t._tbl) + 1]
            after = after if after.find(".//" + qn("w:outlineLvl")) is not None else body[body.index(t._tbl) + 2]
            assert after.find(".//" + qn("w:outlineLvl")) is not None, name  # the stamp heads the item
            assert t._tbl.tblPr.find(qn("w:jc")).get(qn("w:val")) == "right"


def test_tables_repeat_headers_never_split_rows_and_fit_the_widest_token(folder: Path) -> None:
    checked = 0
    for name in ("00_归档文件目录.docx", "01_党员花名册.docx", "02_党费收缴登记表.docx", "05_学习记录.docx",
                 "06_党员责任区与党员承诺.docx", "07_年度自查报告.docx"):
        doc = Document(str(folder / name))
        for t in doc.tables:
            if t.rows[0].cells[0].text.startswith("全宗号"):
                continue
            rows = t._tbl.tr_lst
            assert rows[0].trPr.find(qn("w:tblHeader")) is not None, name
            assert all(r.trPr is not None and r.trPr.find(qn("w:cantSplit")) is not None for r in rows), name
            grid = [int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.findall(qn("w:gridCol"))]
            total_twips = sum(grid)
            for r, tr in enumerate(rows):
                col = 0
                for tc in tr.tc_lst:
                    span = tc.tcPr.find(qn("w:gridSpan"))
                    n = int(span.get(qn("w:val"))) if span is not None else 1
                    size = next((int(sz.get(qn("w:val"))) / 2 for sz in tc.iter(qn("w:sz"))), 10.5)
                    text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
                    for line in text.split("\n") if r else [text.replace("\n", "")]:
                        widest = max(dl.tokens_em(line, header=r == 0)) * size * (1.08 if r == 0 else 1)
                        available = sum(grid[col:col + n]) / TWIPS_PER_PT - 2 * 0.4 * 72 / 25.4
                        assert widest <= available + 0.01, (name, r, text, widest, available)
                    col += n
                    checked += 1
            assert size in (10.5, 9.0), name
            assert total_twips <= max(sec.page_width.twips for sec in doc.sections)
    assert checked > 500


def test_token_widths() -> None:
    assert dl.tokens_em("41.90") == [0.0, pytest.approx(2.28)]
    assert max(dl.tokens_em("刘文义")) == 3  # a name is one piece
    assert max(dl.tokens_em("入党积极分子")) == 6  # so is a short term
    assert max(dl.tokens_em("2026年1月3日支部委员会会议记录")) == 4  # long text may wrap, but not per character
    assert max(dl.tokens_em("2026年")) == 3  # a number keeps its unit
    assert max(dl.tokens_em("召开 1 次")) < max(dl.tokens_em(dl.glue_numbers("召开 1 次")))


def test_self_check_grid_spans_quarters_and_the_year(folder: Path) -> None:
    doc = Document(str(folder / "07_年度自查报告.docx"))
    grid = next(t for t in doc.tables if t.rows[0].cells[0].text == "项目")
    spans = {}
    for tr in grid._tbl.tr_lst[1:]:
        label = "".join(x.text or "" for x in tr.tc_lst[0].iter(qn("w:t")))
        spans[label] = [int(s.get(qn("w:val"))) for s in tr.iter(qn("w:gridSpan"))]
    assert spans["党课"] == [3, 3, 3, 3] and spans["谈心谈话"] == [12]
    assert all(sum(1 for _ in tr.tc_lst) + sum(n - 1 for n in spans_) == 13
               for tr, spans_ in zip(grid._tbl.tr_lst[1:], spans.values(), strict=True))


def test_directory_remarks_dates_and_files(folder: Path) -> None:
    doc = Document(str(folder / "00_归档文件目录.docx"))
    rows = [[c.text for c in r.cells] for r in doc.tables[0].rows[1:]]
    assert {r[8] for r in rows} <= {"", "草稿", "补录", "修改", "草稿、修改", "补录、修改", "草稿、补录", "草稿、补录、修改"}
    assert any(r[8] == "" for r in rows) and any("草稿" in r[8] for r in rows)
    assert all(r[5] <= f"{TODAY:%Y%m%d}" for r in rows)  # nothing dated after the export
    assert all("-XX-" not in r[1] for r in rows)
    assert not any(re.search(r"年0\d月|月0\d日", r[4]) for r in rows)
    assert any(r[1].endswith("-ZC-001") and "自查报告" in r[4] for r in rows)
    text = "\n".join(p.text for p in doc.paragraphs)
    for p in folder.iterdir():
        if p.is_file():
            assert p.name in text, p.name


def test_draft_is_marked_and_future_meeting_left_out(folder: Path) -> None:
    doc = Document(str(folder / "03_三会一课及组织生活记录.docx"))
    text = [p.text for p in doc.paragraphs]
    title = next(i for i, t in enumerate(text) if t == "2026年11月18日支委会（草稿）")
    assert any(t.startswith("草稿") for t in text[title - 2:title])
    assert not any("12月支委会" in t and t.startswith("2026年12月3日") for t in text)
    backup = text[text.index("备考表"):]
    assert any("草稿" in t for t in backup) and any("2026年12月3日12月支委会" in t for t in backup)
    assert any(t.startswith("档案校验码：") for t in backup)


def test_roster_counts_members_and_applicants_apart(folder: Path) -> None:
    doc = Document(str(folder / "01_党员花名册.docx"))
    summary = next(p.text for p in doc.paragraphs if p.text.startswith("截至"))
    assert summary.startswith("截至2026年11月21日，在册") and "党员" in summary and "或导出之日" not in summary
    n = int(re.search(r"在册(\d+)人", summary).group(1))
    members = int(re.search(r"党员(\d+)人", summary).group(1))
    others = re.search(r"发展对象(\d+)人（", summary)
    assert members + (int(others.group(1)) if others else 0) == n


# ---------------------------------------------------------------- the 校验码 and verify


def _code(folder: Path) -> str:
    return mf.fingerprint((folder / "校验" / "manifest.json").read_bytes())


def test_fingerprint_printed_on_every_signed_page(folder: Path) -> None:
    code = _code(folder)
    assert re.fullmatch(r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", code)
    checklist = (folder / "校验清单.txt").read_text(encoding="utf-8")
    assert f"档案校验码：{code}" in checklist and "verify" not in checklist and "核对档案" in checklist
    for name in [f"0{i}" for i in range(1, 6)]:
        doc = Document(str(next(folder.glob(f"{name}_*.docx"))))
        assert f"档案校验码：{code}" in [p.text for p in doc.paragraphs], name
    assert verify(folder) == []


@pytest.fixture
def copy(folder: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(folder, tmp_path / folder.name))


def test_verify_detects_a_changed_byte(copy: Path) -> None:
    path = copy / "02_党费收缴登记表.docx"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    assert ("02_党费收缴登记表.docx", "已修改") in {(p.name, p.what) for p in verify(copy)}


def test_verify_detects_a_changed_header_byte(copy: Path) -> None:
    path = copy / "02_党费收缴登记表.docx"
    data = bytearray(path.read_bytes())
    data[10] ^= 1  # the first part's time stamp: the content is the same, the file is not
    path.write_bytes(bytes(data))
    assert [(p.name, p.what) for p in verify(copy)] == [("02_党费收缴登记表.docx", "与校验清单不符")]


def test_verify_detects_removed_and_added_files(copy: Path) -> None:
    (copy / "05_学习记录.docx").unlink()
    (copy / "多出来的.txt").write_text("x", encoding="utf-8")
    (copy / "校验" / "说明.txt").write_text("x", encoding="utf-8")
    assert {(p.name, p.what) for p in verify(copy)} == {
        ("05_学习记录.docx", "缺失"), ("多出来的.txt", "多出"), ("校验/说明.txt", "多出")}


def _rewrite(path: Path, old: str, new: str) -> None:
    """Change text inside a .docx the way an editor would (a new file, same parts)."""
    tmp = path.with_suffix(".new")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode())
            dst.writestr(info, data)
    tmp.replace(path)


def test_verify_detects_a_rehashed_manifest(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A record changed, and the manifest and 校验清单 computed again to match: the 校验码 printed on the
    signed 备考表 no longer matches, and verify shows the new one for comparison with the paper."""
    before = _code(copy)
    path = copy / "03_三会一课及组织生活记录.docx"
    _rewrite(path, "村党群服务中心会议室", "村委会议室")
    manifest = copy / "校验" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for entry in data["files"]:
        if entry["name"] == path.name:
            entry["sha256"] = mf.content_hash(path)[0]
    raw = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    manifest.write_bytes(raw)
    listed = {p.name: (p.stat().st_size, mf.sha256(p)) for p in copy.iterdir() if p.is_file() and p.suffix == ".docx"}
    (copy / "校验清单.txt").write_text(mf.checklist_text(data, mf.fingerprint(raw), listed), encoding="utf-8")
    after = _code(copy)
    assert after != before
    found = {(p.name, p.what) for p in verify(copy)}
    assert found == {(p.name, "校验码不符") for p in copy.glob("0[0-6]_*.docx")}  # those that print it
    assert main(["verify", str(copy)]) == 1
    out = capsys.readouterr().out
    assert after in out and "备考表" in out


def test_verify_detects_an_edited_checklist(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy / "校验清单.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("记录数：", "记录数（已核）："), encoding="utf-8")
    assert [(p.name, p.what) for p in verify(copy)] == [("校验清单.txt", "已修改")]
    path.write_text(text.replace(_code(copy), "0000-0000-0000"), encoding="utf-8")
    assert [(p.name, p.what) for p in verify(copy)] == [("校验清单.txt", "已修改")]
    path.write_text(text, encoding="utf-8")
    assert main(["verify", str(copy)]) == 0
    assert f"档案校验码：{_code(copy)}" in capsys.readouterr().out
