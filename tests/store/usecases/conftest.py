"""A small township world for the use-case tests: reference data, two grids, households and people,
and one actor per role. Every store is plain SQLite in tmp_path (encryption is tested elsewhere).

Tests get everything through the ``world`` fixture (with --import-mode=importlib a conftest can't be
imported): its ids, its actors, and helpers — ``world.refused(...)`` asserts that a refused write leaves
the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import select

from gov_desktop.core.enums import Gender, Relation, Role
from gov_desktop.core.errors import DomainError
from gov_desktop.core.models import SYNCED_TABLES
from gov_desktop.core.validation import make_id_number
from gov_desktop.store.actor import Actor
from gov_desktop.store.engine import Store, open_store
from gov_desktop.store.tables import OutboxEntry, StoreMeta
from gov_desktop.store.usecases import grids, reference, register

TOWNSHIP = "540102001"
OTHER_TOWNSHIP = "540102002"
REGION = "540102"


def id_number(seq: int, gender: Gender = Gender.MALE, birth: date = date(1980, 5, 1)) -> str:
    return make_id_number(REGION, birth, seq, gender)


def snapshot(store: Store) -> dict[str, Any]:
    """Row counts of every synced table and the outbox, the last outbox stamp and all of store_meta:
    equal before and after a refused write = nothing written (every synced write makes an outbox row)."""
    counts: dict[str, Any] = {}
    with store.reader() as s:
        for table in (*SYNCED_TABLES, OutboxEntry):
            counts[str(table.__tablename__)] = s.exec(select(func.count()).select_from(table)).one()
        counts["last_hlc"] = s.exec(select(func.max(OutboxEntry.hlc))).one()
        counts["meta"] = s.exec(select(StoreMeta.key, StoreMeta.value).order_by(StoreMeta.key)).all()
    return counts


@dataclass(frozen=True)
class Actors:
    county: Actor
    admin: Actor
    hall: Actor
    liaison: Actor  # bound to grid A
    viewer: Actor
    other_admin: Actor  # admin of another township


@dataclass(frozen=True)
class World:
    store: Store
    actors: Actors
    township_id: str
    village_id: str
    other_village_id: str
    window_id: str
    matter_id: str  # materials: 身份证, 户口簿; 5 days
    org_id: str
    grid_a: str
    grid_b: str
    other_grid: str  # in OTHER_TOWNSHIP
    household_a: str  # in grid A, head: head_a
    household_b: str  # in grid B
    other_household: str  # in OTHER_TOWNSHIP
    head_a: str  # active, party member
    member_a: str  # active, not a party member
    person_b: str
    member_worker_a: str  # GridMember of grid A

    TOWNSHIP = TOWNSHIP
    OTHER_TOWNSHIP = OTHER_TOWNSHIP
    id_number = staticmethod(id_number)

    def snapshot(self) -> dict[str, Any]:
        return snapshot(self.store)

    def get(self, table: Any, row_id: str) -> Any:
        with self.store.reader() as s:
            return s.get(table, row_id)

    def refused(self, exc: type[DomainError], fn: Any, *args: Any, **kwargs: Any) -> DomainError:
        """Call a use case that must fail with ``exc``, and check that it wrote nothing."""
        before = snapshot(self.store)
        with pytest.raises(exc) as info:
            fn(self.store, *args, **kwargs)
        assert snapshot(self.store) == before, "a refused write must leave nothing behind"
        return info.value


def make_actors(grid_a: str) -> Actors:
    return Actors(
        county=Actor("county", Role.COUNTY_ADMIN, "county"),
        admin=Actor("admin", Role.TOWNSHIP_ADMIN, TOWNSHIP),
        hall=Actor("hall", Role.HALL_STAFF, TOWNSHIP),
        liaison=Actor("liaison", Role.GRID_LIAISON, TOWNSHIP, grid_id=grid_a),
        viewer=Actor("viewer", Role.VIEWER, TOWNSHIP),
        other_admin=Actor("other", Role.TOWNSHIP_ADMIN, OTHER_TOWNSHIP),
    )


def build_world(store: Store) -> World:
    county = Actor("county", Role.COUNTY_ADMIN, "county")
    admin = Actor("admin", Role.TOWNSHIP_ADMIN, TOWNSHIP)
    other = Actor("other", Role.TOWNSHIP_ADMIN, OTHER_TOWNSHIP)
    township = reference.create_township(store, county, reference.TownshipInput(TOWNSHIP, "八廓街道"))
    reference.create_township(store, county, reference.TownshipInput(OTHER_TOWNSHIP, "吉日街道"))
    village = reference.create_village(store, county, reference.VillageInput(TOWNSHIP + "001", "冲赛康社区"))
    other_village = reference.create_village(
        store, county, reference.VillageInput(OTHER_TOWNSHIP + "001", "吉日社区")
    )
    window = reference.create_service_window(store, county, reference.ServiceWindowInput("mz", "民政"))
    matter = reference.create_matter_type(
        store,
        county,
        reference.MatterTypeInput(
            window.id, "mz-01", "低保申请", materials=("身份证", "户口簿"), promised_days=5
        ),
    )
    org = reference.create_org(store, county, reference.OrgInput("县民政局"))
    grid_a = grids.create_grid(store, admin, grids.GridInput("A01", "第一网格", village_id=village.id))
    grid_b = grids.create_grid(store, admin, grids.GridInput("B01", "第二网格", village_id=village.id))
    other_grid = grids.create_grid(store, other, grids.GridInput("A01", "吉日一网格"))
    household_a = register.register_household(
        store, admin, register.HouseholdInput("H001", grid_id=grid_a.id)
    )
    household_b = register.register_household(
        store, admin, register.HouseholdInput("H002", grid_id=grid_b.id)
    )
    other_household = register.register_household(
        store, other, register.HouseholdInput("H001", grid_id=other_grid.id)
    )
    head_a = register.register_person(
        store,
        admin,
        household_a.id,
        register.PersonInput(
            "扎西", id_number=id_number(1), relation=Relation.HEAD.value, is_party_member=True
        ),
    )
    member_a = register.register_person(
        store,
        admin,
        household_a.id,
        register.PersonInput("卓玛", id_number=id_number(2, Gender.FEMALE), relation=Relation.SPOUSE.value),
    )
    person_b = register.register_person(
        store, admin, household_b.id, register.PersonInput("次仁", id_number=id_number(3))
    )
    worker = grids.assign_grid_member(
        store, admin, grid_a.id, grids.GridMemberInput("格桑", phone="13800138000")
    )
    return World(
        store=store,
        actors=make_actors(grid_a.id),
        township_id=township.id,
        village_id=village.id,
        other_village_id=other_village.id,
        window_id=window.id,
        matter_id=matter.id,
        org_id=org.id,
        grid_a=grid_a.id,
        grid_b=grid_b.id,
        other_grid=other_grid.id,
        household_a=household_a.id,
        household_b=household_b.id,
        other_household=other_household.id,
        head_a=head_a.id,
        member_a=member_a.id,
        person_b=person_b.id,
        member_worker_a=worker.id,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "t.db", key=None)
    yield s
    s.close()


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store)


@pytest.fixture
def another_world(tmp_path: Path) -> Iterator[Callable[[], World]]:
    """Makes a second, independent world (its own store) for comparing two write paths."""
    opened: list[Store] = []

    def make() -> World:
        s = open_store(tmp_path / f"world{len(opened) + 2}.db", key=None)
        opened.append(s)
        return build_world(s)

    yield make
    for s in opened:
        s.close()
