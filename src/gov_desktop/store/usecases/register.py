"""The household and person register (户籍登记): households, their members, heads and status changes.

Persons are never deleted: moving out and death are status changes with a date and a note; the outbox keeps
the history of every change (who, when, what).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, event, insert, inspect, text
from sqlmodel import Session, col, select

from ...core.enums import Education, Gender, HouseholdFlag, PersonStatus, Relation, SpecialGroup
from ...core.errors import FieldError, NotFound, ValidationFailed
from ...core.hlc import HybridClock, hlc_datetime
from ...core.ids import uuid7
from ...core.models import Grid, Household, Person, Village
from ...core.validation import normalize_id_number, normalize_text, parse_id_number
from ..actor import Actor
from ..engine import Store
from ..pinyin import pinyin_keys
from ._common import (
    Form,
    get_for_update,
    get_ref,
    require_household_scope,
    same_township,
    target_township,
    unit_of_work,
)
from .changes import Changes, ChangeTracker, Created, CreatedMany

logger = logging.getLogger(__name__)

PERMISSION = "register.write"


# --- households ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdInput:
    """The household form. Flags, head and joint group have their own use cases."""

    household_no: str
    address: str = ""
    village_id: str | None = None
    grid_id: str | None = None
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class _HouseholdValues:
    household_no: str
    address: str
    village_id: str | None
    grid_id: str | None
    phone: str
    note: str


def _household_values(data: HouseholdInput) -> _HouseholdValues:
    form = Form()
    values = _HouseholdValues(
        household_no=form.code(data.household_no, "household_no", max_len=30, required=True),
        address=form.text(data.address, "address", max_len=120),
        village_id=form.ref(data.village_id, "village_id"),
        grid_id=form.ref(data.grid_id, "grid_id"),
        phone=form.phone(data.phone),
        note=form.text(data.note, "note", max_len=500),
    )
    form.check()
    return values


def _check_household_refs(session: Session, actor: Actor, township: str, values: _HouseholdValues) -> None:
    if values.grid_id is not None:
        grid = get_ref(session, Grid, values.grid_id, "grid_id")
        same_township(grid, township, "grid_id")
    actor.require_grid(values.grid_id)
    if values.village_id is not None:
        village = get_ref(session, Village, values.village_id, "village_id")
        same_township(village, township, "village_id")


def _check_household_no(session: Session, township: str, household_no: str, own_id: str | None) -> None:
    query = select(Household.id).where(
        col(Household.township_code) == township,
        col(Household.household_no) == household_no,
        col(Household.deleted).is_(False),
    )
    if own_id is not None:
        query = query.where(col(Household.id) != own_id)
    if session.exec(query).first() is not None:
        raise ValidationFailed(FieldError("household_no", "household_no.duplicate", {"value": household_no}))


def register_household_in(
    session: Session, actor: Actor, data: HouseholdInput, *, township_code: str | None = None
) -> str:
    """``register_household`` inside an open unit of work; returns the new household's id."""
    actor.require(PERMISSION)
    values = _household_values(data)
    township = target_township(actor, township_code)
    if values.grid_id is None and actor.grid_id:
        values = replace(values, grid_id=actor.grid_id)
    _check_household_refs(session, actor, township, values)
    _check_household_no(session, township, values.household_no, None)
    household = Household(township_code=township, **values.__dict__)
    session.add(household)
    session.flush()
    return household.id


def register_household(
    store: Store, actor: Actor, data: HouseholdInput, *, township_code: str | None = None
) -> Created:
    """Register a household (户). The household number is unique within the township.

    A township user registers in their own township; a county user names the township. A liaison bound to
    a grid registers into that grid (the default when no grid is given).
    """
    with unit_of_work(store, actor) as unit:
        household_id = register_household_in(unit.session, actor, data, township_code=township_code)
    return Created(household_id, unit.changes)


