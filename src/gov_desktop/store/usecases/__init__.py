"""Use cases: the only write paths of the GUI, imports and sync-facing tools (one module per area).

Each is a plain function ``verb_noun(store, actor, ...)``. It checks the actor's permission and scope,
validates its input (all field errors at once, as ``ValidationFailed``), checks that what it refers to
exists, writes in one transaction — so a refused write leaves nothing behind — and returns what it changed
(``Changes``, or ``Created`` with the new row's id).

Input style: forms with several fields take a frozen ``…Input`` dataclass (the same one for create and
update); every other argument is keyword-only after the ids. Text is normalised (full-width digits,
spaces), enum fields accept codes or Chinese labels.

Modules: ``register`` (households, persons), ``grids`` (grids, staff, 双联户, 党员包户, 文明户评星),
``services`` (办件), ``visits`` (走访记录), ``appeals`` (微心愿 / 问题), ``reference`` (county reference data).
"""

from __future__ import annotations

from ._common import Unit, unit_of_work
from .changes import Changes, Created, CreatedMany

__all__ = ["Changes", "Created", "CreatedMany", "Unit", "unit_of_work"]
