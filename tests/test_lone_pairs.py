"""Two lone articles that are each other's nearest and whose headlines name the event in a word
of their own are one story; look-alikes (a nearest neighbour that names nothing the other
names, a neighbour that is nearer to someone else, two budget fights in two countries) stay
apart.

The articles are fictional (the rail company, union, people and figures are invented; real
countries only where the place rule is about them), written for these tests in the shape of
wire copy and a trade paper's follow-up. The edges stand for the grouping's similarity graph.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.lone_pairs import local_names, pair_lone
from briefing.models import Article

_DEAL = """OTTAWA (DW) — A six-day strike that halted most freight trains in Canada ended on
Wednesday after Norland Rail and the union representing 9,300 conductors and engineers reached
a tentative agreement, both sides said. The four-year deal raises wages by 13.5% and limits
shift lengths, a central demand of the union. Members still have to ratify it. Trains will
start running again on Thursday, the company said, but it could take weeks to clear the
backlog of grain, potash and containers at the ports."""
_RELIEF = """Grain farmers and port operators breathed a sigh of relief after the end of the
rail stoppage, which business groups estimated had cost the economy about C$400 million a day.
"We had elevators full and nowhere to send the grain," said Saskatchewan farmer Lea Dumont.
Labour Minister Paul Arsenault said Ottawa had been ready to ask the labour board to
order workers back, but was glad the parties got there themselves. The union said its
members had won pay rises of 3.5 per cent a year."""
_TOMB = """CAIRO (MP) — Egyptian archaeologists have found a 4,300-year-old tomb belonging to a
royal scribe at the Saqqara necropolis south of Cairo, the antiquities ministry said on
Wednesday. The tomb of Khenuka contains brightly painted wall scenes of farming and fishing
and a limestone sarcophagus that is still sealed."""
_TOMB_2 = """An intact burial is a rarity at Saqqara, where most tombs were plundered in
antiquity, which is why the sealed stone coffin in the newly found tomb of the scribe Khenuka
has drawn so much attention from Egyptologists. The painted walls also name the scribe's wife
and three sons."""

_DEAL_TITLE = "Canada rail strike ends with tentative deal after six days"
_RELIEF_TITLE = "Farmers, shippers relieved as rail deal ends stoppage"


def _rail_day() -> list[Article]:
    return [
        _article(_DEAL_TITLE, _DEAL, "Dominion Wire", 0),
        _article(_RELIEF_TITLE, _RELIEF, "Prairie Business Daily", 3),
        _article("Egypt finds 4,300-year-old tomb of royal scribe at Saqqara", _TOMB, "MP", 5),
        _article("Sealed sarcophagus in scribe's tomb excites Egyptologists", _TOMB_2, "HJ", 8),
    ]


def test_two_lone_reports_of_a_rail_deal_that_are_each_other_s_nearest_pair_up() -> None:
    edges = {(0, 1): 0.116, (2, 3): 0.26}
    assert pair_lone([[0], [1], [2, 3]], _rail_day(), edges) == [[0, 1], [2, 3]]


def test_the_whole_pipeline_briefs_the_rail_deal_as_one_story() -> None:
    arts = _rail_day()
    stories = [sorted(s.article_ids) for s in cluster(arts).stories]
    assert sorted(a.id for a in arts[:2]) in stories
    assert sorted(a.id for a in arts[2:]) in stories


def test_a_nearest_neighbour_that_is_nearer_to_another_article_stays_apart() -> None:
    # The deal report is nearest the relief piece, but that is nearer the (lone) tomb report.
    edges = {(0, 1): 0.116, (1, 2): 0.13}
    assert pair_lone([[0], [1], [2], [3]], _rail_day(), edges) == [[0], [1], [2], [3]]


def test_each_other_s_nearest_with_no_headline_word_in_common_stay_apart() -> None:
    arts = [
        _article("Fares, timetable: what to know about the new line", _DEAL, "EAT", 0),
        _article("Train drivers call 24-hour walkout", _RELIEF, "CH", 3),
    ]
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.097}) == [[0], [1]]


def test_a_pair_that_is_already_in_a_story_is_not_asked() -> None:
    edges = {(0, 1): 0.116, (1, 2): 0.05}
    assert pair_lone([[0], [1, 2], [3]], _rail_day(), edges) == [[0], [1, 2], [3]]


_PAKISTAN = """ISLAMABAD (MP) — Pakistan's government unveiled a 17.6 trillion rupee budget on
Monday that raises taxes on salaried workers and retailers to meet the terms of an IMF loan,
prompting an opposition walkout."""
_BELGIUM = """BRUSSELS — Belgium's five-party coalition failed to agree on next year's budget
after talks collapsed early on Monday over pension cuts, leaving the government in its worst
crisis since it took office."""


def test_two_budget_fights_in_two_countries_stay_apart() -> None:
    arts = [
        _article("Pakistan unveils tax-heavy budget to meet IMF terms", _PAKISTAN, "MP", 0),
        _article("Belgium's budget talks collapse over pensions", _BELGIUM, "CH", 3),
    ]
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.15}) == [[0], [1]]
    # The same two reports, one naming the other's country in its lead: one event's reports.
    arts[1] = _article("Budget talks collapse in Belgium", _PAKISTAN, "CH", 3)
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.15}) == [[0, 1]]


_FIRE_GROUP = (
    "Wildfire forces evacuation of villages near Kastelli",
    "Kastelli fire: hotels emptied, greenhouses burned",
    "Island wildfire",
)
_FIRE_TEXT = """A wildfire driven by strong winds forced the evacuation of five villages near
Kastelli on Thursday, the fire brigade said. Two hotels were emptied."""
_OTHER_FIRE = """A separate wildfire burned about 2,000 hectares of farmland and forest near Tordalu
on Thursday, forcing 300 people to leave their homes. Arson is suspected."""
_OTHER_FIRE_2 = """Farmers near Tordalu said the fire killed sheep and destroyed cork oaks that
take decades to grow. Police were questioning a man seen near where it began."""


def _two_fires(second: str) -> list[Article]:
    arts = [_article(t, _FIRE_TEXT, f"Outlet {k}", k) for k, t in enumerate(_FIRE_GROUP)]
    arts.append(_article("Second wildfire near Tordalu; 300 evacuated", _OTHER_FIRE, "MNA", 5))
    arts.append(_article(second, _OTHER_FIRE_2, "Tordalu Courier", 7))
    return arts


# Each lone report of the second fire is nearer the first fire's story than the other report.
_FIRE_EDGES = {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.4, (0, 3): 0.15, (1, 4): 0.2, (3, 4): 0.128}


def test_two_lone_reports_of_a_second_fire_that_name_its_town_pair_up() -> None:
    arts = _two_fires("Tordalu fire: farmers count losses, police look for arsonist")
    assert pair_lone([[0, 1, 2], [3], [4]], arts, _FIRE_EDGES) == [[0, 1, 2], [3, 4]]


def test_two_lone_reports_sharing_only_a_word_of_a_story_s_headlines_stay_apart() -> None:
    # "wildfire" is in the first fire's headlines: it tells the topic, not the event.
    arts = _two_fires("Wildfire: farmers count losses, police look for arsonist")
    assert pair_lone([[0, 1, 2], [3], [4]], arts, _FIRE_EDGES) == [[0, 1, 2], [3], [4]]


def test_a_country_and_its_people_are_one_place() -> None:
    # "Kenya's" in one headline and lead, "Kenyan" in the other's: one country, one event.
    treasury = """NAIROBI (MP) — Kenya's treasury unveiled a budget on Thursday that raises
    taxes on mobile money and fuel to meet the terms of an IMF loan."""
    walkout = """Kenyan opposition MPs walked out of parliament as the treasury secretary read
    the budget's tax measures on mobile money and fuel."""
    arts = [
        _article("Kenya's budget raises taxes on mobile money", treasury, "MP", 0),
        _article("Kenyan MPs walk out over budget taxes", walkout, "CH", 3),
    ]
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.15}) == [[0, 1]]


