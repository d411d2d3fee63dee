"""Initial schema: every table as of the first release.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Two parts. The domain tables (the synced register, ``conflict_log`` and ``field_clock``) are portable: the
county server runs this revision on PostgreSQL too. The device's own tables (local users, store meta, the
outbox of captured changes, push batches and quarantined changes) follow; nothing here is SQLite-only. The
capture triggers are not part of any revision: ``gov_desktop.store.schema.migrate`` (re)creates them from the
model after every upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

#: domain tables, in the order of core.models.SYNCED_TABLES, then the merge's per-field clocks
DOMAIN_TABLES = (
    "township",
    "village",
    "org",
    "service_window",
    "matter_type",
    "grid",
    "household",
    "person",
    "grid_member",
    "joint_group",
    "party_duty",
    "civilized_rating",
    "service_request",
    "visit_record",
    "appeal",
    "conflict_log",
    "field_clock",
)
#: the device's bookkeeping tables (not used by the county server)
CLIENT_TABLES = ("app_user", "store_meta", "outbox", "sync_batch", "quarantine")


def upgrade() -> None:
    create_domain_tables()
    create_client_tables()


def create_domain_tables() -> None:
    op.create_table(
        "township",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=9), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_bo", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_township_code", "township", ["code"], unique=True)
    op.create_index("ix_township_hlc", "township", ["hlc"], unique=False)
    op.create_index("ix_township_township_code", "township", ["township_code"], unique=False)

    op.create_table(
        "village",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_bo", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_village_code", "village", ["code"], unique=True)
    op.create_index("ix_village_hlc", "village", ["hlc"], unique=False)
    op.create_index("ix_village_township_code", "village", ["township_code"], unique=False)

    op.create_table(
        "org",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_org_hlc", "org", ["hlc"], unique=False)
    op.create_index("ix_org_township_code", "org", ["township_code"], unique=False)

    op.create_table(
        "service_window",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_bo", sa.String(length=80), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_service_window_code", "service_window", ["code"], unique=False)
    op.create_index("ix_service_window_hlc", "service_window", ["hlc"], unique=False)
    op.create_index("ix_service_window_township_code", "service_window", ["township_code"], unique=False)

    op.create_table(
        "matter_type",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("window_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.Column("promised_days", sa.Integer(), nullable=False),
        sa.Column("needs_county", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_matter_type_code", "matter_type", ["code"], unique=False)
    op.create_index("ix_matter_type_hlc", "matter_type", ["hlc"], unique=False)
    op.create_index("ix_matter_type_township_code", "matter_type", ["township_code"], unique=False)
    op.create_index("ix_matter_type_window_id", "matter_type", ["window_id"], unique=False)

    op.create_table(
        "grid",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("police_area", sa.String(length=60), nullable=False),
        sa.Column("village_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_grid_code", "grid", ["code"], unique=False)
    op.create_index("ix_grid_hlc", "grid", ["hlc"], unique=False)
    op.create_index("ix_grid_township_code", "grid", ["township_code"], unique=False)
    op.create_index("ix_grid_village_id", "grid", ["village_id"], unique=False)

    op.create_table(
        "household",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_no", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=120), nullable=False),
        sa.Column("village_id", sa.String(length=36), nullable=True),
        sa.Column("grid_id", sa.String(length=36), nullable=True),
        sa.Column("head_person_id", sa.String(length=36), nullable=True),
        sa.Column("joint_group_id", sa.String(length=36), nullable=True),
        sa.Column("flags", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_household_grid_id", "household", ["grid_id"], unique=False)
    op.create_index("ix_household_head_person_id", "household", ["head_person_id"], unique=False)
    op.create_index("ix_household_hlc", "household", ["hlc"], unique=False)
    op.create_index("ix_household_household_no", "household", ["household_no"], unique=False)
    op.create_index("ix_household_joint_group_id", "household", ["joint_group_id"], unique=False)
    op.create_index("ix_household_township_code", "household", ["township_code"], unique=False)
    op.create_index("ix_household_village_id", "household", ["village_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_bo", sa.String(length=80), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("is_party_member", sa.Boolean(), nullable=False),
        sa.Column("party_branch", sa.String(length=60), nullable=False),
        sa.Column("education", sa.String(length=16), nullable=False),
        sa.Column("occupation", sa.String(length=40), nullable=False),
        sa.Column("special_groups", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("status_note", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_hlc", "person", ["hlc"], unique=False)
    op.create_index("ix_person_household_id", "person", ["household_id"], unique=False)
    op.create_index("ix_person_id_number", "person", ["id_number"], unique=False)
    op.create_index("ix_person_name_initials", "person", ["name_initials"], unique=False)
    op.create_index("ix_person_name_pinyin", "person", ["name_pinyin"], unique=False)
    op.create_index("ix_person_phone", "person", ["phone"], unique=False)
    op.create_index("ix_person_township_code", "person", ["township_code"], unique=False)

    op.create_table(
        "grid_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("grid_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("is_party_member", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_grid_member_grid_id", "grid_member", ["grid_id"], unique=False)
    op.create_index("ix_grid_member_hlc", "grid_member", ["hlc"], unique=False)
    op.create_index("ix_grid_member_person_id", "grid_member", ["person_id"], unique=False)
    op.create_index("ix_grid_member_township_code", "grid_member", ["township_code"], unique=False)

    op.create_table(
        "joint_group",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("grid_id", sa.String(length=36), nullable=True),
        sa.Column("head_household_id", sa.String(length=36), nullable=True),
        sa.Column("head_person_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_joint_group_grid_id", "joint_group", ["grid_id"], unique=False)
    op.create_index("ix_joint_group_head_household_id", "joint_group", ["head_household_id"], unique=False)
    op.create_index("ix_joint_group_head_person_id", "joint_group", ["head_person_id"], unique=False)
    op.create_index("ix_joint_group_hlc", "joint_group", ["hlc"], unique=False)
    op.create_index("ix_joint_group_township_code", "joint_group", ["township_code"], unique=False)

    op.create_table(
        "party_duty",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("duty_kinds", sa.String(length=100), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_party_duty_hlc", "party_duty", ["hlc"], unique=False)
    op.create_index("ix_party_duty_household_id", "party_duty", ["household_id"], unique=False)
    op.create_index("ix_party_duty_person_id", "party_duty", ["person_id"], unique=False)
    op.create_index("ix_party_duty_township_code", "party_duty", ["township_code"], unique=False)

    op.create_table(
        "civilized_rating",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.String(length=200), nullable=False),
        sa.Column("rated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_civilized_rating_hlc", "civilized_rating", ["hlc"], unique=False)
    op.create_index("ix_civilized_rating_household_id", "civilized_rating", ["household_id"], unique=False)
    op.create_index("ix_civilized_rating_township_code", "civilized_rating", ["township_code"], unique=False)

    op.create_table(
        "service_request",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("serial_no", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("applicant_name", sa.String(length=40), nullable=False),
        sa.Column("window_id", sa.String(length=36), nullable=False),
        sa.Column("matter_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("handler", sa.String(length=64), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("materials_received", sa.JSON(), nullable=False),
        sa.Column("result", sa.String(length=500), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("serial_no"),
    )
    op.create_index("ix_service_request_accepted_at", "service_request", ["accepted_at"], unique=False)
    op.create_index("ix_service_request_hlc", "service_request", ["hlc"], unique=False)
    op.create_index("ix_service_request_household_id", "service_request", ["household_id"], unique=False)
    op.create_index("ix_service_request_matter_id", "service_request", ["matter_id"], unique=False)
    op.create_index("ix_service_request_person_id", "service_request", ["person_id"], unique=False)
    op.create_index("ix_service_request_status", "service_request", ["status"], unique=False)
    op.create_index("ix_service_request_township_code", "service_request", ["township_code"], unique=False)
    op.create_index("ix_service_request_window_id", "service_request", ["window_id"], unique=False)

    op.create_table(
        "visit_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("visitor_id", sa.String(length=36), nullable=True),
        sa.Column("visitor_name", sa.String(length=40), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("findings", sa.String(length=1000), nullable=False),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        sa.Column("follow_up_by", sa.String(length=64), nullable=False),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_visit_record_hlc", "visit_record", ["hlc"], unique=False)
    op.create_index("ix_visit_record_household_id", "visit_record", ["household_id"], unique=False)
    op.create_index("ix_visit_record_township_code", "visit_record", ["township_code"], unique=False)
    op.create_index("ix_visit_record_visit_date", "visit_record", ["visit_date"], unique=False)
    op.create_index("ix_visit_record_visitor_id", "visit_record", ["visitor_id"], unique=False)

    op.create_table(
        "appeal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("content", sa.String(length=1000), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("org_id", sa.String(length=36), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("feedback", sa.String(length=1000), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_appeal_hlc", "appeal", ["hlc"], unique=False)
    op.create_index("ix_appeal_household_id", "appeal", ["household_id"], unique=False)
    op.create_index("ix_appeal_org_id", "appeal", ["org_id"], unique=False)
    op.create_index("ix_appeal_person_id", "appeal", ["person_id"], unique=False)
    op.create_index("ix_appeal_status", "appeal", ["status"], unique=False)
    op.create_index("ix_appeal_township_code", "appeal", ["township_code"], unique=False)

    op.create_table(
        "conflict_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("winner_value", sa.String(), nullable=True),
        sa.Column("winner_hlc", sa.String(length=80), nullable=False),
        sa.Column("winner_by", sa.String(length=64), nullable=False),
        sa.Column("loser_value", sa.String(), nullable=True),
        sa.Column("loser_hlc", sa.String(length=80), nullable=False),
        sa.Column("loser_by", sa.String(length=64), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflict_log_hlc", "conflict_log", ["hlc"], unique=False)
    op.create_index("ix_conflict_log_row_id", "conflict_log", ["row_id"], unique=False)
    op.create_index("ix_conflict_log_tbl", "conflict_log", ["tbl"], unique=False)
    op.create_index("ix_conflict_log_township_code", "conflict_log", ["township_code"], unique=False)

    op.create_table(
        "field_clock",
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "row_id", "field"),
    )


def create_client_tables() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("township_code", sa.String(length=16), nullable=False),
        sa.Column("grid_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_app_user_username", "app_user", ["username"], unique=True)

    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("acked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_outbox_batch_id", "outbox", ["batch_id"], unique=False)
    op.create_index("ix_outbox_hlc", "outbox", ["hlc"], unique=False)
    op.create_index("ix_outbox_pending", "outbox", ["acked", "seq"], unique=False)
    op.create_index("ix_outbox_row", "outbox", ["tbl", "row_id"], unique=False)

    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    op.create_index("ix_sync_batch_state", "sync_batch", ["state"], unique=False)

    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("change", sa.String(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_quarantine_resolved", "quarantine", ["resolved"], unique=False)
    op.create_index("ix_quarantine_row_id", "quarantine", ["row_id"], unique=False)


def downgrade() -> None:
    for name in reversed(DOMAIN_TABLES + CLIENT_TABLES):
        op.drop_table(name)
