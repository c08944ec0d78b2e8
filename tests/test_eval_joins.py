"""The pieces of the learned lone-piece join's evaluation (``bench/eval_joins.py``,
``bench/join_features.py``): the features on real-shaped text (an explainer and a French page
of the day's story beside another town's flood), the join, the logistic fit, the threshold
picked on training parts, the day's figures, and that no kept-aside part is ever read. Every
text here was written for this test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from briefing.models import Article
from briefing.stories import vectorise

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eval_joins  # noqa: E402
from data_parts import KEPT_ASIDE  # noqa: E402
from join_features import (  # noqa: E402
    FEATURE_NAMES,
    JoinModel,
    candidate_features,
    day_pieces,
    join_lone,
)

STORY = [
    (
        "Vistula bursts its banks in Warsaw, 2,400 residents evacuated",
        "WARSAW — The Vistula burst its banks in Warsaw on Tuesday after four days of rain, and "
        "2,400 residents of the Praga district were evacuated, the city's crisis office said.\n"
        "Mayor Tomasz Kalinowski said pumps from Gdansk and Lodz were on their way.",
    ),
    (
        "Warsaw evacuates Praga riverside as Vistula tops 7.8 metres",
        "Warsaw's crisis office moved 2,400 people out of riverside streets in Praga as the "
        "Vistula reached 7.8 metres, its highest since 2010.\n"
        "Tomasz Kalinowski, the mayor, asked residents to keep off the embankments.",
    ),
    (
        "Polish capital battles Vistula flood",
        "Firefighters in Warsaw stacked sandbags along the Vistula overnight. The Praga district "
        "was the worst hit, and Kalinowski said schools there would stay shut until Friday.",
    ),
]
EXPLAINER = (
    "Why does the Vistula flood Praga first?",
    "Why is Praga always first?\nThe district sits on the low eastern bank of the Vistula, "
    "and its embankments were built in the 1930s.\nWhat happens next?\nKalinowski's office "
    "says the crest should pass Warsaw by Thursday.",
)
FRENCH = (
    "Varsovie : la Vistule déborde, 2 400 habitants évacués",
    "La Vistule est sortie de son lit à Varsovie mardi. Le maire Tomasz Kalinowski a fait "
    "évacuer 2 400 habitants du quartier de Praga, a indiqué la cellule de crise de Warszawie.",
)
OTHER_FLOOD = (
    "River Severn floods Shrewsbury car parks",
    "SHREWSBURY — The Severn spilled into car parks in Shrewsbury on Tuesday, and the "
    "Environment Agency issued three flood warnings for Shropshire. Councillor Ruth Abbot said "
    "no homes had flooded.",
)


def _day(*extra: tuple[str, str]) -> list[Article]:
    texts = [*STORY, *extra]
    return [
        Article.create(title=t, text=x, source=f"t{k}", outlet=f"Outlet {k}")
        for k, (t, x) in enumerate(texts)
    ]


def _feature(row: list[float], name: str) -> float:
    return row[FEATURE_NAMES.index(name)]


def _rows(arts: list[Article]) -> list[list[float]]:
    vectors = vectorise(arts)
    pieces = day_pieces(arts)
    groups: list[list[int]] = [[0, 1, 2], *[[k] for k in range(3, len(arts))]]
    return [
        candidate_features(k, groups[0], groups, pieces, vectors.mixed, vectors.heads)
        for k in range(3, len(arts))
    ]


def test_features_tell_the_story_s_explainer_from_another_town_s_flood() -> None:
    explainer, other = _rows(_day(EXPLAINER, OTHER_FLOOD))
    assert len(explainer) == len(FEATURE_NAMES)
    assert _feature(explainer, "cos_centroid") > _feature(other, "cos_centroid")
    assert _feature(explainer, "names_share") > 0.5 > _feature(other, "names_share")
    assert _feature(explainer, "questions") > 0 == _feature(other, "questions")
    assert _feature(other, "head_names_own") > 0 == _feature(explainer, "head_names_own")


def test_a_page_in_another_language_matches_names_by_prefix() -> None:
    (french,) = _rows(_day(FRENCH))
    assert _feature(french, "language_differs") == 1.0
    assert _feature(french, "names_shared") > 0  # Kalinowski, Praga: the same names
    assert _feature(french, "names_prefix_only") > 0  # Warszawie beside Warsaw's "Warsa..."


def test_join_joins_the_explainer_and_keeps_the_other_flood_apart() -> None:
    arts = _day(EXPLAINER, OTHER_FLOOD)
    vectors = vectorise(arts)
    weights = [0.0] * len(FEATURE_NAMES)
    weights[FEATURE_NAMES.index("names_share")] = 10.0
    model = JoinModel(bias=-5.0, weights=tuple(weights), threshold=0.5)
    groups = [[0, 1, 2], [3], [4]]
    out = join_lone(groups, arts, vectors.mixed, vectors.heads, model)
    assert sorted(map(sorted, out)) == [[0, 1, 2, 3], [4]]
    never = JoinModel(bias=-50.0, weights=tuple(weights), threshold=0.5)
    assert sorted(join_lone(groups, arts, vectors.mixed, vectors.heads, never)) == sorted(groups)


def test_solve_and_fit() -> None:
    assert eval_joins._solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]) == pytest.approx([0.8, 1.4])
    xs = [[x / 10, 1.0] for x in range(-20, 21)]
    ys = [int(x[0] + (0.3 if k % 7 == 0 else 0.0) > 0.1) for k, x in enumerate(xs)]
    model = eval_joins.fit(xs, ys)
    assert model.weights[0] > 1.0
    assert model.weights[1] == 0.0  # a constant column says nothing
    assert eval_joins.fit(xs, ys) == model  # deterministic


def test_threshold_is_the_lowest_that_keeps_the_precision() -> None:
    scored = [(0.99, True), (0.95, True), (0.9, False), (0.8, True), (0.7, True), (0.6, False)]
    assert eval_joins.threshold_at(scored, precision=0.97) == 0.95
    assert eval_joins.threshold_at(scored, precision=0.8) == 0.7
    assert eval_joins.threshold_at([(0.9, False)], precision=0.97) > 1.0  # no join at all
    tied = [(0.9, True), (0.9, False), (0.5, True)]
    assert eval_joins.threshold_at(tied, precision=0.97) > 1.0  # a tie is taken whole


def _state(gold: list[str], groups: list[list[int]]) -> eval_joins.DayState:
    arts = [
        Article.create(title=f"t{k}", text="x", source=f"s{k}", outlet="o")
        for k in range(len(gold))
    ]
    return eval_joins.DayState(
        split="tune",
        day="d0",
        reps=arts,
        gold=gold,
        dup_gold=[(0, gold[0])],
        groups=groups,
        mixed=[],
        heads=[],
        pieces=[],
    )


def test_day_figures_count_mended_days_and_wrong_joins() -> None:
    single = _state(["a", "a", "a", "a"], [[0, 1, 2], [3]])
    s = eval_joins.score_day(single, [[0, 1, 2, 3]])
    assert (s.single, s.split_before, s.split_after) == (1, 1, 0)
    assert (s.joins_right, s.joins_wrong, s.lone_gold) == (1, 0, 0)
    assert s.pairs_gold == 10  # five articles with the near-duplicate
    assert s.pairs_right_after == s.pairs_pred_after == 10
    several = _state(["a", "a", "a", "b"], [[0, 1, 2], [3]])
    s = eval_joins.score_day(several, [[0, 1, 2, 3]])
    assert (s.single, s.joins_wrong, s.lone_gold, s.lone_gold_wrong) == (0, 1, 1, 1)
    assert s.pairs_right_after < s.pairs_pred_after


def test_no_kept_aside_part_is_read() -> None:
    assert not set(KEPT_ASIDE) & set(eval_joins.tuning_parts())
    assert not set(KEPT_ASIDE) & set(eval_joins.HELD_OUT)


def test_a_blind_part_is_read_only_when_named_and_never_fitted_on(tmp_path: Path) -> None:
    def day(name: str, split: str, texts: list[tuple[str, str]], stories: list[str]) -> str:
        arts = [
            {"id": f"{name}-{k}", "story": s, "outlet": f"Outlet {k}", "title": t, "text": x}
            for k, ((t, x), s) in enumerate(zip(texts, stories, strict=True))
        ]
        return json.dumps({"day": name, "split": split, "articles": arts})

    days = tmp_path / "days.jsonl"
    days.write_text(
        day("d1", "tune", [*STORY, OTHER_FLOOD], ["w", "w", "w", "s"])
        + "\n"
        + day("d2", "freshX", [*STORY, EXPLAINER], ["w", "w", "w", "w"])
        + "\n",
        encoding="utf-8",
    )
    (blind,) = eval_joins.part_states("freshX", days)
    assert (blind.split, blind.day, len(blind.gold)) == ("freshX", "d2", 4)
    assert eval_joins.part_states("nothing", days) == []
    (tuned,) = eval_joins.part_states("tune", days)
    # fitted on the tuning day only: a state of the blind part among the training ones is left
    # out (its candidates would make the fit see the part it is judged on)
    seen: list[list[str]] = []

    def never(states: list[eval_joins.DayState], **kw: float) -> JoinModel:
        seen.append([s.split for s in states])
        return JoinModel(bias=-50.0, weights=(0.0,) * len(FEATURE_NAMES), threshold=0.5)

    line = eval_joins.blind_table([tuned, blind], "freshX", [blind], trainer=never)
    assert seen == [["tune"]]
    assert line.startswith("freshX") and "fitted without freshX" in line
