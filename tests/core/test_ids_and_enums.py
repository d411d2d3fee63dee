import uuid

from gov_desktop.core.enums import REQUEST_TRANSITIONS, HouseholdFlag, RequestStatus, join_codes, split_codes
from gov_desktop.core.ids import uuid7


def test_uuid7_is_version_7_unique_and_time_ordered():
    ids = [uuid7() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids)
    assert all(uuid.UUID(i).version == 7 for i in ids[:20])


def test_enum_codes_and_labels():
    assert RequestStatus.DONE == "done"
    assert RequestStatus("done").label == "办结"
    assert RequestStatus.from_label("办结") is RequestStatus.DONE
    assert RequestStatus.from_label("不存在") is None
    assert ("dibao", "低保户") in HouseholdFlag.choices()


def test_every_status_has_transitions_and_final_states_are_final():
    assert set(REQUEST_TRANSITIONS) == set(RequestStatus)
    assert REQUEST_TRANSITIONS[RequestStatus.DONE] == frozenset()


def test_code_sets_roundtrip():
    assert join_codes(["junshu", "dibao", "dibao", " "]) == "dibao,junshu"
    assert split_codes(join_codes("b,a")) == ["a", "b"]
    assert split_codes("") == []