def update_household(store: Store, actor: Actor, household_id: str, data: HouseholdInput) -> Changes:
    """Save the household form. Moving to another grid needs scope over both grids."""
    actor.require(PERMISSION)
    values = _household_values(data)
    with unit_of_work(store, actor) as unit:
        household = get_for_update(unit.session, Household, household_id, "household_id")
        require_household_scope(actor, household)
        _check_household_refs(unit.session, actor, household.township_code, values)
        if values.household_no != household.household_no:
            _check_household_no(unit.session, household.township_code, values.household_no, household.id)
        for name, value in values.__dict__.items():
            setattr(household, name, value)
    return unit.changes


def set_household_flags(store: Store, actor: Actor, household_id: str, flags: object) -> Changes:
    """Set the household's flags (低保户, 脱贫户 …): HouseholdFlag codes or labels, as a list or comma text."""
    actor.require(PERMISSION)
    form = Form()
    joined = form.codes(flags, HouseholdFlag, "flags")
    form.check()
    with unit_of_work(store, actor) as unit:
        household = get_for_update(unit.session, Household, household_id, "household_id")
        require_household_scope(actor, household)
        household.flags = joined
    return unit.changes


def _active_members(session: Session, household_id: str) -> list[Person]:
    query = select(Person).where(
        col(Person.household_id) == household_id,
        col(Person.status) == PersonStatus.ACTIVE.value,
        col(Person.deleted).is_(False),
    )
    return list(session.exec(query).all())


def delete_household(store: Store, actor: Actor, household_id: str) -> Changes:
    """Soft-delete a household (a mistaken entry); refused while it has active members."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        household = get_for_update(unit.session, Household, household_id, "household_id")
        require_household_scope(actor, household)
        if _active_members(unit.session, household.id):
            raise ValidationFailed(FieldError("household_id", "household.has_members"))
        household.deleted = True
    return unit.changes


def set_household_head(store: Store, actor: Actor, household_id: str, person_id: str) -> Changes:
    """Make an active member the head (户主); the previous head's relation becomes "other" for review."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        household = get_for_update(unit.session, Household, household_id, "household_id")
        require_household_scope(actor, household)
        person = get_ref(unit.session, Person, person_id, "person_id")
        if person.household_id != household.id or person.status != PersonStatus.ACTIVE.value:
            raise ValidationFailed(FieldError("person_id", "household.head_required"))
        if household.head_person_id and household.head_person_id != person.id:
            previous = unit.session.get(Person, household.head_person_id)
            if previous is not None and previous.relation == Relation.HEAD.value:
                previous.relation = Relation.OTHER.value
        household.head_person_id = person.id
        person.relation = Relation.HEAD.value
    return unit.changes


# --- persons -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInput:
    """The person form. ``gender`` and ``birth_date`` may be left empty when the ID number gives them;
    enum fields take codes or Chinese labels; ``special_groups`` a list of SpecialGroup codes."""

    name: str
    id_number: str = ""
    gender: str | None = None
    birth_date: date | str | None = None
    name_bo: str = ""
    ethnicity: str = ""
    relation: str = Relation.OTHER.value
    phone: str = ""
    is_party_member: bool = False
    party_branch: str = ""
    education: str = ""
    occupation: str = ""
    special_groups: tuple[str, ...] | str = ()


@dataclass(frozen=True)
class _PersonValues:
    name: str
    id_number: str
    gender: str
    birth_date: date | None
    name_bo: str
    ethnicity: str
    relation: str
    phone: str
    is_party_member: bool
    party_branch: str
    education: str
    occupation: str
    special_groups: str


