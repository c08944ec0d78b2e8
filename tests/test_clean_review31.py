"""review31's mends of junk32's kinds: news of the shapes junk32's rules take stays.

- a sentence of news that names the page's own outlet, first or last on the page, is not the
  page's line about itself (``is_outlet_mention``): only one that says the page's business
  (reading, following, signing up, a channel, publishing, the writer's beat) is;
- the writer's bio opens with the byline's first name (the writer's), not with an office or a
  place beside it ("By <Name>, City Hall reporter" / "City Hall will publish ...");
- a warning the story reports after a speaker and a colon ("El banco insiste: inicia sesión
  ...") is no wall said to the reader; a label naming the gated readers before the colon
  ("Members: log in to read") still is.

Every line is written for the test; outlets and people are invented.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.outlet import is_outlet_mention, outlet_names

_P1 = (
    "The regional council approved a revised transport budget on Thursday after a debate that"
    " ran past midnight, with members split over the cost of new bus lanes."
)
_P2 = (
    "Officials said the first works would begin in the spring, and that the ring road would stay"
    " open to traffic while crews rebuilt the junctions one at a time."
)

# the paragraphs in the line's language (a line alone among another language's paragraphs is
# judged by other rules)
_OTHER = {
    "es": (
        "El pleno municipal aprobó el jueves un presupuesto de transporte revisado tras un debate"
        " que se alargó hasta la medianoche, con los concejales divididos por los carriles bus.",
        "Los técnicos explicaron que las primeras obras empezarán en primavera y que la"
        " circunvalación seguirá abierta al tráfico mientras se rehacen los cruces uno a uno.",
    ),
    "fr": (
        "Le conseil régional a adopté jeudi un budget des transports révisé après un débat qui"
        " s'est prolongé au-delà de minuit, les élus étant divisés sur les voies de bus.",
        "Les services ont précisé que les premiers travaux commenceraient au printemps et que la"
        " rocade resterait ouverte pendant la reconstruction des carrefours, un par un.",
    ),
    "pt": (
        "A câmara municipal aprovou na quinta-feira um orçamento de transportes revisto, depois"
        " de um debate que passou da meia-noite, com os vereadores divididos sobre as faixas.",
        "Os técnicos disseram que as primeiras obras começam na primavera e que a circular vai"
        " continuar aberta ao trânsito enquanto os cruzamentos são refeitos um a um.",
    ),
    "tr": (
        "Belediye meclisi perşembe günü gece yarısını aşan bir tartışmanın ardından revize"
        " edilen ulaşım bütçesini onayladı, üyeler otobüs şeritleri konusunda bölündü.",
        "Yetkililer ilk çalışmaların ilkbaharda başlayacağını ve kavşaklar tek tek yenilenirken"
        " çevre yolunun trafiğe açık kalacağını belirtti.",
    ),
}


def _paragraphs(lang: str) -> tuple[str, str]:
    return _OTHER.get(lang, (_P1, _P2))


_OUTLET_NEWS = [
    ("en", "Valley Herald", "A fire broke out overnight behind the Valley Herald offices."),
    (
        "en",
        "Valley Herald",
        "Volunteers carried copies of the Valley Herald to the villages by boat.",
    ),
    (
        "es",
        "Diario del Sur",
        "Los trabajadores de Diario del Sur convocaron una huelga el viernes.",
    ),
    ("fr", "Ouest Matin", "Une enquête vise la régie publicitaire de Ouest Matin depuis janvier."),
    ("pt", "Jornal da Serra", "A redação do Jornal da Serra foi invadida por manifestantes."),
    ("tr", "Ege Haber", "Dün gece Ege Haber binasının önünde bir patlama meydana geldi."),
]


@pytest.mark.parametrize(("lang", "outlet", "news"), _OUTLET_NEWS)
def test_news_naming_the_outlet_first_or_last_stays(lang: str, outlet: str, news: str) -> None:
    assert not is_outlet_mention(news, outlet_names(outlet))
    one, two = _paragraphs(lang)
    for text in (f"{news}\n\n{one}\n\n{two}", f"{one}\n\n{two}\n\n{news}"):
        assert news in clean_text(text, outlet=outlet)


@pytest.mark.parametrize(
    ("outlet", "junk"),
    [
        ("Valley Herald", "Thanks for reading the Valley Herald. Share it with a neighbour."),
        ("Valley Herald", "Maria Santos covers housing and transport for the Valley Herald."),
        ("Valley Herald", "Tess Okafor is the Valley Herald's city hall reporter."),
        ("Diario del Sur", "Esta nota se publicó primero en el sitio de Diario del Sur."),
        (
            "Valley Herald",
            "Enjoyed this? Each Friday the Valley Herald's farm brief goes out by post.",
        ),
        ("Valley Herald", "All photographs © Valley Herald staff, not to be reused."),
    ],
)
def test_a_sentence_saying_the_page_s_business_is_still_a_mention(outlet: str, junk: str) -> None:
    assert is_outlet_mention(junk, outlet_names(outlet))


_WARNINGS = [
    (
        "es",
        "El banco insiste: inicia sesión solo desde la app oficial y nunca compartas tu cuenta.",
    ),
    (
        "fr",
        "La mairie prévient : connectez-vous à votre compte citoyen avant le 15 mars pour garder"
        " votre place en crèche.",
    ),
    ("pt", "A Receita alerta: faça login apenas no portal oficial para consultar a sua conta."),
]


@pytest.mark.parametrize(("lang", "news"), _WARNINGS)
def test_a_reported_warning_after_a_speaker_s_colon_stays(lang: str, news: str) -> None:
    one, two = _paragraphs(lang)
    for text in (f"{one}\n\n{news}\n\n{two}", f"{one}\n\n{two}\n\n{news}"):
        assert news in clean_text(text)


@pytest.mark.parametrize(
    "junk", ["Existing subscribers: log in here", "Paying members: sign in to keep reading"]
)
def test_a_label_of_the_gated_readers_before_the_colon_is_still_a_wall(junk: str) -> None:
    assert junk not in clean_text(f"{_P1}\n\n{_P2}\n\n{junk}")


@pytest.mark.parametrize(
    ("byline", "last"),
    [
        ("By Maria Santos, City Hall reporter", "City Hall will publish the final route map soon."),
        ("By Maria Santos | Canary Islands", "Canary Islands officials expect the works to end."),
        ("Por Ana Rojas, corresponsal en Santa Cruz", "Santa Cruz acogerá la última reunión."),
    ],
)
def test_a_last_paragraph_opening_with_the_byline_s_other_names_stays(
    byline: str, last: str
) -> None:
    # the writer's bio opens with the writer's name; the office or the place beside it in the
    # byline opens news
    text = f"Council backs bus lanes\n{byline}\nThursday 5 March 2026\n\n{_P1}\n\n{_P2}\n\n{last}"
    assert last in clean_text(text, outlet="Valley Herald")
    bio = "Maria Santos covers City Hall and transport for the Herald."
    text = f"Council backs bus lanes\n{byline}\nThursday 5 March 2026\n\n{_P1}\n\n{_P2}\n\n{bio}"
    if "Maria Santos" in byline:
        assert bio not in clean_text(text, outlet="Valley Herald")
