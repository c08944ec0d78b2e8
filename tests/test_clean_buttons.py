"""A page's buttons, prompts and fields alone on their lines (``clean.buttons``): an error
report's prompt, a comment's, a bookmark's and a donation's buttons, a link to the outlet's
standards, tracking fields, a reading time, a skip link; and a warning's issue stamp
(``clean.shapes``).

Every line is written for the test; each kind has news look-alikes with the same words that
must stay.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_BUTTON_LEAD = "The state will close 14 rural clinics by June, the health department said."
_BUTTON_NEXT = "Patients will be sent to hospitals up to 90 minutes away, officials said."


def _between(line: str) -> str:
    return clean_text("\n".join([_BUTTON_LEAD, line, _BUTTON_NEXT]))


@pytest.mark.parametrize(
    "line",
    [
        "Spotted an error in this story?",
        "Found a typo?",
        "Was this summary helpful? Yes No",
        "Report it to us!",
        "Thanks for your report.",
        "Comment on this article",
        "Add to your reading list",
        "Donate today",
        "Read our editorial standards",
        "Content type: free",
        "Visitor status: registered",
        "Paywall ID: 3",
        "Reading time: 3 min",
        "Read time: 4 mins",
        "Time to read 5 min.",
        "Skip previous section Related topics",
        "Explore more",
        "Issued at: 06:40 on Tue 3 Apr 2034",
        "Updated May 3 2034 - 5:12pm, first published 1:05pm",
    ],
)
def test_a_pages_button_or_field_goes(line: str) -> None:
    cleaned = _between(line)
    assert _BUTTON_LEAD in cleaned and _BUTTON_NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Found a mistake in the budget, the auditor asked the state to reopen the clinics.",
        "Report it to us, the clinic's manager told patients who saw the fault.",
        "Comments on the closures run to 2,000 pages.",
        "Donate blood at the clinic in Orrin before it closes on June 1.",
        "Reader status is not recorded in the survey of 3,000 patients.",
        "User fees at the clinics rose to $15 a visit in 2033.",
        "Time to reach a hospital will double for 40,000 people.",
        "Explore more of the county's clinics on the state's new map, officials urged.",
        "Issued at 06:40, the order closes the clinics at the end of the month.",
    ],
)
def test_news_with_a_buttons_words_stays(line: str) -> None:
    assert line in _between(line)
    assert line in clean_text("\n".join([_BUTTON_LEAD, _BUTTON_NEXT, line]))


# A field's words in news (review15): a value that is no reader's or meter's state stays in the
# body; a paywall product's field ("<Product> type: free") goes without naming the product.
@pytest.mark.parametrize("line", ["Access level: restricted", "Campaign status: suspended"])
def test_a_fields_words_with_a_news_value_stay_in_the_body(line: str) -> None:
    assert lost_places(line, _BUTTON_LEAD, _BUTTON_NEXT, places=("mid",)) == []


@pytest.mark.parametrize(
    "line", ["Tinypass type: metered", "User Type: anonymous web", "User ID: 4471", "User Status:"]
)
def test_a_tracking_field_still_goes(line: str) -> None:
    assert line not in _between(line)
