"""The sidebar's pages: what they are called, their icon, who may see them and how each is built (lazily).

``PAGES`` is the one table of the main window's pages, in sidebar order; Ctrl+1 … Ctrl+9 follow it.
A page class is imported only when the page is first shown (``build_page``); a page whose module is not
there yet shows a placeholder.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from ...core.enums import Role
from ...store.actor import Actor
from ..context import AppContext

logger = logging.getLogger(__name__)

SP = QStyle.StandardPixmap
TR_CONTEXT = "Navigation"


def _reads(actor: Actor) -> bool:
    return actor.can("read")


def _writes_or_views(*permissions: str) -> Callable[[Actor], bool]:
    """Visible to those who do this work, and to viewers (who see everything, read-only)."""

    def visible(actor: Actor) -> bool:
        return actor.role is Role.VIEWER or any(actor.can(p) for p in permissions)

    return visible


def _not_viewer(actor: Actor) -> bool:
    return actor.role is not Role.VIEWER


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str  # source text (zh_CN); shown through QCoreApplication.translate(TR_CONTEXT, label)
    icon: QStyle.StandardPixmap
    factory: str  # "module:Class"
    visible: Callable[[Actor], bool]

    @property
    def title(self) -> str:
        return QCoreApplication.translate(TR_CONTEXT, self.label)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "工作台"),
        SP.SP_DesktopIcon,
        "gov_desktop.ui.pages.dashboard:DashboardPage",
        _reads,
    ),
    PageSpec(
        "register",
        QT_TRANSLATE_NOOP("Navigation", "人口户籍"),
        SP.SP_FileDialogDetailedView,
        "gov_desktop.ui.pages.register:RegisterPage",
        _reads,
    ),
    PageSpec(
        "grids",
        QT_TRANSLATE_NOOP("Navigation", "网格管理"),
        SP.SP_FileDialogListView,
        "gov_desktop.ui.pages.grids:GridsPage",
        _reads,
    ),
    PageSpec(
        "services",
        QT_TRANSLATE_NOOP("Navigation", "便民服务"),
        SP.SP_FileDialogContentsView,
        "gov_desktop.ui.pages.services:ServicesPage",
        _writes_or_views("service.write"),
    ),
    PageSpec(
        "visits",
        QT_TRANSLATE_NOOP("Navigation", "走访记录"),
        SP.SP_DirHomeIcon,
        "gov_desktop.ui.pages.visits:VisitsPage",
        _writes_or_views("visit.write"),
    ),
    PageSpec(
        "appeals",
        QT_TRANSLATE_NOOP("Navigation", "群众诉求"),
        SP.SP_MessageBoxQuestion,
        "gov_desktop.ui.pages.appeals:AppealsPage",
        _writes_or_views("appeal.write", "appeal.dispatch"),
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Navigation", "统计报表"),
        SP.SP_FileDialogInfoView,
        "gov_desktop.ui.pages.reports_page:ReportsPage",
        _reads,
    ),
    PageSpec(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "数据同步"),
        SP.SP_BrowserReload,
        "gov_desktop.ui.pages.sync_page:SyncPage",
        _not_viewer,
    ),
    PageSpec(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "系统设置"),
        SP.SP_FileDialogDetailedView,
        "gov_desktop.ui.pages.settings_page:SettingsPage",
        _reads,
    ),
)

PAGES_BY_KEY = {spec.key: spec for spec in PAGES}


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not built yet."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("“{0}”功能正在建设中。").format(title), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("placeholder")
        layout.addWidget(label)


def _page_class(factory: str) -> type[QWidget] | None:
    module_name, _, class_name = factory.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            logger.info("page module %s not there yet", module_name)
            return None
        raise
    cls = getattr(module, class_name, None)
    return cls if isinstance(cls, type) else None


def build_page(spec: PageSpec, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The page of ``spec`` made with ``(ctx, parent)``, or a placeholder when its class is missing."""
    cls = _page_class(spec.factory)
    if cls is None:
        return PlaceholderPage(spec.title, parent)
    return cls(ctx, parent)