def _person_values(data: PersonInput) -> _PersonValues:
    form = Form()
    name = form.text(data.name, "name", max_len=40, required=True)
    gender = form.optional_choice(data.gender, Gender, "gender")
    birth = form.day(data.birth_date, "birth_date")
    id_number = ""
    if normalize_id_number(data.id_number):
        info = parse_id_number(data.id_number)
        if isinstance(info, FieldError):
            form.add(info)
        else:
            id_number = info.number
            if gender is not None and gender is not info.gender:
                form.add(FieldError("gender", "id_number.mismatch_gender", {"gender": info.gender.label}))
            if birth is not None and birth != info.birth_date:
                form.add(
                    FieldError(
                        "birth_date", "id_number.mismatch_birth", {"birth": info.birth_date.isoformat()}
                    )
                )
            gender = gender or info.gender
            birth = birth or info.birth_date
    education = form.optional_choice(data.education, Education, "education")
    values = _PersonValues(
        name=name,
        id_number=id_number,
        gender=gender.value if gender else "",
        birth_date=birth,
        name_bo=form.text(data.name_bo, "name_bo", max_len=80),
        ethnicity=form.text(data.ethnicity, "ethnicity", max_len=20),
        relation=form.choice(data.relation, Relation, "relation", default=Relation.OTHER).value,
        phone=form.phone(data.phone),
        is_party_member=bool(data.is_party_member),
        party_branch=form.text(data.party_branch, "party_branch", max_len=60),
        education=education.value if education else "",
        occupation=form.text(data.occupation, "occupation", max_len=40),
        special_groups=form.codes(data.special_groups, SpecialGroup, "special_groups"),
    )
    form.check()
    return values


#: who holds an ID number in the register: one lookup in ix_person_id_number, two columns, no ORM row
_ID_HOLDER = text(
    "SELECT id, name FROM person WHERE id_number = :id_number AND status = :active AND deleted = 0 "
    "AND id IS NOT :own_id LIMIT 1"
)


class _Registrations:
    """The persons ``register_person_in`` added to one session, by ID number, until they are written.

    Lets the duplicate check look at the persons registered earlier in the same unit of work without
    flushing them one by one (the rows themselves are not handed out before they are written). ``foreign``:
    a person was added to the session some other way since the last check (its values are unknown here, so
    the check flushes it and asks the database).
    """

    KEY = "gd_registrations"

    def __init__(self, session: Session) -> None:
        self.by_id_number: dict[str, Person] = {}
        self.ids: set[str] = set()
        self.foreign = any(isinstance(obj, Person) for obj in session.new)
        event.listen(session, "transient_to_pending", self._added)

    def _added(self, session: Session, obj: object) -> None:
        if isinstance(obj, Person) and obj.id not in self.ids:
            self.foreign = True

    @classmethod
    def of(cls, session: Session) -> _Registrations:
        found: _Registrations | None = session.info.get(cls.KEY)
        if found is None:
            found = session.info[cls.KEY] = cls(session)
        return found

    def add(self, session: Session, person: Person) -> None:
        self.ids.add(person.id)
        if person.id_number:
            self.by_id_number[person.id_number] = person
        session.add(person)

    def holder(self, id_number: str, own_id: str | None) -> Person | None:
        """The unwritten person registered here with ``id_number`` (in the register), if any."""
        person = self.by_id_number.get(id_number)
        if person is None or not inspect(person).pending:
            return None  # none, or written (the database answers), or undone by a rollback
        active = person.status == PersonStatus.ACTIVE.value and not person.deleted
        return person if active and person.id_number == id_number and person.id != own_id else None


def _check_id_unique(session: Session, id_number: str, own_id: str | None) -> None:
    """An ID number belongs to one active person in the store; the error names who has it already.

    Persons registered in this session and not yet written are checked in memory; the database is asked
    without an autoflush, so registering many persons in one unit of work does not write them one by one.
    Whatever else the session holds unwritten that could change the answer (changed or deleted rows, a
    person added otherwise) is flushed first, as the autoflush of the query would have done.
    """
    if not id_number:
        return
    registrations = _Registrations.of(session)
    if registrations.foreign or session.deleted or any(isinstance(obj, Person) for obj in session.dirty):
        session.flush()
        registrations.foreign = False
    holder: tuple[str, str] | None = None
    pending = registrations.holder(id_number, own_id)
    if pending is not None:
        holder = (pending.id, pending.name)
    else:
        params = {"id_number": id_number, "active": PersonStatus.ACTIVE.value, "own_id": own_id}
        row = session.connection().execute(_ID_HOLDER, params).first()
        holder = (row[0], row[1]) if row is not None else None
    if holder is not None:
        raise ValidationFailed(
            FieldError(
                "id_number",
                "id_number.duplicate",
                {"value": id_number, "name": holder[1], "person_id": holder[0]},
            )
        )


