"""A server database made by an older version is brought up to the model at start (``init_schema``): the
column added since, the unique constraint on serial numbers dropped, the index in its place — on SQLite and
PostgreSQL, keeping every row, and idempotently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlmodel import Session, select

from gov_desktop.core.models import FieldClock, ServiceRequest
from gov_desktop.server.db import init_schema, make_engine

TC = "542525101"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "postgres":
        url = str(request.getfixturevalue("fresh_postgres_url"))
    else:
        url = f"sqlite:///{tmp_path / 'server.db'}"
    made = make_engine(url)
    yield made
    made.dispose()


def make_it_old(engine: sa.Engine, unique_as: str) -> None:
    """The schema as the first server version made it: serial numbers UNIQUE (a constraint, or a unique
    index as ``Field(unique=True, index=True)`` makes) and field clocks without the writer."""
    init_schema(engine)
    with engine.begin() as conn:
        ops = Operations(MigrationContext.configure(conn))
        ops.drop_index("ix_service_request_serial_no", table_name="service_request")
        if unique_as == "index":
            ops.create_index("ix_service_request_serial_no", "service_request", ["serial_no"], unique=True)
        else:
            with ops.batch_alter_table("service_request") as batch:
                batch.create_unique_constraint("service_request_serial_no_key", ["serial_no"])
        with ops.batch_alter_table("field_clock") as batch:
            batch.drop_column("by")


def request(serial_no: str, n: int) -> ServiceRequest:
    return ServiceRequest(
        id=f"r{n}", township_code=TC, serial_no=serial_no, window_id="w1", matter_id="m1", hlc=f"h{n}"
    )


def serial_no_state(engine: sa.Engine) -> tuple[bool, list[tuple[str, bool]]]:
    inspector = sa.inspect(engine)
    unique = any(
        c.get("column_names") == ["serial_no"] for c in inspector.get_unique_constraints("service_request")
    )
    indexes = [
        (str(i["name"]), bool(i.get("unique")))
        for i in inspector.get_indexes("service_request")
        if i.get("column_names") == ["serial_no"] and not i.get("duplicates_constraint")
    ]
    return unique, indexes


@pytest.mark.parametrize("unique_as", ["constraint", "index"])
def test_an_old_server_database_is_brought_up_to_the_model(engine: sa.Engine, unique_as: str) -> None:
    make_it_old(engine, unique_as)
    old = (True, []) if unique_as == "constraint" else (False, [("ix_service_request_serial_no", True)])
    assert serial_no_state(engine) == old  # the test really starts from the old schema
    assert "by" not in {c["name"] for c in sa.inspect(engine).get_columns("field_clock")}
    with Session(engine) as s:
        s.add(request("542525101-20261127-a1b2c3-0001", 1))
        s.commit()
    with Session(engine) as s:  # what the old schema refuses
        s.add(request("542525101-20261127-a1b2c3-0001", 2))
        with pytest.raises(sa.exc.IntegrityError):
            s.commit()

    init_schema(engine)
    init_schema(engine)  # at every start: nothing left to do the second time

    assert serial_no_state(engine) == (False, [("ix_service_request_serial_no", False)])
    assert "by" in {c["name"] for c in sa.inspect(engine).get_columns("field_clock")}
    with Session(engine) as s:
        s.add(request("542525101-20261127-a1b2c3-0001", 2))  # a duplicate from another device now applies
        s.add(FieldClock(tbl="service_request", row_id="r2", field="*", hlc="h2", by="zhuoma"))
        s.commit()
    with Session(engine) as s:
        rows = s.exec(select(ServiceRequest.id, ServiceRequest.serial_no).order_by(ServiceRequest.id)).all()
    assert [tuple(r) for r in rows] == [
        ("r1", "542525101-20261127-a1b2c3-0001"),
        ("r2", "542525101-20261127-a1b2c3-0001"),
    ]
    other_indexes = {i["name"] for i in sa.inspect(engine).get_indexes("service_request")}
    assert {"ix_service_request_township_status_accepted", "ix_service_request_status_due"} <= other_indexes