def test_a_headline_s_name_said_in_the_other_s_lead_pairs_each_other_s_nearest() -> None:
    # No headline word in common; the second headline opens with the reactor's name, no
    # dictionary word, which the first report's lead says.
    shut = """HELSINKI (NNS) — Finland's Vaskiluoto 3 nuclear reactor, the country's largest
    power plant, will stay offline until mid-October after a fault in a turbine generator."""
    prices = """The repair could take six to eight weeks, the operator said. Households that heat
    with electricity fear another winter of high bills."""
    arts = [
        _article("Finland's largest reactor shut for weeks after turbine fault", shut, "NNS", 0),
        _article("Vaskiluoto 3 outage: winter prices worry households", prices, "HT", 3),
    ]
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.125}) == [[0, 1]]
    # A dictionary word opening a headline names nothing ("Power outage: ...").
    arts[1] = _article("Power outage: winter prices worry households", prices, "HT", 3)
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.125}) == [[0], [1]]


def test_a_town_a_text_calls_so_is_no_name_that_pairs_a_feature_with_a_report() -> None:
    # fresh45's d1074 in shape: a feature on a noodle maker in the town whose festival a court
    # ruled on; the report's lead names the town as the festival's, and its text calls it a
    # district: a place, where another piece of the town is told too
    ruling = """TAIPEI (FSN) — A court on Friday ordered the organisers of the Marsk lantern
    festival to pay damages to 23 spectators burnt at this year's event, in a ruling that could
    change how the old ritual is run. The organising committee, a body of temple trustees and
    local businesses in Marsk district, had failed to enforce its own safety rules."""
    noodles = """The sign above Wang Chin-fu's shop on the old street in Marsk is so faded that
    regulars no longer look at it. They follow the smell of lard and shallots; he has made the
    same thin noodles by hand every morning since his mother opened the shop in 1987."""
    arts = [
        _article("Court orders festival organisers to pay burnt spectators", ruling, "FSN", 0),
        _article("Marsk's noodle maker who keeps the old harbour's hours", noodles, "IBM", 3),
    ]
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.125}) == [[0], [1]]
    # a local piece on the festival's burns, headed by the town: its lead says the report's
    # "spectators", a rare word of its headline (fresh27's d648 in shape: a landslide's)
    burns = """The burns ward in Marsk was full by midnight, and the spectators who could walk
    waited on the steps outside. "We go every year," said one, his arm bandaged to the elbow."""
    local = _article("Marsk: a night on the burns ward", burns, "MT", 4)
    assert pair_lone([[0], [1]], [arts[0], local], {(0, 1): 0.125}) == [[0, 1]]
    # the same name, never called a town: a name of the event's own
    arts[0] = _article(arts[0].title, ruling.replace(" in Marsk district", ""), "FSN", 0)
    assert pair_lone([[0], [1]], arts, {(0, 1): 0.125}) == [[0, 1]]


