import threading

from hypothesis import given
from hypothesis import strategies as st

from gov_desktop.core.hlc import HybridClock, Timestamp, clamp


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_monotonic_when_wall_clock_jumps_back():
    wall = FakeWall(1_000_000)
    clock = HybridClock("devA", wall=wall)
    a = clock.now()
    wall.ms -= 60_000  # the wall clock is set back a minute
    b = clock.now()
    c = clock.now()
    assert a < b < c
    assert Timestamp.parse(b).ms == 1_000_000  # physical part held, counter advanced


def test_text_order_equals_clock_order():
    wall = FakeWall(5)
    clock = HybridClock("n1", wall=wall)
    stamps = []
    for step in [0, 0, 3, 0, 100_000, 1]:
        wall.ms += step
        stamps.append(clock.now())
    assert stamps == sorted(stamps)
    assert [Timestamp.parse(s) for s in stamps] == sorted(Timestamp.parse(s) for s in stamps)


def test_absorb_moves_past_a_remote_stamp():
    remote = HybridClock("remote", wall=FakeWall(1_000_900))  # 0.9 s ahead: within the drift allowed
    local = HybridClock("local", wall=FakeWall(1_000_000))
    r = remote.now()
    after = local.absorb(r)
    assert (Timestamp.parse(after).ms, Timestamp.parse(after).counter) > (
        Timestamp.parse(r).ms,
        Timestamp.parse(r).counter,
    )
    assert local.now() > after


def test_clock_far_ahead_is_clamped_not_absorbed():
    local = HybridClock("local", wall=FakeWall(1_000_000), max_drift_ms=300_000)
    ahead = str(Timestamp(1_000_000 + 10 * 86_400_000, 0, "bad"))  # ten days ahead
    after = local.absorb(ahead)
    assert Timestamp.parse(after).ms <= 1_000_000 + 300_000
    assert clamp(ahead, wall=1_000_000, max_drift_ms=300_000) == str(Timestamp(1_300_000, 0, "bad"))
    small = str(Timestamp(1_000_500, 3, "ok"))
    assert clamp(small, wall=1_000_000, max_drift_ms=300_000) == small


def test_restore_never_reuses_a_stamp():
    wall = FakeWall(10)
    clock = HybridClock("d", wall=wall)
    last = clock.now()
    restarted = HybridClock("d", wall=FakeWall(5), last=last)  # restarted with an earlier wall clock
    assert restarted.now() > last


def test_counter_overflow_borrows_next_millisecond():
    clock = HybridClock("d", wall=FakeWall(7))
    seen = {clock.now() for _ in range(100_050)}
    assert len(seen) == 100_050
    assert Timestamp.parse(max(seen)).ms == 8


def test_threads_get_unique_increasing_stamps():
    clock = HybridClock("t")
    out: list[list[str]] = [[] for _ in range(4)]

    def work(i: int) -> None:
        out[i].extend(clock.now() for _ in range(2000))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    allstamps = [s for chunk in out for s in chunk]
    assert len(set(allstamps)) == len(allstamps)
    for chunk in out:
        assert chunk == sorted(chunk)


@given(st.lists(st.tuples(st.integers(-10_000, 10_000), st.booleans(), st.integers(0, 50_000)), max_size=60))
def test_skewed_nodes_property(events):
    """Whatever the wall clocks do, each node's stamps increase and a received stamp is always exceeded."""
    wall_a, wall_b = FakeWall(1_000_000), FakeWall(1_000_000)
    a, b = HybridClock("a", wall=wall_a), HybridClock("b", wall=wall_b)
    last_a = last_b = ""
    for jump, send_a_to_b, skew in events:
        wall_a.ms = max(0, wall_a.ms + jump)
        wall_b.ms = max(0, wall_a.ms - skew)
        sa = a.now()
        assert sa > last_a
        last_a = sa
        if send_a_to_b:
            sb = b.absorb(sa)
            assert (Timestamp.parse(sb).ms, Timestamp.parse(sb).counter) > (
                Timestamp.parse(sa).ms,
                Timestamp.parse(sa).counter,
            )
        else:
            sb = b.now()
        assert sb > last_b
        last_b = sb
