"""An angle piece joins the story its headline names; other events on the same topic do not.

The articles are fictional (places and people invented, except the real countries that the
place rule is about), written for these tests in the shape of wire copy and web pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from test_cluster_bounds import _article

from briefing.angles import attach_angles, headline_names, in_named_country, is_place
from briefing.cluster import cluster
from briefing.features import content_word, spelled_out
from briefing.models import Article

_TRUCE_WIRE = """TARSIN (NW) — Verdania and the Rostal Front agreed to a five-day truce that
began at 6 a.m. on Tuesday, mediators in Tarsin said. Under the deal, 14 captives held by the Rostal
Front will be freed in exchange for 40 prisoners held by Verdania, and aid convoys will cross
at the Kessel bridge. Reporting by Ana Morel; Editing by Tom Hale"""
_TRUCE_AID = """Dozens of aid lorries crossed the Kessel bridge into Rostal-held districts on
Tuesday morning as the five-day truce between Verdania and the Rostal Front took effect.
Mediators said
the truce was largely holding by the afternoon, though both sides reported violations."""
_TRUCE_FAMILIES = """Relatives gathered outside the Red Cross office in Oberlin, waiting for the
names of those to be released. "We have not slept for three nights," said one mother, whose
son was taken last spring."""
_OTHER_TRUCE = """Fighting resumed in Osterlund on Tuesday after rebels attacked two army posts,
ending a ceasefire agreed last month, the defence ministry said."""


def _stories(arts: list[Article]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in cluster(arts).stories}


def test_an_angle_piece_whose_headline_names_the_event_joins_its_story() -> None:
    arts = [
        _article("Verdania, Rostal Front agree five-day truce", _TRUCE_WIRE, "Northern Wire", 0),
        _article("Aid lorries cross Kessel bridge as truce begins", _TRUCE_AID, "Daily Globe", 4),
        _article(
            "Families wait for news of captives as truce takes hold", _TRUCE_FAMILIES, "Post", 9
        ),
    ]
    assert _stories(arts) == {frozenset(a.id for a in arts)}


def test_a_truce_elsewhere_stays_apart_because_its_headline_names_another_place() -> None:
    arts = [
        _article("Verdania, Rostal Front agree five-day truce", _TRUCE_WIRE, "Northern Wire", 0),
        _article("Aid lorries cross Kessel bridge as truce begins", _TRUCE_AID, "Daily Globe", 4),
        _article("Truce collapses in Osterlund as rebels attack", _OTHER_TRUCE, "Herald", 7),
    ]
    assert frozenset([arts[2].id]) in _stories(arts)


_FIRE_A = """LISBON — A wildfire in the mountains of central Portugal forced the evacuation of five
villages on Sunday, and more than 900 firefighters were fighting the blaze, civil protection
officials said. The fire has burned 4,200 hectares of pine forest."""
_FIRE_B = """More than 900 firefighters backed by water-bombing planes battled a wildfire in central
Portugal on Sunday after five villages were evacuated. The blaze has burned 4,200 hectares."""
_TOURISM = """Foreign visitors spent a record 27 billion euros last year, the national statistics
office said, as arrivals from North America rose by a fifth."""


def test_a_country_in_every_headline_does_not_make_one_story() -> None:
    arts = [
        _article("Wildfire forces evacuation of five villages in Portugal", _FIRE_A, "Wire", 0),
        _article("Portugal battles mountain wildfire", _FIRE_B, "Globe", 3),
        _article("Portugal tourism revenue hits record", _TOURISM, "Business Daily", 6),
    ]
    assert frozenset([arts[2].id]) in _stories(arts)


def test_a_piece_joins_one_story_it_is_linked_to_by_a_word_of_that_story_alone() -> None:
    arts = [
        _article("x", "", "a", 0),  # not in any group here; the texts play no part either
        _article("Dockers strike at Harlow port", "Dockers at Harlow walked out.", "b", 1),
        _article("Harlow port strike enters second day", "The Harlow strike went on.", "c", 2),
        _article("Rail strike halts Marden trains", "Marden rail workers walked out.", "d", 3),
        _article("Marden rail strike: talks fail", "Talks failed at Marden.", "e", 4),
        _article("What the strike means for your journey", "Plan ahead.", "f", 5),
    ]
    groups = [[1, 2], [3, 4], [5]]
    edges = {(1, 2): 0.4, (3, 4): 0.4, (1, 5): 0.08, (4, 5): 0.07}
    # "strike" is in the headlines of both stories: it names neither.
    assert attach_angles(groups, arts, edges) == [[1, 2], [3, 4], [5]]
    harlow = [*arts[:5], _article("Harlow strike: what it means", "Plan ahead.", "f", 5)]
    assert attach_angles(groups, harlow, edges) == [[1, 2, 5], [3, 4]]
    # ... but not when nothing in the similarity graph links it to the Harlow story.
    unlinked = {(1, 2): 0.4, (3, 4): 0.4, (4, 5): 0.07}
    assert attach_angles(groups, harlow, unlinked) == [[1, 2], [3, 4], [5]]


def test_headline_names_are_capitalised_words_past_the_first_unless_a_place() -> None:
    assert headline_names("Families wait for news of captives as truce takes hold") == set()
    assert headline_names("Truce collapses in Osterlund as rebels attack") == {"osterlund"}
    assert headline_names("French air traffic strike grounds flights") == {"french"}
    assert headline_names("What caused the blackout? Investigators search") == set()
    assert headline_names("Massive Blackout Hits Spain And Portugal") is None
    assert is_place("kenyan") and is_place("spain") and not is_place("truc")


def test_a_place_s_people_are_places_and_words_that_merely_begin_like_one_are_not() -> None:
    # A demonym's ending on a country or language name is a place ("Chilean", "Israeli",
    # "Sudanese", "Thais"); a word that only begins with a fragment of one is not: "Karasu"
    # ("Kara" of Kara-Kalpak), "landslide" ("land"), "national", "station", "Leonardo".
    for word in ("Chilean", "Israeli", "Sudanese", "Thais", "Ugandan", "Jordanian"):
        assert is_place(content_word(word) or ""), word
    for word in ("Karasu", "landslide", "national", "station", "Leonardo", "children"):
        assert not is_place(content_word(word) or ""), word


def test_a_piece_with_no_link_joins_when_the_story_s_headlines_name_what_it_names() -> None:
    # Its text shares no word of weight with the reports (cause and inquiry, not trains and
    # candles), so the similarity graph has no edge to it; its headline's key word and the
    # place it names ("Iberian": Iberia) are in the story's headlines.
    arts = [
        _article("Massive blackout hits Spain and Portugal", "Power went out.", "a", 0),
        _article("Thousands stranded as blackout halts trains in Iberia", "Trains.", "b", 1),
        _article("What caused the Iberian blackout? Investigators search", "Inquiry.", "c", 2),
    ]
    edges = {(0, 1): 0.19}
    assert attach_angles([[0, 1], [2]], arts, edges) == [[0, 1, 2]]
    # A piece whose headline names nothing, or names what the headlines do not, needs a link.
    for title in ("What caused the blackout? Investigators search", "Blackout hits Portland"):
        other = [*arts[:2], _article(title, "Inquiry.", "c", 2)]
        assert attach_angles([[0, 1], [2]], other, edges) == [[0, 1], [2]]


_RAILWAY = """DAR ES SALAAM (NW) — Tanzania on Friday opened a new electric standard-gauge
railway between Dar es Salaam and Dodoma, cutting the journey to under four hours."""
_RAILWAY_COST = """The 1.9 billion dollar line was financed partly by export credit loans, and
opposition lawmakers asked whether ticket sales can cover the repayments."""
_SGR = """Economy fares on the new SGR start at 40,000 shillings. Four trains a day will run in
each direction at first."""


def _railway_day(third: str = "Fares, timetable: what to know about the new SGR") -> list[Article]:
    return [
        _article("Tanzania opens electric railway to Dodoma", _RAILWAY, "Northern Wire", 0),
        _article("Railway's $1.9bn cost raises debt questions", _RAILWAY_COST, "ABM", 2),
        _article(third, _SGR, "East Africa Times", 5),
    ]


def test_an_acronym_is_the_name_the_story_s_leads_spell_out() -> None:
    # "SGR" is the "standard-gauge railway" of the story's lead: its "railway" is the story's
    # key word, and the name the piece's headline says is said.
    edges = {(0, 1): 0.09, (0, 2): 0.05}
    assert attach_angles([[0, 1], [2]], _railway_day(), edges) == [[0, 1, 2]]
    # An acronym nothing spells out names something else.
    arts = _railway_day("Fares, timetable: what to know about the new TRX")
    assert attach_angles([[0, 1], [2]], arts, edges) == [[0, 1], [2]]


_WIRE = """DAR ES SALAAM (NW) — Tanzania on Friday opened a new electric standard-gauge railway
between the port city of Dar es Salaam and the capital Dodoma, cutting the journey between
the cities to under four hours. President Amina Kisesa rode the first passenger train, which
left Dar es Salaam at 6 a.m. The line will later carry freight to the lake ports."""
_COST = """The 1.9 billion dollar line was financed partly by loans from export credit agencies,
and opposition lawmakers have asked whether ticket sales can cover the repayments. The state
railway company said freight trains to the lake ports would start next year and would make
the railway profitable."""
_FARES = """Economy fares on the new SGR start at 40,000 shillings, and business class costs
70,000 shillings. Four trains a day will run in each direction at first, and passengers must
arrive 30 minutes before departure for security checks."""


def test_the_whole_pipeline_gives_a_lone_pair_its_acronym_piece() -> None:
    # The opening and the cost piece pair up only as lone articles (``lone_pairs``, on
    # "railway"); the fares piece, linked to the cost piece, then joins the new pair.
    arts = [
        _article("Tanzania opens electric railway to Dodoma", _WIRE, "Northern Wire", 0),
        _article("Railway's $1.9bn cost raises debt questions", _COST, "ABM", 2),
        _article("Fares, timetable: what to know about the new SGR", _FARES, "EAT", 5),
    ]
    assert _stories(arts) == {frozenset(a.id for a in arts)}


def test_only_the_groups_given_take_pieces() -> None:
    edges = {(0, 1): 0.09, (0, 2): 0.05}
    assert attach_angles([[0, 1], [2]], _railway_day(), edges, only={(0, 1)}) == [[0, 1, 2]]
    assert attach_angles([[0, 1], [2]], _railway_day(), edges, only={(3, 4)}) == [[0, 1], [2]]


def test_spelled_out_reads_initials() -> None:
    assert spelled_out("SGR", _RAILWAY, capitalised=False) == ["standard", "gauge", "railway"]
    assert spelled_out("SGR", _RAILWAY) is None  # written in lower case
    said = "the European Central Bank and the Ministry of Foreign Affairs said"
    assert spelled_out("ECB", said) == ["European", "Central", "Bank"]
    assert spelled_out("MFA", said) == ["Ministry", "Foreign", "Affairs"]  # "of" skipped
    assert spelled_out("IMF", said) is None


_BRIDGE_WIRE = """KESTREL (PNW) - Kestrel Harbour Bridge was closed in both directions for five
hours on Friday after gusts blew over a lorry on the northbound lanes, the roads agency said."""
_BRIDGE_SHORT = """The Kestrel Harbour Bridge was shut for hours on Friday after strong winds
tipped over a lorry."""
_STORM_HARBOUR = """Fishing boats sank at their moorings in Portmaren overnight as waves topped
the seawall, and the quay was under water by dawn, the mayor said."""


def _bridge_day(piece_title: str) -> list[Article]:
    return [
        _article("Lorry blown over on Kestrel Harbour Bridge", _BRIDGE_WIRE, "Pacific Wire", 0),
        _article("Harbour Bridge closed after lorry topples", _BRIDGE_SHORT, "Quick Briefs", 2),
        _article(piece_title, _STORM_HARBOUR, "Coast Radio", 5),
    ]


def test_a_key_word_the_story_writes_only_inside_a_name_is_not_a_plain_word() -> None:
    # "harbour" is in both headlines, but only in the bridge's name; the storm piece's plain
    # "harbour" (its first word, a town, is no name of a headline) is another thing.
    edges = {(0, 1): 0.55, (1, 2): 0.08}
    storm = _bridge_day("Portmaren harbour: boats sunk, seawall topped")
    assert attach_angles([[0, 1], [2]], storm, edges) == [[0, 1], [2]]
    # A piece that writes the name as the story does joins it.
    queues = _bridge_day("Commuters queue for ferries as Harbour Bridge stays shut")
    assert attach_angles([[0, 1], [2]], queues, edges) == [[0, 1, 2]]


def _two_bans_day(piece: str) -> list[Article]:
    """Two countries pass a ban on the same product on one day; the last article is a piece
    on one of them."""
    return [
        _article(
            "Slovak lawmakers vote to ban single-use e-cigarettes",
            "BRATISLAVA — Slovakia's parliament on Thursday approved a ban on single-use"
            " electronic cigarettes from March 2035, by 88 votes to 41.",
            "Danube Wire",
            0,
        ),
        _article(
            "Vape ban clears parliament; tobacconists brace for a long fight",
            "The final vote in Bratislava was 88 to 41, a wider margin than whips had expected,"
            " and tobacconists said they would challenge the law in court.",
            "Tatra Business Daily",
            2,
        ),
        _article(
            "Estonia bans sale of throwaway vapes from 2035",
            "TALLINN — Estonia's parliament on Thursday passed a law banning the sale of"
            " throwaway e-cigarettes from 2035, to cut teenage vaping and battery litter.",
            "Baltic Press Agency",
            3,
        ),
        _article(
            "Why Estonia went after the throwaway e-cig first",
            "Estonia's law targets the cheap, brightly coloured disposable device, which"
            " doctors say is what children buy.",
            "Health Policy Weekly",
            5,
        ),
        _article(
            piece,
            "Shopkeepers said a year was too short to sell off their stock, and that fines of up"
            " to 3,000 euros were out of proportion for a corner kiosk. Head teachers welcomed"
            ' the law. "We find them in the toilets every week," said Maret Kask.',
            "Morning Record",
            7,
        ),
    ]


def test_a_piece_on_one_of_two_bans_in_two_countries_joins_neither_by_ban_alone() -> None:
    # "ban" is the Slovak story's key word, but the Estonian story's headlines say it too, the
    # piece is linked to both, and it names neither country: it is no more the one than the other.
    day = _two_bans_day("Parliament passes vape ban; kiosks get a year to sell off stock")
    groups = [[0, 1], [2, 3], [4]]
    edges = {(0, 1): 0.3, (2, 3): 0.3, (1, 4): 0.06, (2, 4): 0.06}
    assert attach_angles(groups, day, edges) == [[0, 1], [2, 3], [4]]
    # Linked to the Slovak story alone, "ban" is what it has in common with it.
    alone = {(0, 1): 0.3, (2, 3): 0.3, (1, 4): 0.06}
    assert attach_angles(groups, day, alone) == [[0, 1, 4], [2, 3]]
    # A piece that names what only the Slovak story says (its capital) is the Slovak one's.
    named = _two_bans_day("Kiosks in Bratislava get a year to sell off stock under vape ban")
    assert attach_angles(groups, named, edges) == [[0, 1, 4], [2, 3]]


def test_a_city_that_names_a_time_zone_is_in_its_country() -> None:
    words = {content_word(w) or w for w in ("Lithuania", "parliament")}
    assert in_named_country(content_word("Vilnius") or "", words)
    assert in_named_country(content_word("Vilnius") or "", {"lithuanian"})  # its people
    assert not in_named_country(content_word("Riga") or "", words)  # Latvia's
    assert not in_named_country(content_word("Kaunas") or "", words)  # no time zone's city


_SCHOOL_WIRE = """Portugal's parliament on Friday voted to lengthen the school year to 200 days
from September 2035, adding two weeks of lessons in June, the education ministry said. Teachers'
unions said the change needed more staff and threatened strikes in the autumn."""
_SCHOOL_BRIEF = """Portuguese pupils will spend two more weeks in class each year from 2035 after
parliament approved a longer school year of 200 days on Friday."""
_SCHOOL_EXPLAINER = """The 200-day school year passed on Friday puts Portugal level with most of
its European neighbours. The education ministry says the extra weeks in June will go to reading
and maths."""
_SCHOOL_PARENTS = """At the gates of a primary school in Alvalade on Friday afternoon, parents
were divided. "Two more weeks of lessons is good for them," said Inês Costa, whose daughter is
nine. Others said the extra June weeks would clash with family holidays and summer jobs."""


def _school_day(city: str) -> list[Article]:
    return [
        _article("Portugal lengthens school year to 200 days", _SCHOOL_WIRE, "IW", 0),
        _article("Portugal votes for longer school year", _SCHOOL_BRIEF, "PN", 2),
        _article("Why Portugal wants a longer school year", _SCHOOL_EXPLAINER, "ED", 4),
        _article(f"Longer school year splits parents in {city}", _SCHOOL_PARENTS, "LC", 6),
    ]


def test_a_piece_naming_a_city_of_the_story_s_country_joins_it() -> None:
    """ "Lisbon" is in no headline or lead of the story, but Lisbon is Portugal's."""
    arts = _school_day("Lisbon")
    assert _stories(arts) == {frozenset(a.id for a in arts)}


