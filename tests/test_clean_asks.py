"""The page asking its readers to send it things and telling where its own things are
(``clean.asks``): send it to us (to the outlet's own box, app or office, or welcome there), a
desk's phone, where its corrections, plates and further reading are, how to cite it, when the
print edition is out, and a letter's frame (when it returns, "hit reply", the forward prompt
with its subscriber count). Practical news for readers (where to report an outage, where to
send a claim) stays.

Every line is written for the test.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate
from briefing.clean.asks import is_ask_line

_LEAD = "The harbour authority will open a second ferry berth on 1 July, its director said."
_BODY = "Crews will work through the night to finish the quay, the contractor said."


@pytest.mark.parametrize(
    "line",
    [
        "Leave your notices in the Gazette box at the post office",
        "Valley folk, send storm pictures via the Courier app",
        "Photos of the flood welcome at the Harbour Street office",
        "Counts collected by volunteers; sightings welcome via the society form.",
        "Feedback? Email the readers' desk.",
        "Coast Post newsroom: +353 1 000 0000",
        "Post corrections appear on page 3 of the print edition",
        "Maps and tables appear in the printed edition only.",
        "Further reading available from the parish library.",
        "How to cite this article: Island Review, vol. 9, no. 2",
        "Paper edition out Fridays",
        "Full results are on the regatta page.",
        "Back Monday at 7. Hit reply with your tips.",
        "Print edition: pick up the Gazette at any library",
        "Photo references for this issue sit on the society's site.",
        "Line-ups are on our match centre page.",
        "We are back Monday, 7am. Hit reply with your tips.",
        "Forwarded by a friend? 12,000 readers sign up through the link below.",
    ],
)
def test_an_ask_or_pointer_goes(line: str) -> None:
    assert is_ask_line(line)
    assert is_boilerplate(line)
    kept = [x for x in clean_text(f"{_LEAD}\n{line}\n{_BODY}").splitlines() if x]
    assert kept == [_LEAD, _BODY]


@pytest.mark.parametrize(
    "news",
    [
        "Send photos of flood damage to the council's insurer via its online portal.",
        "Report outages to City Power on 0860 562 874 or through its app.",
        "Residents can send photos of damage to the council, which will pass them to insurers.",
        "Letters from readers are welcome, the editor said at the meeting.",
        "We return to the question of funding below.",
        "Plans and photographs appear in the report, which the council published on Monday.",
        "Questions? Residents packed the hall to ask them.",
        "Results are on the council's website, which crashed on Monday.",
        "Back on Tuesday, the minister faced questions about the ferry.",
    ],
)
def test_practical_news_that_opens_alike_stays(news: str) -> None:
    assert not is_ask_line(news)
    assert not is_boilerplate(news)
