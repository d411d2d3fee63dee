"""网格管理: grids and their staff, joint-household groups, party members' household duties, ratings."""

from .page import GridsPage

__all__ = ["GridsPage"]
