"""Drop the single-column indexes that a composite index already leads with.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

``ix_person_township_code`` and ``ix_household_township_code`` are covered by the ``…_township_deleted``
indexes, ``ix_person_household_id`` by ``ix_person_household_status``: SQLite answers every lookup on the
leading column from the composite. Each index costs every insert and every commit (about 13 % of a bulk
registration's time on a 100,000-person store), so the redundant ones go.
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

#: (index, table, column) dropped by the upgrade and made again by the downgrade
COVERED = (
    ("ix_person_township_code", "person", "township_code"),
    ("ix_person_household_id", "person", "household_id"),
    ("ix_household_township_code", "household", "township_code"),
)


def upgrade() -> None:
    for name, table, _column in COVERED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, column in COVERED:
        op.create_index(name, table, [column], unique=False)
