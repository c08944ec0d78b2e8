"""The faithfulness benchmark's labelled set: real article text, 100+ hand-written paraphrases,
every corruption type present in both splits, and no story in both splits."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from faithset import CLEAN, TYPES, load, states_any_of  # noqa: E402


def test_the_set_has_both_splits_every_type_and_enough_paraphrases() -> None:
    data = load()
    kinds = Counter((i.split, i.kind) for i in data.items)
    assert kinds[("tune", "paraphrase")] + kinds[("held", "paraphrase")] >= 100
    for split in ("tune", "held"):
        for kind in (*CLEAN, *TYPES):
            assert kinds[(split, kind)] >= 10, (split, kind)
    assert set(data.split.values()) == {"tune", "held"}


def test_paraphrases_cite_articles_of_their_own_story() -> None:
    data = load()
    for item in data.items:
        if item.kind == "paraphrase":
            assert set(item.cites) <= set(data.stories[item.story]), item.text


def test_corruptions_differ_from_their_origin_and_citation_swaps_state_none_of_it() -> None:
    data = load()
    for item in data.items:
        if item.kind in CLEAN:
            continue
        assert item.origin
        if item.kind == "citation":
            assert item.text == item.origin
            assert not any(states_any_of(item.text, data.articles[k]) for k in item.cites)
        else:
            assert item.text != item.origin
