"""How a bullet stating the latest of differing values is worded: "up from 12 in an earlier
report" only against an earlier copy of the same report; another outlet's figure is not a
change over time."""

from __future__ import annotations

import datetime as dt

from briefing.cluster import Clustering
from briefing.models import Article, BriefingSection, Bullet, Evidence, Story
from briefing.summarize.versions import with_conflicts

T0 = dt.datetime(2031, 3, 4, 8, tzinfo=dt.UTC)
EARLY = Article.create(
    title="Peru quake",
    text="A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 12 people.",
    source="wire-1.txt",
    published_at=T0,
)
LATE = Article.create(
    title="Peru quake",
    text="A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 19 people.",
    source="wire-2.txt",
    published_at=T0 + dt.timedelta(hours=4),
)
LATEST = "A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing 19 people."


def _bullet_after(near_duplicates: dict[str, str]) -> Bullet:
    kept = [LATE.id] + ([] if EARLY.id in near_duplicates else [EARLY.id])
    clustering = Clustering(
        articles=[LATE] if EARLY.id in near_duplicates else [LATE, EARLY],
        stories=[Story(id="s1", title="Peru quake", article_ids=kept)],
        near_duplicates=near_duplicates,
    )
    section = BriefingSection(
        title="Peru quake",
        bullets=[
            Bullet(
                text=LATEST,
                source_ids=[LATE.id],
                evidence=[Evidence(source_id=LATE.id, quote=LATEST)],
            )
        ],
        story_id="s1",
    )
    [out] = with_conflicts([section], clustering, {EARLY.id: EARLY, LATE.id: LATE})
    [bullet] = out.bullets
    return bullet


def test_an_earlier_copy_of_the_same_report_is_a_change() -> None:
    bullet = _bullet_after({EARLY.id: LATE.id})
    assert bullet.text.endswith("(up from 12 dead in an earlier report).")
    assert bullet.source_ids == [LATE.id, EARLY.id]


def test_another_outlets_figure_is_not_said_to_have_changed() -> None:
    bullet = _bullet_after({})
    assert bullet.text.endswith("(another report says 12 dead).")
    assert "up from" not in bullet.text
    assert bullet.source_ids == [LATE.id, EARLY.id]


def _noted(articles: list[Article], text: str) -> Bullet:
    """The bullet ``text`` of the first article, noted against a story of ``articles``."""
    clustering = Clustering(
        articles=articles,
        stories=[Story(id="s1", title="Peru quake", article_ids=[a.id for a in articles])],
        near_duplicates={},
    )
    section = BriefingSection(
        title="Peru quake",
        bullets=[
            Bullet(
                text=text,
                source_ids=[articles[0].id],
                evidence=[Evidence(source_id=articles[0].id, quote=text)],
            )
        ],
        story_id="s1",
    )
    [out] = with_conflicts([section], clustering, {a.id: a for a in articles})
    [bullet] = out.bullets
    return bullet


def test_the_note_gives_the_report_that_differs_not_one_that_agrees() -> None:
    # Three reports: the latest two say 19, the earliest 12. The bullet says 19; the note
    # names 12, never "another report says 19 dead".
    agrees = Article.create(
        title="Peru quake",
        text="The quake killed 19 people in Arequipa and Moquegua, the civil defence said.",
        source="local.txt",
        published_at=T0 + dt.timedelta(hours=3),
    )
    bullet = _noted([LATE, agrees, EARLY], LATEST)
    assert bullet.text.endswith("(another report says 12 dead).")
    assert EARLY.id in bullet.source_ids


def test_no_note_for_a_value_the_bullet_states_itself() -> None:
    # The latest report gives both counts; another report's 19 is one of them, so the note
    # names the earliest report's 9, never "another report says 19 dead".
    both = "The quake killed 19 people, the civil defence said; the regional government counted 12."
    latest = Article.create(
        title="Peru quake", text=both, source="both.txt", published_at=T0 + dt.timedelta(hours=5)
    )
    nineteen = Article.create(
        title="Peru quake",
        text="Rescuers said the quake had killed 19 people in Arequipa.",
        source="rescue.txt",
        published_at=T0 + dt.timedelta(hours=4),
    )
    nine = Article.create(
        title="Peru quake",
        text="The first reports said the quake killed 9 people near the coast.",
        source="first.txt",
        published_at=T0,
    )
    bullet = _noted([latest, nineteen, nine], both)
    assert bullet.text.endswith("(another report says 9 dead).")


WIRE_GUSTS = Article.create(
    title="Squid jigger blown onto harbour jetty",
    text="Winds gusted to around 60 knots when the jigger, sheltering in Port Ardel harbour, was "
    "blown onto the outer berth of the floating jetty, the harbour office said.",
    source="wire-gusts.txt",
    published_at=T0 + dt.timedelta(hours=2),
)
PAPER_GUSTS = Article.create(
    title="Jigger drags anchor onto jetty",
    text="The vessel, one of a dozen sheltering in the harbour, dragged its anchor in gusts of up "
    "to 70 knots and was pushed against the outer berth of the floating jetty.",
    source="paper-gusts.txt",
    published_at=T0,
)


