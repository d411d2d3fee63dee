"""The engine's connection pool: many threads share one encrypted store without losing connections.

SQLAlchemy picks ``SingletonThreadPool`` (five connections, one per thread, the oldest closed when a sixth
thread connects) for a ``sqlite://`` URL with a ``creator``; with more threads than that a connection still
in use by one thread was closed under it ("Cannot operate on a closed database", or a crash in SQLCipher).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy.pool import QueuePool
from sqlmodel import func, select

from gov_desktop.core.models import Person
from gov_desktop.store.engine import Store, open_store

THREADS = 10
ROUNDS = 15
TOWNSHIP = "540123101"


def _work(store: Store, worker: int, errors: list[BaseException], start: threading.Barrier) -> None:
    try:
        start.wait()
        for n in range(ROUNDS):
            if n % 3 == 0:
                with store.session(user=f"worker{worker}") as s:
                    s.add(Person(township_code=TOWNSHIP, name=f"测试{worker}", id_number=f"w{worker}-{n}"))
            with store.reader() as s:
                s.execute(select(func.count()).select_from(Person)).scalar_one()
            with store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM person WHERE name LIKE '测试%'").scalar_one()
    except BaseException as exc:  # collected and reported by the test
        errors.append(exc)


@pytest.mark.parametrize("encrypted", [True, False], ids=["sqlcipher", "plain"])
def test_many_threads_read_and_write_one_store(db_path: Path, encrypted: bool) -> None:
    store = open_store(db_path, key="keyring" if encrypted else None)
    try:
        assert store.encrypted is encrypted
        assert isinstance(store.engine.pool, QueuePool)
        errors: list[BaseException] = []
        start = threading.Barrier(THREADS)
        threads = [
            threading.Thread(target=_work, args=(store, i, errors, start), daemon=True)
            for i in range(THREADS)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
        assert errors == []
        with store.reader() as s:
            written = s.execute(select(func.count()).select_from(Person)).scalar_one()
        assert written == THREADS * len(range(0, ROUNDS, 3))
    finally:
        store.close()
