"""A site's other lists by name after the article ("Trending on <Outlet>", "More <Town> news",
"More coverage", "Latest podcast"; "Ook interessant", "Ezek is érdekelhetik", "Δείτε ακόμη"
in the page's language) go with the headlines under them (``clean.lists``). Such a heading
above a paragraph is a subheading and stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


def _kept(text: str) -> list[str]:
    return [line for line in clean_text(text).splitlines() if line]


@pytest.mark.parametrize(
    "head",
    ["Trending on Harbour Post", "More Fenwick news", "More coverage", "Latest podcast"],
)
def test_a_sites_list_goes_with_its_headlines(head: str) -> None:
    text = (
        f"{_LEAD}\n{_BODY}\n{head}\nTwo charged after quay break-in\n"
        "School bus route changes from Monday"
    )
    assert _kept(text) == [_LEAD, _BODY]


def test_a_list_in_the_pages_language_goes() -> None:
    lead = "De gemeente sluit de brug over het kanaal twee weken voor onderhoud."
    body = "Fietsers moeten omrijden via de Oosterhaven, meldt de gemeente."
    text = f"{lead}\n{body}\nOok interessant\nNieuwe bushalte bij station\nMarkt verhuist"
    assert _kept(text) == [lead, body]


def test_such_a_heading_above_a_paragraph_stays() -> None:
    text = (
        f"{_LEAD}\nMore coverage\nThe ferry operator will add two evening sailings from June, "
        "it said on Tuesday."
    )
    assert "More coverage" in _kept(text)
