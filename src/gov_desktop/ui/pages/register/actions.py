"""What the register's pages and dialogs can open: households, persons, forms, history — one place.

``RegisterActions`` loads what a dialog needs on the read pool, then opens the dialog window-modal (never
``exec()``: the GUI thread keeps running) and announces it with ``dialog_opened`` (tests wait on it). The
reference lists the forms need (villages and grids of the user's township) are loaded once and cached.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ....core.enums import PersonStatus
from ....store import queries
from ...context import AppContext, tables_of
from ...tasks import Op
from .fields import error_messages
from .household_picker import actor_township

if TYPE_CHECKING:  # the forms (and the use cases behind them) load when one is first opened
    from .person_form import PersonFormDialog

logger = logging.getLogger(__name__)


class Village:
    """A village of the user's township (from the grids that name it)."""

    __slots__ = ("id", "name")

    def __init__(self, id: str, name: str) -> None:
        self.id = id
        self.name = name


class RegisterActions(QObject):
    """Opens the register's dialogs for a page (``parent_widget``)."""

    dialog_opened = Signal(object)
    reference_loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.widget = parent_widget
        self.grids: list[queries.GridRow] = []
        self.villages: list[Village] = []
        self._reference_ready = False
        self._after_reference: list[Callable[[], None]] = []
        ctx.bus.changed.connect(self._bus_changed)

    # -- reference lists ----------------------------------------------------------------------------
    def load_reference(self) -> None:
        store, township = self.ctx.store, actor_township(self.ctx)

        def load() -> list[queries.GridRow]:
            with store.reader() as session:
                return queries.list_grids(session, township_code=township)

        Op(self.ctx.runner, load, owner=self).success(self._reference).failure(self._fail).run()

    def _reference(self, grids: list[queries.GridRow]) -> None:
        self.grids = grids
        seen: dict[str, str] = {}
        for g in grids:
            if g.village_id:
                seen.setdefault(g.village_id, g.village_name)
        self.villages = [Village(i, n) for i, n in sorted(seen.items(), key=lambda item: item[1])]
        self._reference_ready = True
        self.reference_loaded.emit()
        pending, self._after_reference = self._after_reference, []
        for fn in pending:
            fn()

    def _with_reference(self, fn: Callable[[], None]) -> None:
        if self._reference_ready:
            fn()
        else:
            self._after_reference.append(fn)
            if len(self._after_reference) == 1:
                self.load_reference()

    def _bus_changed(self, changes: Any) -> None:
        if tables_of(changes) & {"grid", "village"}:
            self._reference_ready = False
            self.load_reference()

    def _fail(self, exc: BaseException) -> None:
        message = error_messages(exc)[0]
        logger.warning("register action failed: %s", message)
        self.failed.emit(message)

    def show(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` window-modal without blocking, and announce it."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    # -- households ---------------------------------------------------------------------------------
    def new_household(self) -> None:
        """新建户: the household form; once saved, the household page opens to add its members."""

        from .household_form import HouseholdFormDialog

        def go() -> None:
            dialog = HouseholdFormDialog(
                self.ctx, villages=self.villages, grids=self.grids, parent=self.widget
            )
            dialog.saved.connect(lambda household_id, _c: self.open_household(household_id, add_head=True))
            self.show(dialog)

        self._with_reference(go)

    def edit_household(self, household: queries.HouseholdRow) -> None:
        from .household_form import HouseholdFormDialog

        def go() -> None:
            self.show(
                HouseholdFormDialog(
                    self.ctx,
                    villages=self.villages,
                    grids=self.grids,
                    household=household,
                    parent=self.widget,
                )
            )

        self._with_reference(go)

    def open_household(
        self, household_id: str, *, select_person_id: str | None = None, add_head: bool = False
    ) -> None:
        from .household_view import HouseholdDialog  # the household page uses these actions too

        dialog = HouseholdDialog(self.ctx, self, household_id, select_person_id=select_person_id)
        if add_head:
            dialog.loaded.connect(
                lambda: dialog.add_member() if not dialog.members_model.rowCount() else None
            )
        self.show(dialog)

    # -- persons ------------------------------------------------------------------------------------
    def open_person(self, person_id: str) -> None:
        """A person's record: their household page with them selected (the form when they have none)."""
        store = self.ctx.store

        def load() -> queries.PersonRow | None:
            with store.reader() as session:
                return queries.get_person(session, person_id)

        def opened(person: queries.PersonRow | None) -> None:
            if person is None:
                self.failed.emit(self.tr("找不到此人（可能已被删除）"))
            elif person.household_id:
                self.open_household(person.household_id, select_person_id=person.id)
            else:
                self.edit_person(person)

        Op(self.ctx.runner, load, owner=self).success(opened).failure(self._fail).run()

    def add_member(self, household_id: str, *, relation: str | None = None) -> PersonFormDialog:
        from .person_form import PersonFormDialog

        dialog = PersonFormDialog(self.ctx, household_id=household_id, relation=relation, parent=self.widget)
        dialog.open_person_requested.connect(self.open_person)
        self.show(dialog)
        return dialog

    def edit_person(self, person: queries.PersonRow) -> PersonFormDialog:
        from .person_form import PersonFormDialog

        dialog = PersonFormDialog(self.ctx, person=person, parent=self.widget)
        dialog.open_person_requested.connect(self.open_person)
        self.show(dialog)
        return dialog

    def move_person(self, person: queries.PersonRow) -> QDialog:
        from .move_person import MovePersonDialog

        return self.show(MovePersonDialog(self.ctx, person, self.widget))

    def mark_status(self, person: queries.PersonRow, status: PersonStatus) -> QDialog:
        from .status_change import StatusChangeDialog

        return self.show(StatusChangeDialog(self.ctx, person, status, self.widget))

    def set_head(self, household_id: str, person: queries.PersonRow) -> None:
        from ....store.usecases.register import set_household_head

        store, actor = self.ctx.store, self.ctx.actor
        Op(
            self.ctx.runner,
            lambda: set_household_head(store, actor, household_id, person.id),
            write=True,
            owner=self,
        ).success(self.ctx.bus.changed.emit).failure(self._warn).run()

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.widget, self.tr("未能保存"), "\n".join(error_messages(exc)))

    # -- history ------------------------------------------------------------------------------------
    def show_history(self, table: str, row_id: str, title: str) -> QDialog:
        from ...dialogs.history import HistoryDialog

        return self.show(HistoryDialog(self.ctx, table, row_id, title, self.widget))
