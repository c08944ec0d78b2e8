"""A digest's item that becomes a section of its own opens with the item's first sentence.

A newsletter's later item that matches no other article is a section cut from the digest, with
no headline and no article lead of its own. The sentences after the item's first lean on it
("One of them, now ninety, told us ...", a quote that "she said"), and the walk over the part's
sentences may rank them above it. The item's first sentence is still its lead: it opens the
section and names it ("From the archive: forty years ago this month", not "One of them, now
retired", fresh28's d666). The texts are fictional, written for this test in the shape of a
regional Sunday newsletter and two local reports.
"""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.extractive.score import _ANAPHORA
from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence
from briefing.extractive.stories import _story, headline as headline_of
from briefing.features import idf, terms, tf_idf
from briefing.models import Document

_LETTER = """Good morning from the Northwind Letter, your Sunday read on the coast.

1. The bridge is open. After nine years of delays, the new Skarvik road bridge opened to
traffic on Saturday morning, cutting the drive between the island towns and the mainland
ferry terminal to twelve minutes. The regional council put the final cost at 412 million
crowns. Our reporter counted 300 cars in the first hour.

2. Harbour fees go up. The Skarvik harbour board voted on Friday to raise mooring fees for
leisure boats by 18 percent from next season, citing dredging costs. Owners have until March
to appeal.

3. Choir wins in Bergen. The Lindholm youth choir took first prize at the national contest on
Friday night with a set of old fishing songs. Its conductor has led it for thirty years. The prize
comes with 50,000 crowns for a tour. The
singers come home by train on Monday.

4. Storm warning. Forecasters expect gales of up to 25 metres a second on Tuesday evening. The
county asked boat owners to double their moorings before then.

From the archive: forty years ago this month, three fishing families founded the island's
first cooperative cold store in a converted net loft at Lindholm. One of them, now ninety,
told us on Saturday she had stopped promising her grandchildren a dinghy of their own. She still
rows every morning from the old slipway, rain or shine, and mends her own nets. "I only promise
them a good net and a patient sea," she said with a laugh."""

_BRIDGE = """The new Skarvik road bridge opened to traffic on Saturday after nine years of
delays, linking the island towns with the mainland ferry terminal. The regional council said
the bridge cost 412 million crowns, almost double the first estimate. Drivers queued from
dawn to cross it first."""

_FEES = """Skarvik's harbour board voted on Friday to raise mooring fees for leisure boats by
18 percent next season. The board said dredging the inner basin had cost more than planned.
Boat owners' groups said they would appeal."""


def _day() -> list[Document]:
    def doc(i: str, title: str, text: str) -> Document:
        body = "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))
        return Document(id=i, title=title, text=body, source_ids=[i])

    return [
        doc("b", "Skarvik bridge opens after nine-year wait", _BRIDGE),
        doc("f", "Skarvik harbour board raises mooring fees 18%", _FEES),
        doc(
            "n",
            "Northwind Letter: the bridge opens, harbour fees rise, a cold store at 40",
            _LETTER,
        ),
    ]


def test_a_digest_item_s_own_section_opens_with_the_item_s_first_sentence() -> None:
    draft = summarize_documents(_day())
    archive = [
        s
        for s in draft.sections
        if any("cold store" in b.text or "One of them" in b.text for b in s.bullets)
    ]
    assert archive, [s.title for s in draft.sections]
    (section,) = archive
    assert section.bullets[0].text.startswith("From the archive: forty years ago")
    assert not section.title.startswith("One of them")
    assert all(b.source_ids == ["n"] for b in section.bullets)


def test_a_sentence_that_leans_on_the_one_before_opens_with_an_anaphor() -> None:
    for leaning in (
        "One of them, now retired, told us on Saturday he had stopped promising dates.",
        "Both of them declined to comment.",
        "Most of those were released by evening.",
        "The latter said talks would resume on Monday.",
        "They said talks would resume on Monday.",
    ):
        assert _ANAPHORA.match(leaning), leaning
    for standing in (
        "One person was killed and two were injured, police said.",
        "Both sides agreed to resume talks on Monday.",
        "Most schools reopened on Tuesday.",
        "Theyab Air said its flights would resume on Monday.",
    ):
        assert not _ANAPHORA.match(standing), standing


def _parts(doc: int, *paragraphs: list[str]) -> list[Unit]:
    """One unit per paragraph of document ``doc``, its first sentence the document's lead."""
    out: list[Unit] = []
    pos = 0
    for para, texts in enumerate(paragraphs):
        sents = []
        for text in texts:
            sents.append(
                Sentence(text, doc, pos, terms(text), [str(doc)], lead=pos == 0, para=para)
            )
            pos += 1
        out.append(Unit(doc, sents, {}, whole=False, opens=True))
    return out


def _vectors(units: list[Unit]) -> None:
    weights = idf([[t for s in u.sentences for t in s.terms] for u in units])
    for u in units:
        for s in u.sentences:
            s.vec = tf_idf(s.terms, weights)
        u.vec = tf_idf([t for s in u.sentences for t in s.terms], weights)


_SCENE = [
    "Arne Bakken has farmed on the flats below Sjoa for 46 years.",
    "On Sunday morning he drove his last four cows up the hill to a neighbour's barn as the "
    "river rose over his lower field.",
]
_LATER = [
    "The Sjoa bridge was closed to traffic at noon and about 1,400 people left their homes "
    "along the river.",
]
_OTHER = [
    "The regional river authority said the Sjoa would peak on Monday night at about 1,400 "
    "cubic metres a second.",
]


def _story_of(first_title: str) -> str:
    docs = [
        Document(id="0", title=first_title, text="x", source_ids=["0"]),
        Document(id="1", title="Norway braces for spring flood peak", text="x", source_ids=["1"]),
    ]
    scene, later = _parts(0, _SCENE, _LATER)
    (other,) = _parts(1, ["Floods were expected across the valley."], _OTHER)[1:]
    group = [scene, later, other]
    _vectors(group)
    story = _story(group, docs, 3, parted=frozenset({0, 1}))
    assert story is not None
    assert story.bullets[0].text == _SCENE[0]
    return story.title


def test_a_section_that_opens_with_an_article_s_lead_takes_that_article_s_headline() -> None:
    # A local report cut into parts (its other parts went to other stories) whose opening
    # scene leads a section beside another article's part: the report's headline names the
    # section, not the scene's first words ("Arne Bakken has farmed on the flats below Sjoa",
    # fresh27's d641).
    headline = 'Sjoa bridge closed, 1,400 moved out: "The river has never sounded like this"'
    assert _story_of(headline) == headline
    # A digest's headline lists its items: it names no one section; the lead's words do.
    digest = "Valley Letter: Sjoa floods, a ferry strike, the new school term"
    assert _story_of(digest) == headline_of(_SCENE[0])
