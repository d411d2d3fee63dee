"""The writer of each field's value: ``field_clock.by``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

A conflict entry names who wrote each of the two values. The row's ``updated_by`` is whoever changed any of
its fields last, so the merge keeps the writer per field, next to the field's clock. Entries written before
this revision get "" (the merge then falls back to the insert's writer, then to the row's last writer).

``ADD COLUMN … NOT NULL DEFAULT ''`` needs no table copy on SQLite, so the upgrade runs without batch mode;
the downgrade drops the column in batch mode (a table copy on SQLite, a plain ALTER elsewhere).
The capture triggers that fill the column are rebuilt from the model after every upgrade (``store.schema``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column(
        "field_clock",
        sa.Column("by", sa.String(length=64), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("field_clock") as batch:
        batch.drop_column("by")