def _section_of(texts: list[tuple[str, Article]]) -> list[str]:
    articles = [WIRE_GUSTS, PAPER_GUSTS]
    clustering = Clustering(
        articles=articles,
        stories=[Story(id="s1", title="Jetty", article_ids=[a.id for a in articles])],
        near_duplicates={},
    )
    section = BriefingSection(
        title="Jetty",
        bullets=[
            Bullet(text=t, source_ids=[a.id], evidence=[Evidence(source_id=a.id, quote=t)])
            for t, a in texts
        ],
        story_id="s1",
    )
    [out] = with_conflicts([section], clustering, {a.id: a for a in articles})
    return [b.text for b in out.bullets]


def test_two_bullets_with_two_outlets_figures_are_noted_once_above() -> None:
    # Two outlets' figures for one fact, each in a bullet, read as two facts unless a note says
    # they differ (fresh45's d1071: "about 1,800 hectares" and "about 2,000 hectares"): the
    # first bullet names the other's figure; the one below, whose figure the note named, needs
    # no note back (ea2a5ce noted neither).
    wire, paper = WIRE_GUSTS.text, PAPER_GUSTS.text
    assert _section_of([(wire, WIRE_GUSTS), (paper, PAPER_GUSTS)]) == [
        wire.rstrip(".") + " (another report says 70 knots).",
        paper,
    ]
    assert _section_of([(paper, PAPER_GUSTS), (wire, WIRE_GUSTS)]) == [
        paper.rstrip(".") + " (another report says around 60 knots).",
        wire,
    ]


def test_the_note_stays_when_no_other_bullet_states_the_value() -> None:
    [noted] = _section_of([(WIRE_GUSTS.text, WIRE_GUSTS)])
    assert noted.endswith("(another report says 70 knots).")


# One outlet's two reports (a wire's first version and its update, both with their own text):
# a bullet names each outlet once (``assemble.one_per_outlet`` drops the second article of a
# cited outlet with its quote), so a note naming the wire's other report would be left with no
# source. Another outlet's differing figure is still noted, with its citation (review51).
WIRE_FIRST = Article.create(
    title="Tornado kills two in Alabama",
    text="A tornado tore through Cullman County late on Sunday, killing two people and injuring "
    "31, county officials said.",
    source="wire-first.txt",
    outlet="Gulfline Wire",
    published_at=T0,
)
WIRE_UPDATE = Article.create(
    title="UPDATE 2-Alabama tornado toll rises",
    text="The tornado that tore through Cullman County killed five people and injured 44, "
    "county officials said on Monday afternoon after searchers found more victims.",
    source="wire-update.txt",
    outlet="Gulfline Wire",
    published_at=T0 + dt.timedelta(hours=6),
)
LEDGER = Article.create(
    title="Four dead as twister cuts across county",
    text="Four people died and 40 were hurt when the twister crossed the county on Sunday "
    "night, the coroner's office said.",
    source="ledger.txt",
    outlet="Cullman Valley Ledger",
    published_at=T0 + dt.timedelta(hours=3),
)
UPDATE_LEAD = (
    "The tornado that tore through Cullman County killed five people and injured 44, "
    "county officials said on Monday afternoon after searchers found more victims."
)


def test_no_note_cites_the_bullets_own_outlets_other_report() -> None:
    bullet = _noted([WIRE_UPDATE, WIRE_FIRST], UPDATE_LEAD)
    assert "another report" not in bullet.text and "earlier report" not in bullet.text
    assert bullet.source_ids == [WIRE_UPDATE.id]


def test_another_outlets_figure_is_noted_beside_the_same_outlets_other_report() -> None:
    bullet = _noted([WIRE_UPDATE, WIRE_FIRST, LEDGER], UPDATE_LEAD)
    assert "another report says" in bullet.text
    assert "two dead" not in bullet.text and "31 injured" not in bullet.text
    assert LEDGER.id in bullet.source_ids and WIRE_FIRST.id not in bullet.source_ids


# A bullet left with the earlier outlet's figure (the section's other bullet, the later outlet's
# retelling with its own figure, left out by the selection) still says that another report
# differs: fresh45's d1077 ("1.4 million kroner" kept, "1.2 million" in a later teaser).
PORT_FINE = Article.create(
    title="Port hands out record emissions fine",
    text="The port issued its largest emissions fine yet, 1.4 million kroner, to a liner that "
    "ran its engines at the quay for nine hours.",
    source="bulletin.txt",
    outlet="Harbour Bulletin",
    published_at=T0,
)
LINER_FINE = Article.create(
    title="Cruise ship fined for harbour smoke",
    text="A cruise liner was fined 1.2 million kroner for exceeding emission limits while docked "
    "at the quay, the port authority said on Thursday.",
    source="live.txt",
    outlet="Coast Live",
    published_at=T0 + dt.timedelta(hours=2),
)


