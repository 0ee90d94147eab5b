"""Slip codes: round trip, and every damaged code refused with a clear sentence."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from scope_desk.errors import InvalidInput
from scope_desk.services import slip_codes

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_code_has_the_documented_shape() -> None:
    code = slip_codes.encode("12ab", 7, 123)
    assert code.startswith("SD-12AB-0007-000123-")
    assert len(code) == len("SD-12AB-0007-000123-7")


@given(brin=st.text(ALNUM, min_size=4, max_size=6), round_id=st.integers(0, 99_999), pupil_id=st.integers(0, 10**9))
def test_round_trip(brin: str, round_id: int, pupil_id: int) -> None:
    decoded = slip_codes.decode(slip_codes.encode(brin, round_id, pupil_id))
    assert (decoded.brin, decoded.round_id, decoded.pupil_id) == (brin, round_id, pupil_id)


def test_scanner_input_is_forgiven_case_spaces_and_enter() -> None:
    code = slip_codes.encode("12AB", 3, 42)
    assert slip_codes.decode(f"  {code.lower()}\r\n").pupil_id == 42
    assert slip_codes.decode(code.replace("-", "\u2013")).pupil_id == 42


def test_every_single_character_change_is_refused() -> None:
    code = slip_codes.encode("12AB", 7, 123)
    for i, ch in enumerate(code):
        if ch == "-":
            continue
        for other in ALNUM:
            if other == ch:
                continue
            damaged = code[:i] + other + code[i + 1:]
            with pytest.raises(InvalidInput, match="beschadigd"):
                slip_codes.decode(damaged)


def test_swapped_neighbours_are_refused() -> None:
    code = slip_codes.encode("12AB", 7, 123456)
    plain = [i for i, ch in enumerate(code) if ch != "-"]
    for a, b in zip(plain, plain[1:]):
        if b != a + 1 or code[a] == code[b]:
            continue
        swapped = code[:a] + code[b] + code[a] + code[b + 1:]
        with pytest.raises(InvalidInput, match="beschadigd"):
            slip_codes.decode(swapped)


@pytest.mark.parametrize("typed", ["", "SD-12AB-0007", "hello", "SD-12AB-0007-000123-77", "12AB-0007-000123-X"])
def test_garbage_gets_one_clear_sentence(typed: str) -> None:
    with pytest.raises(InvalidInput) as info:
        slip_codes.decode(typed)
    assert str(info.value).endswith(".")
    assert "\n" not in str(info.value)
