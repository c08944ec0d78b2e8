"""A notice's thanks to those its news touched stays ("We thank passengers for their
understanding."), but thanks of the same shape in a sentence about the site's own work is the
page's maintenance note and goes ("We thank users for their patience while the app is being
updated."): ``briefing.clean.notes.thanks_those_touched`` (review49). Fictional lines."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.notes import thanks_those_touched

_REPORT = (
    "Fire at Marrow Street warehouse\n"
    "A fire broke out at a timber warehouse on Marrow Street in Elbridge on Tuesday night,"
    " firefighters said. Nobody was hurt.\n"
    "Twelve crews fought the blaze for six hours; the roof collapsed shortly after midnight.\n"
    "The cause is being investigated, a fire service spokeswoman said.\n"
    "{line}\n"
)
_NOTICE = (
    "Passenger information\n"
    "Because of a signal fault near Orvik, the line between Orvik and Haldby is closed. No one"
    " was hurt.\n"
    "Replacement buses run every 20 minutes from the station square. Journeys take about 30"
    " minutes longer.\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "We thank customers for their patience while we upgrade our website.",
        "We thank users for their patience while the app is being updated.",
        "Thanks everyone for their patience as we fix the comments.",
    ],
)
def test_thanks_for_patience_with_the_site_s_own_work_goes(line: str) -> None:
    assert not thanks_those_touched(line)
    assert line not in clean_text(_REPORT.format(line=line), outlet="Elbridge Post")


@pytest.mark.parametrize(
    "line",
    [
        "We thank passengers for their understanding.",
        "We will update this page as soon as the line reopens. We thank passengers for their"
        " understanding.",
        "The operator thanks passengers for their patience while engineers repair the signals.",
    ],
)
def test_a_notice_s_thanks_to_those_its_news_touched_stays(line: str) -> None:
    assert thanks_those_touched(line)
    assert line in clean_text(_NOTICE.format(line=line))
