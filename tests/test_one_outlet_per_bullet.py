"""A bullet names each outlet once. A wire's first report of a tornado and its later story
carry the same survey paragraphs word for word; the summarizer cites every article stating a
bullet's sentence, so one bullet cited the wire twice ("Ridgeline Wire, Ridgeline Wire"). Of one
outlet's articles a bullet cites, the first cited stays. Lookalikes that must not change: two
outlets stating one sentence are both cited, and articles without an outlet are not merged.

The fixtures are fictional, written for these tests in the shape of real wire copy."""

from __future__ import annotations

import asyncio
import datetime as dt

from briefing.backends.offline import OfflineBackend
from briefing.clean import clean_text
from briefing.models import Article, BriefingSection, Bullet, Evidence
from briefing.summarize.assemble import one_per_outlet

T0 = dt.datetime(2031, 4, 7, 5, 10, tzinfo=dt.UTC)
WIRE = "Ridgeline Wire"
PAPER = "Dunmore County Courier"

SURVEY = (
    "The storm touched down shortly before 11 p.m. south of Elk Ford and stayed on the ground "
    "for about 12 miles, crossing pasture and a mobile home park before lifting north of "
    "Carver Mill, according to a preliminary survey by the weather service office in "
    "Lakeport.\n\n"
    "Forecasters said damage along the track matched winds of about 140 miles per hour, an "
    "EF3 rating, though survey teams were still in the field and the rating could change."
)
FIRST = (
    "A tornado tore through rural Dunmore County late on Sunday, killing two people and "
    "injuring 31, county emergency officials said on Monday.\n\n"
    + SURVEY
    + "\n\nSheriff Dale Pruitt said deputies were going door to door in the worst-hit areas."
)
LATER = (
    "The death toll from a tornado that struck Dunmore County late on Sunday rose to five on "
    "Monday afternoon after searchers found three more bodies in the debris of homes near "
    "Carver Mill, county officials said. The number of injured rose to 44.\n\n"
    + SURVEY
    + "\n\nGovernor Ruth Ambler declared a state of emergency for Dunmore and two neighbouring "
    "counties and asked for federal help with debris removal.\n\n"
    "Emergency manager Tom Keel said about 120 homes had been damaged, roughly a third of them "
    "destroyed."
)
LOCAL = (
    "Volunteers from three churches in Carver Mill served hot meals on Monday to families "
    "whose homes were destroyed by Sunday night's tornado. Pastor Linda Voss said 60 people had "
    "slept in the fellowship hall. The Red Ridge school district closed its two schools in "
    "the county for the rest of the week, and the county opened a debris drop-off site at the "
    "fairgrounds."
)


def _article(title: str, text: str, outlet: str | None, source: str, at: dt.datetime) -> Article:
    return Article.create(title=title, text=text, source=source, outlet=outlet, published_at=at)


def _day() -> tuple[Article, Article, Article]:
    first = _article("Tornado kills two in Dunmore County", FIRST, WIRE, "rw-1", T0)
    later = _article(
        "Dunmore County tornado toll rises to five",
        LATER,
        WIRE,
        "rw-2",
        T0 + dt.timedelta(hours=9),
    )
    local = _article(
        "Carver Mill churches feed tornado victims",
        LOCAL,
        PAPER,
        "dcc-1",
        T0 + dt.timedelta(hours=10),
    )
    return first, later, local


def _bullet(ids: list[str], quote: str) -> BriefingSection:
    bullet = Bullet(
        text=quote,
        source_ids=ids,
        evidence=[Evidence(source_id=i, quote=quote) for i in ids],
    )
    return BriefingSection(title="Tornado", bullets=[bullet])


SENTENCE = (
    "Forecasters said damage along the track matched winds of about 140 miles per hour, an "
    "EF3 rating, though survey teams were still in the field and the rating could change."
)


def test_of_one_outlets_two_articles_the_bullet_cites_the_first_once() -> None:
    first, later, local = _day()
    articles = {a.id: a for a in (first, later, local)}
    [section] = one_per_outlet([_bullet([later.id, first.id, local.id], SENTENCE)], articles)
    [bullet] = section.bullets
    assert bullet.source_ids == [later.id, local.id]
    assert [e.source_id for e in bullet.evidence] == [later.id, local.id]


def test_two_outlets_stating_one_sentence_are_both_cited() -> None:
    _, later, local = _day()
    copy = local.model_copy(update={"text": local.text + "\n\n" + SENTENCE})
    articles = {a.id: a for a in (later, copy)}
    sections = [_bullet([later.id, copy.id], SENTENCE)]
    assert one_per_outlet(sections, articles) == sections


def test_articles_without_an_outlet_are_not_merged() -> None:
    first, later, _ = _day()
    bare = [a.model_copy(update={"outlet": None}) for a in (first, later)]
    articles = {a.id: a for a in bare}
    sections = [_bullet([a.id for a in bare], SENTENCE)]
    assert one_per_outlet(sections, articles) == sections


def test_the_offline_briefing_names_each_outlet_once_in_a_bullet() -> None:
    from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
    from briefing.summarize import brief, prepare
    from briefing.tokens import tokenizer_for

    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    cleaned = [a.model_copy(update={"text": clean_text(a.text, outlet=a.outlet)}) for a in _day()]
    outlet = {a.id: a.outlet for a in cleaned}
    prepared = prepare(cleaned, planner)
    briefing = asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2031, 4, 7)))
    bullets = [b for s in briefing.sections for b in s.bullets]
    assert bullets
    assert any("12 miles" in b.text or "140 miles" in b.text for b in bullets)
    for bullet in bullets:
        names = [outlet[i] for i in bullet.source_ids]
        assert len(names) == len(set(names)), bullet
