"""Store tests: a file keyring of the test's own (tests/conftest.py also isolates HOME and XDG dirs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """A plaintext keyring file under tmp_path, set explicitly: never the desktop's, never one that prompts."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's store lives: ``<tmp>/data/gov.db`` (its backups go to ``<tmp>/data/backups``)."""
    return tmp_path / "data" / "gov.db"