def test_a_piece_naming_a_city_of_another_country_stays_apart() -> None:
    arts = _school_day("Madrid")
    assert frozenset([arts[3].id]) in _stories(arts)


def test_a_city_alone_with_one_shared_topic_word_is_another_event() -> None:
    """ "Bus drivers in Vilnius strike for second day" shares only "strike" with a teachers'
    strike across Lithuania: a city of the story's country, and one topic word, are another
    event of the same country (review17 M4)."""
    arts = [
        _article(
            "Lithuanian teachers strike over pay",
            "Thousands of teachers in Lithuania went on strike on Monday demanding a 20% pay "
            "rise, closing about 300 schools, the teachers' union said.",
            "LR",
            0,
        ),
        _article(
            "Teachers strike closes schools across Lithuania",
            "About 300 schools across Lithuania were closed on Monday as teachers walked out "
            "over pay, the union said.",
            "BW",
            1,
        ),
        _article(
            "Bus drivers in Vilnius strike for second day",
            "Bus and trolleybus drivers in Vilnius stayed off work for a second day on Monday "
            "in a dispute over night-shift rotas with the city's transport company.",
            "VT",
            2,
        ),
    ]
    edges = {(0, 1): 0.5, (0, 2): 0.09, (1, 2): 0.08}
    assert attach_angles([[0, 1], [2]], arts, edges) == [[0, 1], [2]]


