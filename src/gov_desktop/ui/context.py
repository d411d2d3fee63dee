"""What every page is given: the open store, the signed-in user, the task runner and the change bus.

Built once by the composition root (app.py) and passed down through constructors — no globals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from ..paths import Paths
from .tasks import TaskRunner

if TYPE_CHECKING:  # the store layer is imported by whoever opens a store, not by the app's first window
    from ..store.actor import Actor
    from ..store.engine import Store


class ChangeBus(QObject):
    """One signal that broadcasts what a use case changed; each page refreshes only when it cares.

    ``changed`` carries the use case's ``Changes`` value (or any object with ``tables``: a set of table
    names). Pages connect in their constructor; Qt drops the connection when the page is destroyed.
    """

    changed = Signal(object)
    #: the signed-in user changed (sign out / sign in as another user)
    actor_changed = Signal(object)
    #: UI language switched: pages re-translate their texts
    language_changed = Signal(str)


@dataclass
class AppContext:
    store: Store
    actor: Actor
    runner: TaskRunner
    bus: ChangeBus
    settings: QSettings
    paths: Paths
    #: the sync controller (ui/sync_controller.py) when sync is configured, else None
    sync: Any = None


def tables_of(changes: Any) -> set[str]:
    """The table names a ``Changes`` value touched (tolerant of the shapes use cases return)."""
    tables = getattr(changes, "tables", None)
    if tables is None:
        return set()
    return set(tables)
