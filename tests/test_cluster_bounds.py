"""Bounded work in near-duplicate search and story grouping, with unchanged answers.

The timing and memory figures are in bench/bench_scale.py; these tests check what makes them
bounded (pairs per bucket, neighbours per article) and that the bounded versions give the same
answers as the plain algorithms where those are affordable.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from hypothesis import given, settings, strategies as st

from briefing.features import Vector, cos, normalise
from briefing.models import Article
from briefing.neardup import (
    _BINS,
    _WINDOW,
    _bucket_pairs,
    _shingles,
    _signature,
    near_duplicates,
)
from briefing.stories import _NEIGHBOURS, group_stories, story_graph

T0 = dt.datetime(2031, 3, 4, 8, 0, tzinfo=dt.UTC)

_TEMPLATE = [
    "Shares in {p} Holdings rose {n} percent after the company reported quarterly revenue.",
    "Analysts had expected revenue of about {n} million for the three months to March.",
    "Operating profit for the period was {n} million, the company said in a statement.",
    "Chief executive {p} said the results showed the strategy was working as planned.",
    "The board declared a dividend of {n} cents per share, payable next month.",
    "The company kept its forecast for the full year unchanged at {n} million.",
    "Costs rose by {n} percent, mainly because of higher wages and energy prices.",
    "The group employs about {n} people at sites across the region and abroad.",
    "It said it would open a new distribution centre near the coast later this year.",
    "The company will present its results to investors in a call on Thursday.",
]
_NAMES = "Abbott Baker Costa Diaz Evans Fischer Garcia Haddad Ito Jensen Kovac Lopez".split()


def look_alike(n: int, copies: int, seed: int = 0) -> tuple[list[Article], dict[str, str]]:
    """``n`` articles from one template (fresh names and numbers each), and ``copies`` more that
    are copies of some of them with one word changed; returns the articles and copy -> original."""
    rng = random.Random(seed)
    arts: list[Article] = []
    for i in range(n):
        text = " ".join(
            s.replace("{p}", rng.choice(_NAMES)).replace("{n}", str(rng.randint(2, 999)))
            for s in _TEMPLATE
        )
        arts.append(Article.create(title=f"Results {i}", text=text, source=f"t#{i}"))
    gold: dict[str, str] = {}
    for k, original in enumerate(rng.sample(arts, copies)):
        words = original.text.split()
        words[rng.randrange(len(words))] = "reportedly"
        copy = Article.create(
            title=original.title, text=" ".join(words), source=f"copy#{k}", published_at=T0
        )
        arts.append(copy)
        gold[copy.id] = original.id
    return sorted(arts, key=lambda a: a.id), gold


def test_look_alike_articles_keep_their_copies_apart_from_each_other() -> None:
    arts, gold = look_alike(300, 25)
    found = near_duplicates(arts, 0.8)
    # Each copy and its original are one group (either may be the one kept: same length).
    pairs = {frozenset(p) for p in found.items()}
    assert pairs == {frozenset(p) for p in gold.items()}


def _walked_signature(shingles: set[int]) -> list[int]:
    """The definition, walked: each empty bin borrows the next filled one (cyclically), marked
    by its distance."""
    bins: list[int | None] = [None] * _BINS
    for h in shingles:
        b, v = h % _BINS, (h >> 7) & ((1 << 57) - 1)
        if (cur := bins[b]) is None or v < cur:
            bins[b] = v
    if all(slot is None for slot in bins):
        return []
    sig = []
    for i in range(_BINS):
        dist = 0
        while (slot := bins[(i + dist) % _BINS]) is None:
            dist += 1
        sig.append(slot + (dist << 57))
    return sig


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 2**64 - 1), max_size=200))
def test_the_signature_borrows_as_the_definition_says(shingles: set[int]) -> None:
    assert _signature(shingles) == _walked_signature(shingles)


@pytest.mark.parametrize("filled", [[0], [_BINS - 1], [5, 90], list(range(_BINS))])
def test_the_signature_borrows_across_the_end(filled: list[int]) -> None:
    shingles = {(n << 7) + b for n, b in enumerate(filled, start=1)}  # bin b, value n
    assert _signature(shingles) == _walked_signature(shingles)


def test_large_bucket_gives_a_bounded_number_of_pairs_small_bucket_all() -> None:
    arts, _ = look_alike(200, 0)
    sigs = [_signature(_shingles(a.text)) for a in arts]
    members = list(range(len(arts)))
    pairs = list(_bucket_pairs(members, sigs, band=3))
    assert len(set(pairs)) == len(pairs) <= _WINDOW * len(members)
    assert all(i < j for i, j in pairs)
    small = members[: _WINDOW + 1]
    assert set(_bucket_pairs(small, sigs, band=3)) == set(itertools.combinations(small, 2))


def test_large_bucket_puts_the_closest_signatures_side_by_side() -> None:
    arts, gold = look_alike(150, 10, seed=3)
    index = {a.id: k for k, a in enumerate(arts)}
    sigs = [_signature(_shingles(a.text)) for a in arts]
    pairs = set(_bucket_pairs(list(range(len(arts))), sigs, band=0))
    for copy, original in gold.items():
        i, j = sorted((index[copy], index[original]))
        assert (i, j) in pairs


def _random_vectors(n: int, seed: int) -> list[Vector]:
    rng = random.Random(seed)
    vocab = [f"t{k}" for k in range(60)]
    topics = [rng.sample(vocab, 8) for _ in range(6)]
    out = []
    for _ in range(n):
        words = rng.choice(topics) + rng.sample(vocab, 4)
        out.append(normalise({w: rng.random() + 0.1 for w in words}))
    return out


def _plain_average_linkage(
    n: int, edges: dict[tuple[int, int], float], threshold: float
) -> set[frozenset[int]]:
    """Textbook agglomeration: merge the pair of groups with the highest mean similarity
    (missing edges count 0) while it reaches the threshold."""
    groups = [frozenset([i]) for i in range(n)]

    def mean(a: frozenset[int], b: frozenset[int]) -> float:
        total = sum(edges.get((min(i, j), max(i, j)), 0.0) for i in a for j in b)
        return total / (len(a) * len(b))

    while len(groups) > 1:
        best, x, y = max(
            (mean(a, b), x, y) for (x, a), (y, b) in itertools.combinations(enumerate(groups), 2)
        )
        if best < threshold:
            break
        merged = groups[x] | groups[y]
        groups = [g for k, g in enumerate(groups) if k not in (x, y)] + [merged]
    return set(groups)


@pytest.mark.parametrize("seed", range(6))
def test_grouping_equals_plain_average_linkage_on_its_edges(seed: int) -> None:
    vectors = _random_vectors(36, seed)
    got = {frozenset(g) for g in group_stories(vectors, 0.3)}
    assert got == _plain_average_linkage(len(vectors), story_graph(vectors), 0.3)
    assert len(got) < len(vectors)  # the case is not trivial: some groups were merged


def test_each_article_probes_a_bounded_number_of_neighbours() -> None:
    # 400 articles that all share most of their terms: every one is a candidate of every other.
    rng = random.Random(1)
    vectors = [
        normalise({**{f"common{k}": 1.0 for k in range(20)}, f"own{i}": rng.random() + 0.5})
        for i in range(400)
    ]
    edges = story_graph(vectors)
    assert len(edges) <= _NEIGHBOURS * len(vectors)
    assert len(edges) >= len(vectors)  # and each still has neighbours


def test_a_term_heavy_in_one_article_finds_the_other_that_has_it_lightly() -> None:
    # A colour piece full of its own names (forty of them outweigh everything else in it) that
    # also says the story's key word ("cruise"), once; a report that is mostly that word. The
    # word is not among the piece's heaviest terms, but the pair is as close as an edge (0.1):
    # a term's champion list is drawn from every article that has it, not only from those
    # in whose heaviest terms it is (d155: "In the Gothic Quarter, relief; ...").
    report = normalise({"cruise": 1.0, "barcelona": 0.2})
    piece = normalise({"cruise": 0.1, **{f"own{k}": 0.157 for k in range(40)}})
    assert cos(report, piece) >= 0.05
    assert set(story_graph([report, piece])) == {(0, 1)}


# --- one day, one story told from three angles; and a separate event on the same topic -------

_MAIN = """Voters in Moldavia's Ardea province chose independent candidate Ilinca Draghescu as
governor on Sunday, ending twenty years of rule by the Civic Union party. Draghescu won 54% of
the vote against 41% for Civic Union's Petru Ostrava, the electoral office said. Turnout was
63%. Ostrava conceded late on Sunday and congratulated Draghescu. She takes office in June
and has promised to cut the province's bus fares and audit its road contracts."""

