"""End-to-end tests over the fault-injecting proxy (tests/support/faultproxy.py, shared with bench/)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parents[1] / "support"
if str(SUPPORT) not in sys.path:
    sys.path.insert(0, str(SUPPORT))


@pytest.fixture
def fast_dir(tmp_path: Path) -> Iterator[Path]:
    """A directory on tmpfs when there is one (/dev/shm): the stores and the server's SQLite file fsync on
    every commit (synchronous=FULL), which costs ~5 ms a commit on a disk and nothing on tmpfs. Process kills
    do not need a disk to prove anything, and the randomized runs do many thousands of commits."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    path = Path(tempfile.mkdtemp(prefix="gov-e2e-", dir=shm))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
