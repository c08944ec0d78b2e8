"""News lines of the shape of two of junk44's junk kinds stay (review48's probes).

- An aggregator's "full coverage" link names the aggregator at its end ("Voir la couverture
  complète sur Google Actualités"); a headline that makes the aggregator its subject ("Google
  News drops full coverage feature for European readers") is news of the aggregator.
- A paper's reference by its first author's initials and "et al." goes on with its journal,
  its year or its title; a sentence naming the authors so goes on with a verb in lower case
  ("Okafor N. et al. counted 41 species in 2054").

Each page is fictional, written for these tests; the links and references beside them still go.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_TECH = (
    "Tech desk\n"
    "{line}\n"
    "The search company said on Tuesday that the feature, which grouped articles on one story,"
    " would end in March after regulators in Brussels questioned how it ranked publishers.\n"
    "Publishers in Orsel welcomed the change, saying it would send more readers to their pages.\n"
)
_FRENCH = (
    "Médias\n"
    "{line}\n"
    "Le groupe a annoncé mardi que la fonction, qui regroupait les articles sur un même sujet,"
    " disparaîtra en mars après des questions des régulateurs à Bruxelles.\n"
    "Les éditeurs d'Orsel ont salué la décision, qui devrait leur renvoyer des lecteurs.\n"
)
_SCIENCE = (
    "Science\n"
    "Forest birds return after the fire\n"
    "Ten years after the 2044 fire, birds have returned to the Kelvo forest, a study shows.\n"
    "{line}\n"
    "The team will return to the forest next spring to count nests.\n"
)


def _kept(text: str) -> list[str]:
    return clean_text(text).split("\n")


@pytest.mark.parametrize(
    ("page", "line"),
    [
        (_TECH, "Google News drops full coverage feature for European readers"),
        (_TECH, "Full coverage of elections in Google News under review"),
        (_FRENCH, "Google Actualités supprime sa couverture complète en Europe"),
    ],
)
def test_a_headline_about_the_aggregator_stays(page: str, line: str) -> None:
    assert line in _kept(page.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "Voir la couverture complète sur Google Actualités",
        "Vezi acoperirea completă în Google Știri",
    ],
)
def test_the_aggregator_s_coverage_link_still_goes(line: str) -> None:
    assert line not in _kept(_FRENCH.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "Okafor N. et al. counted 41 species in 2054, against 12 in the year after the fire.",
        "Okafor N. et al. (2055) counted 41 species, against 12 in the year after the fire.",
    ],
)
def test_a_sentence_naming_the_authors_by_their_initials_stays(line: str) -> None:
    assert line in _kept(_SCIENCE.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "Journal reference: Okafor N. et al., Pacific Forest Ecology 31 (2056): 88-104.",
        "Reference: Okafor N., Lind B. et al. (2056). Birds after fire. Forest Letters 9, 1-12.",
        "Okafor N. et al., eLife 12 (2056), e88104",
    ],
)
def test_a_reference_by_initials_and_et_al_still_goes(line: str) -> None:
    assert line not in _kept(_SCIENCE.format(line=line))
