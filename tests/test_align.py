"""Alignment: a name of a claim standing where its evidence has another name (who-does-what),
even when the evidence also states the claim's name elsewhere. Sentences written for the test."""

from __future__ import annotations

import pytest

from briefing.align import swapped_names
from briefing.support import check_support

EVIDENCE = [
    "Officials in Norland said the ferry Kestrel ran aground off the Varde islands on Sunday, "
    "and coastguard chief Ilse Brandt told reporters in Tromsdal that all 212 passengers "
    "were safe.",
]
CONTEXT = " ".join(EVIDENCE) + " The Norland coastguard led the rescue."


@pytest.mark.parametrize(
    ("claim", "swap"),
    [
        # A name the evidence states elsewhere, put in another name's slot.
        ("The ferry Kestrel ran aground off the Norland islands on Sunday.", ("Norland", "Varde")),
        (
            "Ilse Brandt told reporters in ilse brandt that all 212 passengers were safe.",
            ("ilse brandt", "Tromsdal"),
        ),
    ],
)
def test_a_name_in_another_names_slot_is_a_swap(claim: str, swap: tuple[str, str]) -> None:
    known = frozenset({"ilse", "brandt", "tromsdal"})
    assert swapped_names(claim, EVIDENCE, known)[:1] == [swap]
    problems = check_support(claim, EVIDENCE, context=CONTEXT)
    assert any(p.kind == "name" for p in problems)


@pytest.mark.parametrize(
    "claim",
    [
        "The ferry Kestrel ran aground off the Varde islands on Sunday, Norland officials said.",
        # Reordered, the same names: the order changed, not who did what.
        "All 212 passengers were safe, Ilse Brandt told reporters in Tromsdal.",
        # Another day in the slot is a date, for the date checks, not who did what.
        "The Kestrel ran aground off the Varde islands, Norland said on Sunday.",
    ],
)
def test_the_same_names_in_their_slots_are_no_swap(claim: str) -> None:
    assert swapped_names(claim, EVIDENCE) == []


def test_initials_and_aliases_are_the_same_name() -> None:
    evidence = ["The euro slipped after the European Central Bank cut its deposit rate."]
    assert swapped_names("The euro slipped after the ECB cut its deposit rate.", evidence) == []
