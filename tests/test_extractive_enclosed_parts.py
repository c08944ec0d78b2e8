"""A run of a document's parts, each alone in its group, between two parts that went to one
group joins that group (``_enclosed_parts``): the paragraphs between two parts of one story are
that story's too, however few words they share with it.

A feature on a family band was cut into topical parts; its opening scene and its closing
paragraph went with a festival report's parts, and its paragraph on the youngest member ("The
youngest member, Amir, 16, is the drummer") made a section of its own, titled by its first
words (fresh28's d673). A report on a city's beaches had four middle paragraphs that each made
a section ("Fishermen at the port", fresh27's d647). A digest's items lie between items of other
stories, so they keep their sections, and a page under a digest's label or a place's live page
joins none. The texts are fictional, written for this test in the shape of a feature, a
regional report and a morning newsletter.
"""

from __future__ import annotations

from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence
from briefing.extractive.stories import _enclosed_parts, _join_given_stories
from briefing.features import terms
from briefing.models import Document

_FEATURE = [
    "In the courtyard of a house in the old quarter of Vranje, the Demirović brothers tune "
    "their trumpets under a vine heavy with unripe grapes.",
    "Their great-grandfather learned to play in an army band and brought the instrument home.",
    "The youngest member, Amir, 16, is the drummer. He wants to study at the music academy in "
    "Niš, the first in the family to do so.",
    "On Thursday the band will play a kolo, a march and a čoček before the jury at Guča.",
]
_REPORT = [
    "Serbia's Guča trumpet festival opened on Sunday with brass bands marching through the "
    "main street.",
    "The municipality expects 800,000 visitors over five days.",
    "The winners of the golden trumpet will be announced on Saturday night.",
]
_BEACH = [
    "Authorities in the northern port city of Tarsala reopened two public beaches on Sunday "
    "after the sewage plant south of the city was restarted.",
    "Fishermen at the port said they had noticed clearer water since June.",
    "The plant's survival depends on electricity: it needs four megawatts a day.",
    "Environmental groups warned against premature celebration.",
    "The municipality said it would extend testing to other stretches of the coast.",
]
_LETTER = [
    "Good morning. The ferry to Skarvik was cancelled after a fire in its engine room.",
    "The Lindholm youth choir won the national contest with a set of old fishing songs.",
    "The ferry company said a replacement vessel would sail from Tuesday.",
    "Forecasters expect gales of up to 25 metres a second on Tuesday evening.",
]


def _doc(i: str, title: str, paragraphs: list[str], story: str) -> Document:
    return Document(id=i, title=title, text="\n\n".join(paragraphs), source_ids=[i], story=story)


def _part(doc: int, paragraphs: list[str], first: int, count: int = 1) -> Unit:
    sents = [
        Sentence(text, doc, first + k, terms(text), [str(doc)], lead=first + k == 0, para=first + k)
        for k, text in enumerate(paragraphs[first : first + count])
    ]
    return Unit(doc, sents, {}, whole=False, opens=True)


def test_a_feature_s_part_between_two_parts_of_one_group_joins_it() -> None:
    docs = [
        _doc("r", "Guča trumpet festival opens with record crowds", _REPORT, "festival"),
        _doc("f", "The Demirović brothers: four generations, one trumpet, a title", _FEATURE, "b"),
    ]
    groups = [
        [_part(0, _REPORT, 0), _part(1, _FEATURE, 0, 2), _part(1, _FEATURE, 3)],
        [_part(0, _REPORT, 1, 2)],
        [_part(1, _FEATURE, 2)],  # "The youngest member, Amir, 16, ..."
    ]
    assert _enclosed_parts(docs, groups) == [(0, 2)]
    joined = _join_given_stories(docs, groups)
    amir = next(g for g in joined if any("Amir" in s.text for u in g for s in u.sentences))
    assert any("In the courtyard" in s.text for u in amir for s in u.sentences)


def test_a_run_of_a_report_s_middle_paragraphs_joins_the_group_on_both_sides() -> None:
    docs = [_doc("b", "Tarsala reopens beaches as sewage plant restarts", _BEACH, "beaches")]
    groups = [
        [_part(0, _BEACH, 0), _part(0, _BEACH, 4)],
        [_part(0, _BEACH, 1)],
        [_part(0, _BEACH, 2)],
        [_part(0, _BEACH, 3)],
    ]
    assert _enclosed_parts(docs, groups) == [(0, 1), (0, 2), (0, 3)]
    assert len(_join_given_stories(docs, groups)) == 1


def test_a_last_part_after_the_others_is_not_enclosed() -> None:
    docs = [_doc("b", "Tarsala reopens beaches as sewage plant restarts", _BEACH, "beaches")]
    groups = [[_part(0, _BEACH, 0, 4)], [_part(0, _BEACH, 4)]]
    assert _enclosed_parts(docs, groups) == []


def test_a_digest_s_item_between_items_of_other_stories_keeps_its_section() -> None:
    docs = [
        _doc("n", "Ferry fire strands Skarvik islanders", _LETTER, "ferry"),
        _doc("w", "Gales of 25 metres a second expected on Tuesday", [_LETTER[3]], "gales"),
    ]
    groups = [
        [_part(0, _LETTER, 0), _part(0, _LETTER, 2)],  # the ferry: its first and third items
        [_part(0, _LETTER, 1)],  # the choir, between two ferry items: a run enclosed
        [_part(0, _LETTER, 3), Unit(1, [], {}, whole=True)],  # the gales, with their report
    ]
    # the choir lies between two parts of the ferry's group: only a label keeps it apart
    assert _enclosed_parts(docs, groups) == [(0, 1)]
    docs[0] = _doc("n", "Morning wrap: ferry fire, choir prize, gales", _LETTER, "ferry")
    assert _enclosed_parts(docs, groups) == []
    docs[0] = _doc("n", "Skarvik live: ferry fire strands islanders", _LETTER, "ferry")
    assert _enclosed_parts(docs, groups) == []


def test_a_digest_s_lone_items_between_other_stories_parts_stay_apart() -> None:
    docs = [
        _doc("n", "Ferry fire strands Skarvik islanders", _LETTER, "ferry"),
        _doc("w", "Gales of 25 metres a second expected on Tuesday", [_LETTER[3]], "gales"),
    ]
    groups = [
        [_part(0, _LETTER, 0)],  # the ferry
        [_part(0, _LETTER, 1)],  # the choir
        [_part(0, _LETTER, 2)],  # the ferry's replacement, alone too
        [_part(0, _LETTER, 3), Unit(1, [], {}, whole=True)],  # the gales, with their report
    ]
    assert _enclosed_parts(docs, groups) == []