def _member_household(session: Session, household_id: str) -> Household:
    """The live household a person is registered into, held for the rest of the unit of work.

    The session's identity map keeps rows weakly: without this, an import registering the members of a
    household one by one would read the household again for each of them.
    """
    # No autoflush for the lookup: the persons registered before need not be written to read a household
    # (changes to a household already in the session are found in its identity map). A household added to
    # the session and not yet flushed is not in the database: the lookup with autoflush finds it.
    with session.no_autoflush:
        found = session.get(Household, household_id) if household_id else None
    household = found if found is not None else get_ref(session, Household, household_id, "household_id")
    if household.deleted:
        raise NotFound(FieldError("household_id", "not_found", {"value": household_id}))
    held: dict[str, Household] = session.info.setdefault("gd_member_households", {})
    held[household.id] = household
    return household


def register_person_in(session: Session, actor: Actor, household_id: str, data: PersonInput) -> str:
    """``register_person`` inside an open unit of work; returns the new person's id.

    The person is written with the unit's next flush (at the latest when it commits), not here: an import
    of many persons in one unit writes them together.
    """
    actor.require(PERMISSION)
    values = _person_values(data)
    household = _member_household(session, household_id)
    require_household_scope(actor, household)
    _check_id_unique(session, values.id_number, None)
    person = Person(township_code=household.township_code, household_id=household.id, **values.__dict__)
    _Registrations.of(session).add(session, person)
    if values.relation == Relation.HEAD.value and not household.head_person_id:
        household.head_person_id = person.id
    return person.id


def register_person(store: Store, actor: Actor, household_id: str, data: PersonInput) -> Created:
    """Register a person as a member of a household.

    The ID number is checked (GB 11643 check digit, date, region); birth date and gender come from it when
    left empty and must agree with it when given. An ID number already held by an active person is refused
    with ``id_number.duplicate`` whose params name that person (``name``, ``person_id``) so the UI can offer
    to open the record. A member registered as head of a household without one becomes its head.
    """
    with unit_of_work(store, actor) as unit:
        person_id = register_person_in(unit.session, actor, household_id, data)
    return Created(person_id, unit.changes)


#: who holds any of a batch's ID numbers in the register: one query on ix_person_id_number
_ID_HOLDERS = text(
    "SELECT id_number, id, name FROM person WHERE id_number IN :id_numbers AND status = :active "
    "AND deleted = 0 ORDER BY id"
).bindparams(bindparam("id_numbers", expanding=True))
#: ID numbers per holder query (well under SQLite's bound-parameter limit)
_ID_CHUNK = 500


def _id_holders(session: Session, id_numbers: list[str]) -> dict[str, tuple[str, str]]:
    """(id, name) of the active person in the database holding each of ``id_numbers`` that is held."""
    found: dict[str, tuple[str, str]] = {}
    connection = session.connection()
    for start in range(0, len(id_numbers), _ID_CHUNK):
        chunk = id_numbers[start : start + _ID_CHUNK]
        params = {"id_numbers": chunk, "active": PersonStatus.ACTIVE.value}
        for number, row_id, name in connection.execute(_ID_HOLDERS, params):
            found.setdefault(number, (row_id, name))
    return found


