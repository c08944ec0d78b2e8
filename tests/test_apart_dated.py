"""One place's name for two events in two countries: a wire's dateline qualifies the name
("HARWICK, Ireland", "HARWICK, Va."), and two groups whose datelines qualify one place by two
countries or states are apart (``briefing.apart.dated_apart``, fresh40's d961: storm waves on
one Alexandria's seawall, a warehouse roof in another's art studios). Fictional, real-shaped
articles: the towns, the firms and the people are invented."""

from __future__ import annotations

import datetime as dt
from functools import partial

from day_articles import day_article

from briefing.apart import NamedApart, dated_apart, named_apart
from briefing.cluster import cluster
from briefing.shared_names import day_words

T0 = dt.datetime(2046, 5, 26, 6, 0, tzinfo=dt.UTC)


_article = partial(day_article, T0)


_SEAWALL = _article(
    "Storm waves breach Harwick seawall, flood harbour road",
    """HARWICK, Ireland, May 26 (ISW) -
    Waves up to five metres high broke through a section of the seawall along Harwick's
    harbour front on Saturday night, flooding the coast road near the old customs house and
    damaging fishing boats moored in the inner harbour, the county council said on Sunday.
    About 200 metres of the wall, a mix of old stone and concrete blocks, gave way during a late
    spring storm that brought gale-force winds and heavy rain to the west coast.
    Water poured across the harbour road and reached the ground floors of several buildings
    facing the sea. No one was hurt. Engineers will begin temporary repairs on Monday, the
    council said, and a review of the whole wall will be carried out before winter.""",
    "Island Sea Wire",
    1,
    "HARWICK, Ireland, May 26 (ISW) -",
)
_SEAWALL_BRIEF = _article(
    "Harwick sea wall breached",
    """Storm waves broke Harwick's harbour wall near the customs house on Saturday night; the
    coast road stays closed and repairs start Monday.""",
    "Western Radio Headlines",
    2,
)
_ROOF = _article(
    "Roof caves in at Harwick art studios after storm",
    """HARWICK, Va., May 26 (PRW) -
    Part of the roof of a 19th-century brick warehouse on the Harwick waterfront collapsed on
    Saturday evening after heavy rain during a storm, damaging 12 artists' studios and forcing
    the building's evacuation, city officials said.
    No one was seriously hurt. One artist was treated at the scene for a cut to her arm, the
    Harwick fire department said. Rainwater had pooled on a flat section of the roof after a
    drain became blocked. The building will stay closed while engineers inspect it.""",
    "Potomac Regional Wire",
    3,
    "HARWICK, Va., May 26 (PRW) -",
)
_ROOF_LOCAL = _article(
    "Fifteen studios hit as warehouse roof gives way in storm",
    """Artists at the old grain warehouse on the waterfront spent Sunday carrying soaked canvases
    down the fire stairs after a section of roof fell in during Saturday's storm in Harwick.
    Fifteen studios on the second floor were damaged, the foundation that runs the building
    said. City inspectors have closed the building until further notice, and engineers will
    inspect it on Monday.""",
    "The Wharf Street Ledger",
    4,
)


def test_one_place_qualified_by_two_countries_holds_two_groups_apart() -> None:
    arts = [_SEAWALL, _SEAWALL_BRIEF, _ROOF, _ROOF_LOCAL]
    lower = day_words(arts)[0]
    assert named_apart([_SEAWALL, _SEAWALL_BRIEF], [_ROOF, _ROOF_LOCAL], lower)
    veto = NamedApart(arts, lower)
    veto.merged(0, 1)
    veto.merged(2, 3)
    assert veto.veto(0, 2)


def test_the_day_of_two_harwicks_is_two_stories() -> None:
    arts = [_SEAWALL, _SEAWALL_BRIEF, _ROOF, _ROOF_LOCAL]
    stories = cluster(arts).stories
    for story in stories:
        ids = set(story.article_ids)
        assert not ({_SEAWALL.id, _SEAWALL_BRIEF.id} & ids and {_ROOF.id, _ROOF_LOCAL.id} & ids)


def test_one_place_qualified_alike_is_no_veto() -> None:
    # A state's abbreviation and its name are one; a dateline with no qualifier says nothing.
    assert not dated_apart({"harwick": {"va"}}, {"harwick": {"virginia"}})
    assert not dated_apart({"harwick": {"calif"}}, {"harwick": {"california"}})
    assert not dated_apart({"harwick": {"ireland"}}, {})
    assert not dated_apart({"harwick": {"ireland"}}, {"kilbarra": {"ireland"}})
    assert dated_apart({"harwick": {"ireland"}}, {"harwick": {"va"}})
    assert dated_apart({"perth": {"scotland"}}, {"perth": {"westernaustralia"}})
    other = _article(
        "Harwick seawall repairs begin as storm clean-up goes on",
        """HARWICK, May 27 (WCN) -
        Engineers began temporary repairs to Harwick's breached seawall on Monday, the county
        council said, as residents cleared the flooded ground floors along the harbour road.""",
        "West Coast News",
        5,
        "HARWICK, May 27 (WCN) -",
    )
    lower = day_words([_SEAWALL, _SEAWALL_BRIEF, other])[0]
    assert not named_apart([_SEAWALL, _SEAWALL_BRIEF], [other], lower)