_SOUKS = """TUNIS (CRW) — Tunisia began a five-year restoration of the covered markets of the
Tunis medina on Thursday, repairing roofs, vaults and drains in 14 souks, the heritage
institute said."""
_SCAFFOLD = """Scaffolding went up on Thursday at the entrance of Souk El Attarine, the perfume
sellers' market, where vaults have been propped with timber for years. Traders welcomed the
repairs but feared months of dust."""
_WEATHER = """Forecasters expect a hot weekend across the north, with highs of 38C inland and
a risk of storms in the hills on Sunday evening."""
_FERRY = """The island ferry will run an extra sailing on Saturday for the regatta, the
operator said, with bookings open from Friday morning."""


def _souk_day(extra: list[Article]) -> list[Article]:
    return [
        _article("Tunis begins restoration of medina's covered souks", _SOUKS, "CRW", 0),
        _article("Perfume sellers and shoemakers wary as scaffolding goes up", _SCAFFOLD, "VM", 3),
        *extra,
    ]


def test_a_word_of_one_headline_only_the_other_s_lead_says_pairs_each_other_s_nearest() -> None:
    """No headline word in common and no name; the local piece's lead says "Souk", the one word
    of the report's headline that no other article of the day says."""
    arts = _souk_day(
        [
            _article("Heat and storms for the weekend", _WEATHER, "WX", 5),
            _article("Extra ferry for the regatta", _FERRY, "FN", 6),
        ]
    )
    edges = {(0, 1): 0.123, (2, 3): 0.02}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0, 1], [2], [3]]


