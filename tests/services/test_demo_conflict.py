"""The demo 数据包 conflict the window tour pictures: one 定稿 meeting of an imported village branch, changed
in its second package without a 修改说明, left for review with the held version kept."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from dangjian_desktop.db import Database
from dangjian_desktop.db.models.meetings import Meeting
from dangjian_desktop.services import branches
from dangjian_desktop.services.demo.exchange import DEMO_PLACES, create_demo_conflict
from dangjian_desktop.services.exchange import conflicts


def test_the_demo_conflict_is_one_finalized_meeting_with_two_changed_fields(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "branch computer"
    folder.mkdir()
    with db.session_scope() as s:
        branch_id = create_demo_conflict(s, folder=folder, attachments_root=tmp_path / "attachments").id
    with db.session_scope() as s:
        assert branches.get_branch(s, branch_id).read_only  # imported: only to be viewed here
        [view] = conflicts.list_conflicts(s)
        assert view.kind == "会议记录" and view.branch_name == "中共演示镇东岭村党支部"
        assert set(view.changed_labels) == {"会议名称", "地点"}
        fields = {f.label: f for f in view.fields}
        assert fields["地点"].incoming in DEMO_PLACES and fields["地点"].held != fields["地点"].incoming
        assert fields["会议名称"].incoming == fields["会议名称"].held + "（补记）"
        titles = [m.title for m in s.exec(select(Meeting).where(col(Meeting.branch_id) == branch_id))]
        assert fields["会议名称"].held in titles and fields["会议名称"].incoming not in titles  # 定稿 version stays