def test_a_bullet_with_the_earlier_outlets_figure_names_the_later_one() -> None:
    bullet = _noted([PORT_FINE, LINER_FINE], PORT_FINE.text)
    assert bullet.text.endswith("(another report says 1.2 million kroner).")
    assert bullet.source_ids == [PORT_FINE.id, LINER_FINE.id]
    assert bullet.evidence[-1].quote == LINER_FINE.text
    # never "down from": another outlet's figure is no earlier version of this one
    assert "from" not in bullet.text


def test_an_earlier_copys_figure_is_not_said_to_have_changed_to_the_later() -> None:
    # the bullet states the earlier copy's 12 (a copy of the same report): the later 19 is
    # the same outlet's report, so no "another report" and no "up from" in the wrong direction
    bullet = _noted([EARLY, LATE], EARLY.text)
    assert "up from" not in bullet.text and "down from" not in bullet.text


def test_no_note_for_a_figure_the_bullet_gives_in_words_of_its_own() -> None:
    # the bullet itself says the minister's "about 3 billion" (read as counting nothing): a
    # note naming it again says nothing
    minister = Article.create(
        title="Kuwait debt law",
        text="The finance minister told reporters the state would raise about 3 billion dinars "
        "in new debt before March.",
        source="minister.txt",
        outlet="Gulf Wire",
        published_at=T0 + dt.timedelta(hours=3),
    )
    official = (
        "A ministry official said the committee had been shown a plan to raise 3.5 billion "
        "dinars before March, more than the figure of about 3 billion the minister gave."
    )
    plan = Article.create(
        title="Kuwait debt plan",
        text=official,
        source="plan.txt",
        outlet="Al-Manara",
        published_at=T0,
    )
    bullet = _noted([plan, minister], official)
    assert bullet.text == official


def test_a_figure_of_another_conflicts_thing_does_not_spare_the_note() -> None:
    # "four vehicles" is no "four dead": the other report's toll is still noted
    lead = (
        "An avalanche swept across the only road to the ski resort on Tuesday, burying four "
        "vehicles and killing three people, officials said."
    )
    wire = Article.create(
        title="Avalanche", text=lead, source="wire.txt", outlet="Valley Wire", published_at=T0
    )
    paper = Article.create(
        title="Avalanche",
        text="The avalanche on the road to the ski resort buried six vehicles and killed four "
        "people on Tuesday.",
        source="paper.txt",
        outlet="Valley Chronicle",
        published_at=T0 + dt.timedelta(hours=2),
    )
    bullet = _noted([wire, paper], lead)
    assert "four dead" in bullet.text and "six vehicles" in bullet.text


def test_a_figure_a_note_above_names_is_not_named_again() -> None:
    # two bullets of the wire's 640 million: the first names the paper's 655 million, the
    # second does not say it again
    first = "Fjordair will pay 640 million euros for Baltavia, the Riga-based carrier."
    second = "Norway's Fjordair agreed to buy Latvia's Baltavia for 640 million euros in cash."
    wire = Article.create(
        title="Fjordair buys Baltavia",
        text=first + " " + second,
        source="wire.txt",
        outlet="Nordic Wire",
        published_at=T0,
    )
    paper = Article.create(
        title="Fjordair buys Baltavia",
        text="Fjordair is paying 655 million euros for Baltavia, the Riga carrier.",
        source="paper.txt",
        outlet="Baltic Courier",
        published_at=T0 + dt.timedelta(hours=2),
    )
    clustering = Clustering(
        articles=[wire, paper],
        stories=[Story(id="s1", title="Fjordair", article_ids=[wire.id, paper.id])],
        near_duplicates={},
    )
    section = BriefingSection(
        title="Fjordair",
        bullets=[
            Bullet(text=t, source_ids=[wire.id], evidence=[Evidence(source_id=wire.id, quote=t)])
            for t in (first, second)
        ],
        story_id="s1",
    )
    [out] = with_conflicts([section], clustering, {wire.id: wire, paper.id: paper})
    assert [b.text for b in out.bullets] == [
        first.rstrip(".") + " (another report says 655 million euros).",
        second,
    ]


def test_a_figure_its_own_sentence_gives_as_an_earlier_count_is_no_other_report() -> None:
    wire = Article.create(
        title="Volcano erupts near Antigua",
        text="A volcano erupted on Wednesday, forcing authorities to evacuate 3,200 people.",
        source="wire.txt",
        published_at=T0,
    )
    blog = Article.create(
        title="Live: volcano eruption",
        text="11:20 - UPDATE: The agency now says 3,200 people have been evacuated, up from "
        "1,900 at 08:00.",
        source="blog.txt",
        published_at=T0 + dt.timedelta(hours=3),
    )
    local = Article.create(
        title="Volcano: about 4,000 evacuated",
        text="About 4,000 people were evacuated from villages on the volcano's slopes on "
        "Wednesday, the agency said.",
        source="local.txt",
        published_at=T0 + dt.timedelta(hours=1),
    )
    bullet = _noted(
        [wire, local, blog],
        "A volcano erupted on Wednesday, forcing authorities to evacuate 3,200 people.",
    )
    assert "1,900" not in bullet.text
    assert bullet.text.endswith("(another report says about 4,000 evacuated).")