# Three reports of a euro date (0-2), and two pieces (3, 4) paired with each other and each
# linked to two of the three reports.
_EURO_EDGES = {(0, 1): 0.7, (0, 2): 0.4, (1, 2): 0.35, (3, 4): 0.17}
_EURO_EDGES |= {(0, 3): 0.15, (1, 3): 0.14, (2, 4): 0.13, (1, 4): 0.12}


def test_two_angle_pieces_paired_by_the_story_s_own_word_join_it() -> None:
    """A currency piece and a travel piece paired by "euro" (and the crown) before they met the
    reports of the euro date make "euro" a key word of two groups; the pair joins the reports
    when each of its pieces would have joined them alone (fresh16's d367)."""
    arts = [
        _article(
            "Czech government sets 2038 target for the euro",
            "Czechia will adopt the euro in 2038, the government said.",
            "CW",
            0,
        ),
        _article(
            "Prague picks 2038 for the euro", "The government set 2038 for the euro.", "DV", 1
        ),
        _article("Czechs pick euro date", "Czechia picked 2038 for the euro.", "PP", 2),
        _article(
            "Crown firms slightly after euro plan",
            "The crown rose 0.4% against the euro after the government set a date.",
            "KW",
            3,
        ),
        _article(
            "Euro in Czechia: what it means for your trip",
            "Prices in crowns will change to euros in 2038; nothing changes for travellers yet.",
            "TS",
            4,
        ),
    ]
    groups = [[0, 1, 2], [3, 4]]
    edges = dict(_EURO_EDGES)
    assert attach_angles(groups, arts, edges) == [[0, 1, 2, 3, 4]]
    # Two reports of a second event name their own town, which the story never says.
    other = [
        *arts[:3],
        _article(
            "Euro changeover trial starts in Brnovo",
            "Shops in Brnovo priced goods in euros.",
            "BK",
            3,
        ),
        _article("Brnovo shops try the euro", "A trial in Brnovo began.", "BD", 4),
    ]
    assert attach_angles(groups, other, edges) == [[0, 1, 2], [3, 4]]
    # Two reports that share only a firm's name with a story of that firm are another event.
    firm = [
        _article("Voltra to buy battery maker Nordcell", "Voltra agreed to buy Nordcell.", "A", 0),
        _article("Why Voltra is betting on Nordcell", "Voltra wants batteries.", "B", 1),
        _article("Nordcell shareholders welcome Voltra bid", "Investors cheered.", "C", 2),
        _article("Regulators open probe into Voltra", "A safety probe began.", "D", 3),
        _article("Voltra faces questions on self-driving", "A recall may follow.", "E", 4),
    ]
    assert attach_angles(groups, firm, edges) == [[0, 1, 2], [3, 4]]


