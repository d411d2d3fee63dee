"""Grid management (网格化管理), kept by the township admin: grids and their staff, joint-household groups
(双联户), party members' household duties (党员包户) and civilized-household ratings (文明户评星)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ...core.enums import DutyKind, GridKind, GridRole, PersonStatus, RatingCriterion, split_codes
from ...core.errors import FieldError, ValidationFailed
from ...core.models import (
    CivilizedRating,
    Grid,
    GridMember,
    Household,
    JointGroup,
    PartyDuty,
    Person,
    Village,
)
from ..actor import Actor
from ..engine import Store
from ._common import (
    Form,
    get_for_update,
    get_ref,
    require_household_scope,
    same_township,
    target_township,
    unit_of_work,
)
from .changes import Changes, Created

logger = logging.getLogger(__name__)

PERMISSION = "grid.admin"

# --- grids ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridInput:
    code: str
    name: str
    kind: str = GridKind.PASTORAL.value
    police_area: str = ""
    village_id: str | None = None


def _grid_values(data: GridInput) -> dict[str, Any]:
    form = Form()
    values: dict[str, Any] = {
        "code": form.code(data.code, "code", max_len=20, required=True),
        "name": form.text(data.name, "name", max_len=60, required=True),
        "kind": form.choice(data.kind, GridKind, "kind", default=GridKind.PASTORAL).value,
        "police_area": form.text(data.police_area, "police_area", max_len=60),
        "village_id": form.ref(data.village_id, "village_id"),
    }
    form.check()
    return values


def _check_grid_refs(session: Session, township: str, values: dict[str, Any], own_id: str | None) -> None:
    village_id = values["village_id"]
    if isinstance(village_id, str):
        same_township(get_ref(session, Village, village_id, "village_id"), township, "village_id")
    query = select(Grid.id).where(
        col(Grid.township_code) == township, col(Grid.code) == values["code"], col(Grid.deleted).is_(False)
    )
    if own_id is not None:
        query = query.where(col(Grid.id) != own_id)
    if session.exec(query).first() is not None:
        raise ValidationFailed(FieldError("code", "code.duplicate", {"value": values["code"]}))


def create_grid(store: Store, actor: Actor, data: GridInput, *, township_code: str | None = None) -> Created:
    """Create a grid (网格); its code is unique within the township."""
    actor.require(PERMISSION)
    values = _grid_values(data)
    township = target_township(actor, township_code)
    with unit_of_work(store, actor) as unit:
        _check_grid_refs(unit.session, township, values, None)
        grid = Grid(township_code=township, **values)
        unit.session.add(grid)
    return Created(grid.id, unit.changes)


def update_grid(store: Store, actor: Actor, grid_id: str, data: GridInput) -> Changes:
    actor.require(PERMISSION)
    values = _grid_values(data)
    with unit_of_work(store, actor) as unit:
        grid = get_for_update(unit.session, Grid, grid_id, "grid_id")
        actor.require_township(grid.township_code)
        _check_grid_refs(unit.session, grid.township_code, values, grid.id)
        for name, value in values.items():
            setattr(grid, name, value)
    return unit.changes


# --- grid staff ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridMemberInput:
    """A member of a grid's staff; ``name`` may be empty when ``person_id`` names a registered person."""

    name: str = ""
    role: str = GridRole.GRID_WORKER.value
    person_id: str | None = None
    is_party_member: bool = False
    phone: str = ""


def _member_values(session: Session, township: str, data: GridMemberInput) -> dict[str, Any]:
    form = Form()
    name = form.text(data.name, "name", max_len=40)
    role = form.choice(data.role, GridRole, "role", default=GridRole.GRID_WORKER)
    person_id = form.ref(data.person_id, "person_id")
    phone = form.phone(data.phone)
    if not name and person_id is None:
        form.add(FieldError("name", "required"))
    form.check()
    if person_id is not None:
        person = get_ref(session, Person, person_id, "person_id")
        same_township(person, township, "person_id")
        name = name or person.name
    return {
        "name": name,
        "role": role.value,
        "person_id": person_id,
        "is_party_member": bool(data.is_party_member),
        "phone": phone,
    }


def assign_grid_member(store: Store, actor: Actor, grid_id: str, data: GridMemberInput) -> Created:
    """Add a member to a grid's staff (网格员, 网格联络员, 医生, 民警, 联户长)."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        grid = get_ref(unit.session, Grid, grid_id, "grid_id")
        actor.require_township(grid.township_code)
        values = _member_values(unit.session, grid.township_code, data)
        member = GridMember(township_code=grid.township_code, grid_id=grid.id, **values)
        unit.session.add(member)
    return Created(member.id, unit.changes)


def update_grid_member(store: Store, actor: Actor, member_id: str, data: GridMemberInput) -> Changes:
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        member = get_for_update(unit.session, GridMember, member_id, "member_id")
        actor.require_township(member.township_code)
        for name, value in _member_values(unit.session, member.township_code, data).items():
            setattr(member, name, value)
    return unit.changes


def remove_grid_member(store: Store, actor: Actor, member_id: str) -> Changes:
    """Take a member off the grid's staff (soft: the row stays as a tombstone)."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        member = get_for_update(unit.session, GridMember, member_id, "member_id")
        actor.require_township(member.township_code)
        member.deleted = True
    return unit.changes


