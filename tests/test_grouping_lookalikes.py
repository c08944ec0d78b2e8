"""Look-alikes the grouping must keep apart or together, written by a read-only review of
the eighteenth session's grouping rules (review18), each shaped like wire copy and web pages.

* A piece with no edge to its story is not held back by a faint edge to another story
  (``angles._FAR`` asks only when the piece is linked to its story at all).
* A story that holds a piece's neighbourhood does not take another event's report whose lead
  names its own thing (``apart.lead_apart``: a bank's own app outage beside a cloud outage).
* A name of a headline picks its story only when that story is the nearest of those its
  words point to (a city's ferries idle in a strike, beside its mayor's arrest).
* A common word of a name ("Station", "Bridge") is no name two events share, whatever its
  stem (``apart._names`` with the day's lower-case words).
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.angles import attach_angles
from briefing.apart import named_apart
from briefing.cluster import cluster
from briefing.models import Article
from briefing.shared_names import day_words


def _groups(arts: list[Article]) -> list[list[str]]:
    by = {a.id: a.source for a in arts}
    return sorted(sorted(by[i] for i in s.article_ids) for s in cluster(arts).stories)


def test_a_piece_with_no_edge_to_its_story_is_not_held_back_by_a_faint_edge() -> None:
    arts = [
        _article("Massive blackout hits Spain and Portugal", "Power went out.", "a", 0),
        _article("Thousands stranded as blackout halts trains in Iberia", "Trains.", "b", 1),
        _article("What caused the Iberian blackout? Investigators search", "Inquiry.", "c", 2),
        _article("Grid operator fined over winter outage", "The regulator fined it.", "d", 3),
        _article("Operator to appeal record grid fine", "An appeal was filed.", "e", 4),
    ]
    groups = [[0, 1], [2], [3, 4]]
    edges = {(0, 1): 0.19, (3, 4): 0.4}
    assert attach_angles(groups, arts, edges) == [[0, 1, 2], [3, 4]]
    # A faint shared word with a third story ("grid") is 'twice as close' as no edge at all.
    faint = edges | {(2, 3): 0.051}
    assert attach_angles(groups, arts, faint) == [[0, 1, 2], [3, 4]]


BLACKOUT_1 = """MADRID (NW) - A massive blackout cut power across Spain and Portugal on Monday,
halting metro trains, knocking out traffic lights and leaving millions without electricity
for up to ten hours. Hospitals ran on generators and shops closed early."""
BLACKOUT_2 = """Thousands of passengers spent the night in stations after the blackout stopped
trains across Iberia. Rail services in Madrid and Lisbon resumed only on Tuesday morning,
and some commuters slept on platforms wrapped in foil blankets."""
BLACKOUT_3 = """Candles sold out in Lisbon's corner shops as the blackout dragged into the
evening, and neighbours gathered around battery radios in the dark streets of Alfama to
hear news of when the lights would return."""
INQUIRY = """Engineers are examining whether a sudden loss of solar generation in the
southwest made frequency oscillations spiral out of control. The inquiry will look at the
inertia of the system and at the interconnectors to the north. Its first findings are due
within a month, the investigators said."""
FINE_1 = """The energy regulator fined the northern grid operator 14 million euros for a
winter outage, saying frequency control failed during a cold snap. The operator said it
would appeal the fine."""
FINE_2 = """The grid operator will appeal the regulator's record 14 million euro fine over
January's outage, its chief executive said, calling the frequency rules unclear."""
SHIP_1 = """A container ship ran aground off the port of Sines on Monday, blocking the
harbour entrance for six hours before tugs pulled it free."""
SHIP_2 = """Tugs freed the container ship that ran aground at Sines, and the port said
traffic was back to normal by the evening."""


def test_end_to_end_the_blackout_inquiry_joins_beside_a_grid_fine() -> None:
    arts = [
        _article("Massive blackout hits Spain and Portugal", BLACKOUT_1, "Northern Wire", 0),
        _article("Thousands stranded as blackout halts trains in Iberia", BLACKOUT_2, "Globe", 1),
        _article("Candles and radios: Lisbon waits out the blackout", BLACKOUT_3, "Lisbon Post", 2),
        _article(
            "What caused the Iberian blackout? Investigators search for answers", INQUIRY, "Tech", 3
        ),
        _article("Regulator fines grid operator over winter outage", FINE_1, "Energy Daily", 4),
        _article("Grid operator to appeal record fine", FINE_2, "Business Wire", 5),
        _article("Container ship runs aground off Sines", SHIP_1, "Port News", 6),
        _article("Ship freed at Sines, port reopens", SHIP_2, "Coast FM", 7),
    ]
    assert ["Globe/1", "Lisbon Post/2", "Northern Wire/0", "Tech/3"] in _groups(arts)


