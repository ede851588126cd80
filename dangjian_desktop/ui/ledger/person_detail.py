"""The detail pane beside the ledger: one person's facts, 发展党员 timeline, transfers and 党纪处分."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from dangjian_desktop.db import Database
from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain.dates import age_on, fmt
from dangjian_desktop.domain.discipline import Penalty, describe, probation_running
from dangjian_desktop.domain.idcard import mask
from dangjian_desktop.services.duty import notices as duty_notices
from dangjian_desktop.services.people import discipline, transfers
from dangjian_desktop.services.people import records as people

_STATE_COLOURS = {
    dev.DONE: "#2e7d32", dev.OVERDUE: "#c62828", dev.DUE_SOON: "#ef6c00", dev.WAITING: "#546e7a",
    dev.BREACH: "#c62828", dev.MISSING: "#888888",
}


class PersonDetail(QTextBrowser):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("personDetail")
        self.setOpenLinks(False)
        self.person_id: str | None = None
        self.mask_ids = True
        self._notices: dict[str, dev.NoticeFacts] = {}  # the person's 公示, steps of the timeline
        self._wait_months = dev.ACTIVIST_WAIT_MONTHS
        self.show_person(None)

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        if person_id is None:
            self.setHtml("<p style='color:#666'>在左侧选中一人，这里显示其详细信息、发展党员各环节和组织关系转接记录。</p>")
            return
        with self.db.session_scope() as s:
            person = people.get_person(s, person_id, include_deleted=True)
            values = people.person_values(person)
            moves = transfers.list_transfers(s, person_id)
            self._notices = duty_notices.person_notices(s, person_id)
            penalties = [(discipline.penalty(r), r.decided_by, r.note) for r in discipline.list_for_person(s, person_id)]
            notice = discipline.needs_record(s, person_id)
            self._wait_months = people.activist_wait_months(s)
        self.setHtml(self._html(values, moves) + self._discipline_html(penalties, notice))

    @staticmethod
    def _discipline_html(penalties: list[tuple[Penalty, str, str]], notice: bool) -> str:
        if not penalties and not notice:
            return ""
        parts = ["<h3>党纪处分</h3>"]
        if notice:
            parts.append("<p style='color:#b00020'>备注中提到“留党察看”，但还没有登记党纪处分记录。请用“党纪处分…”"
                         "登记一次（起始日期和期限），会议的表决权按登记的察看期计算；备注原样保留。</p>")
        today = date.today()
        for p, body, note in penalties:
            running = "　<b style='color:#b00020'>察看期内，没有表决权</b>" if probation_running([p], today) else ""
            parts.append(f"<p>{fmt(p.decided_on)}　{escape(describe(p))}"
                         + (f"　<span style='color:#555'>{escape(body)}</span>" if body else "") + running
                         + (f"<br><span style='color:#555'>{escape(note)}</span>" if note else "") + "</p>")
        return "".join(parts)

    def _html(self, v: dict, moves: list) -> str:
        today = date.today()
        idn = v.get("id_number") or ""
        facts = [
            ("性别", v["gender"]), ("民族", v["ethnicity"]),
            ("出生日期", fmt(v["birth_date"]) + (f"（{age_on(v['birth_date'], today)}岁）" if v["birth_date"] else "")),
            ("公民身份号码", mask(idn) if self.mask_ids else idn), ("学历", v["education"]),
            ("籍贯", v["native_place"]), ("工作单位及职务", v["work_unit"]), ("联系电话", v["phone"]),
            ("现居住地", v["address"]), ("党内职务", v["party_post"]),
            ("入党日期", fmt(v["join_date"])), ("转正日期", fmt(v["full_member_date"])),
            ("组织关系", v["status"] + (f"（{fmt(v['status_date'])}）" if v["status_date"] else "")
             + (f" {v['status_note']}" if v["status_note"] else "")),
            ("停止党籍", fmt(v.get("suspended_date")) + (f"，{fmt(v['restored_date'])}恢复党籍"
                                                        if v.get("restored_date") else "")),
        ]
        flags = [name for key, name in (("is_hardship", "困难党员"), ("is_veteran", "退役军人"),
                                        ("is_retired", "离退休")) if v.get(key)]
        parts = [f"<h2 style='margin-bottom:2px'>{escape(v['name'])} <span style='font-size:small;color:#555'>"
                 f"{escape(v['category'])}</span></h2>"]
        if flags:
            parts.append(f"<p style='color:#555'>{escape('、'.join(flags))}</p>")
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, value in facts:
            if value:
                parts.append(f"<tr><td style='color:#555'>{escape(label)}</td><td>{escape(value)}</td></tr>")
        parts.append("</table>")
        if v.get("note"):
            parts.append(f"<p><b>备注：</b>{escape(v['note'])}</p>")
        steps = dev.timeline(v, today, self._wait_months, notices=self._notices)
        if steps:
            parts.append("<h3>发展党员进程</h3><table cellspacing='0' cellpadding='3'>")
            for step in steps:
                colour = _STATE_COLOURS[step.state]
                shown = fmt(step.when) if step.state in (dev.DONE, dev.BREACH) else ""  # others: a deadline, in the note
                parts.append(
                    f"<tr><td style='white-space:nowrap'>{escape(step.label)}</td><td>{shown}</td>"
                    f"<td style='color:{colour}'><b>{dev.STATE_LABELS[step.state]}</b></td>"
                    f"<td style='color:#555'>{escape(step.note)}</td></tr>")
            parts.append("</table>")
            people_line = [("培养联系人", v["contact_persons"]),
                           ("入党介绍人", "、".join(x for x in (v["introducer1"], v["introducer2"]) if x))]
            for label, value in people_line:
                if value:
                    parts.append(f"<p><span style='color:#555'>{label}：</span>{escape(value)}</p>")
        parts.append("<h3>组织关系转接</h3>")
        if not moves:
            parts.append("<p style='color:#666'>无转接记录。</p>")
        else:
            parts.append("<table cellspacing='0' cellpadding='3'><tr style='color:#555'><td>日期</td><td>方向</td>"
                         "<td>对方党组织</td><td>介绍信编号</td><td>党费交至</td></tr>")
            for m in moves:
                parts.append(f"<tr><td>{fmt(m.transfer_date)}</td><td>{escape(m.direction)}</td>"
                             f"<td>{escape(m.other_unit)}</td><td>{escape(m.letter_no)}</td>"
                             f"<td>{escape(m.dues_paid_until)}</td></tr>")
            parts.append("</table>")
        return "".join(parts)
