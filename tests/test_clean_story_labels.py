"""Review16 S14's rest and S11: a label of another story before a sentence of news keeps the
news; a site's section label above an explainer's first paragraph goes while a text's first
section heading stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "The regional council approved the coastal housing plan on Tuesday by 31 votes to 12."
_NEXT = "Building on the first of the 4,000 homes is due to start in the spring of 2035."


@pytest.mark.parametrize(
    "line",
    [
        "Editor's picks: The paper's editors chose the Harris endorsement over Trump, a first in "
        "40 years.",
        "Related news: The central bank also cut its growth forecast to 0.8%.",
        "Editor's choice: Judges gave the prize to a first novel for the third year running.",
    ],
)
def test_a_sentence_of_news_after_another_storys_label_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT, places=("mid",)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Related news: Storm Bert cuts power to 40,000 homes",
        "Editor's picks: The best novels of the year",
    ],
)
def test_a_headline_after_another_storys_label_goes(line: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT])).split("\n")
    assert line not in cleaned


_PARAS = [
    "The plan sets aside land for 4,000 homes along the northern coast, a third of them for "
    "rent at capped prices.",
    "Developers must build sea defences before the first residents move in, the plan says.",
    "Objectors have six weeks to ask for a judicial review of the council's decision.",
]


@pytest.mark.parametrize("label", ["Politics", "World News", "Climate crisis", "Local News"])
def test_a_section_label_above_an_explainer_goes(label: str) -> None:
    text = [label, _PARAS[0], "What the plan says", _PARAS[1], "What happens next", _PARAS[2]]
    cleaned = clean_text("\n".join(text)).split("\n")
    assert label not in cleaned
    assert "What the plan says" in cleaned and "What happens next" in cleaned


def test_a_first_section_heading_like_its_siblings_stays() -> None:
    head = "Why the council acted"
    text = [head, _PARAS[0], "What the plan says", _PARAS[1], "What happens next", _PARAS[2]]
    cleaned = clean_text("\n".join(text)).split("\n")
    assert head in cleaned and all(p in cleaned for p in _PARAS)