_MARKETS = """Bonds issued by Ardea province rallied on Monday after Ilinca Draghescu's victory
in the governor's race, with investors betting that her promised audit of road contracts would
curb waste. The yield on Ardea's ten-year bond fell 30 basis points to 5.1%. Analysts at Brenner
Bank said the province's credit rating could improve if the new governor keeps spending in
check. Civic Union had run the province for two decades."""

_PROFILE = """Ilinca Draghescu, 46, spent fifteen years teaching chemistry at a secondary school
before she ran the largest parents' association in the country. Four years ago she entered
politics over a fight about school buses. She has never held office. Supporters describe her as
stubborn and practical; critics say she has never managed a budget. She lives with her
husband, a carpenter, and their two sons, and still coaches a girls' volleyball team on
Saturdays. Ardea's voters chose her as governor on Sunday."""

_OTHER = """Radu Mireanu will serve a third term as head of Lutesa's regional council after his
Social Front list took 31 of the council's 50 seats in Sunday's vote. Mireanu, a former army
doctor, promised to finish the new hospital in Brasova and to widen the coastal highway before
the tourist season. The rival Green League lost four seats. Observers from the OSCE reported
minor irregularities at two polling stations in the port district.
"""


def _article(title: str, text: str, outlet: str, minute: int) -> Article:
    return Article.create(
        title=title,
        text=" ".join(text.split()),
        source=f"{outlet}/{minute}",
        outlet=outlet,
        published_at=T0 + dt.timedelta(minutes=minute),
    )


def test_a_story_told_from_three_angles_is_one_story_on_a_small_day() -> None:
    from briefing.cluster import cluster

    arts = [
        _article("Draghescu wins Ardea governor's race, ending Civic Union's rule", _MAIN, "A", 0),
        _article("Ardea bonds rally after Draghescu victory", _MARKETS, "B", 5),
        _article("Who is Ilinca Draghescu, Ardea's new governor?", _PROFILE, "C", 9),
        _article("Mireanu wins third term in Lutesa council vote", _OTHER, "D", 12),
    ]
    stories = {frozenset(s.article_ids) for s in cluster(arts).stories}
    assert frozenset(a.id for a in arts[:3]) in stories
    assert frozenset([arts[3].id]) in stories
