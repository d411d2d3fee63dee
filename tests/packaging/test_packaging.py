"""Fast checks of packaging/ (no PyInstaller run): the spec, the scripts, the Linux .desktop file, the Windows
installer script, and the import rules the two bundles rely on.

The real build is ``make package`` (packaging/build.sh), which smoke-tests the frozen programs.
"""

from __future__ import annotations

import ast
import configparser
import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "gov-desktop.spec"
SRC_PKG = ROOT / "src" / "gov_desktop"
DESKTOP_FILE = PACKAGING / "linux" / "gov-desktop.desktop"
ISS = PACKAGING / "windows" / "gov-desktop.iss"

#: spec names whose values are paths (or lists of (path, dest)) computed from the repository root only
SPEC_PATH_NAMES = ("ROOT", "SRC", "PKG", "RES", "RESOURCE_DATAS", "MIGRATION_DATAS", "ICON_ICO")


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_values() -> dict[str, object]:
    """The spec's path constants, evaluated the way PyInstaller would (SPECPATH = packaging/)."""
    namespace: dict[str, object] = {"Path": Path, "SPECPATH": str(PACKAGING)}
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in SPEC_PATH_NAMES:
                code = compile(ast.Expression(node.value), str(SPEC), "eval")
                namespace[target.id] = eval(code, namespace)
    missing = [n for n in SPEC_PATH_NAMES if n not in namespace]
    assert not missing, f"the spec no longer defines {missing}"
    return namespace


def spec_list(name: str) -> list[str]:
    """A list constant of the spec (built from literals only)."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            code = compile(ast.Expression(node.value), str(SPEC), "eval")
            return list(eval(code, {"__builtins__": {}}))
    raise AssertionError(f"{name} not found in the spec")


def matches(source: Path) -> list[Path]:
    return sorted(source.parent.glob(source.name)) if "*" in source.name else [source]


# --- the spec ---------------------------------------------------------------------------------------------


def test_spec_compiles_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_every_data_path_in_the_spec_exists() -> None:
    values = spec_values()
    pairs = [*values["RESOURCE_DATAS"], *values["MIGRATION_DATAS"]]  # type: ignore[misc]
    for source, dest in pairs:
        if source.suffix == ".qm":
            # build output of `make translations`: the .ts sources must be there
            assert sorted(source.parent.glob("*.ts")), f"no .ts sources next to {source}"
            continue
        found = matches(source)
        assert found and all(p.is_file() for p in found), f"spec data {source} does not exist"
        assert dest.startswith("gov_desktop/"), dest
    assert Path(values["ICON_ICO"]).is_file()  # type: ignore[arg-type]


def test_resources_land_where_the_code_looks_for_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the spec's resource data out as the frozen app has it; the code finds its files there."""
    from gov_desktop import paths
    from gov_desktop.reports.templates import ROSTER_TEMPLATE_NAME, roster_template_path
    from gov_desktop.ui.i18n import translations_dir

    dests = {dest for _source, dest in spec_values()["RESOURCE_DATAS"]}  # type: ignore[attr-defined]
    for dest in dests:
        (tmp_path / dest).mkdir(parents=True)
    frozen_pkg = tmp_path / "gov_desktop"
    (frozen_pkg / "resources" / "templates" / ROSTER_TEMPLATE_NAME).parent.mkdir(parents=True, exist_ok=True)
    (frozen_pkg / "resources" / "templates" / ROSTER_TEMPLATE_NAME).write_bytes(b"frozen")
    monkeypatch.setattr(paths.resources, "files", lambda package: frozen_pkg)

    assert translations_dir() == frozen_pkg / "resources" / "translations"
    assert translations_dir().relative_to(tmp_path).as_posix() in dests
    template = roster_template_path()
    assert template is not None and template.read_bytes() == b"frozen"
    assert template.parent.relative_to(tmp_path).as_posix() in dests


def test_every_migration_file_is_bundled() -> None:
    """Alembic reads its scripts from files: each one under store/migrations must be a data file."""
    bundled: set[Path] = set()
    for source, _dest in spec_values()["MIGRATION_DATAS"]:  # type: ignore[attr-defined]
        bundled.update(matches(source))
    migrations = SRC_PKG / "store" / "migrations"
    wanted = {p for p in migrations.rglob("*") if p.is_file() and p.suffix in {".py", ".mako"}}
    assert wanted, "no migration scripts found"
    assert wanted <= bundled, f"not bundled: {sorted(str(p) for p in wanted - bundled)}"


