"""The offline evaluation days (bench/data/offline/days.jsonl): well-formed, and every part of
them known to both scripts that report per part, so a kept-aside part cannot silently drop out."""

from __future__ import annotations

import ast
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from data_parts import KEPT_ASIDE, SPLITS, tuning  # noqa: E402
from eval_cluster import DAYS  # noqa: E402

RECORD = {"day", "date", "split", "reference", "articles"}
ARTICLE = {"id", "story", "outlet", "title", "text", "junk"}


def _days() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DAYS.read_text(encoding="utf-8").splitlines()]


def _own_names(script: str) -> tuple[set[str], set[str]]:
    """The names a bench script assigns at its top level, and those it imports from
    ``data_parts`` (read from its source: the offline script needs the bench extras to import)."""
    tree = ast.parse((ROOT / "bench" / script).read_text(encoding="utf-8"))
    assigned: set[str] = set()
    shared: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "data_parts":
            shared |= {alias.name for alias in node.names}
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        assigned |= {t.id for t in targets if isinstance(t, ast.Name)}
    return assigned, shared


@pytest.mark.parametrize(
    "script",
    [
        "eval_offline.py",
        "eval_cluster.py",
        "foreign_piece.py",
        "fit_junk.py",
        "eval_joins.py",
    ],
)
def test_every_script_takes_the_parts_from_one_list(script: str) -> None:
    assigned, shared = _own_names(script)
    assert {"KEPT_ASIDE", "tuning"} & shared
    assert not {"SPLITS", "KEPT_ASIDE", "tuning"} & assigned


@pytest.mark.parametrize("script", ["conflict_count.py", "eval_repeats.py"])
def test_a_script_reading_the_days_through_eval_offline_skips_the_kept_aside_parts(
    script: str,
) -> None:
    # it takes the parts from the one list through ``load_days(tuning_only=True)``, which skips
    # a kept-aside part's records before cleaning them, and keeps no list of its own
    tree = ast.parse((ROOT / "bench" / script).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "load_days"
    ]
    assert calls
    for call in calls:
        flag = next((k.value for k in call.keywords if k.arg == "tuning_only"), None)
        assert isinstance(flag, ast.Constant)
        assert flag.value is True
    assigned, _ = _own_names(script)
    assert not {"SPLITS", "KEPT_ASIDE", "tuning"} & assigned


def test_a_part_the_list_does_not_name_is_never_tuned_on() -> None:
    """A part landing while a run reads the data (the list loaded before it) counts as kept
    aside, as do the kept-aside parts; every other named part is tuning material."""
    assert not tuning("fresh999")
    assert all(not tuning(p) for p in KEPT_ASIDE)
    assert all(tuning(p) for p in SPLITS if p not in KEPT_ASIDE)


def test_the_parts_are_every_part_of_the_days() -> None:
    assert SPLITS[0] == "tune"
    assert {day["split"] for day in _days()} == set(SPLITS)
    assert "tune" not in KEPT_ASIDE
    assert set(KEPT_ASIDE) <= set(SPLITS)


def test_every_day_is_well_formed() -> None:
    days = _days()
    names = [day["day"] for day in days]
    assert len(names) == len(set(names))
    article_ids: list[str] = []
    story_days: dict[str, set[str]] = defaultdict(set)
    for day in days:
        assert set(day) == RECORD, day["day"]
        assert day["reference"].split(), day["day"]
        assert day["articles"], day["day"]
        for article in day["articles"]:
            assert set(article) == ARTICLE, article.get("id")
            assert article["id"].startswith(day["day"] + "-")
            assert article["text"].strip() and article["title"].strip(), article["id"]
            lines = article["text"].split("\n")
            # A junk mark is a whole line of the text, or the briefing check cannot find it.
            assert all(mark in lines for mark in article["junk"]), article["id"]
            article_ids.append(article["id"])
            story_days[article["story"]].add(day["day"])
    assert len(article_ids) == len(set(article_ids))
    # Day names are "d" and the day's number, in writing order, past three digits too (fresh42's
    # d1001 on): the scripts read the number (look_days' range, eval_offline's folds).
    assert [int(name.removeprefix("d")) for name in names] == list(range(1, len(names) + 1))
    # A story label names one day's story: the pooled grouping part would merge a reused label.
    assert {story: d for story, d in story_days.items() if len(d) > 1} == {}


