"""群众诉求: micro-wishes (微心愿) and problems (问题) by status; collect new ones; the county dispatches
them (派单) and closes them with the feedback shown on the 回音壁."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QWidget

from ...core.enums import APPEAL_TRANSITIONS, AppealKind, AppealStatus
from ...store import queries
from ..context import AppContext
from ..dialogs.visit_appeal_forms import AppealFormDialog, DispatchDialog, FeedbackDialog
from ..models.appeals import AppealListModel
from ..models.labels import enum_text
from .list_page import ListPage

logger = logging.getLogger(__name__)

OPEN = (AppealStatus.COLLECTED.value, AppealStatus.DISPATCHED.value, AppealStatus.CLAIMED.value)
ALL, OPEN_KEY = "all", "open"
STATUS_FILTERS = (
    (OPEN_KEY, QT_TRANSLATE_NOOP("AppealsPage", "未办结")),
    (ALL, QT_TRANSLATE_NOOP("AppealsPage", "全部状态")),
)


class AppealsPage(ListPage):
    TABLES = frozenset({"appeal", "org", "household"})
    LAYOUT_KEY = "appeals/list"
    HISTORY_TABLE = "appeal"
    STRETCH_COLUMN = AppealListModel.COL_CONTENT
    WIDTHS = {0: 64, 2: 76, 3: 96, 4: 70, 5: 70, 6: 140, 7: 128, 8: 128, 9: 160}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, AppealListModel(), parent)
        self.model.setParent(self)
        self.title_label.setText(self.tr("群众诉求 · 微心愿与问题墙"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_filter")
        for key, label in STATUS_FILTERS:
            self.status_combo.addItem(self.tr(label), key)
        for status in AppealStatus:
            self.status_combo.addItem(enum_text(AppealStatus, status.value), status.value)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_filter")
        self.kind_combo.addItem(self.tr("微心愿和问题"), None)
        for kind in AppealKind:
            self.kind_combo.addItem(enum_text(AppealKind, kind.value), kind.value)
        for combo in (self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
            self.add_widget(combo)
        self.add_stretch()
        writes = ctx.actor.can("appeal.write")
        dispatches = ctx.actor.can("appeal.dispatch")
        self.create_button = self.add_button(
            self.tr("登记诉求"), "create_appeal", self.create_appeal, visible=writes
        )
        self.create_button.setToolTip("Ctrl+N")
        self.dispatch_button = self.add_button(
            self.tr("派单…"), "dispatch", self.dispatch, visible=dispatches
        )
        self.feedback_button = self.add_button(
            self.tr("办结…"), "feedback", self.feedback, visible=dispatches
        )
        self.add_history_button()
        self.add_export_button()
        self.add_print_button()
        if writes:
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.create_appeal)
        self.reload()

    def query(self) -> Callable[[int, int], Sequence[Any]]:
        key = self.status_combo.currentData()
        status: Any = list(OPEN) if key == OPEN_KEY else (None if key == ALL else key)
        kind = self.kind_combo.currentData()
        actor, store = self.ctx.actor, self.ctx.store

        def fetch(offset: int, limit: int) -> Sequence[Any]:
            with store.reader() as s:
                return queries.list_appeals(
                    s,
                    status=status,
                    kind=kind,
                    township_code=None if actor.is_county else actor.township_code,
                    offset=offset,
                    limit=limit,
                )

        return fetch

    def history_title(self, row: Any) -> str:
        content = row.content if len(row.content) <= 20 else row.content[:20] + "…"
        return f"{row.person_name or row.household_no} {content}".strip()

    def selection_changed(self) -> None:
        row = self.current_row()
        allowed = APPEAL_TRANSITIONS.get(AppealStatus.coerce(row.status), frozenset()) if row else frozenset()
        self.dispatch_button.setEnabled(AppealStatus.DISPATCHED in allowed)
        self.feedback_button.setEnabled(AppealStatus.DONE in allowed)

    def _open(self, dialog: Any) -> None:
        dialog.saved.connect(lambda result: self.ctx.bus.changed.emit(getattr(result, "changes", result)))
        dialog.open()
        self.form_dialog = dialog

    def create_appeal(self) -> None:
        self._open(AppealFormDialog(self.ctx, self))

    def dispatch(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(DispatchDialog(self.ctx, row, self))

    def feedback(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(FeedbackDialog(self.ctx, row, self))