def test_a_word_that_other_articles_of_the_day_say_pairs_nothing() -> None:
    """ "Souks" is in a third article's text too: the topic's word (markets), not the event's."""
    market = _article(
        "Ramadan night markets draw crowds",
        "Night markets in the old souks stayed open until 2 a.m. as families shopped for Eid.",
        "NM",
        5,
    )
    arts = _souk_day([market, _article("Extra ferry for the regatta", _FERRY, "FN", 6)])
    edges = {(0, 1): 0.123, (2, 3): 0.02}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0], [1], [2], [3]]


def test_on_a_day_of_two_articles_a_word_of_the_lead_pairs_nothing() -> None:
    """Nothing on a day of two tells the event's word from the topic's."""
    assert pair_lone([[0], [1]], _souk_day([]), {(0, 1): 0.123}) == [[0], [1]]


_QUOTA = """Hikers heading for the Trolltunga rock above Odda will need a free online
reservation on summer days from June 20, with numbers capped at 1,800 a day, the
municipality said on Tuesday, extending a trial run last year to protect the eroding
path. On peak days before the cap, up to 2,600 people walked the 27 km return route,
the municipality said. Mayor Eirik Sande said the aim was "to welcome walkers, not
queues"."""
_LOCALS = """Residents of Tyssedal and Skjeggedal have walked to the rock since childhood, and
some of them on Tuesday said a reservation system turned their backyard into a
museum. "My father guided there in 1970. Now I book like a concert," said Kari Moen,
44, a teacher. Others were relieved. Cafe owners near the trailhead said the summer
crowds had grown unmanageable."""
_GUIDE = """Bookings open a week ahead online, and each comes with a QR code to show wardens at
the Skjeggedal car park. Start early: the climb is steep and long, and the weather
turns fast. Take at least two litres of water per person, a warm layer and a head
torch."""
_BUS = """The regional council approved a new bus line between Bergen airport and the
university on Monday, to run every 15 minutes from August, the council said."""
_CRUISE = """A cruise ship with 3,100 passengers was held in port in Stavanger on Monday after a
minor engine fault, the operator said; it sailed on in the evening."""


def test_a_local_piece_joins_a_story_that_pairs_only_at_the_last_step() -> None:
    """A hiking cap's report and a guide to booking are each other's nearest and name the rock
    in both headlines, but are less close than the story threshold: they pair only among the
    lone articles left at the end. The locals' piece, faintly linked to both, joins them then
    (``briefing.story_links`` asked again), not before, when each was a story of one."""
    arts = [
        _article("Odda caps daily hikers on Trolltunga path", _QUOTA, "NW", 0),
        _article("Locals split over reservation rule", _LOCALS, "HF", 1),
        _article("How to book a summer hike to Trolltunga", _GUIDE, "UT", 2),
        _article("New airport bus line approved for Bergen", _BUS, "BT", 3),
        _article("Cruise ship held in Stavanger after engine fault", _CRUISE, "SA", 4),
    ]
    by_source = {a.id: a.source for a in arts}
    groups = sorted(sorted(by_source[i] for i in s.article_ids) for s in cluster(arts).stories)
    assert groups == [["BT/3"], ["HF/1", "NW/0", "UT/2"], ["SA/4"]]


def test_one_topic_word_of_the_other_s_lead_does_not_pair_two_outbreaks() -> None:
    """ "Measles outbreak grows to 600 cases" and "Congo reports rise in mpox deaths", whose lead
    counts "cases", are each other's nearest on a day of six; their leads share no three words
    of their own, as one event's reports do (review17 M2)."""
    arts = [
        _article(
            "Measles outbreak grows to 600 cases",
            "The measles outbreak in west Texas has grown to 600 cases, state health officials "
            "said on Friday, with most of them children who had not been vaccinated.",
            "TT",
            0,
        ),
        _article(
            "Congo reports rise in mpox deaths",
            "Congo's health ministry said on Thursday that more than 16,000 cases of the disease "
            "had been recorded this year and that deaths had risen to 570.",
            "AJ",
            1,
        ),
        _article("Heat and storms for the weekend", _WEATHER, "WX", 2),
        _article("Extra ferry for the regatta", _FERRY, "FN", 3),
        _article("New airport bus line approved for Bergen", _BUS, "BT", 4),
        _article("Cruise ship held in Stavanger after engine fault", _CRUISE, "SA", 5),
    ]
    edges = {(0, 1): 0.08, (2, 3): 0.02, (4, 5): 0.03}
    assert pair_lone([[0], [1], [2], [3], [4], [5]], arts, edges) == [[0], [1], [2], [3], [4], [5]]


