"""News lines of the shapes of junk35's kinds stay (review35): each was dropped by a junk35 rule
on main before the mend; beside each, a junk line of the kind still goes.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.pagekinds import is_page_kind
from briefing.clean.tailrows import is_end_bio

_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."
_BODY = {
    "en": (_P1, _P2),
    "es": (
        "El consejo regional aprobó el lunes la nueva línea de tranvía tras dos años de debate.",
        "Las obras empezarán en primavera y se espera que duren unos tres años en total.",
    ),
    "fr": (
        "Le conseil régional a approuvé lundi la ligne de tramway après deux ans de débat.",
        "Les travaux commenceront au printemps et devraient durer environ trois ans au total.",
    ),
    "de": (
        "Der Regionalrat hat am Montag die Straßenbahnlinie nach zwei Jahren Debatte gebilligt.",
        "Die Arbeiten beginnen im Frühjahr und sollen insgesamt etwa drei Jahre dauern.",
    ),
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("lang", "news"),
    [
        # someone's replies or comments, moderated (not the page's own)
        ("en", "Replies from the union were moderated by the mediator before the talks resumed"),
        (
            "en",
            "Comments on the draft law were moderated by a firm in Manila, the contract shows.",
        ),
        ("es", "Respuestas del alcalde moderadas por sus abogados antes de la rueda de prensa"),
        # "no comments" with a clause of news after it
        ("es", "Sin comentarios: así contestó la ministra a las preguntas sobre los contratos."),
        # a figure beside a lone asterisk
        (
            "en",
            "The census form has 22 questions, and each one marked * must now be answered by law.",
        ),
        # the thing liked is of the world, not the page
        ("en", "If you like the new cycle lanes, tell the mayor before the vote on 3 June."),
        # a finding after a data label
        ("en", "Data: the breach exposed names, emails and card numbers of 4 million customers"),
        # someone else edited it
        (
            "en",
            "The president's interview was edited for length by state TV, cutting his remarks.",
        ),
        # received because subscribed, not said to the reader
        (
            "en",
            "Voters who received the leaflet because they subscribed to its list complained.",
        ),
        # a kiosk as a thing, not where the issue is sold
        ("fr", "Notre kiosque de la gare de Nantes ferme après 60 ans d'activité"),
        # a festival's edition, no date
        ("es", "Edición del maratón de Sevilla de 2046"),
        # a sponsor in a sentence with an aside between dashes
        ("en", "Sponsor of the motion - Senator Ruth Adeyemi - dropped her name from it on Friday"),
        # a funder and the newsroom's say after "nachdem"
        (
            "de",
            "Die Stiftung kürzt die Förderung, nachdem die Redaktion entscheidet, sie zu drucken.",
        ),
        # an ask or a reuse a story reports, attributed after a comma or by a court
        ("en", "Tell us who approved it, the opposition's leader demanded in the council."),
        ("es", "Pruebe un mes gratis el nuevo bono de tren, anuncia la consejería"),
        (
            "fr",
            "Le tribunal a condamné le blog pour avoir repris des articles sans autorisation.",
        ),
    ],
)
def test_news_of_a_junk35_kind_s_shape_stays(lang: str, news: str) -> None:
    assert not is_page_kind(news)
    one, two = _BODY[lang]
    assert news in _lines(clean_text(f"{one}\n\n{news}\n\n{two}"))


@pytest.mark.parametrize(
    "junk",
    [
        "Replies are held for moderation before they appear",
        "No comments yet. Be the first to share your thoughts!",
        "Required fields are marked *",
        "If you like this newsletter, please forward it to a friend.",
        "Please share this story with your friends and family.",
        "Data: national statistics office, field surveys and tax records.",
        "This interview has been edited for length and clarity.",
        "You are receiving this email because you subscribed to our morning letter.",
        "Die ganze Reportage lesen Sie in unserer neuen Ausgabe, ab Freitag am Kiosk.",
        "Edición del 16 de febrero de 2047",
        "Ausgabe März 2047",
        "Tell us what is happening on your street, the best stories will be published.",
    ],
)
def test_the_kind_s_own_line_still_goes(junk: str) -> None:
    assert is_page_kind(junk)


@pytest.mark.parametrize(
    "news",
    [
        "Amara Obi reports on the courts. She was previously held for a week without charge.",
        "Tom Reyes writes about fishing. He lives in Hull, where the storm sank his boat.",
    ],
)
def test_news_of_a_journalist_after_a_beat_is_no_bio(news: str) -> None:
    assert not is_end_bio(news)
    assert news in _lines(clean_text(f"{_P1}\n{_P2}\n{news}"))


@pytest.mark.parametrize(
    "news",
    [
        "Also in Kano: the state's water board restores supply to 40 wards after a week",
        "Elsewhere in the county: the ferry resumes sailing after the storm",
        "Ailleurs en Alsace : la préfecture ferme deux écoles après une fuite de gaz",
        "En otras noticias: el puerto de Vigo bate su récord de contenedores",
        "Previously: the mayor vetoed the budget in April, before the court stepped in",
    ],
)
def test_a_roundup_s_place_label_before_news_is_no_related_row(news: str) -> None:
    """ "Also in <place>:", "elsewhere", "in other news" head a roundup's items of news."""
    assert not is_page_kind(news)
    assert is_page_kind("See also: the ferry resumes sailing after the storm")


def test_a_share_ask_before_a_clause_of_news_is_no_share_row() -> None:
    """(the line goes by an older rule between paragraphs; the shape no longer takes it)"""
    assert not is_page_kind(
        "Please share this information with your neighbours: the gas supply stays cut until Monday."
    )
    assert is_page_kind("Please share this story with your friends and family.")


def test_one_sentence_of_news_of_a_reporter_is_no_bio() -> None:
    news = "Lina Haddad is a freelance reporter covering the border who was detained near Rafah."
    assert not is_end_bio(news, named_before=False)
    assert is_end_bio(
        "Lina Haddad is a freelance reporter covering the border and its trade.",
        named_before=False,
    )
    assert is_end_bio("Amara Obi reports on the courts. She was previously a reporter at the Sun.")


def test_a_question_of_subscription_before_news_of_others_is_no_sign_up_row() -> None:
    news = "Not subscribed? Fans lose the club's matches from Sunday as the TV deal ends."
    assert not is_page_kind(news)
    assert is_page_kind("Not subscribed yet? Sign up here.")
    assert is_page_kind("Noch nicht abonniert? Der Newsletter kommt jeden Freitag.")
    assert is_page_kind("Pas encore abonné ? C'est gratuit, chaque mardi matin.")
    assert is_page_kind("Not subscribed yet? Get the Morning Wire every weekday.")
