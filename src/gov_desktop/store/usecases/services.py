"""Service requests (办件) at the one-stop hall: accept, advance through their statuses, complete or return,
count the resident's visits (跑动次数)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, select

from ...core.clock import as_utc, local_day, utcnow
from ...core.enums import REQUEST_TRANSITIONS, Channel, PersonStatus, RequestStatus
from ...core.errors import FieldError, ValidationFailed
from ...core.models import Household, MatterType, Person, ServiceRequest, ServiceWindow
from ..actor import Actor
from ..engine import Store
from ..tables import StoreMeta
from ._common import (
    Form,
    get_for_update,
    get_ref,
    normalize_items,
    same_township,
    target_township,
    unit_of_work,
)
from .changes import Changes, Created

logger = logging.getLogger(__name__)

PERMISSION = "service.write"
#: store_meta key of the per-device, per-day serial counter: value "YYYYMMDD:last-seq"
SERIAL_META_KEY = "request_serial"
NOTE_MAX = 500


@dataclass(frozen=True)
class RequestInput:
    """The acceptance form (受理). The applicant is a registered person, or just a name."""

    matter_id: str
    person_id: str | None = None
    household_id: str | None = None
    applicant_name: str = ""
    channel: str = Channel.WINDOW.value
    materials_received: tuple[str, ...] = ()
    note: str = ""


def next_serial_no(session: Session, store: Store, township_code: str, accepted_at: datetime) -> str:
    """The next serial number ``{township}-{YYYYMMDD}-{device[:6]}-{seq:04d}``, unique without a network.

    ``seq`` counts per device and local calendar day, kept in store_meta in the caller's transaction, so a
    rolled-back acceptance gives its number back. A number already taken (a store restored from an older
    backup) is skipped.
    """
    day = local_day(accepted_at).strftime("%Y%m%d")  # county time, not the PC's zone
    meta = session.get(StoreMeta, SERIAL_META_KEY)
    last_day, _, last_seq = (meta.value if meta else "").partition(":")
    seq = int(last_seq) + 1 if last_day == day and last_seq.isdigit() else 1
    while True:
        serial = f"{township_code}-{day}-{store.device_id[:6]}-{seq:04d}"
        taken = session.exec(select(ServiceRequest.id).where(col(ServiceRequest.serial_no) == serial)).first()
        if taken is None:
            break
        seq += 1
    if meta is None:
        session.add(StoreMeta(key=SERIAL_META_KEY, value=f"{day}:{seq}"))
    else:
        meta.value = f"{day}:{seq}"
    return serial


def accept_request(
    store: Store,
    actor: Actor,
    data: RequestInput,
    *,
    on_missing: Literal["note", "reject"] = "note",
    township_code: str | None = None,
    now: datetime | None = None,
) -> Created:
    """Accept a service request (受理) for a matter; its window comes from the matter.

    Due date = acceptance + the matter's promised days. Materials the matter requires but not received are
    written into the note (``on_missing="note"``) or refuse the acceptance with ``materials.missing``
    (``on_missing="reject"``).
    """
    actor.require(PERMISSION)
    form = Form()
    matter_id = form.ref(data.matter_id, "matter_id", required=True)
    person_id = form.ref(data.person_id, "person_id")
    household_id = form.ref(data.household_id, "household_id")
    applicant = form.text(data.applicant_name, "applicant_name", max_len=40)
    channel = form.choice(data.channel, Channel, "channel", default=Channel.WINDOW)
    note = form.text(data.note, "note", max_len=NOTE_MAX)
    received = normalize_items(data.materials_received)
    if person_id is None and not applicant:
        form.add(FieldError("applicant_name", "required"))
    form.check()
    township = target_township(actor, township_code)
    accepted_at = as_utc(now) if now is not None else utcnow()
    with unit_of_work(store, actor) as unit:
        session = unit.session
        matter = get_ref(session, MatterType, matter_id, "matter_id")
        window = get_ref(session, ServiceWindow, matter.window_id, "window_id")
        if person_id is not None:
            person = get_ref(session, Person, person_id, "person_id")
            same_township(person, township, "person_id")
            if person.status != PersonStatus.ACTIVE.value:
                status = PersonStatus.coerce(person.status).label
                raise ValidationFailed(
                    FieldError("person_id", "person.inactive", {"name": person.name, "status": status})
                )
            applicant = applicant or person.name
            household_id = household_id or person.household_id
        if household_id is not None:
            same_township(get_ref(session, Household, household_id, "household_id"), township, "household_id")
        missing = [m for m in normalize_items(matter.materials) if m not in received]
        if missing:
            problem = FieldError("materials_received", "materials.missing", {"items": "、".join(missing)})
            if on_missing == "reject":
                raise ValidationFailed(problem)
            note = f"{note}；{problem.message}" if note else problem.message
        request = ServiceRequest(
            township_code=township,
            serial_no=next_serial_no(session, store, township, accepted_at),
            person_id=person_id,
            household_id=household_id,
            applicant_name=applicant,
            window_id=window.id,
            matter_id=matter.id,
            channel=channel.value,
            status=RequestStatus.ACCEPTED.value,
            accepted_at=accepted_at,
            due_at=accepted_at + timedelta(days=matter.promised_days),
            handler=actor.username,
            visits=1,
            materials_received=received,
            note=note[:NOTE_MAX],
        )
        session.add(request)
    return Created(request.id, unit.changes)


def _transition(request: ServiceRequest, to_status: RequestStatus) -> None:
    current = RequestStatus.coerce(request.status)
    if to_status not in REQUEST_TRANSITIONS[current]:
        raise ValidationFailed(
            FieldError(
                "status", "status.transition", {"from_label": current.label, "to_label": to_status.label}
            )
        )
    request.status = to_status.value


def _change_status(
    store: Store,
    actor: Actor,
    request_id: str,
    to_status: RequestStatus,
    *,
    result: str | None = None,
    now: datetime | None = None,
) -> Changes:
    with unit_of_work(store, actor) as unit:
        request = get_for_update(unit.session, ServiceRequest, request_id, "request_id")
        actor.require_township(request.township_code)
        _transition(request, to_status)
        if to_status in (RequestStatus.DONE, RequestStatus.RETURNED):
            request.done_at = as_utc(now) if now is not None else utcnow()
        if result is not None:
            request.result = result
    return unit.changes


def advance_request(
    store: Store, actor: Actor, request_id: str, *, to_status: str, now: datetime | None = None
) -> Changes:
    """Move a request to another status along REQUEST_TRANSITIONS (办理中, 转县级 …); refused otherwise with
    ``status.transition``. Closing (办结 / 退回) sets the closing time."""
    actor.require(PERMISSION)
    form = Form()
    status = form.choice(to_status, RequestStatus, "status")
    form.check()
    return _change_status(store, actor, request_id, status, now=now)


def complete_request(
    store: Store, actor: Actor, request_id: str, *, result: str, now: datetime | None = None
) -> Changes:
    """办结: close the request with its result."""
    actor.require(PERMISSION)
    form = Form()
    text = form.text(result, "result", max_len=500, required=True)
    form.check()
    return _change_status(store, actor, request_id, RequestStatus.DONE, result=text, now=now)


def return_request(
    store: Store, actor: Actor, request_id: str, *, reason: str, now: datetime | None = None
) -> Changes:
    """退回: close the request unprocessed; the reason is its result."""
    actor.require(PERMISSION)
    form = Form()
    text = form.text(reason, "result", max_len=500, required=True)
    form.check()
    return _change_status(store, actor, request_id, RequestStatus.RETURNED, result=text, now=now)


def record_extra_visit(
    store: Store, actor: Actor, request_id: str, *, materials: tuple[str, ...] = ()
) -> Changes:
    """The applicant came again (跑动次数 + 1), possibly bringing more materials."""
    actor.require(PERMISSION)
    brought = normalize_items(materials)
    with unit_of_work(store, actor) as unit:
        request = get_for_update(unit.session, ServiceRequest, request_id, "request_id")
        actor.require_township(request.township_code)
        request.visits = request.visits + 1
        if brought:
            request.materials_received = normalize_items([*request.materials_received, *brought])
    return unit.changes
