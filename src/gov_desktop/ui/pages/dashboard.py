"""工作台: today's figures at a glance (open and overdue requests, follow-ups due, appeals waiting, sync) and
the everyday actions one click away."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import AppealStatus
from ...store.stats import LOCAL_TZ, dashboard
from ..context import AppContext
from ..fonts import scaled_font
from ..formatting import local_time_text
from ..tasks import Op

if TYPE_CHECKING:
    from ...sync.engine import SyncState

logger = logging.getLogger(__name__)

REFRESH_DEBOUNCE_MS = 1500


@dataclass(frozen=True)
class Figures:
    households: int
    persons: int
    requests_open: int
    requests_overdue: int
    requests_this_year: int
    requests_done_this_year: int
    follow_ups_open: int
    visits_30_days: int
    appeals_to_dispatch: int
    appeals_waiting_feedback: int
    appeals_open: int


def read_figures(ctx: AppContext) -> Figures:
    """Runs on a worker."""
    township = None if ctx.actor.is_county else ctx.actor.township_code
    with ctx.store.reader() as s:
        st = dashboard(s, township_code=township)
    by_status = st["appeals_by_status"]
    return Figures(
        households=st["households"],
        persons=st["persons"],
        requests_open=st["requests_open"],
        requests_overdue=st["requests_overdue"],
        requests_this_year=st["requests_this_year"],
        requests_done_this_year=st["requests_done_this_year"],
        follow_ups_open=st["follow_ups_open"],
        visits_30_days=st["visits_last_30_days"],
        appeals_to_dispatch=by_status.get(AppealStatus.COLLECTED.value, 0),
        appeals_waiting_feedback=by_status.get(AppealStatus.DISPATCHED.value, 0)
        + by_status.get(AppealStatus.CLAIMED.value, 0),
        appeals_open=st["appeals_open"],
    )


#: (key, caption, page to open, colour of the number when not zero)
CARDS: tuple[tuple[str, str, str, str], ...] = (
    ("requests_open", QT_TRANSLATE_NOOP("DashboardPage", "在办件"), "services", "#1f5fa8"),
    ("requests_overdue", QT_TRANSLATE_NOOP("DashboardPage", "超期未办结"), "services", "#c62828"),
    ("follow_ups_open", QT_TRANSLATE_NOOP("DashboardPage", "走访待跟进"), "visits", "#ef6c00"),
    ("appeals_to_dispatch", QT_TRANSLATE_NOOP("DashboardPage", "诉求待派单"), "appeals", "#1f5fa8"),
    ("appeals_waiting_feedback", QT_TRANSLATE_NOOP("DashboardPage", "诉求待反馈"), "appeals", "#ef6c00"),
    ("visits_30_days", QT_TRANSLATE_NOOP("DashboardPage", "近30天走访"), "visits", "#2e7d32"),
    ("households", QT_TRANSLATE_NOOP("DashboardPage", "户数"), "register", "#333333"),
    ("persons", QT_TRANSLATE_NOOP("DashboardPage", "在册人口"), "register", "#333333"),
)


class FigureCard(QFrame):
    clicked = Signal()

    def __init__(self, caption: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("FigureCard { background: white; border: 1px solid #d9dee5; border-radius: 6px; }")
        self.setMinimumSize(150, 92)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.number = QLabel("–", self)
        self.number.setObjectName("figure")
        self.number.setStyleSheet(f"font-size: 28px; font-weight: bold; color: {color};")
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: #444;")
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.number.setText(f"{value:,}")
        self.number.setStyleSheet(
            f"font-size: 28px; font-weight: bold; color: {self.color if value else '#9e9e9e'};"
        )

    def mouseReleaseEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardPage(QWidget):
    #: "page" or "page:action" (the main window shows the page and runs the action)
    navigate = Signal(str)
    sync_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: Figures | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(12)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(1.5, bold=True))
        layout.addWidget(self.title)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, FigureCard] = {}
        for n, (key, caption, page, color) in enumerate(CARDS):
            card = FigureCard(self.tr(caption), color, self)
            card.setObjectName(f"card_{key}")
            card.clicked.connect(lambda page=page: self.navigate.emit(page))
            grid.addWidget(card, n // 4, n % 4)
            self.cards[key] = card
        layout.addLayout(grid)

        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("dashboard_sync")
        self.sync_label.setStyleSheet(
            "background: #f3f5f8; border: 1px solid #d9dee5; border-radius: 6px; padding: 10px;"
        )
        self.sync_label.setWordWrap(True)
        layout.addWidget(self.sync_label)

        heading = QLabel(self.tr("常用操作"), self)
        heading.setFont(scaled_font(1.15, bold=True))
        heading.setStyleSheet("padding-top: 6px;")
        layout.addWidget(heading)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actor = ctx.actor
        quick = (
            (self.tr("查找居民"), "register", True),
            (self.tr("受理办件"), "services:accept_request", actor.can("service.write")),
            (self.tr("登记走访"), "visits:record_visit", actor.can("visit.write")),
            (self.tr("登记诉求"), "appeals:create_appeal", actor.can("appeal.write")),
            (self.tr("统计报表"), "reports", True),
        )
        self.quick_buttons: dict[str, QPushButton] = {}
        for text, target, allowed in quick:
            if not allowed:
                continue
            button = QPushButton(text, self)
            button.setObjectName(f"quick_{target.replace(':', '_')}")
            button.setMinimumHeight(38)
            button.clicked.connect(lambda _=False, target=target: self.navigate.emit(target))
            actions.addWidget(button)
            self.quick_buttons[target] = button
        if actor.role.value != "viewer":
            sync_button = QPushButton(self.tr("立即同步"), self)
            sync_button.setObjectName("quick_sync")
            sync_button.setMinimumHeight(38)
            sync_button.clicked.connect(self.sync_requested)
            actions.addWidget(sync_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.bus.changed.connect(lambda *_: self._timer.start())
        if ctx.sync is not None:
            ctx.sync.state_changed.connect(self._sync_state)
            self._sync_state(ctx.sync.state)
        else:
            self.sync_label.hide()
        self._set_title()
        self.refresh()

    def _set_title(self) -> None:
        today = datetime.now(LOCAL_TZ).date().isoformat()
        scope = self.tr("全县") if self.ctx.actor.is_county else self.ctx.actor.township_code
        self.title.setText(self.tr("工作台 · {0} · 今天 {1}").format(scope, today))

    def refresh(self) -> None:
        ctx = self.ctx
        Op(ctx.runner, lambda: read_figures(ctx), owner=self).success(self._show).failure(
            lambda exc: logger.error("dashboard figures: %s", exc)
        ).run()

    def _show(self, figures: Figures) -> None:
        self.figures = figures
        for key, card in self.cards.items():
            card.set_value(int(getattr(figures, key)))

    def _sync_state(self, state: SyncState | None) -> None:
        if state is None or not state.enrolled:
            text = self.tr(
                "本机尚未登记到县级服务器：数据只保存在本机。可在“数据同步”页登记，或用U盘传递同步文件。"
            )
        else:
            last = (
                local_time_text(state.last_success, short_today=True)
                if state.last_success
                else self.tr("从未")
            )
            text = self.tr("上次同步：{0}；待上传 {1} 条修改").format(last, state.pending)
            if state.conflicts:
                text += self.tr("；{0} 处冲突待处理").format(state.conflicts)
            if state.quarantined:
                text += self.tr("；{0} 条修改被服务器拒绝").format(state.quarantined)
            if state.last_error:
                text += "\n" + self.tr("上次同步未完成：{0}").format(
                    QCoreApplication.translate("sync", state.last_error)
                )
        self.sync_label.setText(text)
