"""A feed's follow prompt in the words of its language, with a network named (``clean.translated``),
and a page's English prompts to follow its official accounts or to listen live on air
(``clean.vocabulary``), go; news that says the same words about something else stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate

_LEAD = "La mairie a annoncé lundi la fermeture du pont de Cocody pour trois nuits de travaux."


@pytest.mark.parametrize(
    "line",
    [
        "Suivez-nous sur Facebook pour toute l'actualité de la région.",
        "Siga-nos no Instagram",
        "Síguenos en WhatsApp y recibe las noticias del día.",
        "Folgen Sie uns auf Telegram!",
        "Volg ons op LinkedIn voor meer nieuws",
        "Kövess minket a Facebookon!",
        "Ikuti kami di Google News",
        "Baca berita lainnya di Google News",
        "Na ndiqni në Instagram",
        "Читайте нас в Telegram",
        "تابعونا على تلغرام",
        "برای خبرهای فوری ما را در اینستاگرام دنبال کنید",
        "Follow the ministry's official social media accounts for updates.",
        "Follow our official channels for the latest on the storm.",
        "Listen live on 101.3 FM and on the app.",
        "Hear Radio Harbour's evening bulletin at 18:00 every weekday.",
    ],
)
def test_a_follow_or_listen_prompt_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert clean_text(f"{_LEAD}\n{line}").split("\n") == [_LEAD]


@pytest.mark.parametrize(
    "news",
    [
        "Suivez les travaux du pont de Cocody : la mairie publie un calendrier chaque semaine.",
        "Ikuti aturan lalu lintas di jalan tol, kata polisi.",
        "Folgen Sie der Umleitung über die B 27, rät die Polizei.",
        "Follow the money, the auditor told MPs, and the officials' accounts will show it.",
        "Listeners can hear the station at 9:00 on weekdays, the regulator said.",
    ],
)
def test_the_same_words_in_news_stay(news: str) -> None:
    assert not is_boilerplate(news)
    assert news in clean_text(f"{_LEAD}\n{news}").split("\n")
