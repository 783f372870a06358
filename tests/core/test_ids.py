import pytest

from api.core.ids import InvalidGlobalId, from_global_id, to_global_id, uuid7


def test_uuid7_is_time_ordered_and_versioned() -> None:
    ids = [uuid7() for _ in range(200)]
    assert all(i.version == 7 for i in ids)
    assert [i.int >> 80 for i in ids] == sorted(i.int >> 80 for i in ids)
    assert len(set(ids)) == 200


def test_global_id_round_trip_with_type_check() -> None:
    pk = uuid7()
    gid = to_global_id("Station", pk)
    assert from_global_id(gid, "Station") == ("Station", pk)
    with pytest.raises(InvalidGlobalId, match="expected StaffUser"):
        from_global_id(gid, "StaffUser")


@pytest.mark.parametrize("bad", ["", "!!!", "U3RhdGlvbjpub3QtYS11dWlk", "a" * 10])
def test_garbage_ids_are_refused(bad: str) -> None:
    with pytest.raises(InvalidGlobalId):
        from_global_id(bad)
