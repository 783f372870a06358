"""Keyset cursors: a cursor made from a row's order key decodes back to the same values."""

from __future__ import annotations

from api.core.clock import utcnow
from api.core.ids import uuid7
from api.core.pagination import OrderKey, decode_cursor, encode_cursor
from api.selling.models import Payment, Shift


def test_a_cursor_over_a_timestamp_and_an_id_decodes_to_its_values() -> None:
    # regression: UtcDateTime columns reported `object` as their Python type, so no second page could be asked for
    for order in (OrderKey([Payment.created_at, Payment.id]), OrderKey([Shift.opened_at, Shift.id])):
        values = [utcnow(), uuid7()]
        assert decode_cursor(encode_cursor(values), order) == values