def test_two_pieces_whose_only_link_is_at_the_graph_s_floor_stay_apart() -> None:
    # fresh9's d218: on a small day of unrelated stories, a chess tournament that "opens" and a
    # desalination plant that "opens" were each other's nearest at 0.051, just above the
    # graph's floor (0.05): a shared verb and a chance link are no event.
    chess = _article(
        "Candidates Tournament opens in Bled with three draws",
        "BLED, Slovenia (SP) — The Candidates Tournament opened in Bled on Monday with three"
        " draws in four games, as the eight players vying to challenge the world champion"
        " settled into a 14-round event at the lakeside hotel.",
        "Sportpress",
        0,
    )
    plant = _article(
        "Oman opens large desalination plant at Barka",
        "MUSCAT (GN) — Oman opened a new seawater desalination plant at Barka, west of Muscat,"
        " on Monday, able to supply about 300,000 cubic metres of drinking water a day, the"
        " water authority said.",
        "Gulf News Wire",
        3,
    )
    assert pair_lone([[0], [1]], [chess, plant], {(0, 1): 0.051}) == [[0], [1]]
    # The floor is what holds them apart: as close as the faintest pair of one event on d1-d580
    # (0.066), the shared verb would pair them (the shared-word rule reads no part of speech).
    assert pair_lone([[0], [1]], [chess, plant], {(0, 1): 0.07}) == [[0, 1]]


# Two lone pieces on one valley's flood: a wire's report and a local paper's piece that opens
# on a farmer. They share no headline word and no name in their leads; both name the valley's
# villages and its river further down. (Fictional places and people.)
_VALLEY_FLOOD = """VARDEN, Norland (NW) — About 900 people were moved out of their homes along the
Haldal valley on Sunday as the river Sørna rose to its highest level in 30 years after three
days of rain and fast snowmelt, the regional police said. The main road was closed at Brekkum
and Lisvik, where water covered the carriageway, and trains between the coast and the capital
were replaced by buses. Soldiers with sandbags were sent to protect the school and the health
centre in Orheim, where the Tvera stream meets the Sørna. The river was expected to peak
overnight, forecasters said."""
_VALLEY_FARMER = """Ola Strand has farmed the flats below Orheim for 40 years. On Sunday morning he
drove his last cows up the hill to a neighbour's barn and stood at the edge of his field,
listening to the water. "It does not roar. It grinds," he said. By afternoon the bridge over
the Tvera had been closed, and the families on the river road in Lisvik and Brekkum had packed
their cars. At the school in Orheim the Red Cross set up beds in the gym. "The Sørna decides,"
said Mari Lunde, who runs the shop by the church."""
_SCHOOL_CHOIR = """The school choir of Orheim sang at the Lisvik church on Sunday evening, raising
money for a new organ; the concert was moved indoors because of the rain. "We sang louder
than the river," said choir leader Anna Berg."""


def _valley_day(third: str, third_title: str) -> list[Article]:
    return [
        _article(
            "Hundreds evacuated as snowmelt flood swells Haldal valley", _VALLEY_FLOOD, "NW", 0
        ),
        _article(
            '"It does not roar, it grinds": a farm on the flats waits', _VALLEY_FARMER, "HP", 1
        ),
        _article("New airport bus line approved for Bergen", _BUS, "BT", 2),
        _article(third_title, third, "SA", 3),
    ]


