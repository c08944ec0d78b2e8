"""What changed in a story from one day to the next, computed by code from the stored
briefings (no model call), for each day of a story's timeline after its first:

- figures: a count the day's bullets give that the day before did not ("dead 19, was 12"), or
  a thing counted for the first time ("missing 23, new"), matched by what the number counts
  (``briefing.conflicts.sentence_facts``: "12 killed" and "death toll rose to 19" both count
  ``dead``);
- new bullets: a bullet that shares less than half of its content words with every bullet of
  the day before tells something not told then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.conflicts import display_key, sentence_facts
from briefing.features import terms
from briefing.text import split_sentences

__all__ = ["Change", "what_changed"]

_NEW_OVERLAP = 0.5  # a bullet sharing less than this share of its words with every earlier one


@dataclass(frozen=True)
class Change:
    """What a day adds to a story: changed or new figures, and the texts of its new bullets."""

    figures: tuple[str, ...] = ()
    new: frozenset[str] = frozenset()


def _number(value: float, percent: bool) -> str:
    shown = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return shown + ("%" if percent else "")


def _counts(texts: Sequence[str]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """What the texts count → the values they give (as shown, in order), and how each key is
    written ("homes" for "home")."""
    values: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for text in texts:
        for sentence in split_sentences(text):
            for key, span in sentence_facts(sentence):
                shown = _number(span.value, span.percent)
                found = values.setdefault(key, [])
                if shown not in found:
                    found.append(shown)
                words.setdefault(key, display_key(key, sentence))
    return values, words


def what_changed(before: Sequence[str], after: Sequence[str]) -> Change:
    """What the bullets ``after`` (a day of a story) add to the bullets ``before`` (the day
    before in its timeline)."""
    old, _ = _counts(before)
    new, words = _counts(after)
    figures = []
    for key, values in new.items():
        was = old.get(key, [])
        fresh = [v for v in values if v not in was]
        if fresh:
            tail = f"was {', '.join(was)}" if was else "new"
            figures.append(f"{words[key]} {', '.join(fresh)}, {tail}")
    earlier = [set(terms(t)) for t in before]
    novel = []
    for text in after:
        own = set(terms(text))
        shared = max((len(own & e) / len(own) for e in earlier), default=0.0) if own else 1.0
        if shared < _NEW_OVERLAP:
            novel.append(text)
    return Change(tuple(figures), frozenset(novel))
