"""The outlet's membership of a standards body or a pledge, said of itself by its name or the
short name its pages use (``clean.outlet.is_outlet_membership``), goes; news of a membership
under another subject, or that goes on past the body's name, stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.outlet import is_outlet_membership, outlet_names

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Coastal Harbour Post", "Harbour Post is taking part in the Fair Reporting Pledge."),
        ("Fenwick Courier", "The Courier is a member of the Independent Press Standards Body."),
        ("Fenwick Courier", "Fenwick Courier subscribes to the Press Council's code."),
    ],
)
def test_an_outlets_membership_goes(outlet: str, line: str) -> None:
    assert is_outlet_membership(line, outlet_names(outlet))
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}", outlet=outlet).splitlines() if x]
    assert kept == [_LEAD, _BODY]


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Fenwick Courier", "The Courier is part of the inquiry, its editor said."),
        ("Fenwick Courier", "The council is a member of the Clean Air Pledge."),
        ("Fenwick Courier", "The Courier is a member of the press council, which fined it in May."),
    ],
)
def test_news_of_a_membership_stays(outlet: str, line: str) -> None:
    assert not is_outlet_membership(line, outlet_names(outlet))
