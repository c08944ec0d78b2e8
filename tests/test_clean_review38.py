"""review38's probe of the lead's news mends in ``briefing.clean``: a collective action joined is
news of the person (f5fbdcc), but the month March is no march and a newsroom's desk named after a
beat is no strike; a reader's prompt quoted with its speaker is news (3f96166), but not when the
speaker is the page ("we", "our publisher", its editor, a reader's testimonial) or a label heads
the line (a related headline's own attribution).

The lines are written for these tests (names and outlets invented).
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text

_BODY = [
    "The harbour board approved the dredging plan on Wednesday after a three-hour hearing, with"
    " the channel to be deepened by two metres before the winter storms.",
    "Fishermen said the work would close the inner basin for six weeks and asked for"
    " compensation for lost catches.",
    "The board's chair said contractors would start in September and finish by December.",
]


_BODY_ABROAD = {
    "es": [
        "La autoridad portuaria aprobó el miércoles el plan de dragado tras una audiencia de tres"
        " horas; el canal se ahondará dos metros antes de los temporales.",
        "Los pescadores dijeron que las obras cerrarán la dársena interior seis semanas.",
        "Las obras empezarán en septiembre y terminarán en diciembre, según la autoridad.",
    ],
    "fr": [
        "Le conseil portuaire a adopté mercredi le plan de dragage après trois heures de débat;"
        " le chenal sera creusé de deux mètres avant les tempêtes.",
        "Les pêcheurs ont indiqué que les travaux fermeraient le bassin intérieur six semaines.",
        "Les travaux commenceront en septembre et finiront en décembre, selon le conseil.",
    ],
}


def _last(line: str) -> str:
    return clean_text("\n\n".join([*_BODY, line]))


def _at(line: str, where: int) -> str:
    """``line`` as the paragraph ``where`` of a text in its language."""
    head = line.split()[0]
    lang = "es" if head in ("Suscríbete", "Suscríbase") else "fr" if head == "À" else "en"
    paras = list(_BODY_ABROAD.get(lang, _BODY))
    paras.insert(where, line)
    return clean_text("\n\n".join(paras))


@pytest.mark.parametrize(
    "bio",
    [
        "Nadia Grant covers the waterfront for the Ledger. She joined the paper in March 2021"
        " from the Examiner.",
        "Ravi Sethi writes about work and unions. He joined the strike desk in 2018 after four"
        " years at the Observer.",
        "Lena Holm covers the courts. She joined the lawsuits and investigations team in 2022.",
        "Owen Price reports on policing and protest. He joined the Post's protests desk in 2020"
        " from the Courier.",
    ],
)
def test_a_bio_whose_career_step_only_sounds_like_an_action_goes(bio: str) -> None:
    assert bio.split(".")[0] not in _last(bio)


@pytest.mark.parametrize(
    "news",
    [
        "Amir Khalil writes about housing for the Ledger. He joined the rent strike in April 2034"
        " and was evicted a month later.",
        "Jo Marsh covers the city for the Ledger. She joined the march to the town hall in March"
        " 2034 and was arrested.",
    ],
)
def test_an_action_joined_stays_news_of_the_person(news: str) -> None:
    assert news.split(".")[0] in _last(news)


@pytest.mark.parametrize(
    "prompt",
    [
        "Follow us on Telegram for the latest news, we said.",
        "Follow us on Telegram for the latest news, says our publisher.",
        "Read more: Ferry fares rise for the summer, officials said.",
        "Suscríbete a nuestro boletín semanal, dijo nuestra directora.",
        "À lire aussi : Le port ferme le quai nord, a déclaré la capitainerie.",
    ],
)
@pytest.mark.parametrize("where", [0, 2, 3])
def test_the_pages_own_prompt_with_a_speaker_goes(prompt: str, where: int) -> None:
    assert prompt.split(",")[0] not in _at(prompt, where)


@pytest.mark.parametrize(
    "ask",
    [
        "Sign up for the harbour board's text alerts before the storm, the chair urged fishermen.",
        "Suscríbase a las alertas del puerto por WhatsApp, pidió el capitán a los pescadores.",
    ],
)
@pytest.mark.parametrize("where", [0, 2, 3])
def test_a_quoted_ask_of_someone_in_the_news_stays(ask: str, where: int) -> None:
    assert ask.split(",")[0] in _at(ask, where)
