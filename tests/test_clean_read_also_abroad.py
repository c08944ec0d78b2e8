"""A "read also" or related list's heading in another language alone on its line, with no
colon (``clean.foreign``), and the headlines under it (``clean.lists``) go after an English
text; news naming the same words stays wherever it sits.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text

_LEAD = "Ferries to Vormsi stopped on Monday as sea ice thickened across the strait, officials say."
_NEXT = "The state will fly islanders to the mainland twice a day until the ice road opens."
_ITEMS = [
    "Harbour crews break ice for second week at Rohuküla",
    "Islanders stock up as winter storms close the road",
]


@pytest.mark.parametrize(
    "head",
    [
        "Loe lisaks",
        "Lesen Sie auch",
        "Läs också",
        "LIRE AUSSI",
        "Leia também",
        "Artikel Berkaitan",
        "Articles similaires",
        "関連記事",
    ],
)
def test_a_read_also_list_abroad_goes(head: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, _NEXT, head, *_ITEMS])).split("\n")
    assert _LEAD in cleaned and _NEXT in cleaned
    assert not {head, *_ITEMS} & set(cleaned)


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi, the campaign's slogan, was painted on walls across Dakar overnight.",
        "Les også-kampanjen, a reading drive, reached 40,000 pupils in Tromsø this year.",
        "Articles similaires to the ones seized were found in a warehouse in Douala, police said.",
        "Readers of Loe ka, the ministry's newsletter, were told the ferries would resume.",
    ],
)
def test_news_with_a_read_also_label_stays(line: str) -> None:
    assert lost_places(line, _LEAD, _NEXT) == []