# A wire's dateline alone on its line ("STOCKHOLM, Dec 26 (MNL) -", "ORANJESTAD, March 5 -") and
# a desk's sign-off slug ("MNL vis/ab"): junk by the README's convention, in every part.
_BARE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]+(?:, [^()]{2,40})?(?: \([A-Z][A-Za-z .&'-]{1,30}\))? ?[-–—]$"
)
_DESK_SLUG = re.compile(r"^[A-Z]{2,6} [a-z]{2,4}/[a-z]{2,4}$")


def test_a_dateline_or_desk_slug_on_its_own_line_is_marked_junk() -> None:
    # fresh20's and fresh21's writers marked them news (37 and 18 lines); corrected after
    # fresh20's blind look, which counted them as news lost; two more of fresh21 whose wire's
    # name is a word, not an acronym ("(Boreal Line) -"), after fresh21's look.
    unmarked = [
        article["id"]
        for day in _days()
        for article in day["articles"]
        for line in article["text"].split("\n")
        if (_BARE_DATELINE.match(line.strip()) or _DESK_SLUG.match(line.strip()))
        and line not in article["junk"]
    ]
    assert unmarked == []


@dataclass(frozen=True)
class Part:
    """What a part written after the first tuning was made to hold."""

    split: str
    days: range  # its day numbers
    years: tuple[str, ...]  # the years its (fictional) events are dated in
    aside: bool  # still kept aside: nobody has looked at ours' output on it
    single: int  # at least this many single-story days ...
    outlets: tuple[int, int]  # ... each with this many outlets (at least, at most)
    several: int  # at least this many days of 2-4 stories (several, same topic, digest, ...)


# Each part after its look is tuning material, hidden by neither script (BENCHMARKS has the looks).
PARTS = [
    Part("fresh2", range(53, 67), ("2031",), False, 6, (3, 99), 0),
    Part("fresh3", range(67, 85), ("2032",), False, 9, (3, 6), 6 + 2 + 1),
    Part("fresh4", range(85, 105), ("2032",), False, 11, (3, 7), 6 + 2 + 1),
    Part("fresh5", range(105, 125), ("2032",), False, 10, (3, 7), 7 + 2 + 1),
    Part("fresh6", range(125, 149), ("2032",), False, 11, (3, 7), 9 + 2 + 1 + 1),  # + a feature
    Part("fresh7", range(149, 173), ("2032",), False, 12, (3, 7), 9 + 2 + 1),
    Part("fresh8", range(173, 197), ("2032", "2033"), False, 12, (3, 7), 9 + 2 + 1),
    Part("fresh9", range(197, 221), ("2033",), False, 12, (3, 7), 9 + 2 + 1),
    Part("fresh10", range(221, 245), ("2033",), False, 12, (3, 7), 8 + 2 + 1 + 1),  # + teasers only
    # + a big story beside three one-article ones, teasers only, one city, one organisation
    Part("fresh11", range(245, 269), ("2033",), False, 12, (3, 8), 6 + 2 + 1 + 1 + 1 + 1),
    # written while fresh11 was kept aside: + teasers only, one city, a feature, 4+1, 2+2+2
    Part("fresh12", range(269, 293), ("2033",), False, 12, (3, 8), 7 + 2 + 1 + 1 + 1),
    # written while fresh12 was kept aside, without reading it: + two same-topic days, a digest,
    # teasers only, a feature
    Part("fresh13", range(293, 317), ("2033",), False, 12, (3, 8), 7 + 2 + 1 + 1 + 1),
    # written while fresh13 was kept aside, without reading it or fresh12: + two same-topic days,
    # a digest, teasers only, a feature
    Part("fresh14", range(317, 341), ("2033", "2034"), False, 12, (3, 8), 7 + 2 + 1 + 1 + 1),
    # written while fresh14 was kept aside, without reading it: + two same-topic days, a digest,
    # teasers only, a feature
    Part("fresh15", range(341, 365), ("2034",), False, 12, (3, 8), 7 + 2 + 1 + 1 + 1),
    # written while fresh15 was kept aside, without reading it: + two same-topic events, a digest,
    # teasers only, one site's chrome in all its stories, a live blog, a feature
    Part("fresh16", range(365, 389), ("2034",), False, 12, (3, 8), 12),
    # written while fresh16 was kept aside, without reading it: + two same-topic events, a digest,
    # teasers only, one site's chrome in all its stories, a live blog, a feature
    Part("fresh17", range(389, 413), ("2034",), False, 12, (3, 8), 12),
    # written while fresh17 was kept aside, without reading it or fresh16: + two same-topic events,
    # a digest, teasers only, one site's chrome in all its stories, a live blog, a feature
    Part("fresh18", range(413, 437), ("2034",), False, 12, (3, 8), 12),
    # begun while fresh18 was kept aside, without reading it, fresh17 or fresh16: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature
    Part("fresh19", range(437, 461), ("2034",), False, 12, (3, 8), 12),
    # written while fresh19 was kept aside, without reading it, fresh18 or fresh17: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature
    Part("fresh20", range(461, 485), ("2034", "2035"), False, 12, (3, 8), 12),
    # written while fresh20 was kept aside, without reading it, fresh19 or fresh18: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature
    Part("fresh21", range(485, 509), ("2035",), False, 12, (3, 8), 12),
    # written while fresh21 was kept aside, without reading it, fresh20 or fresh19: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature; a third of the articles 400-900 words
    Part("fresh22", range(509, 533), ("2035",), False, 12, (3, 8), 12),
    # written while fresh22 was kept aside, without reading it, fresh21 or fresh20: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature; a third of the articles 400-900 words
    Part("fresh23", range(533, 557), ("2035",), False, 12, (3, 8), 12),
    # begun while fresh23 was kept aside, without reading it, fresh22 or fresh21: single-story
    # days with angle pieces, then two same-topic events, a digest, teasers only, one site's chrome
    # in all its stories, a live blog, a feature, one place name for two events; a third of the
    # articles 400-900 words
    Part("fresh24", range(557, 581), ("2035",), False, 12, (3, 8), 12),
    # written after fresh24's look, without reading it, fresh23 or fresh22, on a wire's mix of
    # topics (politics, courts, markets, health, science, sport, diplomacy, local incidents):
    # single-story days with angle pieces, then two same-topic events, a digest, teasers only,
    # one site's chrome in all its stories, a live blog, a feature, one wire filing two stories,
    # one place name for two events; a third of the articles 400-900 words
    Part("fresh25", range(581, 605), ("2036",), False, 12, (3, 8), 12),
    # written after fresh25's look, without reading it, fresh24 or fresh23, on energy, labour,
    # transport, farming, schools, environment, science, sport, culture and regional politics
    # mostly outside Europe: single-story days with angle pieces (several naming little of the
    # event's own words), then two same-topic events, a digest, teasers only, a feature, a live
    # blog, one site's chrome in all its stories, one place name for two events; a third of the
    # articles 400-900 words
    Part("fresh26", range(605, 629), ("2036",), False, 12, (3, 8), 12),
    # written after fresh26's look, without reading it, fresh25 or fresh24, on health systems,
    # courts and policing, housing, telecoms, public finance, weather, aviation, tourism,
    # elections and water: single-story days with angle pieces (eight or more naming little of
    # the event's own words), then two same-topic floods, a digest, teasers only, a feature, a
    # live blog with a correction, one site's chrome in all its stories, one place name for two
    # events; a third of the articles 400-900 words
    Part("fresh27", range(629, 653), ("2036",), False, 12, (3, 8), 12),
    # written after fresh27's look, without reading it, fresh26 or fresh25, on shipping and
    # ports, mining, pensions, universities, space, food prices, public transport, cybercrime,
    # religion, migration and arts funding: single-story days of 4-6 outlets with angle pieces
    # (several naming little of the event's own words, some local pages in the local language),
    # then two same-topic dock strikes, a digest, teasers only, a feature, a live blog with an
    # update and a correction, one site's chrome in all its stories, one place name for two
    # events; a third of the articles 400-900 words
    Part("fresh28", range(653, 677), ("2037",), False, 12, (4, 6), 12),
    # written after fresh28's look, without reading it, fresh27 or fresh26, on fisheries,
    # wildfires, grids, chemical leaks, nurses' pay, prisons, recalls, esports, heritage, bridges,
    # remittances and water utilities: single-story days of 3-7 outlets with angle pieces (several
    # naming little of the event's own words, some local pages in the local language), then two
    # same-topic doctors' strikes and two same-day water rulings, a digest, teasers only, a
    # feature, a live blog with an update and a correction, one site's chrome in all its stories,
    # one place name for two events; a third of the articles 400-900 words
    Part("fresh29", range(677, 701), ("2038",), False, 12, (3, 7), 12),
    # written while fresh29 had its blind look, without reading it, fresh28 or fresh27, on air
    # quality, rents, rail timetables, pensions, aviation safety, tourist taxes, university fees,
    # museum restitution, vaccination, launches, cybercrime and road tolls: single-story days of
    # 3-7 outlets with angle pieces (several naming little of the event's own words, some local
    # pages in the local language), then two same-day mayoral elections and two same-day rail
    # strikes, a digest, teasers only, a feature, a live blog with an update and a correction,
    # one site's chrome in all its stories, one place name for two events; a third of the
    # articles 400-900 words
    Part("fresh30", range(701, 725), ("2039",), False, 12, (3, 7), 12),
    # written while fresh30 had its blind look, without reading it, fresh29 or fresh28, on fuel
    # prices, ferries, minimum wages, volcanic ash, vanilla exports, organ donation, currency, a
    # census, a dzud, glacier hazards, motorbike bans and teachers' pay: single-story days of 3-7
    # outlets with angle pieces (several naming little of the event's own words, some local pages
    # in the local language), then two same-day pilots' strikes and two same-day elections, a
    # digest, teasers only, a feature, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events; a third of the articles 400-900
    # words
    Part("fresh31", range(725, 749), ("2039",), False, 12, (3, 7), 12),
    # written after fresh31's look, without reading it, fresh30 or fresh29, on data-protection
    # fines, heat waves, recounts, central-bank rates, poaching, transit fares, stadium safety,
    # language laws, waiting lists, ride-hailing rules, water tariffs and teacher shortages:
    # single-story days of 3-7 outlets with angle pieces (several naming little of the event's own
    # words, some local pages in the local language), then two same-day strikes and two same-day
    # court rulings, a digest, teasers only, a feature, a live blog with an update and a
    # correction, one site's chrome in all its stories, one place name for two events; a third of
    # the articles 400-900 words
    Part("fresh32", range(749, 773), ("2039",), False, 12, (3, 7), 12),
    # written after fresh32's look, without reading it, fresh31 or fresh30, on sardine quotas,
    # hydropower, e-scooter bans, bridge inspections, bird flu, dengue, power cuts, a tax amnesty,
    # school phone bans, wildfire smoke and locusts: single-story days of 3-7 outlets with angle
    # pieces (several naming little of the event's own words, some local pages in the local
    # language), then two same-day transit strikes, two same-day court rulings and two same-day
    # floods, a digest, teasers only, a feature, a live blog with an update and a correction, one
    # site's chrome in all its stories, one place name for two events; a third of the articles
    # 400-900 words
    Part("fresh33", range(773, 797), ("2039",), False, 12, (3, 7), 12),
    # written after fresh33's look, without reading it, fresh32 or fresh31, on pension ages, port
    # automation, rent caps, lithium permits, measles, wolf culls, coffee rust, drought insurance,
    # a satellite launch, museum restitution, a bank failure and public-broadcaster funding:
    # single-story days of 3-7 outlets with angle pieces (several naming little of the event's own
    # words, some local pages in the local language), then two same-day strikes, two elections of
    # one weekend and two same-day court rulings, a digest, teasers only, a feature, a live blog
    # with an update and a correction, one site's chrome in all its stories, one place name for
    # two events; a third of the articles 400-900 words
    Part("fresh34", range(797, 821), ("2041",), False, 12, (3, 7), 12),
    # written after fresh34's look, without reading it, fresh33 or fresh32, on a ferry sinking, a
    # glacier lake, a seed bank, racehorse doping, a solar auction, a hospital cyber attack, a
    # wreck's salvage, expressway tolls, night trains, grounded island flights, a teachers' strike
    # and cotton quotas: single-story days of 3-7 outlets with angle pieces (several naming little
    # of the event's own words, some local pages in the local language, three undated features
    # on the people affected), then two same-day floods, strikes, court rulings and elections, a
    # digest, teasers only, a feature, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events, four undated pieces on another
    # thing in a story's town; a third of the articles 400-900 words
    Part("fresh35", range(821, 845), ("2042",), False, 12, (3, 7), 12),
    # written after fresh35's look, without reading it, fresh34 or fresh33, on a refinery fire, a
    # mobile licence, milk prices, a cut undersea cable, a volcano, a wooden church's fire, cocoa
    # prices, park car reservations, cholera, durian exports, elephants on railways and vanilla
    # prices: single-story days of 3-7 outlets with angle pieces (several naming little of the
    # event's own words, some local pages in the local language, three undated features on the
    # people affected), then two same-day strikes, court rulings and elections, a digest, teasers
    # only, a feature, a live blog with an update and a correction, one site's chrome in all its
    # stories, one place name for two events, four undated pieces on another thing in a story's
    # town; a third of the articles 400-900 words
    Part("fresh36", range(845, 869), ("2043",), False, 12, (3, 7), 12),
    # written after fresh36's look, without reading it, fresh35 or fresh34, on a hailstorm in rose
    # fields, foot-and-mouth disease, a falling sea at a ferry port, malaria in gold fields, bear
    # attacks, a leaning tower block, tobacco auctions, turtle nesting, a flash flood at an ancient
    # site, a carp virus, an olive-tree disease and sargassum seaweed: single-story days of 3-7
    # outlets with angle pieces (several naming little of the event's own words, some local pages in
    # the local language, three of them with their own figures on every count, three undated
    # features on the people affected), then two same-day strikes, court rulings and elections, a
    # digest, teasers only, a long read, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events, four undated pieces on another thing
    # in a story's town; a third of the articles 400-900 words
    Part("fresh37", range(869, 893), ("2044",), False, 12, (3, 7), 12),
    # written while fresh37 had its look, without reading it, fresh36 or fresh35, on a paprika
    # blight, a motorway rockslide, a sinkhole, a mine-waste spill, a jellyfish swarm, a harbour
    # boat fire, a saltwater wedge, insect stains on marble, thawing permafrost, a heritage roof
    # fire, a ship grounding and a dry river's cracked bridge: single-story days of 3-7 outlets
    # with angle pieces (several naming little of the event's own words, some local pages in the
    # local language, three of them with their own figures on every count, three undated
    # features on the people affected), then two same-day strikes, court rulings and elections, a
    # digest, teasers only, a long read, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events, one ministry in two unrelated
    # stories, four undated pieces on another thing in a story's town; a third of the articles
    # 400-900 words
    Part("fresh38", range(893, 917), ("2045",), False, 12, (3, 7), 12),
    # written while fresh38 had its look, without reading it, fresh37 or fresh36, on a frost in
    # mastic groves, a sewer burst into a lake, a tea warehouse fire, a barge striking a bridge, a
    # whale stranding, a jasmine price spike, an irrigation channel's collapse, a minibus through
    # lake ice, a scaffold collapse, a cliff fall, a crab fleet's tie-up and a cracked waterfall:
    # single-story days of 3-7 outlets with angle pieces (several naming little of the event's own
    # words, some local pages in the local language, three of them with their own figures on
    # every count, three undated features on the people affected, two opinion pieces), then two
    # same-day strikes, court rulings and elections, a digest, teasers only, a long read, a live
    # blog with an update and a correction, one site's chrome in all its stories, one place name
    # for two events, one ministry in two unrelated stories, one count in two unrelated stories
    # of one region, four undated pieces on another thing in a story's town; a third of the
    # articles 400-900 words
    Part("fresh39", range(917, 941), ("2046",), False, 12, (3, 7), 12),
    # written while fresh39 had its look, without reading it, fresh38 or fresh37, on a burst
    # geothermal main, a drowned chapel bared by drought, a wrecked breakwater, divers adrift, a
    # mineral-water recall, escaped farm trout, a brandy cellar theft, a lobster pound's die-off,
    # a debris flow, a brine leak in a salt mine, smuggled tortoises and mudflat walkers caught by
    # the tide: single-story days of 3-7 outlets with angle pieces (several naming little of the
    # event's own words, some local pages in the local language, three of them with their own
    # figures on every count, three undated features on the people affected, two opinion pieces,
    # one agency report run by two outlets almost word for word), then two same-day strikes,
    # court rulings and elections, a digest, teasers only, a long read, a live blog with an update
    # and a correction, one site's chrome in all its stories, one place name for two events, one
    # agency and minister in two unrelated stories, one count in two unrelated stories of one
    # region, two collapses in one city on one day, four undated pieces on another thing in a
    # story's town; a third of the articles 400-900 words
    Part("fresh40", range(941, 965), ("2047",), False, 12, (3, 7), 12),
    # written while fresh40 had its look, without reading it, fresh39 or fresh38, on a dust
    # storm, a false tsunami alert, a waterbird die-off, a vandalised chapel, a customs computer
    # crash, a bird's-nest import halt, seal pups in nets, a fuel barge turned back by ice, a hop
    # harvest slump, containers lost overboard, river erosion and off-roaders in a desert bloom:
    # single-story days of 3-7 outlets with angle pieces (several naming little of the event's
    # own words, some local pages in the local language, three of them with their own figures on
    # every count, three undated features on the people affected, two opinion pieces, one agency
    # report run by two outlets almost word for word, a fact-check of one claim), then two
    # same-day strikes, court rulings and elections, a digest, teasers only, a long read, a live
    # blog with an update and a correction, one site's chrome in all its stories, one place name
    # for two events, one agency and its head in two unrelated stories, one count in two unrelated
    # stories of one region, two fires in one city on one day, one airline's two unrelated
    # stories of one day, four undated pieces on another thing in a story's town; a third of the
    # articles 400-900 words
    Part("fresh41", range(965, 989), ("2048",), False, 12, (3, 7), 12),
    # written after fresh41's look, without reading it, fresh40 or fresh39, on water hyacinth
    # sealing a harbour, a foam spill in a border river, seaplanes grounded by water in their
    # fuel, fog shutting an island airport, a meteorite through a roof, norovirus in oysters, an
    # avalanche on a resort road, a freighter's belly landing, a hot spring's failing flow, a
    # bourse outage, a burst heating main and a banana wilt: single-story days of 3-7 outlets
    # with angle pieces (several naming little of the event's own words, some local pages in the
    # local language, one printing its figures in Persian digits, one from across the border,
    # three with their own figures on every count, three undated features on the people
    # affected, two opinion pieces, one agency report run by two outlets almost word for word, a
    # fact-check of one claim), then two same-day strikes, court rulings and elections, a
    # digest, teasers only, a long read, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events, one agency and its head in two
    # unrelated stories, one count in two unrelated stories of one region, two closures in one
    # city on one day, one university's two unrelated stories of one day, four undated pieces on
    # another thing in a story's town; a third of the articles 400-900 words; the first day
    # names of four digits; kept aside until its blind look
    Part("fresh42", range(989, 1013), ("2049",), False, 12, (3, 7), 12),
    # written after fresh42's look, without reading it, fresh41 or fresh40, on a sunken ghat
    # stairway, a fertiliser convoy aground on a low river, an ice storm in wine country, reed
    # islands torn loose, anthrax in herds, a river ferry's capsize, a snowbound train, dead seals,
    # ice fishers adrift, volcanic gas on a trail, a burst lager tank and an ancient cypress's
    # fallen limb: single-story days of 3-7 outlets with angle pieces (several naming little of
    # the event's own words, some local pages in the local language, one printing its figures in
    # Devanagari digits, one from across the border, two with their own figures on every count,
    # three undated features on the people affected, an editorial and a column, one agency report
    # run by two outlets almost word for word, a fact-check of one claim, a wire's later update
    # beside its first version, an English report spelling the place and names another way),
    # then two same-day strikes, court rulings and elections, a digest, teasers only, a long
    # read, a live blog with an update and a correction, one site's chrome in all its stories,
    # one place name for two events, one agency in two unrelated stories, one count in two
    # unrelated stories of one region, two fires in one city on one day, one company's two
    # unrelated stories of one day, four undated pieces on another thing in a story's town; a
    # third of the articles 400-900 words; tuning material since its blind look
    Part("fresh43", range(1013, 1037), ("2050",), False, 12, (3, 7), 12),
    # written after fresh43's look, without reading it, fresh42 or fresh41, on a tornado, a lorry
    # fire in an undersea tunnel, a straying tiger, a mud mosque's fallen wall, a pilgrim truck's
    # rollover, bison on a motorway, a nutmeg station's fire, an oil leak above a water intake,
    # collapsed rice terraces, a dismasted tall ship, buffalo killed by salt and a trekking
    # bridge swept away: single-story days of 3-7 outlets with angle pieces (several naming
    # little of the event's own words, some local pages in the local language, one printing its
    # figures in Bengali digits, one from across the border, three with their own figures on
    # every count, three undated features on the people affected, an editorial and a column, one
    # agency report run by two outlets almost word for word, a fact-check of one claim, a wire's
    # later update beside its first version, an English report spelling the places and names
    # another way, one agency's report in its English and French services, a radio transcript),
    # then two same-day strikes, court rulings and elections, a digest, teasers only, a long
    # read, a live blog with an update and a correction, one site's chrome in all its stories,
    # one place name for two events, one minister in two unrelated stories, one amount in two
    # unrelated stories of one region, two roof collapses in one city on one day, one ferry
    # company's two unrelated stories of one day, four undated pieces on another thing in a
    # story's town; a third of the articles 400-900 words; tuning material since its blind look
    # at the forty-third session's start
    Part("fresh44", range(1037, 1061), ("2051",), False, 12, (3, 7), 12),
    # written after fresh44's look, without reading it, fresh43 or fresh42, on a stalled cable car,
    # tainted rice spirit, a mud volcano's eruption, an ore train's derailment, a burning container
    # ship's pellets, a gas main's blast, a toxic algal bloom, a cave river's rise, pneumonic
    # plague, a border market's fire, a mountain heath fire and an iceberg's wave: single-story
    # days of 3-7 outlets with angle pieces (several naming little of the event's own words, some
    # local pages in the local language, one printing its figures in Khmer digits, one from across
    # the border, three with their own figures on every count, three undated features on the
    # people affected, an editorial and a column, one agency report run by two outlets almost word
    # for word, a fact-check of one claim, a wire's later update beside its first version, an
    # English report spelling the places and names another way, one agency's report in its
    # English and Arabic services, a TV transcript, a wire factbox, an aggregator's machine
    # translation of a local report), then two same-day strikes, court rulings and elections, a
    # digest, teasers only, a long read, a live blog with an update and a correction, one site's
    # chrome in all its stories, one place name for two events, one minister in two unrelated
    # stories, one count in two unrelated stories of one region, two gas leaks in one city on one
    # day, one rail operator's two unrelated stories of one day, four undated pieces on another
    # thing in a story's town; a third of the articles 400-900 words; tuning material since its
    # blind look at the forty-fourth session's start
    Part("fresh45", range(1061, 1085), ("2052",), False, 12, (3, 7), 12),
    # written after fresh45's look, without reading it, fresh44 or fresh43, on a coal-lorry queue
    # frozen by a blizzard, a chemical reactor's blast, barnacle gatherers swept off rocks, a
    # temple chariot's crowd crush, a rabid jackal, a lost radioactive capsule, a data centre's
    # fire, an arms depot's blasts, a mine cage's fall, a fireworks factory's blast, death-cap
    # poisonings and a bog slide: single-story days of 3-7 outlets with angle pieces (several
    # naming little of the event's own words, some local pages in the local language, one
    # printing its figures in Devanagari digits, one from across the border, three with their own
    # figures on every count, three undated features on the people affected, an editorial and a
    # column, one agency report run by two outlets almost word for word, a fact-check of one
    # claim, a wire's later update beside its first version, an English report spelling the
    # places and names another way, one agency's report in its English and Spanish services, a
    # radio transcript, a wire factbox, an aggregator's machine translation of a local report, a
    # wire's corrected version beside its first version, a paywalled page's first paragraphs),
    # then two same-day strikes, court rulings and elections, a digest, teasers only, a long
    # read, a live blog with an update and a correction, one site's chrome in all its stories,
    # one place name for two events, one agency and its head in two unrelated stories, one count
    # in two unrelated stories of one region, two bomb evacuations in one city on one day, one
    # transit operator's two unrelated stories of one day, four undated pieces on another thing
    # in a story's town; a third of the articles 400-900 words; tuning material since its blind
    # look at the forty-fifth session's start
    Part("fresh46", range(1085, 1109), ("2053",), False, 12, (3, 7), 12),
    # written after fresh46's look, without reading it, fresh45 or fresh44, on a hot-air balloon's
    # fire, a fuel-tanker fire at a border dry port, an ammonia leak at a tuna plant, a shark bite,
    # a fair's swing ride breaking, a wind turbine's fall onto a road, an ice-jam flood, a chlorine
    # leak at a water works, a river's fish kill, an escalator running backwards, a hailstorm on
    # greenhouses and a tyre dump's fire: single-story days of 3-7 outlets with angle pieces
    # (several naming little of the event's own words, some local pages in the local language,
    # one printing its figures in Arabic-Indic digits, one from across the border, three with
    # their own figures on every count, three undated features on the people affected, an
    # editorial and a column, one agency report run by two outlets almost word for word, a
    # fact-check of one claim, a wire's later update beside its first version, an English report
    # spelling the places and names another way, one agency's report in its English and Spanish
    # services, a radio transcript, a wire factbox, an aggregator's machine translation of a local
    # report, a wire's corrected version beside its first version, a paywalled page's first
    # paragraphs, and new in this part a local page's table of figures by site turned into lines
    # and a report quoting an embedded social-media post), then two same-day strikes, court
    # rulings and elections, a digest, teasers only, a long read, a live blog with an update and
    # a correction, one site's chrome in all its stories, one place name for two events, one
    # minister in two unrelated stories, one count in two unrelated stories of one region, two
    # sinkholes in one city on one day, one company's two unrelated stories of one day, four
    # undated pieces on another thing in a story's town; a third of the articles 400-900 words;
    # tuning material since its blind look at the forty-sixth session's start
    Part("fresh47", range(1109, 1133), ("2054",), False, 12, (3, 7), 12),
    # written after fresh47's look, without reading it, fresh46 or fresh45, on an elephant camp's
    # footbridge falling into a river, a slurry lagoon's burst wall, a fog pileup, skaters through
    # lake ice, a mezcal warehouse's fire, a lantern workshop's fire, a tour bus's plunge, a diesel
    # barge aground, a school dormitory's fire, a quick-clay slide, a kabaddi stand's collapse and a
    # mussel cutter's capsize: single-story days of 3-7 outlets with angle pieces (several naming
    # little of the event's own words, some local pages in the local language, one printing its
    # figures in Thai digits, one from across the border, three with their own figures on every
    # count, three undated features on the people affected, an editorial and a column, one agency
    # report run by two outlets almost word for word, a fact-check of one claim, a wire's later
    # update beside its first version, an English report spelling the places and names another
    # way, one agency's report in its English and Portuguese services, a radio transcript, a wire
    # factbox, an aggregator's machine translation of a local report, a wire's corrected version
    # beside its first version, a paywalled page's first paragraphs, a local page's table of
    # figures by zone turned into lines, a report quoting an embedded social-media post, and new
    # in this part a local page opening with a key-points box and a photo gallery told in its
    # numbered captions), then two same-day strikes, court rulings and elections, a digest,
    # teasers only, a long read, a live blog with an update and a correction, one site's chrome in
    # all its stories, one place name for two events, one agency in two unrelated stories, one
    # count in two unrelated stories of one region, two fires in one city on one day, one
    # company's two unrelated stories of one day, four undated pieces on another thing in a
    # story's town; a third of the articles 400-900 words; tuning material since its blind look
    # at the forty-seventh session's start
    Part("fresh48", range(1133, 1157), ("2055",), False, 12, (3, 7), 12),
    # written after fresh48's look, without reading it, fresh47 or fresh46, on a market hall's
    # roof falling under snow, a brick kiln's chimney toppled by a storm, a river dike's breach at
    # a border crossing, a summer storm's power cut, a tea estate's mudslide, a phosphate-sludge
    # pipeline's burst onto a beach, a jade mine's waste slide, generator fumes at a hunting
    # lodge, a cracked reservoir spillway, a hydrogen station's blast, a flash flood through a
    # weekly souk and a dam's spillway release: single-story days of 3-7 outlets with angle pieces
    # (several naming little of the event's own words, some local pages in the local language,
    # one printing its figures in Bengali digits, one from across the border, three with their
    # own figures on every count, three undated features on the people affected, an editorial and
    # a column, one agency report run by two outlets almost word for word, a fact-check of one
    # claim, a wire's later update beside its first version, an English report spelling the
    # places and names another way, one agency's report in its English and French services, a
    # radio transcript, a wire factbox, an aggregator's machine translation of a local report, a
    # wire's corrected version beside its first version, a paywalled page's first paragraphs, a
    # local page's table of figures by commune turned into lines, a report quoting an embedded
    # social-media post, a local page opening with a key-points box, a photo gallery told in its
    # numbered captions, and new in this part a bilingual Welsh and English local page and a
    # "what we know so far" explainer under question headings), then two same-day strikes, court
    # rulings and elections, a digest, teasers only, a long read, a live blog with an update and a
    # correction, one site's chrome in all its stories, one place name for two events, one
    # minister in two unrelated stories, one count in two unrelated stories of one region, two
    # burst water mains in one city on one day, one university's two unrelated stories of one day,
    # four undated pieces on another thing in a story's town; a third of the articles 400-900
    # words; kept aside until its blind look
    Part("fresh49", range(1157, 1181), ("2056",), True, 12, (3, 7), 12),
]


@pytest.mark.parametrize("part", PARTS, ids=lambda part: part.split)
def test_each_part_written_later_holds_the_days_it_was_written_to_hold(part: Part) -> None:
    days = [day for day in _days() if day["split"] == part.split]
    assert [day["day"] for day in days] == [f"d{n}" for n in part.days]
    assert all(day["date"][:4] in part.years for day in days)
    assert part.split in SPLITS
    assert (part.split in KEPT_ASIDE) is part.aside
    stories = [len({a["story"] for a in d["articles"]}) for d in days]
    single = [d for d, n in zip(days, stories, strict=True) if n == 1]
    assert len(single) >= part.single
    low, high = part.outlets
    assert all(low <= len({a["outlet"] for a in d["articles"]}) <= high for d in single)
    assert sum(2 <= n <= 4 for n in stories) >= part.several


def test_the_tenth_part_varies_its_shapes_more_than_the_ones_before() -> None:
    """fresh9 was written less like fresh8, whose shapes had been tuned on."""
    fresh9 = [day for day in _days() if day["split"] == "fresh9"]
    stories = [len({a["story"] for a in d["articles"]}) for d in fresh9]
    single = [d for d, n in zip(fresh9, stories, strict=True) if n == 1]
    # The outlet counts vary from day to day (3 to 7), not one fixed shape.
    assert len({len({a["outlet"] for a in d["articles"]}) for d in single}) >= 4
    # several stories (coverage 1+1+1+1 to 5+2), same topic twice, a digest, a same-city day
    assert {2, 3, 4} <= {n for n in stories if 2 <= n <= 4}


def test_the_eleventh_part_varies_its_shapes_again() -> None:
    """fresh10 was written before fresh9's look, to stay blind after it, in shapes unlike both."""
    fresh10 = [day for day in _days() if day["split"] == "fresh10"]
    stories = [len({a["story"] for a in d["articles"]}) for d in fresh10]
    single = [d for d, n in zip(fresh10, stories, strict=True) if n == 1]
    # Its single-story days are not one shape: each count of outlets from 3 to 7.
    assert {len({a["outlet"] for a in d["articles"]}) for d in single} == {3, 4, 5, 6, 7}
    assert {2, 3, 4} <= set(stories)
    # A day of feed teasers only (several stories, no article over 40 words).
    teasers_only = [
        d
        for d, n in zip(fresh10, stories, strict=True)
        if n >= 2 and all(len(a["text"].split()) <= 40 for a in d["articles"])
    ]
    assert teasers_only


def _runs(line: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w']+", line.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_the_twelfth_part_has_its_own_shapes_and_new_junk() -> None:
    """fresh11 was written before fresh10's look, to stay blind after it: single-story days of 3
    to 8 outlets, a real feed's big-story day, a teasers-only day, and chrome worded anew."""
    days = _days()
    fresh11 = [day for day in days if day["split"] == "fresh11"]
    per_day = [[a["story"] for a in d["articles"]] for d in fresh11]
    stories = [len(set(labels)) for labels in per_day]
    single = [d for d, n in zip(fresh11, stories, strict=True) if n == 1]
    assert {len({a["outlet"] for a in d["articles"]}) for d in single} == {3, 4, 5, 6, 7, 8}
    # One big story of 5-6 articles beside three stories of one article each.
    assert any(
        sorted(labels.count(s) for s in set(labels)) in ([1, 1, 1, 5], [1, 1, 1, 6])
        for labels in per_day
    )
    # A day of feed teasers only: several stories, every article 12-35 words.
    assert any(
        n >= 2 and all(12 <= len(a["text"].split()) <= 35 for a in d["articles"])
        for d, n in zip(fresh11, stories, strict=True)
    )
    # Its junk is new: no earlier junk line again, and no 4-word run shared with one.
    junk = [j for d in fresh11 for a in d["articles"] for j in a["junk"]]
    assert len(junk) >= 100
    assert _junk_seen_before("fresh11", junk, days) == []


def _junk_seen_before(
    split: str, junk: list[str], days: list[dict[str, Any]], run: int = 4
) -> list[str]:
    """The junk lines of ``split`` that repeat a junk line of a part written before it, or share a
    ``run``-word run with one (the parts before it in ``SPLITS``, which lists them in writing
    order)."""
    before = set(SPLITS[: SPLITS.index(split)])
    earlier = [j for d in days if d["split"] in before for a in d["articles"] for j in a["junk"]]
    seen_lines = {line.strip().lower() for line in earlier}
    seen_runs = set().union(*(_runs(line, run) for line in earlier))
    return [j for j in junk if j.strip().lower() in seen_lines or _runs(j, run) & seen_runs]


def test_the_thirteenth_part_has_its_own_shapes_and_new_junk() -> None:
    """fresh12 was written while fresh11 was kept aside, without reading it: single-story days of
    every outlet count from 3 to 8, days of two to four stories, a teasers-only day, a long
    feature, and chrome worded anew."""
    days = _days()
    fresh12 = [day for day in days if day["split"] == "fresh12"]
    stories = [len({a["story"] for a in d["articles"]}) for d in fresh12]
    single = [d for d, n in zip(fresh12, stories, strict=True) if n == 1]
    assert {len({a["outlet"] for a in d["articles"]}) for d in single} == {3, 4, 5, 6, 7, 8}
    assert {2, 3, 4} <= set(stories)
    # A day of feed teasers only: several stories, every article 18-25 words.
    assert any(
        n >= 2 and all(18 <= len(a["text"].split()) <= 25 for a in d["articles"])
        for d, n in zip(fresh12, stories, strict=True)
    )
    # One long feature (500+ words) on a day of several stories.
    assert any(
        n >= 2 and max(len(a["text"].split()) for a in d["articles"]) >= 500
        for d, n in zip(fresh12, stories, strict=True)
    )
    # Outlet names are new: none used by an earlier part.
    before = set(SPLITS[: SPLITS.index("fresh12")])
    old_outlets = {a["outlet"] for d in days if d["split"] in before for a in d["articles"]}
    assert not {a["outlet"] for d in fresh12 for a in d["articles"]} & old_outlets
    # Its junk is new: no earlier junk line again, and no 4-word run shared with one.
    junk = [j for d in fresh12 for a in d["articles"] for j in a["junk"]]
    assert len(junk) >= 150
    assert _junk_seen_before("fresh12", junk, days) == []


# Every part from fresh13 on, in writing order: a part added to SPLITS is checked here too.
_SINCE_FRESH13 = SPLITS[SPLITS.index("fresh13") :]


@pytest.mark.parametrize("split", _SINCE_FRESH13)
def test_a_part_written_while_the_last_was_aside_has_its_own_shapes_and_new_junk(
    split: str,
) -> None:
    """fresh13 was written while fresh12 was kept aside, without reading it or fresh11, fresh14
    while fresh13 was, without reading any of the three, fresh15 while fresh14 was, without
    reading it, fresh16 while fresh15 was, without reading it, fresh17 while fresh16 was,
    without reading it, fresh18 while fresh17 was, without reading it or fresh16, fresh19
    while fresh18 was, without reading it, fresh17 or fresh16, fresh20 while fresh19 was,
    without reading it, fresh18 or fresh17, fresh21 while fresh20 was, without reading it,
    fresh19 or fresh18, fresh22 while fresh21 was, without reading it, fresh20 or fresh19,
    fresh23 while fresh22 was, without reading it, fresh21 or fresh20, fresh24 (begun)
    while fresh23 was, without reading it, fresh22 or fresh21, fresh25 after fresh24's look,
    without reading it, fresh23 or fresh22, fresh26 after fresh25's look, without reading
    it, fresh24 or fresh23, fresh27 after fresh26's look, without reading it, fresh25 or
    fresh24, fresh28 after fresh27's look, without reading it, fresh26 or fresh25 (its
    single-story days written to 4-6 outlets each), fresh29 after fresh28's look, without
    reading it, fresh27 or fresh26 (its single-story days written to 3-7 outlets each), and
    fresh30 while fresh29 had its look, without reading it, fresh28 or fresh27 (the same), and
    fresh31 while fresh30 had its look, without reading it, fresh29 or fresh28 (the same), and
    fresh32 after fresh31's look, without reading it, fresh30 or fresh29 (the same), and
    fresh33 after fresh32's look, without reading it, fresh31 or fresh30 (the same), and
    fresh34 after fresh33's look, without reading it, fresh32 or fresh31 (the same, its junk
    free to reuse the short wordings every site prints), and fresh35 after fresh34's look,
    without reading it, fresh33 or fresh32 (the same), and fresh36 after fresh35's look,
    without reading it, fresh34 or fresh33 (the same), and fresh37 after fresh36's look,
    without reading it, fresh35 or fresh34 (the same), and fresh38 while fresh37 had its look,
    without reading it, fresh36 or fresh35 (the same), and fresh39 while fresh38 had its look,
    without reading it, fresh37 or fresh36 (the same), and fresh40 while fresh39 had its look,
    without reading it, fresh38 or fresh37 (the same), and fresh41 while fresh40 had its look,
    without reading it, fresh39 or fresh38 (the same), and fresh42 after fresh41's look,
    without reading it, fresh40 or fresh39 (the same), and fresh43 after fresh42's look,
    without reading it, fresh41 or fresh40 (the same), and fresh44 after fresh43's look,
    without reading it, fresh42 or fresh41 (the same), and fresh45 after fresh44's look,
    without reading it, fresh43 or fresh42 (the same), and fresh46 after fresh45's look,
    without reading it, fresh44 or fresh43 (the same), and fresh47 after fresh46's look,
    without reading it, fresh45 or fresh44 (the same), and fresh48 after fresh47's look,
    without reading it, fresh46 or fresh45 (the same), and fresh49 after fresh48's look,
    without reading it, fresh47 or fresh46 (the same):
    single-story days of every outlet count from 3 to 8, days of two to four stories, a
    teasers-only day, a long feature, realistic lengths, new outlets and chrome worded anew."""
    days = _days()
    part = [day for day in days if day["split"] == split]
    stories = [len({a["story"] for a in d["articles"]}) for d in part]
    single = [d for d, n in zip(part, stories, strict=True) if n == 1]
    # Outlet names are new: none used by an earlier part.
    before = set(SPLITS[: SPLITS.index(split)])
    old_outlets = {a["outlet"] for d in days if d["split"] in before for a in d["articles"]}
    assert not {a["outlet"] for d in part for a in d["articles"]} & old_outlets
    # Its junk is new: no earlier junk line again, no 4-word run (8 from fresh34) shared with one.
    junk = [j for d in part for a in d["articles"] for j in a["junk"]]
    # From fresh34 on, the common short wordings real sites print may recur: 8-word runs, not 4.
    run = 8 if SPLITS.index(split) >= SPLITS.index("fresh34") else 4
    assert _junk_seen_before(split, junk, days, run) == []
    if len(part) < 24:  # a part landed in halves: its second half's shapes are not written yet
        return
    outlet_counts = {
        "fresh28": {4, 5, 6},
        "fresh29": {3, 4, 5, 6, 7},
        "fresh30": {3, 4, 5, 6, 7},
        "fresh31": {3, 4, 5, 6, 7},
        "fresh32": {3, 4, 5, 6, 7},
        "fresh33": {3, 4, 5, 6, 7},
        "fresh34": {3, 4, 5, 6, 7},
        "fresh35": {3, 4, 5, 6, 7},
        "fresh36": {3, 4, 5, 6, 7},
        "fresh37": {3, 4, 5, 6, 7},
        "fresh38": {3, 4, 5, 6, 7},
        "fresh39": {3, 4, 5, 6, 7},
        "fresh40": {3, 4, 5, 6, 7},
        "fresh41": {3, 4, 5, 6, 7},
        "fresh42": {3, 4, 5, 6, 7},
        "fresh43": {3, 4, 5, 6, 7},
        "fresh44": {3, 4, 5, 6, 7},
        "fresh45": {3, 4, 5, 6, 7},
        "fresh46": {3, 4, 5, 6, 7},
        "fresh47": {3, 4, 5, 6, 7},
        "fresh48": {3, 4, 5, 6, 7},
        "fresh49": {3, 4, 5, 6, 7},
    }.get(split, {3, 4, 5, 6, 7, 8})
    assert {len({a["outlet"] for a in d["articles"]}) for d in single} == outlet_counts
    assert {2, 3, 4} <= set(stories)
    # A day of feed teasers only: several stories, every article 18-25 words.
    assert any(
        n >= 2 and all(18 <= len(a["text"].split()) <= 25 for a in d["articles"])
        for d, n in zip(part, stories, strict=True)
    )
    # One long feature (500+ words) on a day of several stories.
    assert any(
        n >= 2 and max(len(a["text"].split()) for a in d["articles"]) >= 500
        for d, n in zip(part, stories, strict=True)
    )
    # Real pages run long: several articles of 300 words or more beside one-line teasers.
    lengths = [len(a["text"].split()) for d in part for a in d["articles"]]
    assert sum(n >= 300 for n in lengths) >= 2 and min(lengths) <= 25
    if split == "fresh14":  # written to 16-600 words
        assert min(lengths) >= 16 and max(lengths) <= 600
    written_long = split in SPLITS[SPLITS.index("fresh15") :]
    if written_long:  # 16-900 words, ten or more of 300+
        assert min(lengths) >= 16 and max(lengths) <= 900 and sum(n >= 300 for n in lengths) >= 10
    # 30 percent or more of 400-900 words
    if split in SPLITS[SPLITS.index("fresh22") :]:
        assert sum(400 <= n <= 900 for n in lengths) * 10 >= len(lengths) * 3
    assert len(junk) >= (250 if written_long else 150)


# What a secret scan flags (an OpenAI-style key, a Slack webhook's path): a bench data file must
# never look like it holds one, or every scan of the repository cries wolf. A story label
# "yakutsk-wildfire-..." did ("sk-" and twenty characters after it), fresh33's d782.
_SECRET_SHAPE = re.compile(r"sk-[A-Za-z0-9_-]{20,}|hooks\.slack\.com/services/T[A-Z0-9]+/B")


def test_no_bench_data_file_looks_like_it_holds_a_secret() -> None:
    flagged = [
        path.relative_to(ROOT).as_posix()
        for path in sorted((ROOT / "bench" / "data").rglob("*"))
        if path.is_file()
        and path.suffix in {".jsonl", ".json", ".md", ".txt", ".html", ".xml"}
        and _SECRET_SHAPE.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert flagged == []
