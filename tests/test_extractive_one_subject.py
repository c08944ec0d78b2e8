"""When a document's parts tell one thing (``briefing.extractive.stories._one_subject``): a
digest's items keep their sections, whatever words its headline and items share. Written by a
reviewer (review22) for these tests, called directly on fictional parts."""

from __future__ import annotations

import pytest

from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence
from briefing.extractive.stories import _join_given_stories, _lists, _one_subject
from briefing.features import terms
from briefing.models import Document


def _part(doc: int, para: int, *texts: str) -> Unit:
    sents = [Sentence(t, doc, k, terms(t), []) for k, t in enumerate(texts)]
    for s in sents:
        s.para = para
    return Unit(doc, sents, {}, whole=False)


def _doc(i: str, title: str, story: str | None) -> Document:
    return Document(id=i, title=title, text="x", source_ids=[i], story=story)


DE_ITEMS = [
    "Die Lokführer haben den Streik bei der Bahn beendet.",
    "In Passau ist die Donau über acht Meter gestiegen.",
    "Der Bundestag hat das Heizungsgesetz beschlossen.",
]


def test_german_articles_are_no_headline_word() -> None:
    # "Der" and "Die" are content words to content_word (English stop words only): a German
    # digest's headline with an article is "one subject" whenever two items use the article.
    parts = [[_part(0, k, t)] for k, t in enumerate(DE_ITEMS)]
    assert not _one_subject("Der Morgen: Streik vorbei", parts)


def test_spanish_articles_are_no_headline_word() -> None:
    items = [
        "El Gobierno aprobó la subida del salario mínimo.",
        "La DANA dejó 200 litros en Valencia.",
        "Los controladores de la torre de Barajas convocaron huelga.",
    ]
    parts = [[_part(0, k, t)] for k, t in enumerate(items)]
    assert not _one_subject("Las noticias de la mañana", parts)


def test_foreign_country_name_is_no_headline_word() -> None:
    items = ["Deutschland: Preise steigen um 2,3 Prozent.", "Deutschland: Bahnstreik endet."]
    parts = [[_part(0, k, t)] for k, t in enumerate(items)]
    assert not _one_subject("Deutschland heute", parts)


def test_a_report_whose_headline_says_review_before_a_colon_is_no_digest() -> None:
    # A digest's label opens the headline ("Ukraine war briefing: ..."); a verb is no label.
    parts = [
        [_part(0, 0, "The court agreed to review the Harlow warehouse ban on Monday.")],
        [_part(0, 1, "Harlow residents had petitioned against the warehouse for two years.")],
    ]
    assert _one_subject("Court to review Harlow warehouse ban: what happens next", parts)


def test_a_newsletter_led_by_a_story_takes_its_untold_items_into_that_story() -> None:
    # Wire reports of a warehouse fire (story "fire") and of a port strike (story "port"); a
    # newsletter whose headline is its lead item's (the fire), clustered with the fire story.
    # Its fire item is two units (two paragraphs); its strike item went to the port group,
    # its chess item and its zoo item matched nothing. Its parts are counted by the group they
    # went to, so the two fire units are one part: the untold items keep their sections.
    docs = [
        _doc("w", "Warehouse fire in Harlow forces 300 from homes", "fire"),
        _doc("n", "Harlow warehouse fire forces evacuations", "fire"),
        _doc("p", "Dockers strike at Kelby port", "port"),
    ]
    wire, port = Unit(0, [], {}, whole=True), Unit(2, [], {}, whole=True)
    fire1 = _part(1, 0, "A fire at a Harlow warehouse forced 300 people from their homes.")
    fire2 = _part(1, 1, "Harlow's fire chief said the blaze was under control by dawn.")
    strike = _part(1, 2, "Dockers at Kelby port walked out over pay on Tuesday.")
    chess = _part(1, 3, "A 12-year-old from Lund won the national chess title.")
    zoo = _part(1, 4, "Madrid zoo announced the birth of twin panda cubs.")
    joined = _join_given_stories(docs, [[wire, fire1, fire2], [port, strike], [chess], [zoo]])
    assert len(joined) == 4  # fire, port, chess, zoo (as before the change)


def test_a_number_is_no_headline_word() -> None:
    # "40,000" gives the headline words "40" and "000"; any two items with a thousands figure
    # ("3,000 controllers", "12,000 birds") then make a digest "one subject".
    parts = [
        [_part(0, 0, "About 3,000 air-traffic controllers are missing, the nominee said.")],
        [_part(0, 1, "Flamingos: about 12,000 birds have arrived at the salt lake.")],
    ]
    assert not _one_subject("Storm cuts power to 40,000 homes", parts)


def test_a_word_every_item_says_is_the_digest_s_frame() -> None:
    items = [
        "The Senate passed the farm bill by 61 votes to 38 on Tuesday.",
        "Senate leaders set a vote on the judge's nomination for Thursday.",
        "A Senate committee subpoenaed the port authority's contracts.",
    ]
    parts = [[_part(0, k, t)] for k, t in enumerate(items)]
    assert not _one_subject("Five things from the Senate today", parts)
    # Two of three saying it, as a feature says its town in two scenes, is one subject.
    two = [*parts[:2], [_part(0, 2, "The port authority's contracts were subpoenaed.")]]
    assert _one_subject("Five things from the Senate today", two)


