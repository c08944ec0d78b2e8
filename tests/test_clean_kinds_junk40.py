"""Kinds told by the part they play on the page, in any language (junk40): each rule's line
goes, and a news line of a like shape stays.

- ``clean.pagekinds.roles``: a members' wall (members, the piece and "only" or reading), the
  comment form's private e-mail note, a statement's heading, a media contact, a follow prompt
  naming the page's own channel, one share button, a row of advertisement words, a read-aloud
  button, log in to comment, an imprint, a sign-up form's fine print and "to your inbox", a
  story's summary label, who paid for the reporting, a series' or an archive's note, a
  reader-funded ask, an affiliate note, another story's label, bylines, stamps and captions of
  shapes the older rules lack;
- in context: an "about us" line after the text, a writer's bio of someone the text never
  names, another story's label cueing the headlines under it;
- news mended: a statement's first line on its own page ("... is following developments"), a
  market note's "Watch:" list.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest
from cleaning import NEWS_AROUND, kept_among

from briefing.clean import clean_text, is_boilerplate

_PAIRS = [
    # a members' wall: members, the piece, only / reading; a club's news of members stays
    (
        "es",
        "Esti artículu ye solo pa miembros.",
        "La piscina del club náutico es solo para socios desde el lunes.",
    ),
    (
        "fr",
        "Cet article est réservé aux membres.",
        "La nouvelle piscine du club nautique est réservée aux membres depuis lundi.",
    ),
    (
        "de",
        "Dieser Beitrag ist nur für Mitglieder.",
        "Das neue Schwimmbad des Segelvereins ist seit Montag nur für Mitglieder geöffnet.",
    ),
    # the comment form's note on the e-mail address; news of a published address stays
    (
        "fr",
        "Votre adresse e-mail ne sera pas publiée.",
        "L'adresse e-mail du maire a été publiée par erreur sur le site de la mairie.",
    ),
    (
        "it",
        "Il tuo indirizzo email non sarà pubblicato.",
        "L'indirizzo email del sindaco è stato pubblicato per errore sul sito del comune.",
    ),
    # a statement's heading; a sentence about the statement stays
    (
        "en",
        "Statement by the Board",
        "Statement by the Board was read aloud at the start of Tuesday's meeting.",
    ),
    (
        "es",
        "Comunicado de la Junta Directiva",
        "El comunicado de la Junta Directiva llegó a los socios con dos días de retraso.",
    ),
    # a media contact; news of a press office stays
    (
        "en",
        "Contact for media: Ing. Radek Pelc, +420 380 000 214",
        "The ministry's press office did not answer queries about the tram line on Monday.",
    ),
    (
        "en",
        "For media queries, please contact the Transport Authority's press office.",
        "Journalists crowded the press office after the ruling on Monday.",
    ),
    (
        "es",
        "Contacto de prensa: Ana Ruiz, +34 600 111 222",
        "La oficina de prensa del ayuntamiento recibió más de 300 consultas el lunes.",
    ),
    # a follow prompt naming the page's own channel; news of an outlet's channel stays
    (
        "id",
        "Ikuti saluran WhatsApp kami untuk berita terbaru",
        "Saluran WhatsApp kami diretas pada Senin dan sudah dipulihkan pada 2 Maret.",
    ),
    # one share button; news of sharing stays
    (
        "es",
        "Compartir esta actualización en WhatsApp",
        "Compartir la ubicación en WhatsApp ayudó a la policía a encontrar al niño.",
    ),
    # a row of advertisement words; news of advertising stays
    ("en", "ADVERTISEMENT SKIP ADVERTISEMENT", "Advertisement revenue fell by a fifth last year."),
    # a read-aloud button; news of a reading stays
    ("de", "Diesen Artikel vorlesen lassen", "Der Artikel wurde im Landtag am Montag vorgelesen."),
    # log in to comment; news of comments stays
    (
        "de",
        "Um Kommentare schreiben zu können, müssen Sie sich anmelden.",
        "Die Kommentare der Bürger wurden im Rathaus gesammelt und am Montag ausgewertet.",
    ),
    # an imprint; a film's director stays
    (
        "es",
        "Director: Juan Pérez Gil. Publicado por Ediciones del Sur S.L.",
        "Director: Juan Pérez Gil ganó el premio del festival con su tercera película.",
    ),
    # a sign-up form's fine print and "to your inbox"
    (
        "en",
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy"
        " and are aged 16 or over.",
        "By signing the deal, the city agreed to the terms of the loan and its privacy rules.",
    ),
    # a story's summary label; a sentence about a summary stays
    (
        "en",
        "Summary of this story",
        "A summary of this story's figures was sent to councillors on Friday.",
    ),
    # who paid for the reporting; who paid for something else stays
    (
        "en",
        "The River Journalism Fund paid for this reporting.",
        "The River Fund paid for this school's new roof and its heating.",
    ),
    # a series' and an archive's note
    (
        "en",
        "Part of our series Living With Heritage. Names are used with the family's permission.",
        "The talk was part of the series of lectures the museum runs each spring.",
    ),
    (
        "en",
        "From the Heartlands archive. Reproduced with permission.",
        "From the city archive, historians recovered 300 letters about the flood.",
    ),
    # an affiliate note; news of commissions and links stays
    (
        "es",
        "Si compras a través de los enlaces de este artículo, podemos recibir una comisión.",
        "La comisión investiga las compras hechas a través de enlaces falsos.",
    ),
    # another story's label; a sentence starting alike stays
    (
        "es",
        "Otras noticias de Valencia",
        "Otras noticias de Valencia llegaron tarde a la redacción por la avería.",
    ),
    # bylines and stamps of shapes the older rules lack
    ("fr", "Un texte de Mathieu Tremblay-Nwosu", "Un texte de loi sur les loyers sera voté mardi."),
    (
        "en",
        "Published May 12, 2052 Updated about 4 hours ago",
        "Published in 2049, the report was updated last month with new figures.",
    ),
    # a caption with its label or a dashed credit; news of a photograph stays
    (
        "fr",
        "Légende : Un train du REM en essai à la station Sainte-Dorothée.",
        "La légende du club, Jean Martin, est morte mardi à l'âge de 91 ans.",
    ),
    (
        "en",
        "An Orange Line train at Lakshmi Chowk station. — Photo by Asim Rafiq-Butt",
        "A train hit the barrier at the station. Photographers were kept away by police.",
    ),
    # a free sign-up button; news of free membership stays
    ("en", "Join now - it's free", "Joining the library is free for residents under 18."),
]


@pytest.mark.parametrize(("lang", "junk", "news"), _PAIRS)
@pytest.mark.parametrize("where", ["top", "mid", "end"])
def test_kind_goes_and_news_of_its_shape_stays(lang: str, junk: str, news: str, where: str) -> None:
    assert not kept_among(lang, junk, where)
    assert kept_among(lang, news, where)


# Lines judged alone: of languages ``cleaning.NEWS_AROUND`` has no text in, or that older rules
# took only by where they sat.
_ALONE = [
    "Get the best Circuit Review deals, reviews and tech news direct to your inbox.",
    "Slow Table is reader-funded. If you enjoyed this story, consider a subscription.",
    "Federation office: Morioka. Enquiries by email only: office@hunters.example",
    "Evit an izili hepken eo ar pennad-mañ.",  # Breton: members only
    "Emezelit evit lenn ar pennad a-bezh.",
    "Chit phiⁿ bûn-chiong kan-na hō͘ hōe-oân khòaⁿ.",  # Taiwanese Hokkien
    "Tua inscriptio electronica non publicabitur.",  # Latin
    "ʻAʻole e paʻi ʻia kāu leka uila.",  # Hawaiian
    "Communica in WhatsApp",
    "সর্বশেষ খবর পেতে আমাদের গুগল নিউজ চ্যানেলটি ফলো করুন",  # Bengali
    "I-like ang aming Facebook page para sa pinakabagong balita",  # Tagalog
    "সম্পাদক: রফিকুল ইসলাম। প্রকাশক কর্তৃক ঢাকা থেকে প্রকাশিত।",  # Bengali imprint
    "צילום: באדיבות דוברות העירייה",  # Hebrew photo credit
    "Scriptum a Marco Flaminio",  # Latin byline
    "Door onze verslaggever Ricardo Pinas",  # Dutch byline
]


@pytest.mark.parametrize("line", _ALONE)
def test_kind_in_other_languages_goes(line: str) -> None:
    assert is_boilerplate(line)


_NEWS_ALONE = [
    "Scam emails promising deals went straight to thousands of inboxes last week.",
    "If you enjoyed this summer's heat, consider moving south, the forecaster joked.",
    "The federation's office in Morioka received 300 enquiries about the bear season.",
    "Ang aming barangay ay nagbukas ng bagong palengke noong Lunes.",
]


@pytest.mark.parametrize("line", _NEWS_ALONE)
def test_news_of_those_kinds_stays(line: str) -> None:
    assert not is_boilerplate(line)


def _kept(text: str, outlet: str = "Example Daily") -> list[str]:
    return [line.strip() for line in clean_text(text, outlet=outlet).splitlines()]


def test_about_us_line_after_the_text_goes() -> None:
    one, two = NEWS_AROUND["en"]
    about = (
        "About the Guild: founded in 1961, the Guild is a non-profit association registered"
        " in Brussels."
    )
    assert about not in _kept(f"{one}\n\n{two}\n\n{about}")
    # between paragraphs it heads the text's own part
    assert about in _kept(f"{one}\n\n{about}\n\n{two}")
    latin = "De nobis: Nuntii Urbis hebdomadalia nuntia Latine de urbe Roma scribunt."
    assert latin not in _kept(f"{one}\n\n{two}\n\n{latin}")


def test_bio_of_someone_the_text_never_names_goes() -> None:
    one, two = NEWS_AROUND["es"]
    bio = "Ana Lima Rocha, periodista, escribe sobre el puerto y la pesca en Vigo."
    assert bio not in _kept(f"{one}\n\n{two}\n\n{bio}")
    # a story about her names her above: the line is its news
    award = (
        "Ana Lima Rocha ganó el lunes el premio regional de prensa por su serie sobre el puerto."
    )
    assert bio in _kept(f"{award}\n\n{one}\n\n{bio}")
    one, two = NEWS_AROUND["en"]
    creole = "Josette Alcindor sé an jounalis Matinik ki ka ékri an kréyòl asou lavi Fodfwans."
    assert creole not in _kept(f"{one}\n\n{two}\n\n{creole}")


def test_other_news_label_takes_the_headlines_under_it() -> None:
    one, two = NEWS_AROUND["es"]
    first = "El Ayuntamiento amplía el horario del metro durante las Fallas"
    second = "La Albufera recupera la cota de agua tras las lluvias de febrero"
    out = _kept(f"{one}\n\n{two}\n\nOtras noticias de Valencia\n\n{first}\n\n{second}")
    assert first not in out and second not in out and two in out


def test_statements_first_line_on_its_own_page_stays() -> None:
    lead = (
        "The Essential Oil Guild of Europe, which represents 140 fragrance houses and their"
        " suppliers, is following developments in Bulgaria's rose-growing region closely."
    )
    rest = "The Guild will hold an extraordinary meeting of its committee in Grasse on 17 May."
    out = _kept(f"{lead}\n\n{rest}", outlet="Essential Oil Guild of Europe")
    assert lead in out and rest in out
    # following the page is still the page's own line
    follow = "Follow the Essential Oil Guild of Europe on LinkedIn for updates."
    out = _kept(f"{lead}\n\n{rest}\n\n{follow}", outlet="Essential Oil Guild of Europe")
    assert follow not in out


def test_market_notes_watch_list_stays() -> None:
    one, two = NEWS_AROUND["en"]
    watch = (
        "Watch: currency rules in Zimbabwe, which affect how much of the dollar price reaches"
        " growers, and the weather in Brazil's south, where the next crop is being planted."
    )
    assert watch in _kept(f"{one}\n\n{two}\n\n{watch}")
    # a video's teaser goes
    teaser = "Watch: drone footage of flooded streets in Puerto Escondido"
    assert teaser not in _kept(f"{one}\n\n{two}\n\n{teaser}")


def test_the_country_us_is_no_our_in_a_follow_prompt() -> None:
    # review44: "US" is the country, not the page's "us"; a story on a platform names it
    one, two = NEWS_AROUND["en"]
    for news in (
        "TikTok goes dark for millions of US users as the ban takes effect",
        "The US Supreme Court upholds the law that bans TikTok nationwide",
    ):
        assert news in _kept(f"{one}\n\n{news}\n\n{two}")
    # the page's own prompt still goes, in small letters or in capitals
    for prompt in ("Follow us on Instagram for more stories", "FOLLOW US ON INSTAGRAM"):
        assert prompt not in _kept(f"{one}\n\n{two}\n\n{prompt}")


def test_a_match_reports_ball_and_post_are_no_members_wall() -> None:
    # review44: Irish "ball" (a member) is the English ball, "post" a goal's
    one, two = NEWS_AROUND["en"]
    news = "The ball struck the post only twice all season, and this time it went in."
    assert news in _kept(f"{one}\n\n{news}\n\n{two}")


@pytest.mark.parametrize("where", ["top", "mid"])
def test_a_headline_on_a_release_is_no_statements_heading(where: str) -> None:
    # "of" and who issues it, a name, is a heading; a release of people or funds is news
    # (review44's probe; at the end of a page a short line without a full stop is read as a
    # related headline by older rules, so the end is not asked here)
    assert not kept_among("en", "Statement of the Chamber's Board", where)
    assert kept_among("en", "Release of the hostages delayed again", where)
