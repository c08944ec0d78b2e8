"""review29's probes of junk31's kinds: a line of news that opens like a page's own line stays.

Each line is written for the test: a row of greetings that a story names, a follow-up or a
"follow the money" sentence that names a platform further on, a print edition's end that a
publisher announced, "click here" as a phrase a study counted, "related on <day>" and "also on
<day>" opening a sentence, a page's ask that a story reports with a verb of saying.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import is_boilerplate

_NEWS = [
    "Hola, hello, bonjour: the airport's new announcements in three languages drew complaints.",
    "Bonjour, hallo, goedemorgen: Brussels' new trams greet riders in three languages.",
    "Follow-up inspections on Facebook complaints found 12 restaurants breaking hygiene rules.",
    "Follow the money: investigators traced the payments through Facebook ads to a shell firm.",
    "Следете ги упатствата на полицијата на Facebook, порача министерот.",
    "Version papier : le quotidien cessera de paraître en janvier, a annoncé la direction.",
    "Druckausgabe: Die Zeitung stellt ihre gedruckte Ausgabe zum Jahresende ein, teilte der"
    " Verlag mit.",
    "Click here was the most common phrase in phishing emails last year, a study found.",
    "Also on Monday, police arrested two men over the robbery at the port.",
    "Related on the same day, the court fined the firm 2 million euros for the spill.",
    "Escríbanos, pidió la madre del niño desaparecido a los vecinos de Soyapango.",
    "Cet article a été rédigé à partir de documents saisis par la police, selon le parquet.",
]
_LEAD = "The regional council approved a new budget on Tuesday after a long debate over schools."
_AFTER = "Officials said the money would be released in three tranches starting next spring."


@pytest.mark.parametrize("news", _NEWS)
def test_a_line_of_news_shaped_like_a_page_s_own_line_stays(news: str) -> None:
    assert not is_boilerplate(news)


@pytest.mark.parametrize(
    "junk",
    [
        "Labrīt, tere hommikust, labas rytas — and hello from all three capitals.",
        "Bonjour, hallo, goedemorgen — and hello from all three language regions.",
        "Follow us on Facebook and X for the latest news",
        "Follow us: Facebook, Instagram and Telegram for local news",
        "Version papier : Le Mensuel, édition de juin-juillet 2043",
        "Click here for the full results",
        "Also on Pune Mirror: Metro line 3 opens",
        "Related on r/Pune: Metro line 3 opens",
    ],
)
def test_the_page_s_own_line_still_goes(junk: str) -> None:
    assert is_boilerplate(junk)


def test_also_on_a_day_opens_a_paragraph_of_news() -> None:
    news = "Also on Monday, police arrested two men over the robbery at the port."
    assert _lines(f"{_LEAD}\n\n{news}\n\n{_AFTER}") == [_LEAD, news, _AFTER]
