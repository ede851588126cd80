"""年度档案导出: a branch's year as Word volumes in a folder ``{支部名称}_{年度}_党建档案/``.

The folder is written under a temporary name and renamed only when complete, so a cancelled or failed
export leaves nothing half-written. The Word files are first stored uncompressed: they are compressed once, as the
校验码 is printed into them (export/manifest.py). Beside each Word file is its PDF copy, laid out by the app (export/archive_pdf.py), and the 页数 are that
copy's: exact on any PC, with or without LibreOffice; without PDF copies they are left blank and the
directory says why. The manifest's 校验码 is printed on every 备考表 (export/manifest.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session

from dangjian_desktop import __version__
from dangjian_desktop.errors import UserError
from dangjian_desktop.export import archive_docx as ad
from dangjian_desktop.export import archive_pdf
from dangjian_desktop.export.docx_template import load_template
from dangjian_desktop.export.manifest import CHECKLIST, PLACEHOLDER, write_manifest
from dangjian_desktop.services.dues import ledger as dues_ledger
from dangjian_desktop.services.year import selfcheck
from dangjian_desktop.services.year import volumes as av


class Cancelled(Exception):
    """The user stopped the export; nothing was left behind."""


@dataclass(frozen=True)
class ArchiveResult:
    folder: Path
    files: list[str]
    counts: dict[str, int]
    pages_counted: bool


PAGES_FROM_PDF = ("页数按本档案所附的 PDF 版计算（各卷 .docx 旁的同名 .pdf，由本软件排版、字体已嵌入）：打印 PDF 版即是这些页数；"
                  "在 Word 或 WPS 中打开 .docx 时，因各电脑字体不同，页数可能相差一两页。")


def _pdf(docx_name: str) -> str:
    return docx_name[: -len(".docx")] + ".pdf"


def _as_of_text(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def export_year(session: Session, branch_id: str, year: int, out_dir: Path, *, full_ids: bool = False,
                today: date | None = None, progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None, count: bool = True,
                template: Path | None = None) -> ArchiveResult:
    """Write the year's archive folder under ``out_dir`` (created when missing), laid out by ``template``
    (a .docx the secretary adjusted; the built-in one when None), whose 档案设置 table may name the 全宗名称,
    全宗号, 整理人 and 检查人, and each volume's 保管期限.

    Records are archived as they are on the export date: a meeting not yet 定稿 is included and marked 草稿
    (on its page, in 备注 and in the 备考表); a record dated after the export date is left out and named in
    the 备考表."""
    today = today or date.today()
    as_of = min(today, date(year, 12, 31))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法建立导出文件夹：{out_dir}（{exc.strerror or exc}）") from None
    layout = load_template(template)
    branch_name = av.fonds_name(session, branch_id)
    fonds = layout.settings.get("全宗名称") or branch_name
    name = f"{branch_name}_{year}_党建档案"
    final = out_dir / name
    step = progress or (lambda _p, _t: None)
    exported = datetime.now(UTC)
    created = exported.replace(tzinfo=None, microsecond=0)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    def prepare(v: ad.Volume, how: str) -> ad.Volume:
        v.compiled_on = _as_of_text(today)
        v.compiler, v.checker = layout.settings.get("整理人", ""), layout.settings.get("检查人", "")
        v.retention = layout.retention(v.file_name[3:-5])  # 01_党员花名册.docx → 党员花名册
        v.fonds_no = layout.settings.get("全宗号", "")
        v.fingerprint = PLACEHOLDER
        v.number_items()
        v.explanation = ad.explain(v, [how])
        return v

    builders = [("党员花名册", lambda: av.roster_volume(session, branch_id, year, fonds, full_ids, as_of)),
                ("党费收缴登记表", lambda: av.dues_volume(session, branch_id, year, fonds, as_of)),
                ("三会一课及组织生活记录", lambda: av.meetings_volume(session, branch_id, year, fonds, as_of)),
                ("一人一事思想政治工作记录", lambda: av.cases_volume(session, branch_id, year, fonds, as_of)),
                ("学习记录", lambda: av.study_volume(session, branch_id, year, fonds, as_of)),
                ("党员责任区与党员承诺", lambda: av.duty_volume(session, branch_id, year, fonds, as_of))]
    tmp = Path(tempfile.mkdtemp(prefix=f".{name[:20]}-", dir=out_dir))
    how = (PAGES_FROM_PDF if count else "页数未计算：导出时选择了不生成 PDF 版，请打印后填写。")
    with dues_ledger.remembered():  # the 党费 volume, its 公示 sheet and the 年度自查 read the same 党费
        try:
            volumes = []
            for n, (title, build) in enumerate(builders):
                check()
                step(5 + n * 13, f"正在整理：{title}")
                v = prepare(build(), how)
                if count:
                    check()
                    step(12 + n * 13, f"正在排版 PDF 版并计算页数：{title}")
                    archive_pdf.count_and_write_volume(v, tmp / _pdf(v.file_name), layout)
                ad.write_volume(v, tmp / v.file_name, layout, created=created, compress=False)
                volumes.append(v)
            check()
            step(85, "正在生成自查报告和归档文件目录")
            result = selfcheck.check_year(session, branch_id, year, today=today)
            from dangjian_desktop.export.selfcheck_docx import report_blocks, report_title

            report = prepare(ad.Volume("07_年度自查报告.docx", "年度自查报告", fonds, year, "永久", "ZC", [
                ad.Item(report_title(result.branch_name, year), f"{result.as_of:%Y%m%d}", fonds, [])], subject="年度自查"),
                how)

            def report_content() -> list[ad.Block]:
                return report_blocks(result.branch_name, year, result.as_of, result.grid, result.findings,
                                     width_mm=layout.text_width_mm(False), stamp=report.stamp(report.items[0]))

            report_title_text = report_title(result.branch_name, year)
            if count:  # laid out once: its 归档章's 页数 is filled in as the PDF is saved
                report.items[0].pages = archive_pdf.write_blocks(report_content(), tmp / _pdf(report.file_name), layout,
                                                                 title=report_title_text, author=fonds,
                                                                 stamp_pages_later=True)
            ad.write_blocks(tmp / report.file_name, report_content(), template=layout,
                            fields=ad.header_fields(fonds, year, "年度自查报告"), title=report_title_text, author=fonds,
                            created=created, compress=False)
            volumes.append(report)
            files = ["00_归档文件目录.docx（本目录）", *(["00_归档文件目录.pdf"] if count else []),
                     *(f for v in volumes for f in (v.file_name, *([_pdf(v.file_name)] if count else [])))]
            files.append(f"{CHECKLIST}（各文件的校验值）")
            notes = ["说明：" + how, f"本档案文件夹中的文件：{'、'.join(files)}。"]
            ad.write_directory(fonds, year, volumes, tmp / "00_归档文件目录.docx", notes, layout, created=created,
                               compress=False)
            if count:
                archive_pdf.write_blocks(ad.directory_blocks(fonds, year, volumes, notes), tmp / "00_归档文件目录.pdf",
                                         layout, title=f"{fonds}{year}年度归档文件目录", author=fonds, landscape=True)
            counted = count
            counts = av.record_counts(volumes)
            write_manifest(tmp, exported_at=exported.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                           app_version=__version__, counts=counts,
                           extra={"title": name, "branch": branch_name, "fonds": fonds, "year": str(year),
                                  "template": "内置" if template is None else template.name, "id_numbers": "完整" if full_ids
                                  else "隐藏中间位", "page_counts": how})
            check()
            if final.exists():
                final.rename(out_dir / f"{name}_此前导出_{datetime.now():%Y%m%d-%H%M%S}")
            os.replace(tmp, final)
            step(100, "完成")
            return ArchiveResult(final, sorted(p.name for p in final.iterdir()), counts, counted)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
