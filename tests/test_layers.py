"""The layer rule of ARCHITECTURE.md §2: imports inside src/gov_desktop point downward only.

Every ``import``/``from … import`` (relative ones resolved, imports under ``if TYPE_CHECKING:`` included)
and every ``importlib.import_module("…")``/``__import__("…")`` with a literal name is checked against the
table below.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

QT = {"PySide6", "shiboken6"}

# layer -> modules it must never import (a name bans the module and everything below it)
FORBIDDEN: dict[str, set[str]] = {
    "core": QT
    | {"requests", "fastapi", "uvicorn"}
    | {f"gov_desktop.{p}" for p in ("store", "sync", "server", "ui", "reports", "app")},
    "store": QT
    | {"requests", "fastapi", "uvicorn"}
    | {f"gov_desktop.{p}" for p in ("sync", "server", "ui", "reports", "app")},
    "sync": QT | {"fastapi", "uvicorn"} | {f"gov_desktop.{p}" for p in ("server", "ui", "app")},
    "server": QT | {f"gov_desktop.{p}" for p in ("ui", "app")},
    "reports": {f"gov_desktop.{p}" for p in ("ui", "app", "server")},
    "ui": {"fastapi", "uvicorn", "gov_desktop.server", "sqlalchemy", "sqlmodel"},
}


@dataclass(frozen=True)
class Violation:
    path: Path
    line: int
    layer: str
    imported: str
    banned: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.layer}/ must not import {self.banned} (imports {self.imported})"
        )


def module_name(path: Path, src: Path) -> tuple[str, bool]:
    """(dotted module name, is a package) of a file under src."""
    rel = path.relative_to(src).with_suffix("")
    if rel.name == "__init__":
        return ".".join(rel.parts[:-1]), True
    return ".".join(rel.parts), False


def resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    """Absolute name of ``from <level dots><target> import …`` written in ``module``."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    if level - 1 > len(package) - 1:
        raise ValueError(f"relative import beyond the top-level package in {module}")
    base = package[: len(package) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def imported_names(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for everything a module imports, or may import by that name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = resolve_relative(module, is_package, node.level, node.module)
            else:
                base = node.module or ""
            yield node.lineno, base
            # `from gov_desktop import ui` imports the sub-package gov_desktop.ui
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, f"{base}.{alias.name}"
        elif isinstance(node, ast.Call) and (name := _dynamic_import_name(node)):
            yield node.lineno, name


def _dynamic_import_name(call: ast.Call) -> str | None:
    """The literal absolute name in ``importlib.import_module("x")`` / ``import_module("x")`` / ``__import__("x")``."""
    func = call.func
    named = (isinstance(func, ast.Name) and func.id in {"__import__", "import_module"}) or (
        isinstance(func, ast.Attribute) and func.attr == "import_module"
    )
    if not named or not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and not arg.value.startswith("."):
        return arg.value
    return None


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "gov_desktop" else None


def check_layers(src: Path) -> tuple[list[Violation], int]:
    """Violations of the layer rule under src/gov_desktop, and how many files were read."""
    package_dir = src / "gov_desktop"
    if not package_dir.is_dir():
        raise FileNotFoundError(package_dir)
    violations: list[Violation] = []
    files = sorted(package_dir.rglob("*.py"))
    for path in files:
        module, is_package = module_name(path, src)
        layer = layer_of(module)
        rules = FORBIDDEN.get(layer or "")
        if not rules:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        seen: set[tuple[int, str]] = set()
        for line, name in imported_names(tree, module, is_package):
            for banned in sorted(rules):
                if (name == banned or name.startswith(banned + ".")) and (line, banned) not in seen:
                    seen.add((line, banned))
                    violations.append(
                        Violation(path.relative_to(src.parent), line, layer or "", name, banned)
                    )
    return violations, len(files)


def test_src_keeps_the_layer_rule() -> None:
    violations, files = check_layers(SRC)
    assert files > 0, f"no Python files under {SRC / 'gov_desktop'}"
    assert not violations, "upward imports:\n" + "\n".join(map(str, violations))


BAD_TREE = {
    "gov_desktop/__init__.py": "",
    "gov_desktop/app.py": "import PySide6\nfrom gov_desktop import ui, server\n",  # the root may
    "gov_desktop/core/__init__.py": "from .models import Person\nfrom . import ids\n",
    "gov_desktop/core/ids.py": "import uuid\n",
    "gov_desktop/core/models.py": (
        "from typing import TYPE_CHECKING\n"
        "from ..store import engine\n"  # 2: relative, up and over
        "from .. import ui\n"  # 3: sub-package named in the import list
        "if TYPE_CHECKING:\n"
        "    import PySide6.QtCore\n"  # 5: type-only imports count too
        "from gov_desktop.app import main\n"  # 6
        "import importlib\n"
        "requests = importlib.import_module('requests')\n"  # 8: dynamic
        "from gov_desktop.core import ids\n"  # fine: same layer
        "from .ids import uuid\n"  # fine
    ),
    "gov_desktop/store/__init__.py": "from .engine import open_store\nfrom . import sync_state\n",
    "gov_desktop/store/sync_state.py": "x = 1\n",  # `store.sync_state` is not `gov_desktop.sync`
    "gov_desktop/store/engine.py": "import sqlalchemy\nfrom gov_desktop.core.models import Person\n",
    "gov_desktop/sync/__init__.py": "from fastapi import FastAPI\n",  # 1: relative to a package
    "gov_desktop/server/api.py": "from ..sync import protocol\nfrom ..ui.pages import main_window\n",  # 2
    "gov_desktop/reports/excel.py": "from gov_desktop.store import queries\nimport gov_desktop.ui\n",  # 2
    "gov_desktop/ui/models/person_model.py": (
        "from PySide6.QtCore import QAbstractTableModel\n"
        "from sqlmodel import select\n"  # 2
        "from ...store import queries\n"
        "from ... import server\n"  # 4
    ),
    "gov_desktop/ui.py": "",  # a module named like a layer is that layer
}

EXPECTED = {
    ("gov_desktop/core/models.py", 2, "gov_desktop.store"),
    ("gov_desktop/core/models.py", 3, "gov_desktop.ui"),
    ("gov_desktop/core/models.py", 5, "PySide6"),
    ("gov_desktop/core/models.py", 6, "gov_desktop.app"),
    ("gov_desktop/core/models.py", 8, "requests"),
    ("gov_desktop/sync/__init__.py", 1, "fastapi"),
    ("gov_desktop/server/api.py", 2, "gov_desktop.ui"),
    ("gov_desktop/reports/excel.py", 2, "gov_desktop.ui"),
    ("gov_desktop/ui/models/person_model.py", 2, "sqlmodel"),
    ("gov_desktop/ui/models/person_model.py", 4, "gov_desktop.server"),
}


def test_checker_catches_upward_imports(tmp_path: Path) -> None:
    for rel, text in BAD_TREE.items():
        path = tmp_path / "src" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    violations, files = check_layers(tmp_path / "src")
    assert files == len(BAD_TREE)
    found = {(v.path.relative_to("src").as_posix(), v.line, v.banned) for v in violations}
    assert found == EXPECTED


@pytest.mark.parametrize(
    ("module", "is_package", "level", "target", "expected"),
    [
        ("gov_desktop.core.models", False, 1, "ids", "gov_desktop.core.ids"),
        ("gov_desktop.core.models", False, 1, None, "gov_desktop.core"),
        ("gov_desktop.core.models", False, 2, "store", "gov_desktop.store"),
        ("gov_desktop.core", True, 1, "models", "gov_desktop.core.models"),
        ("gov_desktop.core", True, 2, "ui", "gov_desktop.ui"),
        ("gov_desktop.ui.models.person", False, 3, None, "gov_desktop"),
    ],
)
def test_relative_imports_resolve_like_python(
    module: str, is_package: bool, level: int, target: str | None, expected: str
) -> None:
    assert resolve_relative(module, is_package, level, target) == expected


def test_relative_import_above_the_top_package_is_an_error() -> None:
    with pytest.raises(ValueError):
        resolve_relative("gov_desktop.core", True, 3, "x")
