"""strip_recurring: sentences recurring across unrelated articles are boilerplate; shared news
sentences of one story stay; an article of nothing but boilerplate is left out with the reason."""

from __future__ import annotations

import asyncio
import datetime as dt

from briefing.backends.offline import OfflineBackend
from briefing.clean import strip_recurring
from briefing.models import Article
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

NOTICE = (
    "Starting in 1998, the Open Web Archive has been collecting crawl data from publishers. "
    "Captures are made available to researchers after an embargo period."
)
QUAKE = (
    "A magnitude 6.2 earthquake struck central Italy near Norcia early on Thursday, injuring "
    "about 30 people and damaging several historic churches. No deaths were reported. The quake "
    "was felt in Rome, about 150 kilometres away, and residents spent the night in cars."
)
RATES = (
    "The Bank of Japan raised its short-term policy rate to 0.75% on Thursday, the highest level "
    "since 1995. Governor Hiroshi Ueda said rising wages justified the move, and the yen "
    "strengthened against the dollar after the decision."
)
MINE = (
    "Workers at the Cerro Alto copper mine in Chile walked off the job after wage talks with the "
    "operator broke down. The union wants a 7% raise; the company offered 3.5%. Copper prices "
    "rose 2% in London on the news."
)


def _article(text: str, n: int) -> Article:
    return Article.create(title=f"Article {n}", text=text, source=f"test#{n}", outlet=f"O{n}")


def test_a_notice_in_unrelated_articles_is_removed_from_all() -> None:
    arts = [_article(f"{body}\n\n{NOTICE}", n) for n, body in enumerate([QUAKE, RATES, MINE])]
    out = strip_recurring(arts)
    assert out.removed == 6 and out.emptied == []
    assert [a.id for a in out.articles] == [a.id for a in arts]  # ids stay
    for before, after in zip(arts, out.articles, strict=True):
        assert "crawl data" not in after.text
        assert after.text == before.text.split("\n\n")[0]


def test_a_shared_sentence_of_one_story_stays() -> None:
    quote = '"This victory belongs to every Kenyan who believed change was possible," she said.'
    one = _article(
        f"Grace Wanjiru was declared the winner of Kenya's presidential election with 50.8% of "
        f"the vote. {quote} Turnout was 68%, the electoral commission said.",
        1,
    )
    two = _article(
        f"Kenya's electoral commission declared Grace Wanjiru the winner of the presidential "
        f"election on Saturday. {quote} Incumbent David Mwangi said he would go to court.",
        2,
    )
    out = strip_recurring([one, two])
    assert out.removed == 0 and out.articles == [one, two]


def test_short_teasers_sharing_a_sentence_are_kept_for_lack_of_evidence() -> None:
    line = "Heavy rain caused flash floods in Valencia, killing four people."
    out = strip_recurring([_article(line, 1), _article(line + " More soon.", 2)])
    assert out.removed == 0


def test_an_article_of_nothing_but_boilerplate_is_left_out_with_the_reason() -> None:
    arts = [_article(f"{QUAKE}\n\n{NOTICE}", 1), _article(f"{RATES}\n\n{NOTICE}", 2)]
    arts.append(_article(NOTICE, 3))
    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    prepared = prepare(arts, planner)
    assert prepared.boilerplate == {arts[2].id}
    result = asyncio.run(brief(prepared, OfflineBackend(), planner, date=dt.date(2031, 5, 1)))
    bullets = [b.text for s in result.sections for b in s.bullets]
    assert bullets and not any("crawl" in b or "Captures" in b for b in bullets)
    reasons = {item.id: item.reason for item in result.left_out}
    assert reasons[arts[2].id].startswith("boilerplate")


def _run(arts: list[Article]):  # type: ignore[no-untyped-def]
    planner = Planner(
        info=model_info("extractive"),
        tokenizer=tokenizer_for("gpt-4o"),
        max_input_tokens=DEFAULT_MAX_INPUT_TOKENS,
    )
    return asyncio.run(
        brief(prepare(arts, planner), OfflineBackend(), planner, date=dt.date(2031, 5, 1))
    )


def test_five_feed_teasers_in_three_stories_are_all_briefed_or_say_why() -> None:
    teasers = [
        "Rescue teams pulled 14 survivors from flooded villages in Valencia on Monday.",
        "Floods in Valencia: rescue teams reach villages cut off by the water.",
        "The Bank of Japan raised its policy rate to 0.75%, the highest since 1995.",
        "Japan's central bank lifts rates; the yen climbs.",
        "Copper miners in Chile began an indefinite strike at the Cerro Alto mine.",
    ]
    arts = [_article(t, n) for n, t in enumerate(teasers)]
    result = _run(arts)
    cited = {i for s in result.sections for b in s.bullets for i in b.source_ids}
    reasons = {item.id: item.reason for item in result.left_out}
    assert cited | set(reasons) == {a.id for a in arts}
    generic = "not selected: the summary covers more important stories"
    assert generic not in reasons.values()
    for story in (arts[0:2], arts[2:4], arts[4:5]):  # each story is briefed
        assert any(a.id in cited for a in story)


def test_left_out_reasons_name_the_section_the_teaser_or_the_rank() -> None:
    from briefing.cluster import Clustering
    from briefing.models import BriefingSection, Bullet, Grounding, Story
    from briefing.summarize.assemble import left_out

    arts = [_article(QUAKE, 1), _article(QUAKE + " Aftershocks went on.", 2)]
    arts += [_article(RATES, 3), _article(MINE, 4), _article("Copper rose in London.", 5)]
    stories = [
        Story(id="s1", title="Quake", article_ids=[arts[0].id, arts[1].id]),
        Story(id="s2", title="Rates", article_ids=[arts[2].id]),
        Story(id="s3", title="Mine", article_ids=[arts[3].id]),
        Story(id="s4", title="Copper", article_ids=[arts[4].id]),
    ]
    sections = [
        BriefingSection(
            title="Mine", bullets=[Bullet(text="x", source_ids=[arts[3].id])], story_id="s3"
        ),
        BriefingSection(
            title="Quake", bullets=[Bullet(text="y", source_ids=[arts[0].id])], story_id="s1"
        ),
    ]
    clustering = Clustering(articles=arts, stories=stories, near_duplicates={})
    reasons = {
        item.id: item.reason for item in left_out(arts, clustering, sections, Grounding(), {})
    }
    assert reasons == {
        arts[1].id: "same story as §2, covered by [2]",
        arts[2].id: "not selected: the summarizer wrote no section for its story (ranked 2 of 4)",
        arts[4].id: "teaser only (4 words)",
    }
