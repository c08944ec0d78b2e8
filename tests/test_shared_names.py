"""A lone article joins the story whose leads name the same specific thing; look-alikes do not.

The articles are fictional (ships, firms, people and towns invented; real countries only where
the place rule is about them), written for these tests in the shape of wire copy and web pages.
Each negative case breaks one condition of ``briefing.shared_names`` and keeps the others.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.models import Article
from briefing.shared_names import attach_by_names, specific_names

_FERRY_WIRE = """PORT ALMA, Norway (NW) — A fire broke out in the engine room of the ferry Vesterlys
Maid off Norway's west coast on Wednesday, forcing all 190 passengers and 31 crew into lifeboats,
rescue officials said. Nine people were treated in hospital for smoke inhalation.
Reporting by Kari Lunde; Editing by Tom Hale"""
_FERRY_SHARES = """Shares in Brevik Sjofart fell 7% in Oslo on Wednesday after a fire on one of
its ferries. The operator said it would take two sister ships of the Vesterlys Maid out of
service for inspection."""
_FERRY_PASSENGERS = """Passengers on the Vesterlys Maid said the crew acted calmly as smoke filled
the lower decks. "We heard an alarm and then saw smoke on the stairs," said Sigrid Holm, 41,
who was travelling with her parents. Several said they waited an hour in the lifeboats."""

_FERRY_TITLES = (
    "Ferry fire off Norway forces evacuation of 221 people",
    "Brevik Sjofart shares slide after ferry blaze",
    "'We saw smoke on the stairs': passengers describe ferry escape",
)


def _ferry_day(passengers: str = _FERRY_PASSENGERS, title: str = _FERRY_TITLES[2]) -> list[Article]:
    return [
        _article(_FERRY_TITLES[0], _FERRY_WIRE, "Northern Wire", 0),
        _article(_FERRY_TITLES[1], _FERRY_SHARES, "Business Daily", 5),
        _article(title, passengers, "Nordic Post", 9),
    ]


_LINKED = {(0, 2): 0.07, (1, 2): 0.03}


def test_a_lone_piece_that_names_the_ship_in_its_lead_joins_the_ship_s_story() -> None:
    assert attach_by_names([[0, 1], [2]], _ferry_day(), _LINKED) == [[0, 1, 2]]


def test_the_whole_pipeline_briefs_the_ferry_fire_as_one_story() -> None:
    arts = _ferry_day()
    assert [sorted(s.article_ids) for s in cluster(arts).stories] == [sorted(a.id for a in arts)]


def test_no_edge_to_the_story_no_join() -> None:
    assert attach_by_names([[0, 1], [2]], _ferry_day(), {}) == [[0, 1], [2]]


def test_a_name_two_stories_say_joins_neither() -> None:
    other = """Brevik Sjofart said on Wednesday that its new cargo terminal at Kjell would open in
    May. The Vesterlys Maid is due to be refitted there next year."""
    arts = [*_ferry_day(), _article("Brevik Sjofart opens Kjell cargo terminal", other, "X", 20)]
    arts.append(_article("Kjell terminal to hire 300", "Kjell terminal hiring began.", "Y", 25))
    groups = [[0, 1], [2], [3, 4]]
    edges = {**_LINKED, (2, 3): 0.06}
    assert attach_by_names(groups, arts, edges) == [[0, 1], [2], [3, 4]]


def test_a_headline_sharing_no_word_with_the_story_stays_apart() -> None:
    # A speech by the operator's chief names the ship (in passing) but is not about the fire.
    speech = """Oda Brekke, chief executive of the firm that runs the Vesterlys Maid, told a
    conference in Bergen on Wednesday that coastal routes needed new public funding."""
    arts = _ferry_day(speech, "Brekke calls for state money for coastal routes")
    assert attach_by_names([[0, 1], [2]], arts, _LINKED) == [[0, 1], [2]]


def test_a_name_only_after_the_lead_does_not_count() -> None:
    filler = " ".join(["Passengers described the smoke on the decks and the wait."] * 8)
    late = filler + " They had boarded the Vesterlys Maid at Port Alma."
    assert attach_by_names([[0, 1], [2]], _ferry_day(late), _LINKED) == [[0, 1], [2]]


_BUDGET_A = """ISLAMABAD — Pakistan's parliament approved a budget that raises taxes on retailers,
the Prime Minister said on Friday, as part of a loan programme agreed with lenders."""
_BUDGET_B = """Pakistan's budget passed by 201 votes to 98 after the Prime Minister won over two
smaller parties, which had demanded more money for their provinces."""
_BUDGET_OTHER = """Belgium's parliament rejected the government's budget on Friday, and the Prime
Minister said she would seek a new majority. The central bank said spending must fall."""


def test_two_budget_fights_sharing_a_title_stay_apart() -> None:
    arts = [
        _article("Pakistan passes budget with retail tax", _BUDGET_A, "Wire", 0),
        _article("Pakistan budget clears parliament", _BUDGET_B, "Herald", 3),
        _article("Belgian budget defeated in parliament", _BUDGET_OTHER, "Globe", 6),
    ]
    assert attach_by_names([[0, 1], [2]], arts, {(0, 2): 0.09}) == [[0, 1], [2]]


def test_specific_names_are_runs_with_a_word_of_their_own() -> None:
    text = (
        "PORT ALMA (NW) — President Jorge Salas met Prime Minister Ines Vidal, the European "
        "Union envoy and the Central Bank governor at Northern Wire offices in New Tarsin; "
        "the central bank said the Vesterlys Maid had sailed."
    )
    lower = frozenset(w for w in text.split() if w.islower())
    names = specific_names(text, lower=lower, outlets=frozenset({"northern wire"}))
    # Titles and function words in front are dropped, but "New" begins a place's own name.
    assert names == {"jorge salas", "ines vidal", "vesterlys maid", "new tarsin"}
    assert specific_names("in New York City on Monday") == {"new york city"}
    opening = "New York City officials said the new rules start in May."
    assert specific_names(opening, lower=frozenset({"new", "officials"})) == {"new york city"}
    assert specific_names("the New Prime Minister Ines Vidal") == {"ines vidal"}
    assert "central bank" in specific_names(text)  # without ``lower`` every run counts


def test_two_lone_reports_naming_the_ship_pair_up_when_no_story_says_it() -> None:
    arts = _ferry_day()
    assert attach_by_names([[0], [1], [2]], arts, {(0, 2): 0.07}) == [[0, 2], [1]]


def test_two_lone_articles_naming_one_firm_on_different_subjects_stay_apart() -> None:
    terminal = """Brevik Sjofart said on Wednesday that its new cargo terminal at Kjell would open
    in May, adding 300 jobs."""
    arts = [
        _article(_FERRY_TITLES[1], _FERRY_SHARES, "Business Daily", 5),
        _article("Kjell cargo terminal to open in May", terminal, "Local News", 8),
    ]
    assert attach_by_names([[0], [1]], arts, {(0, 1): 0.08}) == [[0], [1]]


def test_a_name_in_quotation_marks_is_a_name_without_them() -> None:
    text = "Crews of the 'Nordlys Star' and the ‘Vesterlys Maid’ met at an x-Ray Vision stand."
    assert specific_names(text) == {"nordlys star", "vesterlys maid"}


def test_a_sentence_opening_common_word_and_a_possessive_are_not_part_of_the_name() -> None:
    text = (
        "Ferry Vesterlys Maid left at noon. The ferry's crew praised the Vesterlys Maid's captain."
    )
    lower = frozenset({"ferry", "left", "at", "noon", "the", "crew", "praised", "captain"})
    assert specific_names(text, lower=lower) == {"vesterlys maid"}
    # Inside a sentence a capitalised word is part of the name: "Harbour Line Ferry Company".
    assert specific_names("It sold Harbour Line Ferry Company.", lower=lower) == {
        "harbour line ferry company"
    }


def test_two_rulings_of_one_court_stay_apart() -> None:
    # Every other condition holds: the lone ruling names "Supreme Court" in its lead as both
    # leads of the other story do, has an edge to it, and its headline's "rules" is in them.
    # A name made only of dictionary words is an institution that different events share.
    ruling_a = """The Supreme Court rules that delivery riders are employees, ending a five-year
    case brought by 2,400 riders against the app Zapto."""
    ruling_a2 = """The Supreme Court rules in favour of Zapto's riders, who must now be paid
    holiday and sick leave, the riders' union said."""
    ruling_b = """The Supreme Court rules that a ban on building near the Ostvik marshes was
    lawful, rejecting an appeal by the developer Halberg."""
    arts = [
        _article("Delivery riders win employee status", ruling_a, "Wire", 0),
        _article("Zapto riders win holiday pay", ruling_a2, "Herald", 3),
        _article("Court rules Ostvik building ban lawful", ruling_b, "Globe", 6),
    ]
    assert attach_by_names([[0, 1], [2]], arts, {(0, 2): 0.09}) == [[0, 1], [2]]


