"""Concurrent pushes get gap-free sequence numbers in commit order, and a pull running alongside never skips
a change (the reason for the push lock: see ``server.service``)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from gov_desktop.server.tables import ChangeLog

from .conftest import TC_A, TC_B, LiveServer, TestDevice, row_id

PUSHERS = 4
BATCHES = 8
PER_BATCH = 5


def test_concurrent_pushes_are_numbered_gap_free_and_a_concurrent_pull_skips_nothing(
    live_server: LiveServer,
) -> None:
    pushers = [live_server.enroll(TC_A if i % 2 else TC_B) for i in range(PUSHERS)]
    reader = live_server.enroll("", county=True)
    batches: list[list[str]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def push_many(dev: TestDevice) -> None:
        try:
            for b in range(BATCHES):
                ids = [row_id("hh") for _ in range(PER_BATCH)]
                answer = dev.push(
                    [
                        dev.change("household", "i", {"household_no": f"{dev.device_id}-{b}-{i}"}, rid=r)
                        for i, r in enumerate(ids)
                    ]
                )
                assert answer["applied"] == PER_BATCH
                batches.append(ids)
        except BaseException as exc:
            errors.append(exc)

    seen: list[int] = []

    def pull_while_pushing() -> None:
        try:
            cursor = 0
            while True:
                finished = done.is_set()  # read before the page: a page read after this saw every push
                page = reader.pull(since=cursor, limit=7)
                assert not page["refetch"]
                seen.extend(c["s"] for c in page["changes"])
                cursor = page["next"]
                if finished and not page["more"]:
                    return
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push_many, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull_while_pushing)
    puller.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    done.set()
    puller.join(60)
    assert not errors, errors

    total = PUSHERS * BATCHES * PER_BATCH
    with live_server.db.session() as session:
        seq_of = {r: s for s, r in session.execute(select(ChangeLog.seq, ChangeLog.row_id))}
    assert sorted(seq_of.values()) == list(range(1, total + 1))  # gap-free
    for ids in batches:  # each batch numbered as one block: batches were applied one after the other
        seqs = sorted(seq_of[r] for r in ids)
        assert seqs == list(range(seqs[0], seqs[0] + PER_BATCH))
    assert seen == list(range(1, total + 1))  # the reader got every change once, in order