def test_a_short_headline_is_a_label() -> None:
    items = ["Climate talks stalled in Bonn.", "Climate scientists warned of heat.", "Rain."]
    parts = [[_part(0, k, t)] for k, t in enumerate(items)]
    assert not _one_subject("The climate week", parts)


@pytest.mark.parametrize(
    ("title", "lists"),
    [
        ("Morning wrap: ferry fire, chess, a flower", True),
        ("The Culture Sheet: a Toronto prize for Lagos, the Booker six, Gaudi's last facade", True),
        ("Ukraine war briefing: More Bradleys and Hawks in $322m US arms sale", True),
        ("Kilimanjaro fire burns 2,500 hectares, Marangu route closed", False),
        ("Anglesey student, 19, becomes youngest Chair winner", False),
        ("Akello smashes 5,000m world record in Oslo, first woman under 14 minutes", False),
    ],
)
def test_a_digest_s_headline_lists_its_items_and_a_figure_s_comma_is_no_item(
    title: str, lists: bool
) -> None:
    # A headline that lists a digest's items never titles a section over a report's, and
    # "2,500" or an age between commas is no list.
    assert _lists(title) is lists


# review33: lone digests headlined by a phrase, not a label, were one section under bcfee4b
# (a headline of four words or more with no list was taken to tell one thing).
_LYON_WEEK = [
    """The metropolitan council voted on Tuesday to extend the Part-Dieu cycle lanes to
    Villeurbanne. The project will cost 14 million euros. Two car lanes on the Cours Lafayette
    will close from March, and shopkeepers have asked for a delivery bay on every block.""",
    """Firefighters spent most of Wednesday night putting out a blaze at a disused textile
    warehouse in Vaise. No one was hurt. Residents of three nearby buildings were kept out of
    their flats until dawn. Police have opened an inquiry into the cause.""",
    """Olympique Lyonnais confirmed that its training centre in Décines will host the women's
    national team camp in August. The club's president announced it after Thursday's board
    meeting. The squad of 26 players will train there for ten days before the tournament.""",
    """The Musée des Confluences has received a collection of 2,300 beetles from the estate of
    a retired schoolteacher in Oullins. Curators said it was one of the largest private
    collections in the country. Part of it will be shown in the autumn, in a room beside the
    dinosaur gallery.""",
    """And the Fourvière funicular is closed until Monday for its yearly inspection. Buses run
    every ten minutes from Saint-Jean. The operator apologised to the pilgrims who had booked
    group tickets.""",
]


@pytest.mark.parametrize(
    "title",
    [
        "What happened in Lyon this week",
        "Ten stories you may have missed",
        "Today in the Senate",
        "Your Thursday evening update",
        "The news from the valley",
        "Good morning, here is what you need to start your day",
    ],
)
def test_a_lone_digest_headlined_by_a_phrase_keeps_its_items(title: str) -> None:
    from briefing.extractive.stories import summarize_documents

    body = "\n\n".join(" ".join(p.split()) for p in _LYON_WEEK)
    doc = Document(id="w", title=title, text=body, source_ids=["w"], story=None)
    assert len(summarize_documents([doc]).sections) > 1


@pytest.mark.parametrize(
    ("title", "digest"),
    [
        ("What happened in Lyon this week", True),
        ("Five things to know before you vote", True),
        ("The week in numbers", True),
        ("Ce qu'il faut retenir de la journée à Nantes", True),
        ("Das Wichtigste aus Leipzig am Mittwoch", True),
        ("Lo que tienes que saber hoy en Valencia", True),
        ("Our weekend reads", True),
        ("Five generations of a family that farms the cliff", False),
        ("Ten years after the flood, a valley rebuilds its mills", False),
        ("A week in the life of a night ferry crew", False),
        ("The things a lighthouse keeper leaves behind", False),
        ("What happened to the last tram of Brno", False),
        ("News of the closure reached the village on Tuesday", False),
        ("Hospital waiting lists fall for the first time in four years", False),
    ],
)
def test_a_digest_s_phrase_is_told_from_a_feature_s_headline(title: str, digest: bool) -> None:
    from briefing.extractive.stories import _headline_of_one_thing

    assert _headline_of_one_thing(title) is not digest


def test_a_feature_headlined_with_a_count_is_still_one_section() -> None:
    from briefing.extractive.stories import _join_given_stories

    feature = Document(
        id="f",
        title="Five generations of a family that farms the cliff",
        text="x",
        source_ids=["f"],
        story="farm",
    )
    parts = [
        _part(0, 0, "The Trethewey family has farmed the same 90 acres since 1871."),
        _part(0, 2, "The fields are small and steep, walled in granite."),
        _part(0, 4, "Milk prices have not kept pace with feed costs."),
        _part(0, 6, "A campsite now brings in half of the farm's income."),
    ]
    # Its parts name no one and open with no pronoun: the headline alone makes them one.
    assert [len(g) for g in _join_given_stories([feature], [[p] for p in parts])] == [4]