def test_a_lone_digest_that_names_a_story_does_not_pair_with_another_story_s_article() -> None:
    # The digest leads with the ferry fire (a story of two); it has no edge to it here, so it
    # stays alone, and it names the mine strike too. It must not pair with the strike's lone
    # report on that name: its names point to a story already.
    digest = """The Vesterlys Maid caught fire off Norway on Wednesday and all 221 people aboard
    were rescued. Miners at Torvik Kobber walked out over pay."""
    strike = """Miners at Torvik Kobber walked out on Wednesday after pay talks failed, halting
    output at the copper mine."""
    arts = [
        *_ferry_day()[:2],
        _article("Morning briefing: ferry fire, copper strike", digest, "Digest", 12),
        _article("Torvik Kobber miners strike over pay", strike, "Mining Weekly", 15),
    ]
    assert attach_by_names([[0, 1], [2], [3]], arts, {(2, 3): 0.2}) == [[0, 1], [2], [3]]


_RESIGN_A = """LISBON (TP) — Portuguese Prime Minister Rui Carvalho resigned on Tuesday, hours after
prosecutors said he was a suspect in a probe into a port contract in Sines."""
_RESIGN_B = """Portuguese Prime Minister Rui Carvalho quit on Tuesday amid a corruption inquiry into
a port contract, plunging the country into its third political crisis in four years."""
_RESIGN_NEXT = """Rui Carvalho's resignation leaves the president with three options: a caretaker
government, a new prime minister from the same party, or a snap election in the spring."""


def test_a_nationality_before_a_title_is_not_part_of_the_person_s_name() -> None:
    assert specific_names("Portuguese Prime Minister Rui Carvalho resigned.") == {"rui carvalho"}
    assert specific_names("Portuguese PM Rui Carvalho resigned.") == {"rui carvalho"}
    assert specific_names("German Chancellor Jonas Roth spoke.") == {"jonas roth"}
    assert specific_names("the Icelandic Met Office said") == {"icelandic met office"}
    arts = [
        _article("Portuguese PM resigns over port contract probe", _RESIGN_A, "TP", 0),
        _article("Portugal's prime minister quits amid corruption inquiry", _RESIGN_B, "CD", 2),
        _article("What happens next after the prime minister's resignation", _RESIGN_NEXT, "EP", 5),
    ]
    assert attach_by_names([[0, 1], [2]], arts, {(1, 2): 0.09}) == [[0, 1, 2]]
