"""The repair prompt names articles only by the aliases the model was given."""

from __future__ import annotations

from briefing.anchor import Failure
from briefing.models import Bullet
from briefing.summarize.aliases import Aliases

IDS = ["61b3e9055c2d", "9f04aa71e8b0"]


def test_a_failure_shows_its_problems_with_the_aliases_not_the_content_ids() -> None:
    bullet = Bullet(text="Flights resumed at Lisbon airport on Tuesday.", source_ids=IDS)
    failure = Failure(
        section=0,
        index=1,
        bullet=bullet,
        problems=[
            "invalid citation 61b3e9055c2d: the quote is not in the article: 'Flights resumed'",
            "invalid citation 9f04aa71e8b0: no quote from it",
            "cites no given article (unknown ids: a9)",
        ],
    )
    shown = Aliases(IDS).failure(failure)
    assert shown.source_ids == ["a1", "a2"]
    assert shown.problems == [
        "invalid citation a1: the quote is not in the article: 'Flights resumed'",
        "invalid citation a2: no quote from it",
        "cites no given article (unknown ids: a9)",
    ]
    assert not any(i in p for p in shown.problems for i in IDS)
