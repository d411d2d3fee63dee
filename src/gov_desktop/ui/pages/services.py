"""便民服务: the hall's service requests (办件) by status, accepting new ones and moving them along."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from ...core.enums import REQUEST_TRANSITIONS, RequestStatus
from ...reports.receipt import receipt_html
from ...store import queries
from ...store.usecases.services import advance_request, record_extra_visit
from ..context import AppContext
from ..dialogs.service_forms import AcceptRequestDialog, CloseRequestDialog
from ..models.labels import enum_text
from ..models.requests import RequestListModel
from ..printing import preview_and_print
from ..tasks import Op
from ..widgets.forms import error_messages
from .list_page import ListPage

logger = logging.getLogger(__name__)

OPEN = (RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value, RequestStatus.AT_COUNTY.value)
FILTERS: tuple[tuple[str, str], ...] = (
    ("open", QT_TRANSLATE_NOOP("ServicesPage", "在办")),
    ("overdue", QT_TRANSLATE_NOOP("ServicesPage", "超期未办结")),
    ("all", QT_TRANSLATE_NOOP("ServicesPage", "全部")),
)


class ServicesPage(ListPage):
    TABLES = frozenset({"service_request", "matter_type", "service_window"})
    LAYOUT_KEY = "services/requests"
    HISTORY_TABLE = "service_request"
    STRETCH_COLUMN = RequestListModel.COL_MATTER
    WIDTHS = {0: 250, 1: 70, 2: 70, 4: 64, 5: 90, 6: 128, 7: 128, 8: 128, 9: 64}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, RequestListModel(), parent)
        self.model.setParent(self)
        self.title_label.setText(self.tr("便民服务 · 办件"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_filter")
        for key, label in FILTERS:
            self.status_combo.addItem(self.tr(label), key)
        for status in RequestStatus:
            self.status_combo.addItem(enum_text(RequestStatus, status.value), status.value)
        self.status_combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.add_widget(self.status_combo)
        self.add_stretch()
        writes = ctx.actor.can("service.write")
        self.accept_button = self.add_button(
            self.tr("受理办件"), "accept_request", self.accept_request, visible=writes
        )
        self.accept_button.setToolTip("Ctrl+N")
        self.progress_button = self.add_button(
            self.tr("开始办理"),
            "to_in_progress",
            lambda: self.advance(RequestStatus.IN_PROGRESS),
            visible=writes,
        )
        self.county_button = self.add_button(
            self.tr("转县级"), "to_county", lambda: self.advance(RequestStatus.AT_COUNTY), visible=writes
        )
        self.done_button = self.add_button(
            self.tr("办结…"), "complete", lambda: self.close_request(False), visible=writes
        )
        self.return_button = self.add_button(
            self.tr("退回…"), "return", lambda: self.close_request(True), visible=writes
        )
        self.visit_button = self.add_button(
            self.tr("再次跑动"), "extra_visit", self.extra_visit, visible=writes
        )
        self.print_button = self.add_button(self.tr("打印回执"), "print_receipt", self.print_receipt)
        self.print_button.setToolTip("Ctrl+P")
        self.add_history_button()
        self.add_export_button()
        self.add_print_button()
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_receipt)
        if writes:
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.accept_request)
        # the request just accepted here: selected once the list shows it, so Ctrl+P prints its receipt
        self._select_after_reload: str | None = None
        self.reload()

    @property
    def filter_key(self) -> str:
        return str(self.status_combo.currentData() or "open")

    def query(self) -> Callable[[int, int], Sequence[Any]]:
        key = self.filter_key
        township = None if self.ctx.actor.is_county else self.ctx.actor.township_code
        status: Any = None
        if key == "open":
            status = list(OPEN)
        elif key not in ("all", "overdue"):
            status = key
        store = self.ctx.store

        def fetch(offset: int, limit: int) -> Sequence[Any]:
            with store.reader() as s:
                return queries.list_requests(
                    s,
                    status=status,
                    overdue_only=key == "overdue",
                    township_code=township,
                    offset=offset,
                    limit=limit,
                )

        return fetch

    def history_title(self, row: Any) -> str:
        return f"{row.serial_no} {row.applicant_name}"

    def selection_changed(self) -> None:
        row = self.current_row()
        allowed = (
            REQUEST_TRANSITIONS.get(RequestStatus.coerce(row.status), frozenset()) if row else frozenset()
        )
        self.progress_button.setEnabled(RequestStatus.IN_PROGRESS in allowed)
        self.county_button.setEnabled(RequestStatus.AT_COUNTY in allowed)
        self.done_button.setEnabled(RequestStatus.DONE in allowed)
        self.return_button.setEnabled(RequestStatus.RETURNED in allowed)
        self.visit_button.setEnabled(bool(allowed))
        self.print_button.setEnabled(row is not None)

    def _loaded(self, count: int) -> None:
        super()._loaded(count)
        if self._select_after_reload:
            self.select_id(self._select_after_reload)
            self._select_after_reload = None
            self.info_label.setText(self.tr("已受理，按 Ctrl+P 打印回执"))

    # -- actions -----------------------------------------------------------------------------------------
    def accept_request(self) -> None:
        dialog = AcceptRequestDialog(self.ctx, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.accept_dialog = dialog

    def close_request(self, returning: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = CloseRequestDialog(self.ctx, row, returning=returning, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        self.close_dialog = dialog

    def advance(self, status: RequestStatus) -> None:
        row = self.current_row()
        if row is not None:
            store, actor = self.ctx.store, self.ctx.actor
            self._write(lambda: advance_request(store, actor, row.id, to_status=status.value))

    def extra_visit(self) -> None:
        row = self.current_row()
        if row is not None:
            store, actor = self.ctx.store, self.ctx.actor
            self._write(lambda: record_extra_visit(store, actor, row.id))

    def _write(self, fn: Any) -> None:
        Op(self.ctx.runner, fn, write=True, owner=self).success(self._saved).failure(self._refused).run()

    def _saved(self, result: Any) -> None:
        created = getattr(result, "id", None)
        if created:
            self._select_after_reload = created
        self.ctx.bus.changed.emit(getattr(result, "changes", result))

    # -- the receipt ------------------------------------------------------------------------------------
    def print_receipt(self) -> None:
        """The 受理回执 of the selected request, in a print preview (read on a worker)."""
        row = self.current_row()
        if row is None:
            return
        store, request_id = self.ctx.store, row.id

        def read() -> str:
            with store.reader() as s:
                receipt = queries.request_receipt(s, request_id)
            if receipt is None:
                raise LookupError(request_id)
            return receipt_html(receipt, printed_at=datetime.now(UTC))

        Op(self.ctx.runner, read, owner=self).success(self.show_receipt).failure(self._refused).run()

    def show_receipt(self, html: str) -> None:
        """Shows the print preview (replaced in tests)."""
        self.receipt_preview = preview_and_print(self, html, self.tr("打印受理回执"))

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("无法办理"), "\n".join(error_messages(exc)))
