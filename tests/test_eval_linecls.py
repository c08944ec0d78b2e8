"""bench/eval_linecls.py's pieces: labels, counts, the training and the threshold choice."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from eval_linecls import (
    JUNK,
    NEWS,
    UNKNOWN,
    Count,
    LineModel,
    Row,
    Text,
    choose_threshold,
    count_day,
    count_whole,
    drop,
    featurise,
    furniture,
    hashed,
    label,
    line_tokens,
    squash,
    train,
    verdict,
    vetoed,
)

NEWS_LINES = [
    "The council voted on Tuesday to rebuild the harbour wall before the winter storms.",
    "Work is expected to start in March and to last eighteen months, officials said.",
    "Residents had asked for the repairs since a storm flooded the quay two years ago.",
    "The bridge over the river will close for two weeks while engineers inspect it.",
]
JUNK_LINES = ["Share this article", "Follow us on Facebook", "Subscribe to our newsletter"]


def _text(part: str, k: int) -> Text:
    news = (NEWS_LINES * 2)[k % 4 : k % 4 + 2]
    junk = JUNK_LINES[k % 3]
    lines = [*news, junk]
    text = Text(
        part,
        f"{part}-{k}",
        "\n".join(lines),
        "X",
        frozenset([junk]),
        tuple(squash(n) for n in news),
    )
    text.kept = lines
    text.labels = [NEWS, NEWS, JUNK]
    text.feats = featurise(lines)
    return text


def test_label_reads_junk_news_and_changed_lines() -> None:
    junk = frozenset(["Share this"])
    news = frozenset(["The council voted."])
    assert label("Share   this", junk, news) == JUNK
    assert label("The council voted.", junk, news) == NEWS
    assert label("The council voted", junk, news) == UNKNOWN


def test_count_whole_counts_lines_left_and_lost() -> None:
    text = Text("p", "t", "", "X", frozenset(["Share this"]), ("News one.", "News two."))
    count = count_whole(text, ["News one.", "Share  this"])
    assert (count.junk, count.left, count.news, count.lost) == (1, 1, 2, 1)


def test_count_day_finds_long_marks_anywhere_and_short_ones_whole() -> None:
    text = Text("p", "t", "", "X", frozenset(["Read more here now", "Share"]), ("A b c.",))
    # the long mark glued into a line is still left; the short one only as a whole line
    count = count_day([text], [["A b c. Read more here now", "Share this"]])
    assert (count.left, count.lost) == (1, 0)
    count = count_day([text], [["Share"]])
    assert (count.left, count.lost) == (1, 1)


def test_training_is_deterministic_and_separates_the_classes() -> None:
    texts = [_text("a", k) for k in range(12)]
    first, second = train(texts, raw=False), train(texts, raw=False)
    assert (first.weights == second.weights).all() and first.bias == second.bias
    logits = first.logits(texts[0].feats)
    assert logits[2] > max(logits[0], logits[1])


def test_threshold_keeps_news_within_the_rate() -> None:
    parts = {name: [_text(name, k) for k in range(6)] for name in ("a", "b", "c")}
    # no news line may go: the threshold is the highest out-of-fold news score
    threshold = choose_threshold(parts, 0.0)
    model = train([t for name in sorted(parts) for t in parts[name]], raw=False)
    shipped = model.shipped(threshold)
    kept = drop([*NEWS_LINES[:2], JUNK_LINES[0]], shipped)
    assert NEWS_LINES[0] in kept and NEWS_LINES[1] in kept
    assert threshold > -math.inf


def test_verdict_applies_both_bars() -> None:
    good = Row("p", "text", Count(100, 2000, 50, 3), Count(100, 2000, 39, 5))
    assert verdict([good])[0]
    too_few = Row("p", "text", Count(100, 2000, 50, 3), Count(100, 2000, 41, 3))
    assert not verdict([too_few])[0]
    loses = Row("p", "text", Count(100, 2000, 50, 3), Count(100, 2000, 10, 6))
    assert not verdict([loses])[0]


def test_features_need_no_spaces_and_see_position() -> None:
    tokens = line_tokens(["東京都は新しい防災計画を発表した。", "続きを読む"], 1)
    assert "c続き" in tokens and "pb0" in tokens and "pt1" in tokens
    assert "wsubscribe" in line_tokens(["Subscribe now"], 0)
    assert hashed(["a", "a", "b"]) == sorted(set(hashed(["b", "a"])))


def test_an_only_line_never_goes_and_the_vetoes_hold() -> None:
    lines = [JUNK_LINES[0], NEWS_LINES[0]]
    weights = [0.0] * (1 << 18)
    for k in hashed(line_tokens(lines, 0)):
        weights[k] = 1.0
    model = LineModel(weights, 0.0, 0.5)
    assert furniture(lines, model)[0]
    assert furniture([JUNK_LINES[0]], model) == [False]
    # with the vetoes a line without a sentence end above a paragraph is a heading: it stays
    assert vetoed(lines, 0) and vetoed(lines, 1)
    assert furniture(lines, LineModel(weights, 0.0, 0.5, vetoes=True)) == [False, False]
    assert not vetoed([NEWS_LINES[0], JUNK_LINES[0]], 1)


def test_only_furniture_parts_past_their_blind_look_are_read() -> None:
    from eval_linecls import FURNITURE, FURNITURE_PARTS, FURNITURE_TESTS

    assert "aside19" not in FURNITURE_PARTS and set(FURNITURE_TESTS) <= set(FURNITURE_PARTS)
    for part in FURNITURE_PARTS:
        number = "" if part == "tune" else part.removeprefix("aside")
        assert (FURNITURE / f"articles{number}.jsonl").exists(), part