# --- joint-household groups (双联户) ---------------------------------------------------------------------


def _household_in_grid(session: Session, group: JointGroup, household_id: str) -> Household:
    household = get_ref(session, Household, household_id, "household_id")
    if household.grid_id != group.grid_id or household.township_code != group.township_code:
        raise ValidationFailed(FieldError("household_id", "joint_group.other_grid"))
    return household


def _set_head(session: Session, group: JointGroup, household_id: str, person_id: str | None) -> None:
    household = _household_in_grid(session, group, household_id)
    if person_id is None:
        person_id = household.head_person_id
    else:
        person = get_ref(session, Person, person_id, "person_id")
        if person.household_id != household.id or person.status != PersonStatus.ACTIVE.value:
            raise ValidationFailed(FieldError("person_id", "joint_group.head_not_member"))
    group.head_household_id = household.id
    group.head_person_id = person_id
    household.joint_group_id = group.id


def create_joint_group(
    store: Store,
    actor: Actor,
    grid_id: str,
    *,
    name: str,
    head_household_id: str | None = None,
    head_person_id: str | None = None,
) -> Created:
    """Create a joint-household group in a grid, optionally with its head household (联户长户) and head
    person (联户长, an active member of that household; default: the household's head)."""
    actor.require(PERMISSION)
    form = Form()
    text = form.text(name, "name", max_len=60, required=True)
    head_household = form.ref(head_household_id, "head_household_id")
    head_person = form.ref(head_person_id, "head_person_id")
    if head_person is not None and head_household is None:
        form.add(FieldError("head_household_id", "required"))
    form.check()
    with unit_of_work(store, actor) as unit:
        grid = get_ref(unit.session, Grid, grid_id, "grid_id")
        actor.require_township(grid.township_code)
        group = JointGroup(township_code=grid.township_code, name=text, grid_id=grid.id)
        unit.session.add(group)
        if head_household is not None:
            _set_head(unit.session, group, head_household, head_person)
    return Created(group.id, unit.changes)


def set_joint_group_head(
    store: Store, actor: Actor, group_id: str, *, household_id: str, person_id: str | None = None
) -> Changes:
    """Make ``household_id`` the group's head household (it joins the group) and ``person_id`` (an active
    member of it; default its head) the 联户长."""
    actor.require(PERMISSION)
    form = Form()
    household_ref = form.ref(household_id, "household_id", required=True)
    person_ref = form.ref(person_id, "person_id")
    form.check()
    with unit_of_work(store, actor) as unit:
        group = get_for_update(unit.session, JointGroup, group_id, "joint_group_id")
        actor.require_township(group.township_code)
        _set_head(unit.session, group, household_ref or "", person_ref)
    return unit.changes


def add_household_to_joint_group(store: Store, actor: Actor, group_id: str, household_id: str) -> Changes:
    """Put a household of the group's grid into the group (leaving any group it was in)."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        group = get_ref(unit.session, JointGroup, group_id, "joint_group_id")
        actor.require_township(group.township_code)
        household = _household_in_grid(unit.session, group, household_id)
        previous = (
            unit.session.get(JointGroup, household.joint_group_id) if household.joint_group_id else None
        )
        if previous is not None and previous.id != group.id and previous.head_household_id == household.id:
            previous.head_household_id = None
            previous.head_person_id = None
        household.joint_group_id = group.id
    return unit.changes


def remove_household_from_joint_group(
    store: Store, actor: Actor, group_id: str, household_id: str
) -> Changes:
    """Take a household out of the group; the group loses its head when it was the head household."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        group = get_ref(unit.session, JointGroup, group_id, "joint_group_id")
        actor.require_township(group.township_code)
        household = get_ref(unit.session, Household, household_id, "household_id")
        if household.joint_group_id != group.id:
            raise ValidationFailed(FieldError("household_id", "joint_group.not_member"))
        household.joint_group_id = None
        if group.head_household_id == household.id:
            group.head_household_id = None
            group.head_person_id = None
    return unit.changes


# --- party members' household duties (党员包户) ------------------------------------------------------------


