"""County reference data: townships, villages, service windows, matter types and orgs (``reference.write``).

Townships, windows, matter types and orgs carry the scope ``county`` (every township reads them); a village
carries its township's code (the first 9 digits of its own) so it reaches that township. Codes of
townships and villages are scope keys and never change once made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from ...core.enums import OrgKind, VillageKind
from ...core.errors import FieldError, NotFound, ValidationFailed
from ...core.models import COUNTY_SCOPE, MatterType, Org, ServiceWindow, SyncedTable, Township, Village
from ..actor import Actor
from ..engine import Store
from ._common import Form, get_for_update, get_ref, normalize_items, unit_of_work
from .changes import Changes, Created

logger = logging.getLogger(__name__)

PERMISSION = "reference.write"
MAX_PROMISED_DAYS = 365


def _check_code_free(session: Session, table: type[SyncedTable], code: str, own_id: str | None) -> None:
    column = getattr(table, "code")  # noqa: B009  (every coded reference table has one)
    query = select(table.id).where(col(column) == code, col(table.deleted).is_(False))
    if own_id is not None:
        query = query.where(col(table.id) != own_id)
    if session.exec(query).first() is not None:
        raise ValidationFailed(FieldError("code", "code.duplicate", {"value": code}))


def _check_code_unchanged(old: str, new: str) -> None:
    if old != new:
        raise ValidationFailed(FieldError("code", "code.immutable", {"value": old}))


# --- townships -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TownshipInput:
    code: str
    name: str
    name_bo: str = ""


def _township_values(data: TownshipInput) -> dict[str, Any]:
    form = Form()
    values = {
        "code": form.digits(data.code, "code", length=9),
        "name": form.text(data.name, "name", max_len=40, required=True),
        "name_bo": form.text(data.name_bo, "name_bo", max_len=80),
    }
    form.check()
    return values


def create_township(store: Store, actor: Actor, data: TownshipInput) -> Created:
    """A township (乡镇): 9-digit code (GB/T 2260 county code + 3 digits), unique."""
    actor.require(PERMISSION)
    values = _township_values(data)
    with unit_of_work(store, actor) as unit:
        _check_code_free(unit.session, Township, values["code"], None)
        township = Township(township_code=COUNTY_SCOPE, **values)
        unit.session.add(township)
    return Created(township.id, unit.changes)


def update_township(store: Store, actor: Actor, township_id: str, data: TownshipInput) -> Changes:
    """Rename a township (its code cannot change)."""
    actor.require(PERMISSION)
    values = _township_values(data)
    with unit_of_work(store, actor) as unit:
        township = get_for_update(unit.session, Township, township_id, "township_id")
        _check_code_unchanged(township.code, values["code"])
        township.name, township.name_bo = values["name"], values["name_bo"]
    return unit.changes


# --- villages ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VillageInput:
    code: str
    name: str
    name_bo: str = ""
    kind: str = VillageKind.VILLAGE.value


def _village_values(data: VillageInput) -> dict[str, Any]:
    form = Form()
    values = {
        "code": form.digits(data.code, "code", length=12),
        "name": form.text(data.name, "name", max_len=40, required=True),
        "name_bo": form.text(data.name_bo, "name_bo", max_len=80),
        "kind": form.choice(data.kind, VillageKind, "kind", default=VillageKind.VILLAGE).value,
    }
    form.check()
    return values


def create_village(store: Store, actor: Actor, data: VillageInput) -> Created:
    """A village or community (村/社区): 12-digit code whose first 9 digits are an existing township's."""
    actor.require(PERMISSION)
    values = _village_values(data)
    township_code = values["code"][:9]
    with unit_of_work(store, actor) as unit:
        session = unit.session
        found = session.exec(
            select(Township.id).where(col(Township.code) == township_code, col(Township.deleted).is_(False))
        ).first()
        if found is None:
            raise NotFound(FieldError("township_code", "not_found", {"value": township_code}))
        _check_code_free(session, Village, values["code"], None)
        village = Village(township_code=township_code, **values)
        session.add(village)
    return Created(village.id, unit.changes)


def update_village(store: Store, actor: Actor, village_id: str, data: VillageInput) -> Changes:
    """Rename a village or change its kind (its code cannot change)."""
    actor.require(PERMISSION)
    values = _village_values(data)
    with unit_of_work(store, actor) as unit:
        village = get_for_update(unit.session, Village, village_id, "village_id")
        _check_code_unchanged(village.code, values["code"])
        village.name, village.name_bo, village.kind = values["name"], values["name_bo"], values["kind"]
    return unit.changes


# --- service windows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceWindowInput:
    code: str
    name: str
    name_bo: str = ""
    sort_order: int = 0


