"""Alembic environment of the local store (and of the county server's domain tables).

Run through ``gov_desktop.store.schema``, which passes an open SQLAlchemy connection in
``config.attributes["connection"]``; there is no alembic.ini and no offline (``--sql``) mode.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

from gov_desktop.core import models  # noqa: F401  (registers the domain tables)
from gov_desktop.store import tables  # noqa: F401  (outbox, store_meta)


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("gov-desktop migrations run through gov_desktop.store.schema with a connection")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        # SQLite alters tables by copying them; batch mode does that for future revisions
        render_as_batch=connection.dialect.name == "sqlite",
        # SQLite can roll back DDL (the engine emits BEGIN itself): a failed upgrade leaves no half schema
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (--sql) migrations are not supported")
run_migrations_online()
