"""Where this installation keeps its files. ``init()`` is called once by the composition root."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "gov-desktop"
ENV_DATA_DIR = "GOV_DESKTOP_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / "gov.db"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo" / "demo-county.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"


def resolve_data_dir(arg: str | None) -> Path:
    """``--data-dir`` wins, then ``$GOV_DESKTOP_DATA_DIR``, then the user's data directory."""
    if arg:
        return Path(arg).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def init(data_dir: str | Path | None) -> Paths:
    """Resolve and create the data directory tree."""
    paths = Paths(resolve_data_dir(str(data_dir) if data_dir else None))
    for d in (paths.data_dir, paths.backups, paths.logs):
        d.mkdir(parents=True, exist_ok=True)
    return paths


def resource_path(*parts: str) -> Path:
    """resources/<parts...>: package data in an installed or frozen app (``gov_desktop/resources``, where
    packaging/gov-desktop.spec puts it), else resources/ of a source checkout, next to src/.

    The checkout path is returned when neither exists: callers check ``is_file()`` / ``is_dir()``."""
    try:
        packaged = resources.files("gov_desktop").joinpath("resources", *parts)
        if packaged.is_file() or packaged.is_dir():
            return Path(str(packaged))
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    return Path(__file__).resolve().parents[2].joinpath("resources", *parts)
