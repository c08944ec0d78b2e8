"""A writer's label, a photo's label, a reading time, a time ago and a "read also" label in
Nordic, Baltic, Central European and East Asian languages go (``clean.bylines``,
``clean.credits``, ``clean.stamps``, ``clean.abroad``); a sentence of news after a like label
stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import is_boilerplate
from briefing.clean.stamps import is_reading_time, is_stamp_row

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _kept(line: str) -> bool:
    return kept_between(line, _LEAD, _AFTER, outlet=None)


@pytest.mark.parametrize(
    "line",
    [
        "Autorius: Jonas Petraitis",
        "记者：王芳",
        "김민수 기자",
        "Nuotr. Jonas Petraitis",
        "Fot. Anna Nowak",
        "写真：共同",
        "延伸阅读：上海地铁新线开通",
        "관련기사: 서울 지하철 요금 인상",
        "Loe ka: Tallinna trammiliin avatakse sügisel",
    ],
)
def test_a_label_in_another_script_goes(line: str) -> None:
    assert is_boilerplate(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    ["3 tuntia sitten", "3 tundi tagasi", "pirms 3 stundām", "před 3 hodinami", "3小时前"],
)
def test_a_time_ago_is_a_stamp(line: str) -> None:
    assert is_stamp_row(line)


@pytest.mark.parametrize("line", ["Lukuaika 3 min", "阅读时间：3分钟", "Olvasási idő: 4 perc"])
def test_a_reading_time_goes(line: str) -> None:
    assert is_reading_time(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "news",
    [
        "Fot. 3 in the report shows the bridge at dawn, the inspectors said.",
        "Reporter: the mayor did not answer when asked about the ferry contract.",
        "3 hours ago the river rose above the flood wall at the old quay, police said.",
    ],
)
def test_news_after_a_like_label_stays(news: str) -> None:
    assert _kept(news)
