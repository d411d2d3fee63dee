"""Who is writing, and what their role and scope allow (ARCHITECTURE §6). Use cases call ``require``."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.enums import COUNTY_SCOPE, Role
from ..core.errors import FieldError, PermissionDenied

#: what each role may do; use cases name the permission they need
PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.VIEWER: frozenset({"read"}),
    Role.HALL_STAFF: frozenset({"read", "register.write", "service.write", "appeal.write"}),
    Role.GRID_LIAISON: frozenset({"read", "register.write", "visit.write", "appeal.write"}),
    Role.TOWNSHIP_ADMIN: frozenset(
        {
            "read",
            "register.write",
            "service.write",
            "visit.write",
            "appeal.write",
            "grid.admin",
            "users.admin",
            "backup",
        }
    ),
    Role.COUNTY_ADMIN: frozenset(
        {
            "read",
            "register.write",
            "service.write",
            "visit.write",
            "appeal.write",
            "appeal.dispatch",
            "grid.admin",
            "users.admin",
            "reference.write",
            "backup",
        }
    ),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the store sees them."""

    username: str
    role: Role
    #: the township the user works for; "county" for county users (all townships)
    township_code: str
    #: a grid liaison may be limited to one grid
    grid_id: str | None = None
    display_name: str = ""
    extra: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_county(self) -> bool:
        return self.role is Role.COUNTY_ADMIN or self.township_code == COUNTY_SCOPE

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset()) or permission in self.extra

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(FieldError("", "permission.role", {"role": self.role.label}))

    def require_township(self, township_code: str) -> None:
        """A township user writes only rows of their own township."""
        if self.is_county:
            return
        if township_code != self.township_code:
            raise PermissionDenied(FieldError("township_code", "permission.scope"))

    def require_grid(self, grid_id: str | None) -> None:
        """A liaison bound to a grid writes only that grid's records."""
        if self.grid_id and grid_id != self.grid_id and self.role is Role.GRID_LIAISON:
            raise PermissionDenied(FieldError("grid_id", "permission.scope"))


SYSTEM = Actor(username="system", role=Role.COUNTY_ADMIN, township_code=COUNTY_SCOPE, display_name="系统")
