"""Changes pulled from the server, kept for the record history: ``received_change``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

Until now a record's history showed only this device's own edits (the outbox): an edit made in the hall and
pulled onto the liaison's laptop had no "who, when, what" there. Pulled changes are now kept as merged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "received_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_received_change_row", "received_change", ["tbl", "row_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_received_change_row", table_name="received_change")
    op.drop_table("received_change")