def test_a_pair_whose_headline_names_another_place_does_not_follow_a_borrowed_lead() -> None:
    """Two strandings filed by one wire: the refloating at Farewell Spit, with an explainer on
    why whales strand whose lead names the Chatham Islands too, and the Chatham Islands' own
    pair of reports. The pair names a place no headline of the story says, and never says the
    story's: with ``apart.headlines_apart`` as the pairs' veto it stays (pooled fresh20, d473);
    without a veto the explainer's lead lets it follow."""
    from briefing.apart import headlines_apart

    arts = [
        _article(
            "Rescuers refloat pilot whales at Farewell Spit",
            "Volunteers refloated 40 pilot whales at Farewell Spit on Tuesday.",
            "SW",
            0,
        ),
        _article(
            "Human chain sends whales home at Farewell Spit",
            "A human chain guided the pilot whales out at Farewell Spit.",
            "NB",
            1,
        ),
        _article(
            "Why do pilot whales strand together?",
            "Pilot whales, like those on the Chatham Islands this week, follow their leaders.",
            "MD",
            2,
        ),
        _article(
            "Dozens of pilot whales die in Chatham Islands stranding",
            "Dozens of pilot whales died in a stranding on the Chatham Islands.",
            "SW",
            3,
        ),
        _article(
            "'We stayed until dark': a night at the stranding",
            "Islanders poured water on the pilot whales at the stranding until dark.",
            "WC",
            4,
        ),
    ]
    groups = [[0, 1, 2], [3, 4]]
    edges = {(0, 1): 0.5, (0, 2): 0.2, (1, 2): 0.2, (3, 4): 0.3}
    edges |= {(0, 3): 0.12, (1, 3): 0.11, (2, 3): 0.15, (0, 4): 0.1, (1, 4): 0.1, (2, 4): 0.12}
    assert headlines_apart(arts[3], arts[:3])
    assert not headlines_apart(arts[2], arts[:2])  # no name in the explainer's headline

    def apart(i: int, group: Sequence[int]) -> bool:
        return headlines_apart(arts[i], [arts[j] for j in group])

    assert attach_angles(groups, arts, edges) == [[0, 1, 2, 3, 4]]
    assert attach_angles(groups, arts, edges, pair_veto=apart) == groups


