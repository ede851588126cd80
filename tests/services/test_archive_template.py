"""The archive's Word template: the shipped one is the GB/T 9704 default, a secretary's edited copy changes
fonts, margins, header and settings of every volume, bad templates are refused with a plain message, and
every exported part keeps the element order Word's schema requires."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree
from pytestqt.qtbot import QtBot

from dangjian_desktop.cli import main
from dangjian_desktop.db import Database
from dangjian_desktop.errors import UserError
from dangjian_desktop.export import docx_layout as dl
from dangjian_desktop.export import docx_template as dt
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.year import archive

TODAY = date(2026, 11, 21)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def demo(db: Database) -> str:
    with db.session_scope() as s:
        return create_demo_branch(s, members=10, today=TODAY).id


def export(db: Database, branch_id: str, out: Path, template: Path | None = None) -> archive.ArchiveResult:
    with db.session_scope() as s:
        return archive.export_year(s, branch_id, 2026, out, today=TODAY, count=False, template=template)


def style_by_id(doc: object, style_id: str) -> object:
    return next(s for s in doc.styles if s.style_id == style_id)  # type: ignore[attr-defined]


def east_asian(run: object) -> str:
    return run._element.rPr.rFonts.get(qn("w:eastAsia"))  # type: ignore[attr-defined]


def test_shipped_template_is_the_official_default(tmp_path: Path) -> None:
    shipped = dt.load_template(None)
    assert shipped.source is None
    assert shipped.page_mm == (210, 297) and shipped.margins_mm == (37, 35, 28, 26)
    for role, spec in dt.DEFAULT_STYLES.items():
        got = shipped.style(role)
        assert (got.east_asian, got.size, got.bold) == (spec.east_asian, spec.size, spec.bold), role
    assert shipped.settings == {key: value for key, value, _help in dt.SETTINGS}
    # the shipped file is what the builder makes today
    rebuilt = dt.load_template(dt.build_default_template(tmp_path / "t.docx"))
    assert (rebuilt.styles, rebuilt.page_mm, rebuilt.margins_mm, rebuilt.settings) == (
        shipped.styles, shipped.page_mm, shipped.margins_mm, shipped.settings)
    doc = Document(str(dt.builtin_path()))
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert fonts.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert fonts.find(qn("w:rFonts")).get(qn("w:eastAsiaTheme")) is None


def _customised(tmp_path: Path) -> Path:
    """What a secretary does in Word: other fonts, narrower margins, a header, and the settings table."""
    path = tmp_path / "模板" / "档案模板.docx"
    path.parent.mkdir()
    shutil.copyfile(dt.builtin_path(), path)
    doc = Document(str(path))
    normal = doc.styles["Normal"]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
    normal.font.size = Pt(15)
    title = style_by_id(doc, "ArchiveTitle")
    title.element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")  # type: ignore[attr-defined]
    title.font.size = Pt(20)  # type: ignore[attr-defined]
    sec = doc.sections[0]
    sec.top_margin, sec.left_margin = Mm(30), Mm(25)
    header = sec.header.paragraphs[0]
    for piece in ("{全宗", "名称}", "　{年度}年·{题名}"):  # Word often splits a placeholder over runs
        header.add_run(piece)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "项目")
    values = {"全宗名称": "中共测试村支部委员会", "整理人": "王五", "检查人": "赵六", "学习记录保管期限": "定期30年"}
    for row in table.rows[1:]:
        if row.cells[0].text in values:
            row.cells[1].text = values[row.cells[0].text]
    doc.save(str(path))
    return path


def test_a_customised_template_changes_every_volume(db: Database, demo: str, tmp_path: Path) -> None:
    out = tmp_path / "导出"
    out.mkdir()
    result = export(db, demo, out, _customised(tmp_path))
    for name in (n for n in result.files if n.endswith(".docx")):
        doc = Document(str(result.folder / name))
        normal = doc.styles["Normal"]
        assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体" and normal.font.size.pt == 15, name
        title = next(p for p in doc.paragraphs if p.style.style_id == "ArchiveTitle")
        assert east_asian(title.runs[0]) == "黑体" and title.runs[0].font.size.pt == 20, name
        body = next(p for p in doc.paragraphs if p.style.style_id == "Normal" and p.runs and p.text.strip())
        assert east_asian(body.runs[-1]) == "楷体" and body.runs[-1].font.size.pt == 15, name
        sec = doc.sections[0]
        landscape = sec.page_width > sec.page_height
        assert round((sec.right_margin if landscape else sec.top_margin).mm) == 30, name
        assert round((sec.top_margin if landscape else sec.left_margin).mm) == 25, name
        for header in (sec.header, sec.even_page_header):
            text = "".join(p.text for p in header.paragraphs)
            assert text.startswith("中共测试村支部委员会　2026年·") and "{" not in text, (name, text)
    study = Document(str(result.folder / "05_学习记录.docx"))
    text = "\n".join(p.text for p in study.paragraphs)
    assert "全宗名称：中共测试村支部委员会" in text and "保管期限：定期30年" in text
    assert "整理人：王五" in text and "检查人：赵六" in text
    assert study.tables[0].rows[1].cells[1].text == "2026-D30-JY-001"
    assert "2026年·学习记录" in study.sections[0].header.paragraphs[0].text
    assert result.folder.name.endswith("_2026_党建档案") and "中共测试村" not in result.folder.name  # 支部名称


def test_a_deleted_style_falls_back_to_the_default(db: Database, demo: str, tmp_path: Path) -> None:
    path = tmp_path / "少了样式.docx"
    doc = Document(str(dt.builtin_path()))
    style = style_by_id(doc, "ArchiveHeading2")
    style.element.getparent().remove(style.element)  # type: ignore[attr-defined]
    doc.save(str(path))
    assert dt.load_template(path).style(dt.HEADING2).east_asian == "楷体"
    result = export(db, demo, tmp_path, path)
    volume = Document(str(result.folder / "03_三会一课及组织生活记录.docx"))
    heading = next(p for p in volume.paragraphs if p.style.style_id == "ArchiveHeading2")
    assert east_asian(heading.runs[0]) == "楷体"


@pytest.mark.parametrize(("content", "message"), [
    (None, "找不到"),
    (b"this is not a zip", "不是 Word 2007"),
    ("retention", "只能填 永久、定期30年 或 定期10年"),
    ("margins", "页边距太大"),
])
def test_bad_templates_are_refused_with_a_plain_message(db: Database, demo: str, tmp_path: Path,
                                                        content: object, message: str) -> None:
    path = tmp_path / "模板.docx"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "retention":
        doc = Document(str(dt.builtin_path()))
        table = next(t for t in doc.tables if t.rows[0].cells[0].text == "项目")
        next(r for r in table.rows if r.cells[0].text == "党员花名册保管期限").cells[1].text = "长期"
        doc.save(str(path))
    elif content == "margins":
        doc = Document(str(dt.builtin_path()))
        doc.sections[0].left_margin = doc.sections[0].right_margin = Mm(70)
        doc.save(str(path))
    out = tmp_path / "导出"
    out.mkdir()
    with pytest.raises(UserError, match=message):
        export(db, demo, out, path)
    assert list(out.iterdir()) == []


def test_placeholders_split_over_runs() -> None:
    p = dl._parse_one('<w:p><w:r><w:t>{全</w:t></w:r><w:r><w:t>宗名称}x{年</w:t></w:r><w:r><w:t>度}{题名}</w:t></w:r>'
                      "</w:p>")
    dl.fill_placeholders(p, {"全宗名称": "中共某村支部", "年度": "2026", "题名": "学习记录"})
    assert "".join(t.text or "" for t in p.iter(f"{W}t")) == "中共某村支部x2026学习记录"


# Element order inside the properties Word validates strictly (ECMA-376 Part 1, §17).
ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
            "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
            "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
            "em", "lang", "eastAsianLayout", "specVanish", "oMath"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
              "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
             "tcFitText", "vAlign", "hideMark"],
    "tblBorders": ["top", "left", "start", "bottom", "right", "end", "insideH", "insideV"],
    "sectPr": ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
               "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
               "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"],
    "tbl": ["bookmarkStart", "tblPr", "tblGrid", "tr"],
    "tc": ["tcPr", "p", "tbl"],
}


def schema_order_problems(docx: Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(docx) as z:
        for name in z.namelist():
            if not name.startswith("word/") or not name.endswith(".xml"):
                continue
            root = etree.fromstring(z.read(name))
            for el in root.iter(*(f"{W}{tag}" for tag in ORDER)):
                tag = etree.QName(el).localname
                order = ORDER[tag]
                names = [etree.QName(c).localname for c in el if etree.QName(c).namespace == W[1:-1]]
                if tag == "sectPr":  # header and footer references come first, in any order
                    names = ["headerReference" if n == "footerReference" else n for n in names]
                unknown = [n for n in names if n not in order]
                index = [order.index(n) for n in names if n in order]
                if unknown or index != sorted(index):
                    problems.append(f"{docx.name}:{name}: <{tag}> {names}")
            body = root.find(f"{W}body")
            if body is not None and len(body) and etree.QName(body[-1]).localname != "sectPr":
                problems.append(f"{docx.name}: the body does not end with its sectPr")
    return problems


def test_every_exported_part_keeps_the_schema_order(db: Database, demo: str, tmp_path: Path) -> None:
    result = export(db, demo, tmp_path, _customised(tmp_path))
    problems = [p for name in result.files if name.endswith(".docx") for p in schema_order_problems(result.folder / name)]
    assert problems == []
    assert schema_order_problems(dt.builtin_path()) == []


def test_schema_order_check_catches_a_misplaced_element(tmp_path: Path) -> None:
    doc = dl.new_document()
    dl.add_text(doc, "正文")
    path = dl.save(doc, tmp_path / "a.docx")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    parts["word/document.xml"] = xml.replace("<w:rFonts", '<w:sz w:val="30"/><w:rFonts', 1).encode()
    bad = tmp_path / "b.docx"
    with zipfile.ZipFile(bad, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert schema_order_problems(path) == [] and schema_order_problems(bad)


def test_cli_uses_the_secretarys_template(db: Database, demo: str, db_arg: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from dangjian_desktop.paths import archive_template_path

    target = archive_template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_customised(tmp_path), target)
    db.dispose()
    out = tmp_path / "导出"
    out.mkdir()
    assert main(["export", "--db", db_arg, "--year", "2026", "--out", str(out), "--no-page-count"]) == 0
    assert f"格式模板：{target}" in capsys.readouterr().out
    doc = Document(str(next(out.glob("*_党建档案")) / "01_党员花名册.docx"))
    assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"


def test_options_dialog_copies_opens_and_restores_the_template(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from dangjian_desktop.paths import archive_template_path
    from dangjian_desktop.ui.dialog_service import DialogService
    from dangjian_desktop.ui.selfcheck.archive_dialog import ArchiveOptions

    dialogs = DialogService()
    opened: list[Path] = []
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "open_path", lambda p: opened.append(p) or True)
    monkeypatch.setattr(dialogs, "info", lambda text, *_a: infos.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    options = ArchiveOptions(dialogs, today=TODAY)
    qtbot.addWidget(options)
    label = options.findChild(QLabel, "archiveTemplateLabel")
    reset = options.findChild(QPushButton, "archiveResetTemplate")
    assert "内置模板" in label.text() and not reset.isEnabled() and options.template() is None

    options.findChild(QPushButton, "archiveEditTemplate").click()
    target = archive_template_path()
    assert opened == [target] and target.read_bytes() == dt.builtin_path().read_bytes()
    assert str(target) in label.text() and reset.isEnabled() and options.template() == target
    assert "保存并关闭后再导出" in infos[-1]

    target.write_bytes(b"broken")  # saved as something that is not a .docx
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "user_error", lambda exc: errors.append(exc.message))
    options.accept()
    assert errors and "不是 Word 2007" in errors[0] and options.result() == 0

    reset.click()
    assert options.template() is None and "内置模板" in label.text()
    assert [p.name.startswith("档案模板_停用_") for p in target.parent.iterdir()] == [True]
