"""Labels and credits of other shapes: another story's label ("Related news:", "Editor's
Choice:"), the page's main picture ("Header image: ...", "Main image credit: ..."), a caption's
"Photo by" credit, a credit "With reports from <name>, <outlet>", a byline with its outlet after
a comma and a live entry's "From <OUTLET>'s <Name>", where a piece appeared in print, reading
times with an icon's name or a field, a blog's "Labels:" and "Views my own."

Every line is written for the test; each kind has news look-alikes that must stay wherever they
sit.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "A magnitude 6.1 earthquake struck off the coast on Monday, damaging 300 homes."
_NEXT = "Rescue teams reached the worst-hit villages by nightfall, the agency said."


@pytest.mark.parametrize(
    "line",
    [
        "Related news: Airport closed as ash drifts west",
        "Editor's Choice: Export curbs to stay until 2036, minister says",
        "Editor's picks: Ten years after the tsunami",
        "Header image: Rescuers search the rubble in Palu. — Coast Times/File",
        "Main image credit: Ana Ruiz / Harbour Photo Agency",
        "Damaged homes in Palu on Monday, March 2034. Photo by Coast Times/Budi Santoso",
        "— With reports from Ana Ruiz, Coast Broadcasting News",
        "By Ana Ruiz, Budi Santoso and Mei Lin Tan, WNN",
        "From WNN's Ana Ruiz",
        "Appeared in the March 20, 2034, issue of The Weekly Review as “Aftershocks.”",
        "From the April 2034 print issue: “The Fault Line.”",
        "timer 3 min. read",
        "4 mins to read",
        "— 5 min read · Members",
        "7 min read · Feb 26, 2034",
        "Labels: earthquake, news, rescue",
        "Seismologist at the national institute. Views my own.",
    ],
)
def test_a_label_or_credit_of_another_shape_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert _LEAD in cleaned and _NEXT in cleaned and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Related news from the region: a second quake hit Sulawesi on Tuesday.",
        "Editors' choice of words drew criticism after the 2018 quake, the council said.",
        "Header images from the satellite show the coast dropped by 40 centimetres.",
        "Photo by photo, volunteers matched 200 pictures to families in the camps.",
        "With reports from the villages still missing, the toll is expected to rise.",
        "By Monday, Tuesday and Wednesday, 40 aftershocks had been recorded.",
        "From Jakarta's point of view, the response was fast.",
        "It appeared in the town's records as the worst quake since 1938.",
        "From the April print issue of the journal, the study was cited 40 times.",
        "Labels on the aid boxes were printed in three languages.",
        "Views on the rebuilding plan differ, and my own survey found 60% against it.",
        "3 minutes to reach the shelter is all residents have, officials warned.",
    ],
)
def test_news_with_a_labels_or_credits_words_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []


@pytest.mark.parametrize("line", ["From Gaza's Nasser Hospital", "From Trump's White House"])
def test_a_subheading_that_names_a_place_is_no_writer(line: str) -> None:
    # review16 S14: "From <X>'s <a place>" above a text is a subheading; with nothing after
    # it, as an article's last line, it goes as any dangling heading does.
    assert lost_places(line, _LEAD, _NEXT, places=("mid", "top", "head")) == []


def test_a_live_entrys_headline_above_its_dropped_credit_stays() -> None:
    text = "\n".join(
        [
            _LEAD,
            "8:31 p.m. ET, March 3, 2034",
            "Fire crews expect winds to drop overnight",
            "From WNN's Delia Monroe",
            "Forecasters expect gusts to fall below 20 mph after midnight, giving crews a chance.",
            "7:58 p.m. ET, March 3, 2034",
            "Evacuation shelter opens at the high school",
            "From WNN's Paul Ferro",
            "The Red Cross has opened a shelter at the high school, the organization said.",
        ]
    )
    cleaned = clean_text(text).split("\n")
    assert "Fire crews expect winds to drop overnight" in cleaned
    assert "Evacuation shelter opens at the high school" in cleaned
    assert "From WNN's Delia Monroe" not in cleaned


def test_a_trailing_label_above_a_dropped_credit_and_nothing_still_goes() -> None:
    cleaned = clean_text("\n".join([_LEAD, _NEXT, "More from our team", "From WNN's Paul Ferro"]))
    assert "More from our team" not in cleaned.split("\n")


@pytest.mark.parametrize(
    "line",
    ["Edited Mar 11, 2034 11:02 am", "Issued at 2:48 pm EST on Friday 10 March 2034."],
)
def test_an_edited_or_issued_stamp_goes(line: str) -> None:
    assert line not in clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Edited by volunteers, the map of damaged homes went online on Tuesday.",
        "Issued at 2:48 pm, the warning came 40 minutes after the first shock.",
    ],
)
def test_news_that_opens_like_a_stamp_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