def _window_values(data: ServiceWindowInput) -> dict[str, Any]:
    form = Form()
    values = {
        "code": form.code(data.code, "code", max_len=20, required=True),
        "name": form.text(data.name, "name", max_len=40, required=True),
        "name_bo": form.text(data.name_bo, "name_bo", max_len=80),
        "sort_order": form.integer(data.sort_order, "sort_order", minimum=0, maximum=999),
    }
    form.check()
    return values


def create_service_window(store: Store, actor: Actor, data: ServiceWindowInput) -> Created:
    """A window of the one-stop hall (民政, 就业, 医保 …); its code is unique."""
    actor.require(PERMISSION)
    values = _window_values(data)
    with unit_of_work(store, actor) as unit:
        _check_code_free(unit.session, ServiceWindow, values["code"], None)
        window = ServiceWindow(township_code=COUNTY_SCOPE, **values)
        unit.session.add(window)
    return Created(window.id, unit.changes)


def update_service_window(store: Store, actor: Actor, window_id: str, data: ServiceWindowInput) -> Changes:
    actor.require(PERMISSION)
    values = _window_values(data)
    with unit_of_work(store, actor) as unit:
        window = get_for_update(unit.session, ServiceWindow, window_id, "window_id")
        _check_code_free(unit.session, ServiceWindow, values["code"], window.id)
        for name, value in values.items():
            setattr(window, name, value)
    return unit.changes


# --- matter types --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatterTypeInput:
    """A matter a window handles, with its required materials (材料清单) and promised days (承诺时限)."""

    window_id: str
    code: str
    name: str
    materials: tuple[str, ...] = ()
    promised_days: int = 5
    needs_county: bool = False


def _matter_values(data: MatterTypeInput) -> dict[str, Any]:
    form = Form()
    materials = normalize_items(data.materials)
    for item in materials:
        form.add([FieldError("materials", "too_long", {"max": 60})] if len(item) > 60 else [])
    values = {
        "window_id": form.ref(data.window_id, "window_id", required=True),
        "code": form.code(data.code, "code", max_len=20, required=True),
        "name": form.text(data.name, "name", max_len=80, required=True),
        "materials": materials,
        "promised_days": form.integer(
            data.promised_days, "promised_days", minimum=1, maximum=MAX_PROMISED_DAYS
        ),
        "needs_county": bool(data.needs_county),
    }
    form.check()
    return values


def create_matter_type(store: Store, actor: Actor, data: MatterTypeInput) -> Created:
    """A matter type of a live window; its code is unique."""
    actor.require(PERMISSION)
    values = _matter_values(data)
    with unit_of_work(store, actor) as unit:
        get_ref(unit.session, ServiceWindow, values["window_id"], "window_id")
        _check_code_free(unit.session, MatterType, values["code"], None)
        matter = MatterType(township_code=COUNTY_SCOPE, **values)
        unit.session.add(matter)
    return Created(matter.id, unit.changes)


def update_matter_type(store: Store, actor: Actor, matter_id: str, data: MatterTypeInput) -> Changes:
    """Change a matter type; requests accepted earlier keep their due dates."""
    actor.require(PERMISSION)
    values = _matter_values(data)
    with unit_of_work(store, actor) as unit:
        matter = get_for_update(unit.session, MatterType, matter_id, "matter_id")
        get_ref(unit.session, ServiceWindow, values["window_id"], "window_id")
        _check_code_free(unit.session, MatterType, values["code"], matter.id)
        for name, value in values.items():
            setattr(matter, name, value)
    return unit.changes


# --- orgs ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgInput:
    """An org that takes on dispatched appeals (承办单位)."""

    name: str
    kind: str = OrgKind.COUNTY_DEPT.value


def _org_values(data: OrgInput) -> dict[str, Any]:
    form = Form()
    values = {
        "name": form.text(data.name, "name", max_len=80, required=True),
        "kind": form.choice(data.kind, OrgKind, "kind", default=OrgKind.COUNTY_DEPT).value,
    }
    form.check()
    return values


def create_org(store: Store, actor: Actor, data: OrgInput) -> Created:
    actor.require(PERMISSION)
    values = _org_values(data)
    with unit_of_work(store, actor) as unit:
        org = Org(township_code=COUNTY_SCOPE, **values)
        unit.session.add(org)
    return Created(org.id, unit.changes)


def update_org(store: Store, actor: Actor, org_id: str, data: OrgInput) -> Changes:
    actor.require(PERMISSION)
    values = _org_values(data)
    with unit_of_work(store, actor) as unit:
        org = get_for_update(unit.session, Org, org_id, "org_id")
        for name, value in values.items():
            setattr(org, name, value)
    return unit.changes