def test_local_names_are_single_capitalised_words_of_the_day_s_own() -> None:
    lower = frozenset({"the", "river", "on", "sunday"})
    text = (
        "On Sunday in July the River Sørna rose at Orheim, NORLAND police and President Vik said."
    )
    names = local_names(text, lower)
    assert {"sørna", "orheim", "vik"} <= names
    assert not names & {"on", "sunday", "july", "river", "norland", "president"}


def test_two_lone_reports_that_name_four_local_places_only_they_say_pair_up() -> None:
    arts = _valley_day(_CRUISE, "Cruise ship held in Stavanger after engine fault")
    edges = {(0, 1): 0.09, (2, 3): 0.03}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0, 1], [2], [3]]
    stories = sorted(sorted(s.article_ids) for s in cluster(arts).stories)
    assert sorted([arts[0].id, arts[1].id]) in stories


def test_names_another_article_of_the_day_says_too_pair_nothing() -> None:
    """A choir's concert in the same villages names Orheim and Lisvik too: the names are the
    region's, not the flood's alone, and the two reports share only two that nobody else says
    (Sørna, Tvera), as two events of one region would."""
    arts = _valley_day(_SCHOOL_CHOIR, "Orheim school choir sings for Lisvik's organ")
    edges = {(0, 1): 0.09, (2, 3): 0.03}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0], [1], [2], [3]]


def test_three_shared_local_names_are_not_enough() -> None:
    """Orheim, the Tvera and the Sørna: three local names, as two events of one valley share."""
    farmer = _VALLEY_FARMER.replace("in Lisvik and Brekkum", "down the valley")
    arts = _valley_day(_CRUISE, "Cruise ship held in Stavanger after engine fault")
    arts[1] = _article('"It does not roar, it grinds": a farm on the flats waits', farmer, "HP", 1)
    edges = {(0, 1): 0.09, (2, 3): 0.03}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0], [1], [2], [3]]


# review36: two events of one town on one day, told by its paper: a harbour fire and a council
# vote on the fish market. Both name the town's quay, streets, mayor and river further down,
# and nothing else of an event. (Fictional town, people and paper.)
_HARBOUR_FIRE = """Smoke was still rising from the net store at dawn, and the smell of burnt tar
hung over the boats. Two fishermen who slept aboard their trawler were treated for smoke; a third
jumped into the water and swam to the slipway. Firefighters from three stations fought the
blaze for four hours with hoses and a fireboat. The store, a wooden shed from the 1890s on
Strandgade beside the Mølleå, held nets, ropes and engine parts worth two million crowns.
"Everything I own for the winter was in there," said skipper Jens Holmgaard. Mayor Birthe
Kjærsgaard came to the quay in the morning and promised help with temporary storage at the
old ferry terminal on Havnevej. Police said the cause was not yet known."""
_MARKET_VOTE = """After three hours of debate, councillors voted eleven to ten to sell the covered
fish market to a private developer, ending a row that has run since the spring. The developer
plans flats on the upper floors and a food hall below, with stalls kept for the fishmongers
for ten years. Opponents said the town would lose its last working market hall on Strandgade
and that rents would rise. Mayor Birthe Kjærsgaard, who cast the deciding vote, said the
building by the Mølleå needed repairs the council could not afford. The sale goes to the
regional board for approval; a petition with 1,800 names asks it to refuse. Traders on
Havnevej said they would wait and see."""


def test_two_events_of_one_town_told_by_its_paper_do_not_pair() -> None:
    """Strandgade, the Mølleå, Havnevej, Birthe Kjærsgaard: more than four local names only
    these two say, but not the words of one event."""
    arts = [
        _article(
            "Net store blaze leaves fishermen without gear for winter", _HARBOUR_FIRE, "HT", 0
        ),
        _article("Councillors vote narrowly to sell covered fish market", _MARKET_VOTE, "HT", 1),
        _article("New airport bus line approved for Bergen", _BUS, "BT", 2),
        _article("Cruise ship held in Stavanger after engine fault", _CRUISE, "SA", 3),
    ]
    edges = {(0, 1): 0.09, (2, 3): 0.03}
    assert pair_lone([[0], [1], [2], [3]], arts, edges) == [[0], [1], [2], [3]]