CLOUD_1 = """SEATTLE (NW) - A large outage at cloud provider Nimbus knocked thousands of websites
and apps offline for about four hours on Tuesday, disrupting payments, airline check-in and
streaming services across Europe and North America. Nimbus said a faulty network configuration
change in one of its data centres caused the outage and that services were restored by the
afternoon."""
CLOUD_2 = """Card payments failed at supermarkets and petrol stations for several hours on
Tuesday after the Nimbus outage took down the systems of two large payment processors.
Customers were asked to pay in cash, and some shops closed their doors until service was
restored."""
CLOUD_3 = """Airlines reverted to handwritten boarding passes on Tuesday as the Nimbus cloud
outage hit check-in systems. Passengers queued for hours, and dozens of flights left late
before the systems were restored."""
CLOUD_4 = """Nimbus apologised for Tuesday's outage and promised credits to affected customers.
The company said a configuration change had been pushed to its network without the usual
checks, and that it would review how changes are tested."""
BANK = """Customers of Harwick Savings were unable to log in to the bank's mobile app or
transfer money for most of Tuesday after a botched software update, the bank said. The outage
left thousands unable to check their balances on payday. Service was restored late in the
evening, and the bank said it would refund any fees customers were charged."""
_OTHERS = [
    (
        "Council approves new cycle lanes for city centre",
        """The city council approved eleven
     kilometres of protected cycle lanes on Tuesday, to be built over two years along the main
     avenues.""",
    ),
    (
        "Cycle lanes: shopkeepers fear loss of parking",
        """Shop owners on the high street said
     the council's plan would remove 300 parking spaces and drive away customers.""",
    ),
    (
        "Museum returns bronze heads to Benin",
        """The museum handed back four bronze heads taken
     in 1897 at a ceremony attended by the Oba's envoys.""",
    ),
    (
        "Bronze heads go home after 128 years",
        """Four bronze heads taken from Benin City in
     1897 were returned by the museum on Tuesday.""",
    ),
    (
        "Hospital waiting lists fall for third month",
        """Waiting lists at the region's hospitals
     fell for a third month in a row, health officials said, helped by weekend clinics.""",
    ),
    (
        "Weekend clinics cut hospital waits",
        """Weekend surgery clinics have cut waiting times at
     the region's hospitals, officials said on Tuesday.""",
    ),
]


def test_another_outage_on_a_busy_day_is_not_held_by_the_cloud_story() -> None:
    arts = [
        _article("Nimbus cloud outage knocks thousands of sites offline", CLOUD_1, "Wire", 0),
        _article("Card payments fail in shops during Nimbus outage", CLOUD_2, "Globe", 1),
        _article("Airlines check in by hand as cloud outage hits", CLOUD_3, "Air Daily", 2),
        _article("Nimbus says untested change caused outage", CLOUD_4, "Tech Review", 3),
        # Another event: the bank's own botched update; it never names Nimbus or a cloud.
        _article("Bank app down for hours after failed update", BANK, "Money Post", 4),
        *(_article(t, x, f"Other{k}", 10 + k) for k, (t, x) in enumerate(_OTHERS)),
    ]
    assert ["Money Post/4"] in _groups(arts)


def test_a_common_word_of_a_name_is_no_shared_name_whatever_its_stem() -> None:
    for word in ("Airport", "Station", "Bridge", "Police", "Line"):
        a = [
            _article(
                f"Drone sightings shut Dublin {word} for two hours",
                f"Dublin {word} was shut on Monday after drones were seen.",
                "A",
                0,
            ),
            _article(
                f"Flights resume at Dublin {word} after drone scare",
                f"Flights resumed at Dublin {word} late on Monday.",
                "B",
                1,
            ),
        ]
        low = word.lower()
        b = [
            _article(
                f"Drone halts traffic at the Frankfurt {low}",
                f"Traffic at the Frankfurt {low} was halted after a drone was seen.",
                "C",
                2,
            ),
            _article(
                f"Second drone halt at Frankfurt {low} this year",
                f"The Frankfurt {low} was closed for an hour.",
                "D",
                3,
            ),
        ]
        assert named_apart(a, b, day_words(a + b)[0]), word


MAYOR_1 = """VARNA (NW) - Police in Varna detained the city's mayor, Petar Dimov, on Monday on
suspicion of taking bribes over harbour-front building permits, prosecutors said. Dimov
denies wrongdoing."""
MAYOR_2 = """Several thousand people gathered outside Varna city hall on Monday evening to
protest against the detention of mayor Petar Dimov, whom they called the target of a political
vendetta."""
MAYOR_3 = """Prosecutors said the investigation into Varna's building permits had lasted two
years and covered eleven projects on the seafront."""
FERRY_1 = """Ferry crews walked out on Monday over pay, halting crossings on the Danube and on
the Black Sea coast routes, the seafarers' union said. Talks with operators broke down last
week."""
FERRY_2 = """Commuters queued for buses after the ferry strike halted crossings on Monday.
The union said crews would stay out until operators improve their pay offer."""
VARNA_PIECE = """Boats sat idle at the passenger quay in Varna for a second day on Tuesday as
crews stayed out. Holidaymakers bound for the resorts were left waiting on the pier, and
some cafés on the quay closed early."""


def _varna() -> list[Article]:
    return [
        _article("Varna mayor detained in bribery probe", MAYOR_1, "Northern Wire", 0),
        _article("Protesters rally for detained Varna mayor", MAYOR_2, "Globe", 1),
        _article("Varna permits probe covered 11 projects", MAYOR_3, "Sofia Post", 2),
        _article("Ferry crews strike over pay", FERRY_1, "Shipping Wire", 3),
        _article("Ferry strike strands commuters", FERRY_2, "Metro News", 4),
        _article("Varna ferries idle for second day", VARNA_PIECE, "Coast FM", 5),
    ]


def test_a_city_s_name_does_not_pull_the_nearer_strike_s_piece_into_its_mayor_s_story() -> None:
    # "varna" is a key word of the mayor's story, "ferry" of the strike's; the piece is nearer
    # the strike's reports (0.109 against 0.095 at most), and is the strike's.
    groups = _groups(_varna())
    assert ["Globe/1", "Northern Wire/0", "Sofia Post/2"] in groups
    arts = _varna()
    edges = {(0, 1): 0.4, (0, 2): 0.4, (1, 2): 0.3, (3, 4): 0.4, (4, 5): 0.14, (0, 5): 0.06}
    assert [0, 1, 2] in attach_angles([[0, 1, 2], [3, 4], [5]], arts, edges)