def test_a_piece_that_joined_a_pair_that_moves_on_is_not_lost() -> None:
    """A lone piece may join a pair by the pair's own key word while the pair joins its story by
    the story's: every article is still in the output."""
    arts = [
        _article("Czech government sets 2038 target for the euro", "The euro in 2038.", "A", 0),
        _article("Prague picks 2038 for the euro", "The euro is set for 2038.", "B", 1),
        _article("Czechs pick euro date", "The euro date is 2038.", "C", 2),
        _article("Crown firms after euro date", "The crown rose after the euro date.", "D", 3),
        _article("Euro date: what it means for your trip", "A euro date for travel.", "E", 4),
        _article("Shoppers split over the date", "The date worries shoppers.", "F", 5),
    ]
    groups = [[0, 1, 2], [3, 4], [5]]
    edges = _EURO_EDGES | {(4, 5): 0.1}
    out = attach_angles(groups, arts, edges)
    assert sorted(i for g in out for i in g) == [0, 1, 2, 3, 4, 5]
    assert [0, 1, 2, 3, 4] in out


def test_a_headline_s_first_word_is_a_name_when_the_text_writes_it_so() -> None:
    from briefing.angles import opening_name

    def first(title: str, text: str) -> set[str]:
        return opening_name(_article(title, text, "Outlet", 0))

    lisbon = "The city estimates 48,000 homes in Lisbon are empty, the council said."
    assert first("Lisbon triples tax on empty homes", lisbon) == {"lisbon"}
    # A possessive the text never writes in lower case is a name, even when the text only
    # opens its sentence with it ...
    assert first("Quito's cable car back after a year", "Quito's cable car has reopened.") == {
        "quito"
    }
    # ... but not a common word's: the text says "women".
    vote = "Women's groups welcomed the vote; women will serve from 2036."
    assert first("Women's service vote splits campus", vote) == set()
    # The first word of a longer name is a name; a later word ("Safiri Telecom") is not, nor
    # a word that only opens sentences.
    lima = "Peru's transport ministry says Lima Metro Line 2 will open on July 28."
    assert first("Lima Line 2 date", lima) == {"lima"}
    shares = "Shares in Safiri Telecom fell 3.8% in Nairobi. Telecom stocks fell too."
    assert first("Telecom shares slide as cable damage hits traffic", shares) == set()
    assert first("Families wait for news", "Families gathered at dawn. They waited.") == set()
    # An acronym the text writes inside a sentence is a name; a page's "LIVE:" label is not.
    ecb = "The ECB held its deposit rate at 2.5%, and Dubois said cuts were possible."
    assert first("ECB holds rates, signals cuts", ecb) == {"ecb"}
    assert first("LIVE: ECB decision", ecb) == set()
    # A headline in Title Case says nothing by its capitals.
    assert first("Lisbon Triples Tax On Empty Homes", lisbon) == set()


