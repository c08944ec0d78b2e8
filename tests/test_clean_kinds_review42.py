"""review42's mends to junk38's ``clean.pagekinds.printed``: news lines of a kind's shape stay
(a paper's paid tier told with a comma, a city app's "spot an error?" question, a broadcaster
carrying an event on a frequency, "Our standards:" before a sentence, "also reported that ...",
another body's bulletin, a live ask quoted as a slogan, a series told in the past),
and the kind's own line still goes.

Every line is written for the test; outlets' and people's names are made up.
"""

from __future__ import annotations

import pytest
from cleaning import kept_among

_NEWS = [
    ("zh", "该 报 宣布 ， 付费 会员 专享 内容 将 从 下 月 起 增加 一倍 。"),
    ("zh", "晚报 表示 ， 会员 专享 栏目 明年 停办 。"),
    ("en", "Spot an error? The council's new app lets residents report potholes directly."),
    ("en", "Found a mistake in your tax bill? The agency says taxpayers can report it online."),
    ("de", "Der Sender überträgt die Debatte live auf 98,4 MHz ab 19 Uhr."),
    ("en", "Harbour Radio broadcasts the final on 101.3 FM from 3 p.m."),
    ("en", "Our standards: the paper's editor defended the decision in a column on Sunday."),
    ("en", "Okafor reported from Lagos; Price also reported that the port had reopened."),
    ("fr", "Le bulletin de la préfecture, publié chaque matin, donne les niveaux des rivières."),
    ("fr", "Regardez en direct : c'est le slogan de la nouvelle chaîne d'information."),
    ("it", "Fa parte della serie di inchieste che ha vinto il premio Pulitzer."),
]

_JUNK = [
    ("zh", "本文 为 付费 会员 专享 内容 。"),
    ("en", "Spot a typo? Let us know."),
    ("en", "See a spelling error in our story? Please include the headline when you report it."),
    ("en", "Listen live on 98.5 FM, weekdays from 6 a.m."),
    ("en", "Our Standards: The Harbour Wire Trust Principles."),
    ("en", "Okafor reported from Lagos; Dana Price in Accra also reported."),
    ("en", "The Valley Briefing: the day's news in your inbox at 6 a.m., Monday to Friday."),
    ("fr", "Regardez en direct la chaîne d'information de la rédaction"),
    ("it", "Questo articolo fa parte della nostra serie sulle periferie."),
]


@pytest.mark.parametrize("where", ["top", "mid", "end"])
@pytest.mark.parametrize(("lang", "line"), _NEWS)
def test_news_of_a_printed_kinds_shape_stays(lang: str, line: str, where: str) -> None:
    assert kept_among(lang, line, where)


@pytest.mark.parametrize("where", ["top", "mid", "end"])
@pytest.mark.parametrize(("lang", "line"), _JUNK)
def test_the_kinds_own_line_still_goes(lang: str, line: str, where: str) -> None:
    assert not kept_among(lang, line, where)
