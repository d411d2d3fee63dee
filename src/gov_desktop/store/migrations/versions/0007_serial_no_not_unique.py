"""Service request serial numbers: an index, no longer a UNIQUE constraint.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

A serial number is made on the device (``{township}-{day}-{device[:6]}-{seq}``) and checked there. With a
UNIQUE constraint, two devices whose ids share six characters, or a store restored from an old backup, could
make one pulled request refuse to apply, and with it the whole pull page, for good: sync would stall with
nothing the user can do. Like 户号 (see ``core.models.Household``), uniqueness lives in the use case.

The constraint was created without a name: PostgreSQL called it ``service_request_serial_no_key``, SQLite
keeps it nameless, so it is looked up. SQLite cannot drop a constraint: batch mode copies the table (the
naming convention names the reflected constraint). The capture triggers are rebuilt after every upgrade
(``store.schema``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    found = [
        c.get("name")
        for c in sa.inspect(op.get_bind()).get_unique_constraints("service_request")
        if c.get("column_names") == ["serial_no"]
    ]
    name = found[0] if found else None
    with op.batch_alter_table("service_request", naming_convention=NAMING) as batch:
        if found:
            batch.drop_constraint(name or "uq_service_request_serial_no", type_="unique")
        batch.create_index("ix_service_request_serial_no", ["serial_no"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_request", naming_convention=NAMING) as batch:
        batch.drop_index("ix_service_request_serial_no")
        batch.create_unique_constraint("uq_service_request_serial_no", ["serial_no"])
