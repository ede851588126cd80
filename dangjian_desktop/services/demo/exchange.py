"""A demo 数据包 conflict for the township: a village branch keeps its records on its own computer and sends
its 数据包 twice; in between, one of its 定稿 meetings was changed without a 修改说明 (as a copy of the data
file edited by other means would be), so the second import leaves that change for review
(文件 → 数据包冲突). Used by the window tour to picture the review dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.db.session import open_database
from dangjian_desktop.services import Changed
from dangjian_desktop.services.demo.branch import create_demo_branch
from dangjian_desktop.services.exchange.merge import import_file
from dangjian_desktop.services.exchange.package import export_package
from dangjian_desktop.services.meetings.attachments import attachments_dir

DEMO_PLACES = ("村党群服务中心二楼会议室", "村委会议室")  # the second when the meeting was held in the first


def create_demo_conflict(session: Session, *, folder: Path, attachments_root: Path, seed: int = 3,
                         name: str = "中共演示镇东岭村党支部") -> Changed:
    """Import into ``session`` two 数据包 of a demo branch built in ``folder`` (its own database and key),
    the second changing the 会议名称 and 地点 of a 定稿 meeting without a 修改说明. Returns the branch."""
    branch_path = folder / "东岭村支部.sqlite3"
    branch_db = open_database(branch_path)
    keys, packages = folder / "东岭村支部密钥", [folder / "东岭村支部_数据包_1.zip", folder / "东岭村支部_数据包_2.zip"]
    try:
        with branch_db.session_scope() as s:
            branch_id = create_demo_branch(s, seed=seed, name=name).id
        now = datetime.now(UTC)
        with branch_db.session_scope() as s:
            export_package(s, branch_id=branch_id, out=packages[0], attachments_root=attachments_dir(branch_path),
                           key_dir=keys, now=now - timedelta(days=30))
        with branch_db.session_scope() as s:
            meeting = s.exec(select(Meeting).where(col(Meeting.branch_id) == branch_id,
                                                   col(Meeting.finalized_at).is_not(None))
                             .order_by(col(Meeting.held_on).desc())).first()
            if meeting is None:
                return Changed("branch", (branch_id,))
            s.execute(update(Meeting).where(col(Meeting.id) == meeting.id)  # behind the 定稿 lock
                      .values(title=f"{meeting.title}（补记）", updated_at=now,
                              place=DEMO_PLACES[meeting.place == DEMO_PLACES[0]]))
        with branch_db.session_scope() as s:
            export_package(s, branch_id=branch_id, out=packages[1], attachments_root=attachments_dir(branch_path),
                           key_dir=keys, now=now)
    finally:
        branch_db.dispose()
    for package in packages:
        import_file(session, package, attachments_root=attachments_root)
    return Changed("branch", (branch_id,))
