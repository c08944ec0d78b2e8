"""briefing.cluster: near-duplicates, same-story grouping, digests, determinism, speed."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cluster import Clustering, cluster, similarity
from briefing.models import Article
from briefing.stories import article_features as _features, vectorise

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "cluster"
T0 = dt.datetime(2031, 3, 4, 8, 0, tzinfo=dt.UTC)


def load(name: str) -> tuple[dict[str, Article], dict[str, str]]:
    """Articles by key and gold story by key, from a bench/data/cluster file."""
    arts: dict[str, Article] = {}
    gold: dict[str, str] = {}
    text = (DATA / name).read_text(encoding="utf-8")
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        fields = dict(part.split(": ", 1) for part in header.split(" | "))
        arts[fields["key"]] = Article.create(
            title=fields["title"],
            text=body.strip(),
            source=fields["key"],
            outlet=fields["outlet"],
            published_at=dt.datetime.fromisoformat(fields["published"]),
        )
        gold[fields["key"]] = fields["story"]
    return arts, gold


def art(text: str, *, title: str = "t", outlet: str | None = None, minutes: int = 0) -> Article:
    return Article.create(
        title=title,
        text=text,
        source=title,
        outlet=outlet,
        published_at=T0 + dt.timedelta(minutes=minutes),
    )


def story_of(result: Clustering, article_id: str) -> str:
    article_id = result.near_duplicates.get(article_id, article_id)
    return next(s.id for s in result.stories if article_id in s.article_ids)


WIRE = (
    "LIMA (Reuters) - A magnitude 6.8 earthquake struck off the coast of southern Peru early on "
    "Tuesday, killing at least 12 people and damaging hundreds of homes in the Arequipa region, "
    "the civil defence institute said. The quake hit at a depth of 35 km, about 60 km south-west "
    "of the town of Camana, according to the U.S. Geological Survey. Most of the victims were in "
    "the districts of Camana and Ocona, where adobe houses collapsed while families slept. Rescue "
    "teams were searching for at least five people reported missing. President Jose Jeri declared "
    "a 60-day state of emergency in 14 districts and said the army would help clear rubble."
)


def test_near_duplicate_collapses_and_longer_is_kept() -> None:
    short = art(WIRE, title="Peru quake kills 12", outlet="Yahoo", minutes=5)
    long = art(WIRE + " (Reporting by Marco Aquino; Editing by Sandra Maler)", outlet="Reuters")
    other = art("Samsung is recalling 1.1 million dryers over a fire risk, regulators said.")
    result = cluster([short, other, long])
    assert result.near_duplicates == {short.id: long.id}
    assert [a.id for a in result.articles] == [other.id, long.id]  # input order kept
    assert sorted(i for s in result.stories for i in s.article_ids) == sorted([other.id, long.id])
    # the quake story counts both outlets, so it ranks first
    assert result.stories[0].article_ids == [long.id]


def test_edited_headline_and_paragraph_still_near_duplicate() -> None:
    edited = WIRE + " Copyright Reuters. Reporting by the Lima bureau."
    a, b = art(WIRE, minutes=1), art(edited)
    result = cluster([a, b])
    assert result.near_duplicates == {a.id: b.id} and result.updates == {}


def test_a_copy_whose_numbers_changed_is_an_update_and_the_latest_is_kept() -> None:
    """Five missing became six: not a duplicate but a newer version of the story."""
    edited = WIRE.replace("at least five people", "at least six people") + " Copyright Reuters."
    earlier, later = art(edited), art(WIRE, minutes=1)
    result = cluster([earlier, later])
    assert result.near_duplicates == {earlier.id: later.id}
    assert result.updates == {earlier.id: later.id}
    assert [a.id for a in result.articles] == [later.id]
    # Without times, the one given later is the latest.
    undated = [a.model_copy(update={"published_at": None}) for a in (later, earlier)]
    assert cluster(undated).updates == {later.id: earlier.id}


def test_same_length_tie_keeps_earliest() -> None:
    a = art(WIRE.replace("Tuesday", "Monday!"), minutes=10)
    b = art(WIRE.replace("Tuesday", "Friday!"), minutes=0)
    assert len(a.text) == len(b.text)
    assert cluster([a, b]).near_duplicates == {a.id: b.id}


def test_different_stories_stay_apart_and_same_story_groups() -> None:
    arts, gold = load("articles.txt")
    keys = ["q2", "q3", "r1", "r2", "d1", "d2", "s2"]
    result = cluster([arts[k] for k in keys])
    for x, y in itertools.combinations(keys, 2):
        same = story_of(result, arts[x].id) == story_of(result, arts[y].id)
        assert same == (gold[x] == gold[y]), (x, y)


def test_labelled_set_quality() -> None:
    arts, gold = load("articles.txt")
    result = cluster(list(arts.values()))
    predicted = {k: story_of(result, a.id) for k, a in arts.items()}
    pred_pairs = {
        p for p in itertools.combinations(sorted(arts), 2) if len({predicted[k] for k in p}) == 1
    }
    gold_pairs = {
        p for p in itertools.combinations(sorted(arts), 2) if len({gold[k] for k in p}) == 1
    }
    tp = len(pred_pairs & gold_pairs)
    assert tp / len(pred_pairs) >= 0.9 and tp / len(gold_pairs) >= 0.9
    assert set(result.near_duplicates) == {arts[k].id for k in ("q1d", "b2d", "w1")}


def test_digest_does_not_chain_its_stories() -> None:
    arts, _ = load("articles.txt")
    result = cluster(list(arts.values()))
    quake, boe, strike, sas = (story_of(result, arts[k].id) for k in ("q1", "r1", "p1", "m1"))
    assert len({quake, boe, strike, sas}) == 4
    assert story_of(result, arts["g1"].id) == quake  # the story the digest leads with


def test_seed_page_groups_arms_sale_and_keeps_other_stories_apart() -> None:
    arts, _ = load("seed_000.txt")
    result = cluster(list(arts.values()))
    assert result.near_duplicates == {}
    assert len(result.stories) == 3
    arms = story_of(result, arts["independent"].id)
    assert story_of(result, arts["guardian"].id) == arms
    assert story_of(result, arts["lead"].id) != arms
    assert story_of(result, arts["reuters"].id) not in {arms, story_of(result, arts["lead"].id)}
    top = result.stories[0]
    assert set(top.article_ids) == {arts["independent"].id, arts["guardian"].id}
    assert top.id == "s" + hashlib.sha256(top.article_ids[0].encode()).hexdigest()[:9]
    assert top.title == next(a.title for a in arts.values() if a.id == top.article_ids[0])


def test_money_forms_share_one_token() -> None:
    forms = ["$322m", "$322 million", "322 million dollars", "US$322 million", "USD 322 million"]
    tokens = [{t for t in _features(f"Sales of {f} approved.") if ":" in t} for f in forms]
    assert all(t == tokens[0] for t in tokens) and "usd:3.22e+08" in tokens[0]
    assert "eur:1.2e+09" in _features("a €1.2bn deal") and "eur:1.2e+09" in _features(
        "a deal worth 1.2 billion euros"
    )
    assert "pct:4.25" in _features("rates at 4.25%") and "pct:4.25" in _features("4.25 per cent")


def test_similarity_prefers_same_event() -> None:
    arts, _ = load("articles.txt")
    assert similarity(arts["m1"], arts["m2"]) > similarity(arts["m1"], arts["a1"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_order_independent(seed: int) -> None:
    arts, _ = load("articles.txt")
    base = cluster(list(arts.values()))
    shuffled = list(arts.values())
    random.Random(seed).shuffle(shuffled)
    again = cluster(shuffled)
    assert again.stories == base.stories
    assert again.near_duplicates == base.near_duplicates
    assert [a.id for a in again.articles] == [
        a.id for a in shuffled if a.id not in again.near_duplicates
    ]


def test_empty_and_single() -> None:
    assert cluster([]) == Clustering(articles=[], stories=[], near_duplicates={})
    one = art("Only one article here.", title="Solo")
    result = cluster([one, one])
    assert result.articles == [one]
    assert [(s.title, s.article_ids) for s in result.stories] == [("Solo", [one.id])]


def test_ranking_outlets_then_articles_then_recency() -> None:
    arts, _ = load("articles.txt")
    by_id = {a.id: a for a in arts.values()}
    result = cluster(list(arts.values()))

    def key(article_ids: list[str]) -> tuple[int, int, dt.datetime]:
        covered = [by_id[i] for i in article_ids]
        covered += [by_id[d] for d, r in result.near_duplicates.items() if r in article_ids]
        latest = max(a.published_at for a in covered if a.published_at)
        return (len({a.outlet for a in covered}), len(covered), latest)

    keys = [key(s.article_ids) for s in result.stories]
    assert keys == sorted(keys, reverse=True)
    # the quake: 5 representatives + the Yahoo near-duplicate, 6 outlets: the widest coverage
    assert arts["q2"].id in result.stories[0].article_ids
    assert keys[0][:2] == (6, 6)


def synthetic(n: int) -> list[Article]:
    rng = random.Random(7)
    common = [f"w{i}" for i in range(2000)]
    events = [[f"Name{e}x{k}" for k in range(30)] for e in range(n // 10)]
    out = []
    for i in range(n):
        vocab = events[rng.randrange(len(events))]
        words = [
            rng.choice(vocab) if rng.random() < 0.3 else rng.choice(common)
            for _ in range(rng.randint(150, 400))
        ]
        out.append(art(" ".join(words), title=f"a{i}", outlet=f"o{i % 13}", minutes=i))
    return out


def test_a_synthetic_day_comes_out_as_about_one_story_per_event() -> None:
    """200 articles on 20 events (their words a third from the event's names, the rest from a
    common vocabulary). Speed at 1,000-10,000 articles of this shape is measured by
    ``python bench/bench_scale.py --shapes varied``, not asserted here."""
    result = cluster(synthetic(200))
    assert 18 <= len(result.stories) <= 22


@pytest.mark.slow
def test_same_result_across_processes() -> None:
    """Set iteration order changes with PYTHONHASHSEED; the clustering must not."""
    script = (
        "import sys; sys.path.insert(0, 'tests'); import test_cluster as t; "
        "from briefing.cluster import cluster; "
        "r = cluster(list(t.load('articles.txt')[0].values())); "
        "print(repr((r.stories, r.near_duplicates)))"
    )
    root = Path(__file__).resolve().parent.parent
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_a_wire_s_agency_code_in_two_datelines_makes_no_two_reports_alike() -> None:
    # Two reports of one wire on different events: only the dateline's "(NW)" is in both.
    quake = Article.create(
        title="Quake shakes coastal province",
        text="LIMA (NW) — A magnitude 6.1 earthquake shook the coastal province early today.",
        source="nw/1",
        outlet="Northern Wire",
    )
    vote = Article.create(
        title="Parliament passes pension reform",
        text="OSLO (NW) — Lawmakers approved the pension reform after a long debate.",
        source="nw/2",
        outlet="Northern Wire",
    )
    assert similarity(quake, vote) == 0.0
    # A code in brackets elsewhere is a word of the text: "the Food Safety Authority (FSA)".
    fsa = "The Food Safety Authority (FSA) — the regulator — recalled the cheese."
    recall = Article.create(title="Cheese recalled", text=fsa, source="x/1", outlet="Daily")
    assert "fsa" in vectorise([recall, quake]).mixed[0]
    assert "nw" not in vectorise([recall, quake]).mixed[1]
