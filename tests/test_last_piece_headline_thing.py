"""On a day of one story and several lone pieces, an angle piece whose own headline names a
thing the story's headlines name joins the story on two of its specific words
(``briefing.day_story.attach_last_piece``, ``_headline_things``, ``_kin``). fresh40's d945 in
shape: a market note on a mineral-water maker's bonds ("Bottler's bonds dip") beside the
reports of the recall ("... halts bottling ..."); fresh39's d925: an explainer on how bamboo
holds up a tower ("How does bamboo hold up ...") beside "Bamboo scaffolding collapses ...".

The articles are fictional (the company, the town, the people are invented), written for these
tests in the shape of a wire report, a company's notice, a workers' union statement, a market
note, a trade explainer and a walking club's note.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.day_story import _kin, _said, _specific_words, attach_last_piece
from briefing.features import centroid, cos
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import vectorise

_REPORT = """DUNMERE, June 4 (CNW) - Kestrel Roasting Company halted roasting at its Dunmere plant
on Wednesday after a fire in a roasting drum filled the main hall with smoke, the company and the
fire service said. No one was hurt. About 200 workers were sent home on full pay, and the
company said the plant's three roasting lines would stay shut for at least two weeks while
engineers checked the drums, the chaff cyclones and the extraction ducts. Kestrel supplies
about a third of the coffee sold in the country's supermarkets and said stocks of beans
already roasted would last ten days."""
_NOTICE = """Kestrel Roasting Company has stopped roasting at its Dunmere plant after a fire in one
roasting drum on Wednesday morning. Our engineers are checking every drum, cyclone and duct in the
hall before the lines restart. All workers will be paid in full while the plant is shut. Coffee
already roasted and packed is safe and stays on sale."""
_UNION = """The Food and Allied Workers' Union met Kestrel managers at the Dunmere plant on
Wednesday. We welcome the promise of full pay and want it in writing for every worker, seasonal
staff included. Our members warned of chaff building up in the ducts last winter; we ask the
company why the drums were not cleaned before the fire."""
_MARKET = """Shares of Kestrel fell 4 per cent in early trade on Thursday before
recovering part of the loss. Analysts at a city brokerage put the cost of the fire and a
two-week shutdown of the Dunmere plant at about 6 million, small against yearly sales of 400
million. The greater risk, they said, is to supermarket shelf space if rival roasters fill the
gap. Coffee futures were steady."""
_EXPLAINER = """Every cup of coffee starts green. Beans arrive from the farms hard, grassy and
pale, and only heat turns them brown: in a drum that tumbles them over a flame for twelve to
twenty minutes. The husk that flakes off, the chaff, is light and burns easily, which is why
every drum is joined to a cyclone and a duct that carry it away. Big plants run several drums
side by side, each cooled with air the moment the beans crack a second time."""
_TRAVEL = """The coastal path from the harbour to the lighthouse reopens this weekend after its
winter repairs, the walking club said. The café at the top serves lunch from noon, and the
last bus back to the harbour leaves at six."""
_TITLES = (
    "Fire halts roasting at Kestrel coffee plant in Dunmere",
    "Notice: fire at our Dunmere plant",
    "Union wants pay promise in writing after Kestrel fire",
)


def _day(title: str, text: str) -> list[Article]:
    return [
        _article(_TITLES[0], _REPORT, "Coast News Wire", 0),
        _article(_TITLES[1], _NOTICE, "Kestrel Roasting Company", 3),
        _article(_TITLES[2], _UNION, "Food and Allied Workers' Union", 5),
        _article(title, text, "City Markets Daily", 6),
        _article("Lighthouse path reopens on Saturday", _TRAVEL, "Trail Notes", 9),
    ]


def _attach(arts: list[Article]) -> list[list[int]]:
    return attach_last_piece([[0, 1, 2], [3], [4]], arts, vectorise(arts).mixed, day_words(arts)[0])


def _close(arts: list[Article]) -> float:
    vectors = vectorise(arts).mixed
    return cos(vectors[3], centroid(vectors[:3]))


def test_a_market_note_headed_by_the_story_s_trade_joins_it() -> None:
    arts = _day("Roaster's shares slip; analysts see short hit", _MARKET)
    assert _close(arts) >= 0.08
    specific = _specific_words(arts[:3])
    assert specific & _said(arts[3]) == {"kestrel", "dunmere"}  # two, not three
    assert "roasting" in specific  # the thing of the story's headline, which the note never says
    assert _attach(arts) == [[0, 1, 2, 3], [4]]


def test_an_explainer_headed_by_a_thing_of_one_headline_joins_it() -> None:
    arts = _day("How does a roasting drum turn coffee brown? A short guide", _EXPLAINER)
    assert _close(arts) >= 0.08
    assert _attach(arts) == [[0, 1, 2, 3], [4]]


def test_the_same_note_headed_by_another_thing_stays_apart() -> None:
    arts = _day("Shares slip; analysts see short hit", _MARKET)
    assert _attach(arts) == [[0, 1, 2], [3], [4]]


def test_a_piece_headed_by_the_story_s_town_stays_apart() -> None:
    # a name is no thing: another piece from the story's town says the town in its headline
    arts = _day("Dunmere shares slip; analysts see short hit", _MARKET)
    assert _attach(arts) == [[0, 1, 2], [3], [4]]


def test_an_agent_noun_is_kin_to_its_act() -> None:
    assert {"bottl", "scaffold"} <= _kin({"bottler", "scaffolders"})
    assert "wat" not in _kin({"water"})  # too short to be an agent noun


_RIVAL = """Shares of Brannock Coffee fell 3 per cent in early trade on Thursday after the company
said a worn bearing in one of its drums would cut output at its southern plant for a month.
Analysts at a city brokerage put the cost at about 2 million, small against yearly sales of 150
million, and said engineers had already ordered the part. Coffee futures were steady."""


def test_a_note_on_another_roaster_s_trouble_stays_apart() -> None:
    # headed by the story's trade and close, but another maker's fault: its lead names its own
    # company while the story's headlines name theirs, which it never says
    arts = _day("Roaster's shares slip on drum fault", _RIVAL)
    assert _close(arts) >= 0.08
    assert _attach(arts) == [[0, 1, 2], [3], [4]]
