"""More of a byline's shapes (``clean.bylines``): with the writer's e-mail, a labelled "by" with
a colon, a bio cut from the name its link held, a writer's beat with how to reach them; a
columnist's note after the text (``clean.credits``: "The columnist is a former ..."); a page's AI
disclosure (``clean.abroad``). A sentence of news that opens alike stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


@pytest.mark.parametrize(
    "line",
    [
        "By Tomas Reyes treyes@harbourpost.example",
        "Written by: Ana Ruiz",
        "Reported by : Our Special Correspondent",
        "is a senior reporter covering transport and the ports.",
        "Ana Ruiz covers farming for the Valley Ledger. Reach her at 555-0142.",
        "Harbour Post AI disclosure: An editor checked this summary before publication.",
        "An editor reviewed this article, which was written with the help of an AI tool.",
        "Photographs by Ana Ruiz for The Harbour Post",
    ],
)
def test_a_byline_or_note_goes(line: str) -> None:
    assert is_boilerplate(line)
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}").splitlines() if x]
    assert kept == [_LEAD, _BODY]


@pytest.mark.parametrize(
    "line",
    [
        "The columnist is a retired harbour pilot.",
        "Our columnist ran the ferry company for 20 years and writes here monthly.",
        "Our guest teaches history at the county college.",
    ],
)
def test_a_columnists_note_after_the_text_goes(line: str) -> None:
    kept = [x for x in clean_text(f"{_LEAD}\n{_BODY}\n{line}").splitlines() if x]
    assert kept == [_LEAD, _BODY]


def test_a_guests_line_above_more_text_stays() -> None:
    line = "Our guest teaches history at the county college."
    after = "She told the meeting the archive must stay in town."
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{after}").splitlines() if x]
    assert line in kept


@pytest.mark.parametrize(
    "news",
    [
        "By the end of May the bridge will reopen.",
        "Written by hand, the letter reached the mayor on Monday.",
        "The ministry said the report was drafted with the help of an AI tool.",
        "Blue Cross covers dental care for Medicare. Reach it at 555-0100.",
        "Is a four-day week the answer? The union thinks so.",
    ],
)
def test_a_sentence_that_opens_alike_stays(news: str) -> None:
    assert not is_boilerplate(news)
