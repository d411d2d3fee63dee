"""Composite indexes for the register's paged lists and 户号 lookups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Index creation needs no table copy on SQLite, so no batch mode. The 户号 index is not unique on purpose:
rows replicated from other devices must never fail to apply; the use cases and the server check uniqueness.
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

#: (index name, table, columns): plain composite indexes
INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    # lists of a township's live people and households
    ("ix_person_township_deleted", "person", ["township_code", "deleted"]),
    ("ix_household_township_deleted", "household", ["township_code", "deleted"]),
    # a household's members by status (在册 first)
    ("ix_person_household_status", "person", ["household_id", "status"]),
    # the hall's 办件 list by status, newest first; overdue requests
    (
        "ix_service_request_township_status_accepted",
        "service_request",
        ["township_code", "status", "accepted_at"],
    ),
    ("ix_service_request_status_due", "service_request", ["status", "due_at"]),
    # a household's visits and the last visit per household (visits due)
    ("ix_visit_record_household_date", "visit_record", ["household_id", "visit_date"]),
    # 微心愿/问题 lists by status
    ("ix_appeal_township_status", "appeal", ["township_code", "status"]),
    # conflicts awaiting review
    ("ix_conflict_log_township_resolved", "conflict_log", ["township_code", "resolved"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    op.create_index("ix_household_township_no", "household", ["township_code", "household_no"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_household_township_no", table_name="household")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
