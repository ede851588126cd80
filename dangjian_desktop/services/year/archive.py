"""年度档案导出: a branch's year as Word volumes in a folder ``{支部名称}_{年度}_党建档案/``.

The folder is written under a temporary name and renamed only when complete, so a cancelled or failed
export leaves nothing half-written. Page counts come from laying the volumes out with LibreOffice when it
is installed (each item's first page is found by its heading); otherwise they are left blank and the
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
from dangjian_desktop.export.docx_template import load_template
from dangjian_desktop.export.manifest import CHECKLIST, FINGERPRINT_LABEL, PLACEHOLDER, write_manifest
from dangjian_desktop.export.page_count import count_pages, find_soffice
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

    def prepare(v: ad.Volume) -> ad.Volume:
        v.compiled_on = _as_of_text(today)
        v.compiler, v.checker = layout.settings.get("整理人", ""), layout.settings.get("检查人", "")
        v.retention = layout.retention(v.file_name[3:-5])  # 01_党员花名册.docx → 党员花名册
        v.fonds_no = layout.settings.get("全宗号", "")
        v.fingerprint = PLACEHOLDER
        v.number_items()
        v.explanation = ad.explain(v)
        return v

    builders = [("党员花名册", lambda: av.roster_volume(session, branch_id, year, fonds, full_ids, as_of)),
                ("党费收缴登记表", lambda: av.dues_volume(session, branch_id, year, fonds, as_of)),
                ("三会一课及组织生活记录", lambda: av.meetings_volume(session, branch_id, year, fonds, as_of)),
                ("一人一事思想政治工作记录", lambda: av.cases_volume(session, branch_id, year, fonds, as_of)),
                ("学习记录", lambda: av.study_volume(session, branch_id, year, fonds, as_of))]
    tmp = Path(tempfile.mkdtemp(prefix=f".{name[:20]}-", dir=out_dir))
    try:
        volumes = []
        soffice = find_soffice() if count else None
        counted = soffice is not None
        for n, (title, build) in enumerate(builders):
            check()
            step(5 + n * 15, f"正在整理：{title}")
            v = prepare(build())
            path = tmp / v.file_name
            ad.write_volume(v, path, layout, created=created)
            if soffice is not None:
                check()
                step(12 + n * 15, f"正在计算页数：{title}")
                if count_pages(v.items, path, soffice):
                    ad.write_volume(v, path, layout, created=created)
                else:
                    counted = False
            volumes.append(v)
        check()
        step(85, "正在生成自查报告和归档文件目录")
        result = selfcheck.check_year(session, branch_id, year, today=today)
        from dangjian_desktop.export.selfcheck_docx import report_title, write_report

        report = prepare(ad.Volume("06_年度自查报告.docx", "年度自查报告", fonds, year, "永久", "ZC", [
            ad.Item(report_title(result.branch_name, year), f"{result.as_of:%Y%m%d}", fonds, [])], subject="年度自查"))
        report_path = tmp / report.file_name

        def write() -> None:
            write_report(result.branch_name, year, result.as_of, result.grid, result.findings, report_path,
                         template=layout, fields=ad.header_fields(fonds, year, "年度自查报告"),
                         stamp=report.stamp(report.items[0]), author=fonds, created=created)

        write()
        if soffice is not None:
            if count_pages(report.items, report_path, soffice, trailing=0):
                write()
            else:
                counted = False
        volumes.append(report)
        how = ("页数由 LibreOffice 按本目录中的 Word 文件排版后逐件计算；在 Word 或 WPS 中打开时可能相差一两页。"
               if counted else "页数未计算：导出时选择了不计算页数，请打印后填写。" if not count
               else "页数未计算：本机未安装 LibreOffice（或排版失败），请打印后填写。")
        files = ["00_归档文件目录.docx（本目录）", *(v.file_name for v in volumes), f"{CHECKLIST}（各文件的校验值）"]
        ad.write_directory(fonds, year, volumes, tmp / "00_归档文件目录.docx", [
            "说明：" + how, f"本档案文件夹中的文件：{'、'.join(files)}。",
            f"{FINGERPRINT_LABEL}{PLACEHOLDER}（与各卷备考表和校验清单上的相同）。"], layout, created=created)
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