_CABLE_WIRE = """RONNE (NW) — The first subsea power cable of Denmark's planned energy hub on
Bornholm was laid on Tuesday, linking the island's new converter station to the grid on
Zealand, the operator said. The 470-kilometre cable will carry power from offshore wind farms
in the Baltic Sea from 2036."""
_CABLE_LOCAL = """Crowds watched from the dunes at Dueodde as the cable came ashore on Bornholm's
south coast on Tuesday. The cable ship had laid the 470-kilometre line from Zealand over nine
days."""
_CABLE_CAR = """Quito's cable car up the Pichincha volcano has reopened after a year of repairs,
with new cabins and a longer evening timetable for visitors."""


def test_a_city_s_cable_car_is_not_the_story_of_a_subsea_cable() -> None:
    arts = [
        _article("First subsea cable laid for Danish energy hub on Bornholm", _CABLE_WIRE, "W", 0),
        _article("Cable comes ashore at Bornholm's south coast", _CABLE_LOCAL, "Island News", 3),
        _article("Quito's cable car back after a year", _CABLE_CAR, "Tiles", 5),
    ]
    stories = _stories(arts)
    assert frozenset([arts[2].id]) in stories
    assert frozenset([arts[0].id, arts[1].id]) in stories


def test_a_piece_closer_to_another_story_that_says_its_words_does_not_join_by_a_topic_word() -> (
    None
):
    arts = [
        _article("New survey telescope sees first light", "The telescope opened.", "a", 0),
        _article("'First light': what it means", "A telescope's first image.", "b", 1),
        _article("Runner sets world record at Bislett", "She ran 3:49.", "c", 2),
        _article("Bislett record: how she did it", "Pacing lights helped.", "d", 3),
        _article("Record year for parrots", "Chicks fledged.", "e", 4),
        _article("Parrot chicks: a record season", "A record.", "f", 5),
        _article("How the green lights on the track shape a record", "Lights.", "g", 6),
    ]
    groups = [[0, 1], [2, 3], [4, 5], [6]]
    # "record" is a key word of two stories and names neither; "light" is the telescope's ...
    far = {(0, 1): 0.5, (2, 3): 0.5, (4, 5): 0.5, (1, 6): 0.108, (2, 6): 0.117}
    # ... but the piece is nearer the record run's reports: it joins no story.
    assert attach_angles(groups, arts, far) == [[0, 1], [2, 3], [4, 5], [6]]
    near = {**far, (2, 6): 0.09}  # nearer the telescope's: it joins it
    assert attach_angles(groups, arts, near) == [[0, 1, 6], [2, 3], [4, 5]]
    # Twice as close to a story whose headlines say none of its words: it joins no story.
    lost = [*arts[:4], *arts[4:6], _article("One lost day is an accident", "Again.", "g", 6)]
    lost[0] = _article("Lost telescope light found", "The telescope opened.", "a", 0)
    lost[1] = _article("Lost light: what it means", "A telescope's first image.", "b", 1)
    twice = {(0, 1): 0.5, (2, 3): 0.5, (4, 5): 0.5, (1, 6): 0.06, (4, 6): 0.22}
    assert attach_angles(groups, lost, twice) == [[0, 1], [2, 3], [4, 5], [6]]
    once = {**twice, (4, 6): 0.1}
    assert attach_angles(groups, lost, once) == [[0, 1, 6], [2, 3], [4, 5]]


