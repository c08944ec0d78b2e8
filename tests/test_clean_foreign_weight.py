"""Lines in another language go from an English text, not from a text in that language: a
French newsletter whose one short paragraph reads as English ("euros", "minutes",
"comprises") keeps its French paragraphs (aside23's Vélib' feed lost two), and its wall lines go
by their own kinds, in French as in English."""

from __future__ import annotations

from briefing.clean import clean_text

_FIRST = (
    "Le nouveau contrat de la navette fluviale entre en vigueur le 1er juillet : 12 bateaux "
    "supplémentaires et 9 nouveaux arrêts, surtout sur la rive droite."
)
_SHORT = (
    "Le pass mensuel passe de 32,50 à 35 euros par mois, mais les 30 premières minutes "
    "restent comprises."
)
_LAST = (
    "Dans la suite de cette lettre, je reviens sur les arrêts qui vont fermer pendant les "
    "travaux du quai, et sur les chiffres de ponctualité des bateaux."
)
_WALL = (
    "Continuez à lire avec un essai gratuit de 7 jours",
    "Vous avez déjà un abonnement payant ? Se connecter",
)


def test_a_french_text_keeps_its_paragraphs_and_drops_its_wall() -> None:
    text = "\n".join([_FIRST, _SHORT, _LAST, *_WALL])
    cleaned = clean_text(text, outlet="La Lettre du Fleuve")
    for line in (_FIRST, _SHORT, _LAST):
        assert line in cleaned
    for line in _WALL:
        assert line not in cleaned


def test_an_english_text_still_drops_a_short_line_in_another_language() -> None:
    english = (
        "The river shuttle adds 12 boats and nine stops from July, mostly on the right bank, "
        "the operator said on Monday.\n"
        "A monthly pass rises from 32.50 to 35 euros, but the first 30 minutes stay included, "
        "and students keep their discount."
    )
    label = "Lire cet article en français"
    cleaned = clean_text(f"{english}\n{label}")
    assert label not in cleaned
    assert "students keep their discount" in cleaned


def test_a_news_line_about_reading_on_stays() -> None:
    news = (
        "Les abonnés pourront continuer à lire le journal en ligne pendant la grève des "
        "imprimeurs, a annoncé la direction mardi."
    )
    cleaned = clean_text("\n".join([_FIRST, news, _LAST]))
    assert news in cleaned


def test_an_english_brief_under_a_long_edition_notice_drops_the_notice() -> None:
    # The notice outweighs the one-paragraph brief, but the brief holds no French: it is English
    # (review41's probe).
    brief = (
        "The river shuttle adds 12 boats and nine stops from July, mostly on the right bank, "
        "the operator said on Monday."
    )
    notice = (
        "Vous consultez la version anglaise de notre site. Pour lire nos articles en français, "
        "abonnez-vous à notre offre numérique et recevez chaque matin notre lettre d'information."
    )
    cleaned = clean_text(f"{brief}\n{notice}")
    assert notice not in cleaned
    assert brief in cleaned
