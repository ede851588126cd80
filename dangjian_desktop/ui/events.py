"""DataEvents: one QObject that tells open tabs what changed, so they refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dangjian_desktop.services import Changed


class DataEvents(QObject):
    branch_changed = Signal()  # the current branch, or its details, changed
    people_changed = Signal()
    transfers_changed = Signal()
    dues_changed = Signal()
    meetings_changed = Signal()
    cases_changed = Signal()
    study_changed = Signal()
    duty_changed = Signal()  # 党员责任区, 承诺, 结对, 发展党员的公示

    def emit_all(self) -> None:
        """Everything may have changed (a restored backup): every view reloads."""
        for name in dir(type(self)):
            if name.endswith("_changed") and isinstance(getattr(type(self), name), Signal):
                getattr(self, name).emit()

    def emit_changed(self, changed: Changed) -> None:
        signal = {
            "branch": self.branch_changed,
            "person": self.people_changed,
            "import_batch": self.people_changed,
            "org_transfer": self.transfers_changed,
            "discipline": self.people_changed,
            "dues_assessment": self.dues_changed,
            "dues_payment": self.dues_changed,
            "dues_rate_table": self.dues_changed,
        }.get(changed.table)
        if signal is None:  # each record kind's tables share a prefix
            prefixes = {"meeting": self.meetings_changed, "case": self.cases_changed, "study": self.study_changed,
                        "duty": self.duty_changed}
            signal = next((sig for prefix, sig in prefixes.items() if changed.table.startswith(prefix)), None)
        if signal is not None:
            signal.emit()
