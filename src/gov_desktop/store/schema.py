"""Schema management. (Provisional: create_all; replaced by Alembic migrations.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import SQLModel

from ..core import models  # noqa: F401  (registers the tables)
from . import capture, tables  # noqa: F401

if TYPE_CHECKING:
    from .engine import Store


def migrate(store: Store) -> None:
    SQLModel.metadata.create_all(store.engine)
    with store.engine.begin() as conn:
        capture.install_triggers(conn)
