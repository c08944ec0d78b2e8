"""Labels above a text's first paragraph (``clean.kickers``, ``clean.foreign``): a genre's topic
after a middle dot, a title's tagline, and a label in the site's language; and headlines and
news with the same shapes or words, which stay.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_ROW = "PORTO · terça-feira, 9 maio 2034 · Por Rui Cabral"
_LEAD = "Porto's council voted on Tuesday to close the Ribeira quay to cars from June."
_NEXT = "Shopkeepers said deliveries would have to be made before 10 a.m. each day."


def _top(line: str) -> list[str]:
    cleaned = clean_text("\n".join([_ROW, line, _LEAD, _NEXT])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned
    return cleaned


@pytest.mark.parametrize(
    "line",
    [
        # a genre's topic after a middle dot
        "Explainer · Cars and the old town",
        "ANALYSIS · Money in the river trade",
        "Guide · Your rights after a quay closure",
        "Reader service · Questions and answers",
        # a title's tagline
        "Ribeira Post · Porto's own newspaper since 1998",
        "Douro Weekly | Serving the valley since 1911",
        # a label in the site's language
        "Edición Norte y Galicia",
        "Notre dossier spécial mobilité",
        "Cobertura especial de la Ribeira",
        "Nuestra cobertura del puerto",
    ],
)
def test_a_label_above_the_first_paragraph_goes(line: str) -> None:
    assert line not in _top(line)


@pytest.mark.parametrize(
    "line",
    [
        # a headline after a genre
        "Explainer · Why the quay was closed",
        "Analysis · Porto car ban divides shopkeepers",
        "Books | The best novels of the year",
        # an opinion's, a review's or an interview's kicker names the piece (review17 S4)
        "Opinion · The case for a wealth tax",
        "Review · Hamlet at the Globe",
        "Interview · The last miner of Ashington",
        # a headline with a foreign name
        "Día de los Muertos draws record crowds",
        "Festival de la Ribeira returns to the quay",
        "Edition of Camões sells for a record",
        # a tagline's words in a headline
        "Farewell to Porto's oldest newspaper, closed after 130 years",
    ],
)
def test_a_headline_above_the_first_paragraph_stays(line: str) -> None:
    assert line in _top(line)


def test_a_label_in_the_sites_language_stays_in_a_text_in_that_language() -> None:
    lead = "A câmara do Porto votou na terça-feira o fecho do cais da Ribeira aos carros."
    after = "Os comerciantes disseram que as entregas terão de ser feitas antes das 10 horas."
    line = "Cobertura especial de la Ribeira"
    cleaned = clean_text("\n".join([_ROW, line, lead, after])).split("\n")
    assert lead in cleaned and after in cleaned
