"""Home visits (走访记录) by grid staff, and their follow-ups."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from ...core.enums import VisitKind
from ...core.errors import FieldError, ValidationFailed
from ...core.models import GridMember, Household, VisitRecord
from ..actor import Actor
from ..engine import Store
from ._common import Form, get_for_update, get_ref, require_household_scope, same_township, unit_of_work
from .changes import Changes, Created

logger = logging.getLogger(__name__)

PERMISSION = "visit.write"


@dataclass(frozen=True)
class VisitInput:
    """The visit form. The visitor is a grid staff member (``visitor_id``), or just a name."""

    household_id: str
    visit_date: date | str
    kind: str = VisitKind.ROUTINE.value
    findings: str = ""
    visitor_id: str | None = None
    visitor_name: str = ""
    follow_up_needed: bool = False
    follow_up_by: str = ""


def _visit_values(data: VisitInput) -> dict[str, Any]:
    form = Form()
    values: dict[str, Any] = {
        "household_id": form.ref(data.household_id, "household_id", required=True),
        "visit_date": form.day(data.visit_date, "visit_date", required=True),
        "kind": form.choice(data.kind, VisitKind, "kind", default=VisitKind.ROUTINE).value,
        "findings": form.text(data.findings, "findings", max_len=1000),
        "visitor_id": form.ref(data.visitor_id, "visitor_id"),
        "visitor_name": form.text(data.visitor_name, "visitor_name", max_len=40),
        "follow_up_needed": bool(data.follow_up_needed),
        "follow_up_by": form.text(data.follow_up_by, "follow_up_by", max_len=64),
    }
    if values["visitor_id"] is None and not values["visitor_name"]:
        form.add(FieldError("visitor_id", "required"))
    form.check()
    return values


def _check_visit_refs(session: Session, actor: Actor, values: dict[str, Any]) -> Household:
    household = get_ref(session, Household, values["household_id"], "household_id")
    require_household_scope(actor, household)
    if values["visitor_id"] is not None:
        visitor = get_ref(session, GridMember, values["visitor_id"], "visitor_id")
        same_township(visitor, household.township_code, "visitor_id")
        values["visitor_name"] = values["visitor_name"] or visitor.name
    return household


def record_visit(store: Store, actor: Actor, data: VisitInput) -> Created:
    """Record a home visit: the household exists and is in the actor's scope, the date is not in the future,
    the visitor is a live grid staff member of the township (or a name)."""
    actor.require(PERMISSION)
    values = _visit_values(data)
    with unit_of_work(store, actor) as unit:
        household = _check_visit_refs(unit.session, actor, values)
        visit = VisitRecord(township_code=household.township_code, **values)
        unit.session.add(visit)
    return Created(visit.id, unit.changes)


def update_visit(store: Store, actor: Actor, visit_id: str, data: VisitInput) -> Changes:
    """Save the visit form (a follow-up already marked done stays done)."""
    actor.require(PERMISSION)
    values = _visit_values(data)
    with unit_of_work(store, actor) as unit:
        visit = get_for_update(unit.session, VisitRecord, visit_id, "visit_id")
        old = get_ref(unit.session, Household, visit.household_id, "household_id")
        require_household_scope(actor, old)
        household = _check_visit_refs(unit.session, actor, values)
        same_township(household, visit.township_code, "household_id")
        for name, value in values.items():
            setattr(visit, name, value)
    return unit.changes


def complete_follow_up(store: Store, actor: Actor, visit_id: str) -> Changes:
    """Mark a visit's follow-up done (what was done goes in a new visit record). Done already: no change."""
    actor.require(PERMISSION)
    with unit_of_work(store, actor) as unit:
        visit = get_for_update(unit.session, VisitRecord, visit_id, "visit_id")
        household = get_ref(unit.session, Household, visit.household_id, "household_id")
        require_household_scope(actor, household)
        if not visit.follow_up_needed:
            raise ValidationFailed(FieldError("visit_id", "visit.no_follow_up"))
        visit.follow_up_done = True
    return unit.changes
