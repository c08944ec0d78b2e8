"""A clause of cause or time dated by a decade ("after a fire in the 1970s") tells a thing of
another time, not the story's event: a noodle counter's feature in the town of a plane's
emergency landing, whose building burned fifty years ago, goes back out of the landing's story;
the same clause about the landing's engine fire, or one dated by a year (an angle piece's last
cyclone, "after Cyclone Ana in 2015"), still tells the event.

The articles are fictional (the airline, the town, the shop and its people are invented),
written for these tests in the shape of a wire, a local report, a live page and a food
magazine's feature.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.models import Article
from briefing.other_event import send_out_other_things, tells_event
from briefing.shared_names import day_words

_WIRE = """HONOLULU (ASW) - Passengers and crew slid to safety from a Kelaoha Island Air
turboprop on Monday after it made an emergency landing at Pualani Airport following a cockpit
warning of an engine fire, officials said. Five people suffered minor injuries during the
evacuation, mostly sprains. Fire crews found no sign of fire in the engine, the airline said."""
_LOCAL = """Sixty-eight passengers and four crew members evacuated a Kelaoha Island Air
turboprop by slide at Pualani Airport on Monday morning after the pilots reported a fire warning
in one engine, airport officials said. Seven passengers were treated for minor injuries. Fire
crews sprayed foam on the engine as a precaution."""
_LIVE = """12:40 p.m. That's where we'll leave our live coverage for now. 12:25 p.m. UPDATE:
Emergency officials say five people were treated after the evacuation. 11:50 a.m. The airline
says the engine fire warning came on during the approach; fire crews met the plane."""
_SAIMIN = """There is a particular kind of quiet that settles over the counter at Akana Saimin
on Lehua Avenue at around two in the afternoon, after the lunch rush from the offices and the
harbor. The noodles simmer. The fan turns. Auntie Rose Akana, 84, sits on a stool by the
register doing the crossword in pencil.

The shop has been on this stretch of Pualani for seventy years. Her father-in-law, a plantation
cook, opened it in a plywood shack where workers coming off the fields could get a hot bowl of
noodles for a quarter. The broth is still made with shrimp and kombu, the noodles rolled every
morning on a machine older than her grandson.

The building itself has been rebuilt twice, FIRE_CLAUSE. The counter has twelve stools and four
small tables by the window that look out on the harbor. The family has turned down every offer
to open branches or sell the name of the shop."""


def _day(clause: str) -> list[Article]:
    return [
        _article(
            "Passengers evacuate by slides after island plane's emergency landing", _WIRE, "ASW", 0
        ),
        _article(
            "Flight 212 passengers praise crew after slide evacuation", _LOCAL, "Valley Record", 5
        ),
        _article(
            "LIVE: Kelaoha Island Air flight makes emergency landing at Pualani",
            _LIVE,
            "Now Live",
            9,
        ),
        _article(
            "Seventy years of saimin on Lehua Avenue",
            _SAIMIN.replace("FIRE_CLAUSE", clause),
            "Island Eats Magazine",
            30,
        ),
    ]


_DECADE = "after a fire in the 1970s and again when the road was widened"


def test_a_feature_whose_fire_was_in_the_1970s_goes_back_out_of_the_landing() -> None:
    arts = _day(_DECADE)
    lower = day_words(arts)[0]
    assert not tells_event(arts[3], arts[:3], lower)
    assert send_out_other_things([[0, 1, 2, 3]], arts, lower) == [[0, 1, 2], [3]]


def test_the_landing_s_fire_or_a_fire_dated_by_a_year_still_tells_the_event() -> None:
    for clause in (
        "after the engine fire warning on the plane on Monday",
        "after a fire in 2015 and again when the road was widened",
    ):
        arts = _day(clause)
        lower = day_words(arts)[0]
        assert tells_event(arts[3], arts[:3], lower), clause
        assert send_out_other_things([[0, 1, 2, 3]], arts, lower) == [[0, 1, 2, 3]], clause


_FLOOD_WIRE = """KELVO (ASW) - Floods swept through the Orsa valley on Monday after two days of
rain, forcing 3,000 people from their homes in Kelvo and nearby villages, officials said. The
Orsa river rose four metres overnight and burst its banks at the old bridge."""
_FLOOD_LOCAL = """The Orsa river burst its banks in Kelvo early on Monday, and floods covered the
lower town. Rescue crews took residents from rooftops by boat. The council opened three
shelters and said 3,000 people had left their homes."""
_FLOOD_LIVE = """10:40 a.m. Floods: the council says the river is still rising at the old
bridge. 9:15 a.m. UPDATE: Rescue boats are working in the lower town."""
_FARMER = """Marta Ilves has farmed the same fields above the river for forty years. On Tuesday
she walked them in rubber boots, counting what was left. She lost her whole crop after the
worst floods since the 1950s swept the lower fields. Her neighbours came with tractors to pull
out the mud. The village hall serves soup to farmers every evening."""


def test_a_flood_measured_against_a_past_decade_still_tells_the_event() -> None:
    # review48: "since the 1950s" compares the story's own flood with the past; it dates nothing
    arts = [
        _article("Floods force 3,000 from homes in Orsa valley", _FLOOD_WIRE, "ASW", 0),
        _article("River bursts banks, floods lower Kelvo", _FLOOD_LOCAL, "Kelvo Herald", 3),
        _article("LIVE: Orsa valley floods", _FLOOD_LIVE, "Now Live", 5),
        _article("A farmer counts her losses", _FARMER, "Farm Weekly", 20),
    ]
    assert tells_event(arts[3], arts[:3], day_words(arts)[0])
