"""年度档案导出: a branch's year as Word volumes in a folder ``{支部名称}_{年度}_党建档案/``.

The folder is written under a temporary name and renamed only when complete, so a cancelled or failed
export leaves nothing half-written. Page counts come from laying the volumes out with LibreOffice when it
is installed (each item's first page is found by its heading); otherwise they are left blank and the
directory says why.
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
from dangjian_desktop.export.manifest import write_manifest
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


def export_year(session: Session, branch_id: str, year: int, out_dir: Path, *, full_ids: bool = False,
                today: date | None = None, progress: Callable[[int, str], None] | None = None,
                cancelled: Callable[[], bool] | None = None, count: bool = True,
                template: Path | None = None) -> ArchiveResult:
    """Write the year's archive folder under ``out_dir``, laid out by ``template`` (a .docx the secretary
    adjusted; the built-in one when None), whose 档案设置 table may name the 全宗, the 整理人 and 检查人,
    and each volume's 保管期限."""
    today = today or date.today()
    as_of = min(today, date(year, 12, 31))
    if not out_dir.is_dir():
        raise UserError(f"导出位置不存在：{out_dir}")
    layout = load_template(template)
    branch_name = av.fonds_name(session, branch_id)
    fonds = layout.settings.get("全宗名称") or branch_name
    name = f"{branch_name}_{year}_党建档案"
    final = out_dir / name
    step = progress or (lambda _p, _t: None)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    builders = [("党员花名册", lambda: av.roster_volume(session, branch_id, year, fonds, full_ids)),
                ("党费收缴登记表", lambda: av.dues_volume(session, branch_id, year, fonds, as_of)),
                ("三会一课及组织生活记录", lambda: av.meetings_volume(session, branch_id, year, fonds)),
                ("一人一事思想政治工作记录", lambda: av.cases_volume(session, branch_id, year, fonds)),
                ("学习记录", lambda: av.study_volume(session, branch_id, year, fonds))]
    tmp = Path(tempfile.mkdtemp(prefix=f".{name[:20]}-", dir=out_dir))
    try:
        volumes = []
        soffice = find_soffice() if count else None
        counted = soffice is not None
        for n, (title, build) in enumerate(builders):
            check()
            step(5 + n * 15, f"正在整理：{title}")
            v = build()
            v.compiled_on = f"{today:%Y-%m-%d}"
            v.compiler, v.checker = layout.settings.get("整理人", ""), layout.settings.get("检查人", "")
            v.retention = layout.retention(title)
            v.number_items()
            path = tmp / v.file_name
            ad.write_volume(v, path, layout)
            if soffice is not None:
                check()
                step(12 + n * 15, f"正在计算页数：{title}")
                if count_pages(v, path, soffice):
                    ad.write_volume(v, path, layout)
                else:
                    counted = False
            volumes.append(v)
        check()
        step(85, "正在生成自查报告和归档文件目录")
        result = selfcheck.check_year(session, branch_id, year, today=today)
        from dangjian_desktop.export.selfcheck_docx import write_report

        write_report(result.branch_name, year, result.as_of, result.grid, result.findings, tmp / "06_年度自查报告.docx",
                     template=layout, fields=ad.header_fields(fonds, year, "年度自查报告"))
        how = ("页数由 LibreOffice 按本目录中的 Word 文件排版后逐件计算；在 Word 或 WPS 中打开时可能相差一两页。"
               if counted else "页数未计算：导出时选择了不计算页数，请打印后填写。" if not count
               else "页数未计算：本机未安装 LibreOffice（或排版失败），请打印后填写。")
        ad.write_directory(fonds, year, volumes, tmp / "00_归档文件目录.docx", "说明：" + how, layout)
        counts = av.record_counts(volumes)
        write_manifest(tmp, exported_at=datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S"),
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
