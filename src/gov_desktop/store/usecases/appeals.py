"""Residents' appeals (群众诉求): micro-wishes (微心愿) and problems (问题墙) collected in the township,
dispatched by the county to an org (派单), claimed, answered with feedback (回音壁), rated by the resident.

Dispatch, claim, feedback and closing are county-owned (``Appeal.__county_fields__``): they need the
``appeal.dispatch`` permission, which only county users hold.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from ...core.clock import as_utc, utcnow
from ...core.enums import APPEAL_TRANSITIONS, AppealCategory, AppealKind, AppealStatus, Satisfaction
from ...core.errors import FieldError, ValidationFailed
from ...core.models import Appeal, Household, Org, Person
from ..actor import Actor
from ..engine import Store
from ._common import Form, get_for_update, get_ref, require_household_scope, target_township, unit_of_work
from .changes import Changes, Created

logger = logging.getLogger(__name__)

PERMISSION = "appeal.write"
DISPATCH = "appeal.dispatch"


@dataclass(frozen=True)
class AppealInput:
    """A wish or problem. ``household_id`` defaults to the person's household."""

    content: str
    kind: str = AppealKind.WISH.value
    category: str = AppealCategory.OTHER.value
    household_id: str | None = None
    person_id: str | None = None


def create_appeal(
    store: Store, actor: Actor, data: AppealInput, *, township_code: str | None = None
) -> Created:
    """Collect a wish or problem (已征集). The appeal belongs to its household's township (county users name
    the township when there is no household)."""
    actor.require(PERMISSION)
    form = Form()
    content = form.text(data.content, "content", max_len=1000, required=True)
    kind = form.choice(data.kind, AppealKind, "kind", default=AppealKind.WISH)
    category = form.choice(data.category, AppealCategory, "category", default=AppealCategory.OTHER)
    household_id = form.ref(data.household_id, "household_id")
    person_id = form.ref(data.person_id, "person_id")
    form.check()
    with unit_of_work(store, actor) as unit:
        session = unit.session
        person = get_ref(session, Person, person_id, "person_id") if person_id is not None else None
        if person is not None:
            if household_id is None:
                household_id = person.household_id
            elif person.household_id != household_id:
                raise ValidationFailed(
                    FieldError("person_id", "person.other_household", {"name": person.name})
                )
        household = get_ref(session, Household, household_id, "household_id") if household_id else None
        if household is not None:
            require_household_scope(actor, household)
            township = household.township_code
        else:
            township = target_township(actor, township_code)
            actor.require_grid(None)
        if person is not None and person.township_code != township:
            raise ValidationFailed(FieldError("person_id", "person.other_household", {"name": person.name}))
        appeal = Appeal(
            township_code=township,
            kind=kind.value,
            household_id=household_id,
            person_id=person_id,
            content=content,
            category=category.value,
            status=AppealStatus.COLLECTED.value,
        )
        session.add(appeal)
    return Created(appeal.id, unit.changes)


def _transition(appeal: Appeal, to_status: AppealStatus) -> None:
    current = AppealStatus.coerce(appeal.status)
    if to_status not in APPEAL_TRANSITIONS[current]:
        raise ValidationFailed(
            FieldError(
                "status", "appeal.transition", {"from_label": current.label, "to_label": to_status.label}
            )
        )
    appeal.status = to_status.value


def _now(now: datetime | None) -> datetime:
    return as_utc(now) if now is not None else utcnow()


def dispatch_appeal(
    store: Store, actor: Actor, appeal_id: str, *, org_id: str, now: datetime | None = None
) -> Changes:
    """派单 (county): assign the appeal to an org."""
    actor.require(DISPATCH)
    form = Form()
    org_ref = form.ref(org_id, "org_id", required=True)
    form.check()
    with unit_of_work(store, actor) as unit:
        appeal = get_for_update(unit.session, Appeal, appeal_id, "appeal_id")
        actor.require_township(appeal.township_code)
        org = get_ref(unit.session, Org, org_ref, "org_id")
        _transition(appeal, AppealStatus.DISPATCHED)
        appeal.org_id = org.id
        appeal.dispatched_at = _now(now)
    return unit.changes


def claim_appeal(store: Store, actor: Actor, appeal_id: str, *, now: datetime | None = None) -> Changes:
    """认领 (county, for the org): the org takes the dispatched appeal on."""
    actor.require(DISPATCH)
    with unit_of_work(store, actor) as unit:
        appeal = get_for_update(unit.session, Appeal, appeal_id, "appeal_id")
        actor.require_township(appeal.township_code)
        _transition(appeal, AppealStatus.CLAIMED)
        appeal.claimed_at = _now(now)
    return unit.changes


def complete_appeal(
    store: Store, actor: Actor, appeal_id: str, *, feedback: str, now: datetime | None = None
) -> Changes:
    """办结 (county): close the appeal with the feedback shown on the 回音壁."""
    actor.require(DISPATCH)
    form = Form()
    text = form.text(feedback, "feedback", max_len=1000, required=True)
    form.check()
    with unit_of_work(store, actor) as unit:
        appeal = get_for_update(unit.session, Appeal, appeal_id, "appeal_id")
        actor.require_township(appeal.township_code)
        _transition(appeal, AppealStatus.DONE)
        appeal.feedback = text
        appeal.done_at = _now(now)
    return unit.changes


def mark_unresolvable(
    store: Store, actor: Actor, appeal_id: str, *, reason: str, now: datetime | None = None
) -> Changes:
    """无法办理 (county): close the appeal; the reason is its feedback."""
    actor.require(DISPATCH)
    form = Form()
    text = form.text(reason, "feedback", max_len=1000, required=True)
    form.check()
    with unit_of_work(store, actor) as unit:
        appeal = get_for_update(unit.session, Appeal, appeal_id, "appeal_id")
        actor.require_township(appeal.township_code)
        _transition(appeal, AppealStatus.UNRESOLVABLE)
        appeal.feedback = text
        appeal.done_at = _now(now)
    return unit.changes


def rate_satisfaction(store: Store, actor: Actor, appeal_id: str, *, satisfaction: str) -> Changes:
    """The resident's satisfaction with a closed appeal (township side); may be changed later."""
    actor.require(PERMISSION)
    form = Form()
    value = form.choice(satisfaction, Satisfaction, "satisfaction")
    form.check()
    with unit_of_work(store, actor) as unit:
        appeal = get_for_update(unit.session, Appeal, appeal_id, "appeal_id")
        actor.require_township(appeal.township_code)
        household = unit.session.get(Household, appeal.household_id) if appeal.household_id else None
        actor.require_grid(household.grid_id if household is not None else None)
        if appeal.status not in (AppealStatus.DONE.value, AppealStatus.UNRESOLVABLE.value):
            raise ValidationFailed(FieldError("satisfaction", "appeal.not_closed"))
        appeal.satisfaction = value.value
    return unit.changes