def test_entry_scripts_exist() -> None:
    scripts = []
    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Analysis":
            first = node.args[0]
            assert isinstance(first, ast.List)
            for elt in first.elts:
                scripts += re.findall(r"['\"](entry_\w+\.py)['\"]", ast.unparse(elt))
    assert sorted(scripts) == ["entry_desktop.py", "entry_server.py"]
    for script in scripts:
        compile((PACKAGING / script).read_text(encoding="utf-8"), script, "exec")


@functools.cache
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def qt_modules_imported_by_src() -> set[str]:
    found: set[str] = set()
    for path in SRC_PKG.rglob("*.py"):
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6."))
    return found


def test_no_excluded_qt_module_is_used() -> None:
    """A Qt module the spec excludes would be missing from the frozen app: update QT_EXCLUDES first."""
    used = qt_modules_imported_by_src()
    assert "QtWidgets" in used
    excluded = {name.removeprefix("PySide6.") for name in spec_list("QT_EXCLUDES")}
    assert not used & excluded, f"used by src but excluded from the bundle: {sorted(used & excluded)}"


# --- what each bundle leaves out ---------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC_PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@functools.cache
def _imports(path: Path) -> frozenset[str]:
    """Absolute names of everything a module imports, at any depth (function-level imports too)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(parsed(path)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{a.name}" for a in node.names)
    return frozenset(names)


def import_closure(*start: str) -> set[str]:
    """Every module reachable from ``start``: gov_desktop modules followed, others recorded by name."""
    files = {_module_name(p): p for p in SRC_PKG.rglob("*.py") if "migrations" not in p.parts}
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in files:
            todo.extend(_imports(files[name]))
            parent = name.rpartition(".")[0]
            if parent:
                todo.append(parent)  # importing a.b runs a/__init__.py
    return seen


def _under(names: set[str], roots: list[str]) -> set[str]:
    return {n for n in names if any(n == r or n.startswith(r + ".") for r in roots)}


def test_the_server_bundle_needs_no_qt_and_no_sqlcipher() -> None:
    """The server spec excludes these (SERVER_EXCLUDES); nothing the server imports may need them."""
    excluded = spec_list("SERVER_EXCLUDES")
    closure = import_closure("gov_desktop.server.cli", "gov_desktop.server.app")
    assert not _under(closure, excluded), sorted(_under(closure, excluded))


def test_the_desktop_bundle_needs_no_server_side() -> None:
    """The desktop spec excludes gov_desktop.server and FastAPI (DESKTOP_EXCLUDES)."""
    excluded = spec_list("DESKTOP_EXCLUDES")
    desktop_side = [
        _module_name(p)
        for p in SRC_PKG.rglob("*.py")
        if "server" not in p.parts and "migrations" not in p.parts
    ]
    closure = import_closure(*desktop_side)
    assert not _under(closure, excluded), sorted(_under(closure, excluded))


# --- scripts and installers --------------------------------------------------------------------------------


@pytest.mark.parametrize("script", ["build.sh", "linux/install.sh"])
def test_shell_scripts_are_executable_and_parse(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK), f"{path} is not executable (chmod +x)"
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_makefile_package_target_runs_build_sh() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = re.search(r"^package:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert target and "packaging/build.sh" in target.group(1)


def test_desktop_file_has_the_basic_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[zh_CN]", "Comment", "Exec", "Icon", "Categories"):
        assert entry.get(key, "").strip(), f"{key} missing"
    assert entry["Exec"].split()[0] == "gov-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    for action in filter(None, entry.get("Actions", "").split(";")):
        section = parser[f"Desktop Action {action}"]
        assert section["Name"] and section["Exec"].startswith("gov-desktop")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icons_are_images() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "gov-desktop.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ico = (icons / "gov-desktop.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4
    assert b"<svg" in (icons / "gov-desktop.svg").read_bytes()


def test_inno_setup_script_refers_to_real_files() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", text, re.M)
    for section in ("[Setup]", "[Files]", "[Icons]", "[Components]"):
        assert section in text
    for rel in re.findall(r'\{#Root\}\\([^"\r\n;]+)', text):
        rel = rel.strip()
        parts = rel.split("\\")
        if parts[0] == "dist":  # build output
            assert len(parts) == 1 or parts[1] in {"gov-desktop", "gov-desktop-server"}, rel
            continue
        assert (ROOT / rel.replace("\\", "/")).exists(), rel
    build_ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert r"packaging\gov-desktop.spec" in build_ps1 and r"packaging\windows\gov-desktop.iss" in build_ps1