def test_a_name_of_the_headline_picks_its_story_over_another_s_topic_word() -> None:
    arts = [
        _article("Tanker collision shuts the Varnsund", "A tanker hit a bulk carrier.", "a", 0),
        _article("Varnsund closed after collision", "Shipping halted in the strait.", "b", 1),
        _article("Electric ferry enters service in Harlow", "The ferry crossed the bay.", "c", 2),
        _article("Harlow's electric ferry makes first crossing", "A ferry, quietly.", "d", 3),
        _article(
            "Ferries and roads after the Varnsund crash", "Allow time on the bridges.", "e", 4
        ),
    ]
    groups = [[0, 1], [2, 3], [4]]
    edges = {(0, 1): 0.5, (2, 3): 0.5, (1, 4): 0.14, (2, 4): 0.06}
    # "varnsund" is a key word of the strait's story, "ferry" of the other: its name tells.
    assert attach_angles(groups, arts, edges) == [[0, 1, 4], [2, 3]]
    # A name the piece also writes in lower case is a word like any other: it joins neither.
    lower = [
        *arts[:4],
        _article(arts[4].title, "A varnsund is a narrow sound; allow time.", "e", 4),
    ]
    assert attach_angles(groups, lower, edges) == [[0, 1], [2, 3], [4]]