def register_persons_in(
    session: Session, actor: Actor, items: Sequence[tuple[str, PersonInput]]
) -> list[str]:
    """``register_person_in`` for many persons at once, all or nothing; returns the new ids in item order.

    The same checks, derived values and capture as registering the items one by one, in one pass each:
    every form is validated first (all field errors of all items together as one ``ValidationFailed``),
    then each household's existence and the actor's scope over it, then the ID numbers against each other
    and against the register in one query (``id_number.duplicate`` naming the holder, as the single path
    does). Nothing is written unless every item passes. The rows are then inserted with one Core
    ``executemany``, each stamped with its own HLC from the store clock (the capture triggers put every
    row in the outbox and its field clocks); a head registered into a household without one becomes its
    head through the ORM household row, as in ``register_person_in``. The inserted ids are recorded with
    the unit's ``ChangeTracker`` (an ORM flush listener would not see a Core insert).
    """
    actor.require(PERMISSION)
    errors: list[FieldError] = []
    values: list[_PersonValues] = []
    for _, data in items:
        try:
            values.append(_person_values(data))
        except ValidationFailed as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationFailed(errors)
    if not items:
        return []
    households: dict[str, Household] = {}
    # the batch's households read in one query per 500 (kept referenced here, so the lookups below find
    # them in the identity map); missing, deleted or out-of-scope ones are refused as one by one
    wanted = sorted({household_id for household_id, _ in items if household_id})
    loaded: list[Household] = []
    with session.no_autoflush:
        for start in range(0, len(wanted), _ID_CHUNK):
            chunk = wanted[start : start + _ID_CHUNK]
            loaded.extend(session.exec(select(Household).where(col(Household.id).in_(chunk))).all())
    for household_id, _ in items:
        if household_id not in households:
            household = _member_household(session, household_id)
            require_household_scope(actor, household)
            households[household_id] = household
    ids = [uuid7() for _ in items]
    # what the session holds unwritten (persons registered one by one before, changed or deleted rows)
    # is written first, so the database answers for it as it does for everything else
    session.flush()
    numbers = [v.id_number for v in values if v.id_number]
    holders = _id_holders(session, sorted(set(numbers))) if numbers else {}
    for person_id, v in zip(ids, values, strict=True):
        if not v.id_number:
            continue
        holder = holders.get(v.id_number)
        if holder is not None:
            errors.append(
                FieldError(
                    "id_number",
                    "id_number.duplicate",
                    {"value": v.id_number, "name": holder[1], "person_id": holder[0]},
                )
            )
        else:
            holders[v.id_number] = (person_id, v.name)  # a later item with this number is a duplicate
    if errors:
        raise ValidationFailed(errors)
    clock: HybridClock | None = session.info.get("clock")
    if clock is None or session.info.get("remote"):
        raise RuntimeError("register_persons_in needs a local store session (one that stamps its writes)")
    user: str = session.info.get("user", actor.username)
    rows: list[dict[str, Any]] = []
    for person_id, (household_id, _), v in zip(ids, items, values, strict=True):
        household = households[household_id]
        stamp = clock.now()
        moment = hlc_datetime(stamp)
        name_pinyin, name_initials = pinyin_keys(v.name)
        rows.append(
            {
                **v.__dict__,
                "id": person_id,
                "township_code": household.township_code,
                "household_id": household.id,
                "name_pinyin": name_pinyin,
                "name_initials": name_initials,
                "hlc": stamp,
                "created_at": moment,
                "updated_at": moment,
                "updated_by": user,
            }
        )
    session.execute(insert(Person.__table__), rows)  # type: ignore[attr-defined]
    for person_id, (household_id, _), v in zip(ids, items, values, strict=True):
        household = households[household_id]
        if v.relation == Relation.HEAD.value and not household.head_person_id:
            household.head_person_id = person_id
    tracker = ChangeTracker.of(session)
    if tracker is not None:
        tracker.record_inserted("person", ids)
    return ids


def register_persons(store: Store, actor: Actor, items: Sequence[tuple[str, PersonInput]]) -> CreatedMany:
    """Register many persons (``(household_id, PersonInput)`` each) in one transaction, all or nothing.

    Exactly what ``register_person`` would do for each item in turn — the same refusals (every field error
    of every item at once), derived values and captured changes — at a fraction of the cost per person.
    """
    with unit_of_work(store, actor) as unit:
        person_ids = register_persons_in(unit.session, actor, items)
    return CreatedMany(tuple(person_ids), unit.changes)


