"""A transcript's speaker labels ("ANCHOR (NAME):", "REPORTER:", a guest's name in capitals) are
no part of what was said: no candidate sentence, so no bullet, opens with one. A newsletter's
headings of capitals and a roundup's places, each heading one line, are left as they are."""

from __future__ import annotations

from briefing.extractive.sentences import sentences_of
from briefing.models import Document

TRANSCRIPT = "\n".join(
    [
        "MIDDAY ON THE COAST | Thursday 8 May 2052 | 12.05 p.m.",
        "PRESENTER (ODILE MARCHAND): Good afternoon. Our top story: the landslide on the coast "
        "road above Portmeirac. Our reporter Tobias Venn is at the roadblock. Tobias?",
        "REPORTER (TOBIAS VENN): Odile, the road is shut in both directions below the quarry "
        "and the diggers are already working on the fallen rock.",
        "PRESENTER: Was anyone on the road when it came down?",
        "REPORTER: The county engineer told me two cars were caught and both drivers walked "
        "away with cuts and bruises.",
        "PRESENTER: We have on the line the county's roads chief, Hanna Ruel.",
        "HANNA RUEL: Good afternoon. We expect to reopen one lane by Saturday morning if the "
        "slope holds overnight.",
    ]
)

NEWSLETTER = "\n".join(
    [
        "TOP STORY: The county will reopen one lane of the coast road by Saturday morning, its "
        "roads chief said on Thursday.",
        "ONE NUMBER: Two cars were caught by the landslide above Portmeirac, and both drivers "
        "walked away with cuts.",
        "WHAT WE'RE WATCHING: The harbour board meets on Friday to set next year's mooring fees "
        "for visiting boats.",
    ]
)


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences_of(Document(id="a", title="T", text=text, source_ids=["a"]))]


def test_no_sentence_of_a_transcript_opens_with_a_speaker_label() -> None:
    sentences = _sentences(TRANSCRIPT)
    assert (
        "The county engineer told me two cars were caught and both drivers walked away with "
        "cuts and bruises." in sentences
    )
    assert (
        "We expect to reopen one lane by Saturday morning if the slope holds overnight."
        in sentences
    )
    assert not [s for s in sentences if s.split(":")[0].isupper()]


def test_a_newsletters_headings_of_capitals_are_left_as_they_are() -> None:
    sentences = _sentences(NEWSLETTER)
    assert sentences[0].startswith("TOP STORY: The county will reopen")
    assert sentences[1].startswith("ONE NUMBER: Two cars")
