"""When and how the outlet comes out, said of itself by its short name (``clean.outlet``), and a
wire's dateline alone on its line with a place after a comma (``clean.dateline``); news that
names the outlet stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.dateline import is_bare_dateline
from briefing.clean.outlet import is_outlet_rhythm, outlet_names

_LEAD = "The ice on the bay broke up two weeks early this spring, hunters said on Tuesday."


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Zomba Hillside Voice", "Hillside Voice reports from the plateau every weekday."),
        ("Harbour Town Notes", "Notes appears on the second and fourth Friday of each month."),
        ("Fjord Valley Courier", "The Courier travels up the valley on the Wednesday boat."),
        ("Fjord Valley Courier", "Readers abroad get the Courier by post, a few days late."),
        ("Delta Morning Brief", "Morning Brief lands Monday to Friday at six."),
    ],
)
def test_the_outlets_rhythm_goes(outlet: str, line: str) -> None:
    assert is_outlet_rhythm(line, outlet_names(outlet))
    assert clean_text(f"{_LEAD}\n{line}", outlet=outlet).split("\n") == [_LEAD]


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Fjord Valley Courier", "Sand told the Courier on Thursday that the ice came early."),
        ("Fjord Valley Courier", "The Courier said every weekday the ferry was late."),
        ("Istmo Hoy English", "English lessons are held every weekday at the library."),
        ("Valley Voice", "Voice actors will strike every Monday in March, the union said."),
        ("Fjord Valley Courier", "The Courier reports every week. Its editor resigned on Monday."),
    ],
)
def test_news_that_names_the_outlet_stays(outlet: str, line: str) -> None:
    assert not is_outlet_rhythm(line, outlet_names(outlet))


@pytest.mark.parametrize(
    "line",
    ["ST. JOHN'S, Nfld. (NWS) --", "BAIE VERTE, St. Mary's (CW) —"],
)
def test_a_dateline_alone_goes(line: str) -> None:
    assert is_bare_dateline(line)
    body = "A women's crew broke the course record on Wednesday, organisers said."
    assert clean_text(f"{line}\n{body}").split("\n") == [body]