def assign_party_duty(
    store: Store,
    actor: Actor,
    *,
    person_id: str,
    household_id: str,
    duty_kinds: object,
    since: date | str | None = None,
) -> Created:
    """A party member takes on a household (“三包”: DutyKind codes). Since defaults to today."""
    actor.require(PERMISSION)
    form = Form()
    person_ref = form.ref(person_id, "person_id", required=True)
    household_ref = form.ref(household_id, "household_id", required=True)
    kinds = form.codes(duty_kinds, DutyKind, "duty_kinds", required=True)
    start = form.day(since, "since") or date.today()
    form.check()
    with unit_of_work(store, actor) as unit:
        session = unit.session
        person = get_ref(session, Person, person_ref, "person_id")
        household = get_ref(session, Household, household_ref, "household_id")
        actor.require_township(household.township_code)
        same_township(person, household.township_code, "person_id")
        if person.status != PersonStatus.ACTIVE.value:
            status = PersonStatus.coerce(person.status).label
            raise ValidationFailed(
                FieldError("person_id", "person.inactive", {"name": person.name, "status": status})
            )
        if not person.is_party_member:
            raise ValidationFailed(FieldError("person_id", "duty.not_party_member", {"name": person.name}))
        existing = session.exec(
            select(PartyDuty.id).where(
                col(PartyDuty.person_id) == person.id,
                col(PartyDuty.household_id) == household.id,
                col(PartyDuty.deleted).is_(False),
            )
        ).first()
        if existing is not None:
            raise ValidationFailed(FieldError("household_id", "duty.duplicate", {"name": person.name}))
        duty = PartyDuty(
            township_code=household.township_code,
            person_id=person.id,
            household_id=household.id,
            duty_kinds=kinds,
            since=start,
        )
        session.add(duty)
    return Created(duty.id, unit.changes)


def end_party_duty(store: Store, actor: Actor, duty_id: str) -> Changes:
    """End a duty (soft: the row stays as a tombstone, its history in the outbox)."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        duty = get_for_update(unit.session, PartyDuty, duty_id, "duty_id")
        actor.require_township(duty.township_code)
        duty.deleted = True
    return unit.changes


# --- civilized-household ratings (文明户评星) ----------------------------------------------------------------

MAX_STARS = len(RatingCriterion)
FIRST_RATING_YEAR = 2000


def _rating_values(criteria: object, stars: int | None) -> tuple[str, int]:
    form = Form()
    joined = form.codes(criteria, RatingCriterion, "criteria")
    count = len(split_codes(joined))
    if stars is None:
        stars = count
    elif isinstance(stars, bool) or not isinstance(stars, int) or not 0 <= stars <= MAX_STARS:
        form.add(FieldError("stars", "rating.stars", {"max": MAX_STARS}))
    elif count and stars != count:
        form.add(FieldError("stars", "rating.criteria_count", {"stars": stars, "count": count}))
    form.check()
    return joined, stars


def rate_household(
    store: Store,
    actor: Actor,
    household_id: str,
    *,
    year: int,
    criteria: object = (),
    stars: int | None = None,
) -> Created:
    """Rate a household for a year: the RatingCriterion stars it earned (one per criterion; ``stars`` may be
    given alone when the criteria are not recorded). One rating per household and year."""
    actor.require(PERMISSION)
    form = Form()
    rating_year = form.integer(year, "year", minimum=FIRST_RATING_YEAR, maximum=date.today().year)
    form.check()
    joined, count = _rating_values(criteria, stars)
    with unit_of_work(store, actor) as unit:
        session = unit.session
        household = get_ref(session, Household, household_id, "household_id")
        require_household_scope(actor, household)
        existing = session.exec(
            select(CivilizedRating.id).where(
                col(CivilizedRating.household_id) == household.id,
                col(CivilizedRating.year) == rating_year,
                col(CivilizedRating.deleted).is_(False),
            )
        ).first()
        if existing is not None:
            raise ValidationFailed(FieldError("year", "rating.duplicate", {"year": rating_year}))
        rating = CivilizedRating(
            township_code=household.township_code,
            household_id=household.id,
            year=rating_year,
            stars=count,
            criteria=joined,
            rated_by=actor.username,
        )
        session.add(rating)
    return Created(rating.id, unit.changes)


def update_rating(
    store: Store, actor: Actor, rating_id: str, *, criteria: object = (), stars: int | None = None
) -> Changes:
    """Change a rating's stars; the rater becomes the current user."""
    actor.require(PERMISSION)
    joined, count = _rating_values(criteria, stars)
    with unit_of_work(store, actor) as unit:
        rating = get_for_update(unit.session, CivilizedRating, rating_id, "rating_id")
        actor.require_township(rating.township_code)
        if (rating.criteria, rating.stars) != (joined, count):
            rating.criteria = joined
            rating.stars = count
            rating.rated_by = actor.username
    return unit.changes
