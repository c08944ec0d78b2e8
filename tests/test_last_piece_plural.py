"""On a day of one story and several lone pieces, a piece says the story's headline word when it
says it in the other number: an explainer on why "sinkholes" open beside the reports of one
sinkhole (``briefing.day_story.attach_last_piece``, ``_singular``). fresh39's d928 in shape: an
explainer on the rock that makes "waterfalls" grow, beside a report of a crack in one town's
waterfall and the tourist board's notice.

The articles are fictional (the town, the market, the people are invented), written for these
tests in the shape of a wire report, a council's notice, a science explainer and a travel note.
"""

from __future__ import annotations

import re

from test_cluster_bounds import _article

from briefing.day_story import _singular, _specific_words, attach_last_piece
from briefing.features import centroid, cos
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import vectorise

_REPORT = """ORVADA, March 3 (CNW) - A sinkhole about 15 metres across opened under the car park
of Orvada's covered market before dawn on Tuesday, swallowing four parked vans and cracking the
wall of the fish hall, the town's civil protection office said. No one was hurt. Geologists said
groundwater had dissolved the gypsum beneath the square, leaving a cavity whose roof gave way,
and that the ground around the hole would be probed with radar before anyone was let back in.
The market will stay shut for at least a week, and traders were offered stalls in the bus
station."""
_NOTICE = """The market hall and its car park are closed until further notice after the sinkhole
of Tuesday morning. Stallholders can collect goods on Thursday with an escort from the civil
protection office. Geologists are surveying the gypsum under the square. The bus station hall is
open to traders from Wednesday."""
_EXPLAINER = """Some towns sit on rock that water can dissolve. Gypsum and salt are the fastest:
groundwater running through them carries the rock away grain by grain, and a cavity grows
beneath the surface without anyone seeing it. When the roof of the cavity gets too thin, it
falls, and the ground above goes with it. That is how most sinkholes form in towns built on
gypsum. Leaking pipes speed them up, and so do dry summers followed by heavy rain. Geologists
look for them with ground radar and by watching for cracks in walls and kerbs."""
_TRAVEL = """The coastal path from the harbour to the lighthouse reopens this weekend after its
winter repairs, the walking club said. The café at the top serves lunch from noon, and the
last bus back to the harbour leaves at six."""
_TITLES = (
    "Sinkhole swallows vans at Orvada market car park",
    "Notice: market hall closed after sinkhole",
)


def _day(explainer: str) -> list[Article]:
    return [
        _article(_TITLES[0], _REPORT, "Coast News Wire", 0),
        _article(_TITLES[1], _NOTICE, "Orvada Civil Protection", 3),
        _article("Explainer: how water eats a town's floor", explainer, "Earth Matters", 6),
        _article("Lighthouse path reopens on Saturday", _TRAVEL, "Trail Notes", 9),
    ]


def _attach(arts: list[Article]) -> list[list[int]]:
    return attach_last_piece([[0, 1], [2], [3]], arts, vectorise(arts).mixed, day_words(arts)[0])


def test_an_explainer_saying_the_story_s_thing_in_the_plural_joins_it() -> None:
    arts = _day(_EXPLAINER)
    vectors = vectorise(arts).mixed
    assert cos(vectors[2], centroid(vectors[:2])) >= 0.08
    assert "sinkhole" in _specific_words(arts[:2])  # the story's headlines say it, not "sinkholes"
    assert not re.search(r"\bsinkhole\b", _EXPLAINER)
    assert _attach(arts) == [[0, 1, 2], [3]]


def test_an_explainer_that_never_says_the_story_s_thing_stays_apart() -> None:
    arts = _day(_EXPLAINER.replace("sinkholes", "hollows"))
    assert _attach(arts) == [[0, 1], [2], [3]]


def test_a_piece_saying_in_the_singular_what_the_headlines_say_in_the_plural_stays_apart() -> None:
    # the other way round is no explainer's: a newsletter's "Cyprus rations water" is a verb, and
    # a report's "ration" beside it says nothing of it (fresh5's d124 in shape)
    plural = _EXPLAINER.replace("most sinkholes form", "a sinkhole forms")
    arts = _day(plural)
    arts[:2] = [
        _article(t.replace("Sinkhole swallows", "Sinkholes swallow"), x, o, k)
        for t, x, o, k in (
            (
                _TITLES[0],
                _REPORT.replace("A sinkhole about", "Sinkholes about"),
                "Coast News Wire",
                0,
            ),
            (
                _TITLES[1].replace("sinkhole", "sinkholes"),
                _NOTICE.replace("the sinkhole", "the sinkholes"),
                "Orvada Civil Protection",
                3,
            ),
        )
    ]
    assert _attach(arts) == [[0, 1], [2], [3]]


def test_a_word_in_the_plural_is_its_singular() -> None:
    pairs = {
        "waterfalls": "waterfall",
        "sinkholes": "sinkhole",
        "riots": "riot",
        "ferries": "ferry",
        "churches": "church",
        "boxes": "box",
        "waterfall": "waterfall",
        "glass": "glass",
        "crisis": "crisis",
        "census": "census",
    }
    assert {w: _singular(w) for w in pairs} == pairs
    assert _singular("rationing") != _singular("rations")  # another word, not another number