def update_person(store: Store, actor: Actor, person_id: str, data: PersonInput) -> Changes:
    """Save the person form (the household is changed with ``move_person``)."""
    actor.require(PERMISSION)
    values = _person_values(data)
    with unit_of_work(store, actor) as unit:
        person = get_for_update(unit.session, Person, person_id, "person_id")
        _require_person_scope(unit.session, actor, person)
        if values.id_number != person.id_number and person.status == PersonStatus.ACTIVE.value:
            _check_id_unique(unit.session, values.id_number, person.id)
        for name, value in values.__dict__.items():
            setattr(person, name, value)
    return unit.changes


def _require_person_scope(session: Session, actor: Actor, person: Person) -> None:
    actor.require_township(person.township_code)
    household = session.get(Household, person.household_id) if person.household_id else None
    actor.require_grid(household.grid_id if household is not None else None)


def _require_active(person: Person) -> None:
    if person.status != PersonStatus.ACTIVE.value:
        label = PersonStatus.coerce(person.status).label
        raise ValidationFailed(
            FieldError("person_id", "person.inactive", {"name": person.name, "status": label})
        )


def move_person(
    store: Store, actor: Actor, person_id: str, to_household_id: str, *, relation: str | None = None
) -> Changes:
    """Move an active person to another household of the same township (history is in the outbox).

    A head leaving their household leaves it without a head; the relation to the new head is ``relation``
    (default: kept, except that a former head becomes "other").
    """
    actor.require(PERMISSION)
    form = Form()
    new_relation = form.optional_choice(relation, Relation, "relation")
    form.check()
    with unit_of_work(store, actor) as unit:
        session = unit.session
        person = get_for_update(session, Person, person_id, "person_id")
        _require_person_scope(session, actor, person)
        _require_active(person)
        target = get_ref(session, Household, normalize_text(to_household_id), "household_id")
        require_household_scope(actor, target)
        if target.id == person.household_id:
            raise ValidationFailed(FieldError("household_id", "person.same_household"))
        if target.township_code != person.township_code:
            raise ValidationFailed(FieldError("household_id", "move.other_township"))
        old = session.get(Household, person.household_id) if person.household_id else None
        if old is not None and old.head_person_id == person.id:
            old.head_person_id = None
        if new_relation is not None:
            person.relation = new_relation.value
        elif person.relation == Relation.HEAD.value:
            person.relation = Relation.OTHER.value
        person.household_id = target.id
    return unit.changes


def _end_membership(
    store: Store, actor: Actor, person_id: str, status: PersonStatus, when: object, note: str
) -> Changes:
    actor.require(PERMISSION)
    form = Form()
    day = form.day(when, "status_date") or date.today()
    text = form.text(note, "status_note", max_len=200)
    form.check()
    with unit_of_work(store, actor) as unit:
        person = get_for_update(unit.session, Person, person_id, "person_id")
        _require_person_scope(unit.session, actor, person)
        _require_active(person)
        person.status = status.value
        person.status_date = day
        person.status_note = text
        household = unit.session.get(Household, person.household_id) if person.household_id else None
        if household is not None and household.head_person_id == person.id:
            household.head_person_id = None  # the household needs a new head (set_household_head)
    return unit.changes


def mark_person_moved_out(
    store: Store, actor: Actor, person_id: str, *, moved_on: date | str | None = None, note: str = ""
) -> Changes:
    """迁出: the person stays on record with status "moved out", the date (default today) and a note."""
    return _end_membership(store, actor, person_id, PersonStatus.MOVED_OUT, moved_on, note)


def mark_person_deceased(
    store: Store, actor: Actor, person_id: str, *, died_on: date | str | None = None, note: str = ""
) -> Changes:
    """死亡: the person stays on record with status "deceased", the date (default today) and a note."""
    return _end_membership(store, actor, person_id, PersonStatus.DECEASED, died_on, note)
