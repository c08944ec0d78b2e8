"""Lines that are chrome because of a cue elsewhere in the text (``clean.cues``): a print
page's jump head that a jump line names, an audio player's duration after its start or button.
A capitalised word or a clock alone that no cue explains stays.

Every line is written for the test.
"""

from __future__ import annotations

from briefing.clean import clean_text

_P1 = "The county will build a 2-mile flood wall along the River Orr, officials said on Monday."
_P2 = "The wall would protect about 600 homes that flooded in 2029 and 2032."
_P3 = "Council member Ada Brandt said the county could not wait for another flood."
_P4 = "The state has promised to pay half of the $31 million cost."


def _clean(*lines: str) -> str:
    return clean_text("\n".join(lines))


def test_a_jump_head_named_by_a_jump_line_goes() -> None:
    cleaned = _clean(
        _P1, _P2, "See FLOOD WALL, Page A6", "Continued from Page A1", "FLOOD WALL", _P3, _P4
    )
    assert "FLOOD WALL" not in cleaned
    assert all(p in cleaned for p in (_P1, _P2, _P3, _P4))


def test_a_capitalised_line_that_no_jump_line_names_stays() -> None:
    cleaned = _clean(_P1, _P2, "See FLOOD WALL, Page A6", "THE COST", _P3, _P4)
    assert "THE COST" in cleaned


def test_a_players_duration_after_its_start_or_button_goes() -> None:
    for cue in ("00:00", "Listen", "Listen to this article"):
        cleaned = _clean(cue, "4:07", _P1, _P2)
        assert "4:07" not in cleaned and _P1 in cleaned, cue


def test_a_live_pages_entry_time_stays() -> None:
    cleaned = _clean(_P1, "Share", "10:42", _P2, "11:05", _P3)
    assert "10:42" in cleaned and "11:05" in cleaned


def test_a_clock_after_a_kept_line_stays() -> None:
    cleaned = _clean(_P1, "Listen", _P2, "3:41", _P3)
    assert "3:41" in cleaned
