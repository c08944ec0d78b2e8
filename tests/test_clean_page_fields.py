"""Lines that are chrome by their neighbours go (``clean.fields``): an event page's fields, an
aggregator's list with each outlet on its own line, a syndicated story's source above it, a
consent dialog's heading; one field row alone, a venue no label sits over, and a headline list
with a paragraph stay.

Every line is written for the test.
"""

from __future__ import annotations

from briefing.clean import clean_text

_BODY = [
    "Organizers of the street festival have added a third day after the council approved it.",
    "The Sunday lineup will be local bands on the square's stage from noon to 6 p.m.",
]


def _lines(text: str, outlet: str | None = None) -> list[str]:
    return [line for line in clean_text(text, outlet=outlet).split("\n") if line]


def test_an_event_page_s_field_rows_go() -> None:
    fields = ["When: 17-23 February 2041", "Where: Market Square, York", "Price: Free; shows £8"]
    assert _lines("\n".join([*fields, *_BODY])) == _BODY


def test_one_field_row_stays() -> None:
    text = "\n".join([*_BODY, "When: Saturday from 10 a.m.", "Stalls open at the market hall."])
    assert "When: Saturday from 10 a.m." in _lines(text)


def test_labels_over_their_values_after_the_text_go() -> None:
    tail = ["Venue", "Pack Square Park", "Organizer", "Riverside Festivals Inc."]
    assert _lines("\n".join([*_BODY, *tail])) == _BODY


def test_a_venue_no_label_sits_over_stays() -> None:
    text = "\n".join([*_BODY, "Pack Square Park", "The park reopens in May after repairs."])
    assert "Pack Square Park" in _lines(text)


def test_an_aggregator_s_headlines_with_outlets_on_their_own_lines_go() -> None:
    rows = [
        "Three-day port strike over; ferries sail again",
        "Baltic Morning Post",
        "Port workers accept 9% raise; sailings back on schedule",
        "Nordic Freight Journal",
        "Port strike: what it cost the country's exporters",
        "Coastal Business News",
    ]
    assert _lines("\n".join(rows)) == []
    kept = _lines("\n".join([*rows, _BODY[0]]))
    assert rows[0] in kept and rows[2] in kept


def test_a_syndicated_story_s_source_above_it_goes() -> None:
    name = "The Upper Valley Ledger"
    text = "\n".join([name, *_BODY, f"Originally published by {name}"])
    assert _lines(text, outlet="News Portal") == _BODY
    assert _lines("\n".join([name, *_BODY]))[0] == name


def test_a_consent_dialog_s_heading_goes() -> None:
    text = "\n".join(
        [
            "Privacy at Bay Gazette",
            "Bay Gazette works with 143 vendors who may set cookies to tailor ads and count"
            " visits.",
            *_BODY,
        ]
    )
    assert _lines(text, outlet="Bay Gazette") == _BODY
