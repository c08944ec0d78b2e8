"""A lone article linked to most of one story, and naming what it names, joins it; look-alikes
(another event on the same topic, a piece as close to a second story, a name two stories say,
a piece linked to one member only) stay apart.

The articles are fictional (the cloud firm, banks, towns and people are invented; real
countries only where the place rule is about them), written for these tests in the shape of
wire copy and web pages. Each negative case breaks one condition of ``briefing.story_links``
and keeps the others; the edges stand for the grouping's similarity graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from test_cluster_bounds import _article

from briefing.apart import named_apart
from briefing.cluster import cluster
from briefing.models import Article
from briefing.story_links import attach_linked, figures, story_names

_OUTAGE_WIRE = """FRANKFURT (UNA) — A major outage at Stratocell disrupted online banking, card
payments and airline check-in across Europe on Tuesday, as the cloud provider struggled for
about seven hours to restore services in its Frankfurt data centres. Stratocell blamed a faulty
network configuration change."""
_OUTAGE_RESTORED = """Stratocell says all services in its Frankfurt region are back after an
outage that hit banks and airlines across Europe. Cause: a faulty configuration change."""
_OUTAGE_SHOPS = """Shoppers at Austrian supermarkets were unable to pay by card for about two
hours on Tuesday morning after a fault at cloud provider Stratocell disrupted a payment
processor used by several chains. The chain Frischkorb opened extra cash desks."""

_OUTAGE_TITLES = (
    "Cloud outage knocks banks, airlines offline across Europe",
    "Stratocell restores service after 7-hour outage",
    "Card payments fail in Austrian supermarkets",
)


def _outage_day(shops: str = _OUTAGE_SHOPS) -> list[Article]:
    return [
        _article(_OUTAGE_TITLES[0], _OUTAGE_WIRE, "United News Agency", 0),
        _article(_OUTAGE_TITLES[1], _OUTAGE_RESTORED, "ByteWire", 4),
        _article(_OUTAGE_TITLES[2], shops, "Vienna Evening News", 9),
    ]


_BOTH = {(0, 1): 0.46, (0, 2): 0.18, (1, 2): 0.07}  # the piece: mean 0.125, below the threshold


def _busier(
    arts: list[Article], groups: list[list[int]], edges: dict[tuple[int, int], float]
) -> tuple[list[Article], list[list[int]], dict[tuple[int, int], float]]:
    """The day with three more stories, so that no story holds two thirds of it (the rule of a
    story that holds the day is tested on its own, below), and which each lone piece resembles
    a little too (0.15), as a piece of a real day's batch resembles more than one story: no
    story holds its neighbourhood either (``_held``, tested on its own: the piece's links to
    the story carry no more than half of the weight of its links)."""
    n = len(arts)
    more = [
        _article(
            "Harbour crane contract awarded", "The port board chose a Finnish crane maker.", "P", 30
        ),
        _article(
            "Library extends opening hours", "The city library will open on Sundays.", "L", 31
        ),
        _article("School term starts a week late", "Pupils return on the ninth.", "S", 32),
    ]
    lone = [g[0] for g in groups if len(g) == 1]
    faint = {(i, n + k): 0.15 for i in lone for k in range(len(more))}
    return [*arts, *more], [*groups, *([n + k] for k in range(len(more)))], edges | faint


def test_a_piece_linked_to_the_story_that_names_its_cloud_provider_joins_it() -> None:
    assert attach_linked([[0, 1], [2]], _outage_day(), _BOTH, threshold=0.165) == [[0, 1, 2]]


def test_the_whole_pipeline_briefs_the_outage_as_one_story() -> None:
    # The three reports group on their own; the piece's mean cosine to them is about 0.13.
    cause = """Stratocell, one of Europe's largest cloud providers, said a faulty network
    configuration change in its Frankfurt data centres caused the outage, which lasted about
    seven hours and hit online banking and airline check-in."""
    arts = _outage_day()
    arts.insert(1, _article("Faulty change caused cloud outage, Stratocell says", cause, "TL", 2))
    assert [sorted(s.article_ids) for s in cluster(arts).stories] == [sorted(a.id for a in arts)]


def test_a_piece_linked_to_one_member_of_two_stays_apart() -> None:
    edges = {(0, 1): 0.46, (0, 2): 0.18}
    assert attach_linked([[0, 1], [2]], _outage_day(), edges, threshold=0.165) == [[0, 1], [2]]


def test_a_piece_that_does_not_name_the_story_s_thing_stays_apart() -> None:
    shops = _OUTAGE_SHOPS.replace("cloud provider Stratocell", "a cloud provider")
    assert attach_linked([[0, 1], [2]], _outage_day(shops), _BOTH, threshold=0.165) == [[0, 1], [2]]


def test_a_name_only_one_member_of_three_says_does_not_count() -> None:
    # "Frankfurt" beside "Stratocell": the piece names the city only one report gives.
    third = """Banks in the Netherlands said card payments and online banking were back to
    normal by the afternoon after a cloud outage earlier on Tuesday."""
    shops = _OUTAGE_SHOPS.replace("cloud provider Stratocell", "a cloud provider in Frankfurt")
    arts = [
        _article(_OUTAGE_TITLES[0], _OUTAGE_WIRE, "United News Agency", 0),
        _article("Dutch banks recover from outage", third, "Dutch Daily", 2),
        _article("Banks back online after cloud outage", third.replace("Banks", "Lenders"), "X", 3),
        _article(_OUTAGE_TITLES[2], shops, "Vienna Evening News", 9),
    ]
    edges = {(0, 1): 0.3, (0, 2): 0.3, (1, 2): 0.5, (0, 3): 0.18, (1, 3): 0.1, (2, 3): 0.09}
    assert attach_linked([[0, 1, 2], [3]], arts, edges, threshold=0.165) == [[0, 1, 2], [3]]


def test_a_name_the_story_says_only_after_its_leads_does_not_count() -> None:
    # As on a day of war news: a digest and a report of an arms sale name the capital deep in
    # their text; the peace-talks report names it in its lead. A name that ties a piece to a
    # story is one the story's members say in their headline or lead (first 60 words).
    opening = """The Halvard State Department approved on Wednesday the sale of 40 armoured
    vehicles and two air-defence batteries worth $322 million, saying the equipment would
    help its partner protect cities and power plants from missile and drone attacks through
    the winter. The sale still needs the approval of the Senate, where several members have
    asked for more detail on how the vehicles would be maintained and repaired once
    delivered, and on how quickly they could reach the front."""
    sale = opening + " Officials in Drevna welcomed the package."
    digest = opening.replace("$322 million", "322 million dollars") + (
        " Peace talks: negotiators met again in Drevna."
    )
    talks = """Officials in Drevna said on Saturday that they had offered another round of
    peace talks this week, and wanted to speed up negotiations for a ceasefire."""
    arts = [
        _article("War briefing: armoured vehicles in $322m arms sale", digest, "Globe", 0),
        _article("Halvard approves $322 million arms sale", sale, "Wire", 2),
        _article("New round of peace talks offered", talks, "Daily", 4),
    ]
    edges = {(0, 1): 0.45, (0, 2): 0.12, (1, 2): 0.06}
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]


def test_a_piece_as_close_to_another_story_stays_apart() -> None:
    # A central banker's speech names the bank, as both reports of its rate decision do, and is
    # linked to both; but it is as close to a story on AI and jobs.
    decision = """The Bank of Veldora held its key rate at 4.25% on Thursday. Governor Anton
    Brisk said services inflation was still too high for a cut."""
    decision2 = """Veldora's central bank kept rates on hold; Brisk said markets should not
    expect a cut before the summer."""
    speech = """Governor Anton Brisk said on Thursday that AI could lift productivity in Veldora
    but warned that some office jobs would go, in a speech to business leaders."""
    ai_jobs = """A study by the Kestrel Institute found that AI tools could replace a tenth of
    office jobs within a decade. Its authors urged training schemes."""
    ai_jobs2 = """Office jobs are most at risk from AI, the Kestrel Institute said, calling for
    training schemes for clerks."""
    arts = [
        _article("Bank of Veldora holds rates at 4.25%", decision, "Wire", 0),
        _article("Veldora rate cut not before summer, Brisk says", decision2, "Herald", 2),
        _article("Brisk says AI could lift productivity but cost jobs", speech, "Globe", 4),
        _article("AI could replace a tenth of office jobs", ai_jobs, "Tech Daily", 6),
        _article("Office jobs most at risk from AI", ai_jobs2, "Work Weekly", 8),
    ]
    near_both = {(0, 1): 0.4, (0, 2): 0.2, (1, 2): 0.12, (3, 4): 0.5, (2, 3): 0.16}
    assert attach_linked([[0, 1], [2], [3, 4]], arts, near_both, threshold=0.165) == [
        [0, 1],
        [2],
        [3, 4],
    ]
    # Without the second story's pull, the same speech joins the decision (the rule's other
    # conditions hold).
    only_bank = {k: v for k, v in near_both.items() if k != (2, 3)}
    assert attach_linked([[0, 1], [2], [3, 4]], arts, only_bank, threshold=0.165) == [
        [0, 1, 2],
        [3, 4],
    ]


def test_another_bank_s_rate_decision_the_same_day_stays_apart() -> None:
    # Two central banks decide on one day: the lone decision is linked to both reports of the
    # other (rates, inflation, basis points), but names only its own bank and country.
    selic = """BRASILIA (NW) — Brazil's central bank raised its benchmark Selic rate by 50
    basis points to 11.75% on Wednesday; its committee, known as Copom, pointed to stubborn
    services inflation."""
    real = """The Brazilian real gained 1% against the dollar after the larger-than-expected
    rate increase. Economists at Banco Litoral said Copom could raise the Selic again."""
    banxico = """MEXICO CITY — Mexico's central bank kept its key interest rate at 9.5% on
    Thursday, its third straight decision to hold, as inflation eased more slowly than hoped."""
    arts = [
        _article("Brazil central bank raises Selic to 11.75%", selic, "Northern Wire", 0),
        _article("Real firms after surprise Copom hike", real, "South America Report", 3),
        _article("Banxico holds rate at 9.5% for third straight meeting", banxico, "Pacific", 5),
    ]
    edges = {(0, 1): 0.31, (0, 2): 0.18, (1, 2): 0.07}
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]


def test_a_piece_naming_a_thing_another_story_says_stays_apart() -> None:
    # The piece names Stratocell and also Frischkorb, which a second story of the day (a
    # supermarket chain's results) says: its names point to two stories.
    results = """Frischkorb said on Tuesday that its first-half profit rose 8% as shoppers
    traded down to its own-brand goods."""
    results2 = """Austrian grocer Frischkorb lifted its profit forecast after a strong first
    half."""
    arts = [
        *_outage_day(),
        _article("Frischkorb profit rises 8%", results, "Markets Today", 11),
        _article("Frischkorb lifts forecast", results2, "Vienna Business", 12),
    ]
    edges = {**_BOTH, (3, 4): 0.5}
    assert attach_linked([[0, 1], [2], [3, 4]], arts, edges, threshold=0.165) == [
        [0, 1],
        [2],
        [3, 4],
    ]


def test_story_names_are_names_of_their_own() -> None:
    text = (
        "Shoppers queued on Tuesday. (Reuters) - Analysts said the UK arm of Stratocell, part "
        "of the OPEC+ supply chain, would report in Dec. at Northern Wire offices. Karlsruhe "
        "judges ruled in the Helena Sá case; shoppers cheered in Karlsruhe. The Kestrel board met."
    )
    lower = frozenset(w for w in text.split() if w.islower())
    names, opening = story_names(text, lower=lower, outlets=frozenset({"northern wire"}))
    # Not names: a word the day writes in lower case ("shoppers"), a lone word in brackets, two
    # capitals, a month's abbreviation, an outlet, a weekday.
    # A title or function word in front is not part of the name ("The Kestrel").
    assert names == {"stratocell", "opec", "helena sá", "karlsruhe", "kestrel"}
    # Sentence openers are kept apart: a name only if the day writes them mid-sentence too.
    assert opening == {"analysts", "karlsruhe"}


def test_a_piece_linked_to_two_of_five_members_stays_apart() -> None:
    # Five reports name Stratocell; the piece is linked to two of them only.
    reports = [
        _article(f"Stratocell outage, report {k}", _OUTAGE_RESTORED, f"Outlet {k}", k)
        for k in range(5)
    ]
    arts = [*reports, _article(_OUTAGE_TITLES[2], _OUTAGE_SHOPS, "Vienna Evening News", 9)]
    edges = {(a, b): 0.4 for a in range(5) for b in range(a + 1, 5)} | {(0, 5): 0.2, (1, 5): 0.2}
    assert attach_linked([[0, 1, 2, 3, 4], [5]], arts, edges, threshold=0.165) == [
        [0, 1, 2, 3, 4],
        [5],
    ]
    three = edges | {(2, 5): 0.1}
    assert attach_linked([[0, 1, 2, 3, 4], [5]], arts, three, threshold=0.165) == [
        [0, 1, 2, 3, 4, 5]
    ]


def test_a_word_that_only_ever_opens_a_sentence_ties_nothing() -> None:
    # "Commuters" opens a sentence in all three and is never written otherwise that day: a
    # common word, not a name the story shares.
    wire = """Commuters waited for hours on Tuesday as the Harlow line stopped after a signal
    fault near the city, the operator said."""
    second = """Commuters were told to avoid travel until the evening after the signal fault,
    which the operator said was caused by a cable theft."""
    piece = """Commuters crowded onto replacement buses on Tuesday. Taxi firms said demand had
    tripled by noon."""
    arts = [
        _article("Signal fault halts trains for hours", wire, "Wire", 0),
        _article("Cable theft behind signal fault", second, "Herald", 3),
        _article("Replacement buses packed as trains halt", piece, "Globe", 6),
    ]
    edges = {(0, 1): 0.4, (0, 2): 0.15, (1, 2): 0.12}
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]


_EXPLAINER = """For more than a decade, rail managers have promised that automatic train protection
would make collisions caused by human error a thing of the past. On many main lines it has; on
others the cabling is in the ground but the system is not yet switched on."""


def test_an_explainer_as_close_as_a_pair_to_most_of_the_story_joins_it() -> None:
    # It names nothing the story says, but its cosine to two of the three reports is at least
    # the story threshold: it would have joined their pair had the third come later.
    arts = [*_outage_day(), _article("Why train protection matters", _EXPLAINER, "Rail", 12)]
    edges = {(0, 1): 0.6, (0, 2): 0.25, (1, 2): 0.26, (0, 3): 0.2, (1, 3): 0.18}
    assert attach_linked([[0, 1, 2], [3]], arts, edges, threshold=0.165) == [[0, 1, 2, 3]]
    weaker = edges | {(1, 3): 0.15}
    busier, groups, weaker = _busier(arts, [[0, 1, 2], [3]], weaker)
    assert attach_linked(groups, busier, weaker, threshold=0.165) == groups


def test_an_explainer_as_close_to_two_of_five_stays_apart() -> None:
    reports = [
        _article(f"Outage, report {k}", _OUTAGE_RESTORED, f"Outlet {k}", k) for k in range(5)
    ]
    arts = [*reports, _article("Why train protection matters", _EXPLAINER, "Rail", 12)]
    edges = {(a, b): 0.4 for a in range(5) for b in range(a + 1, 5)}
    edges |= {(0, 5): 0.2, (1, 5): 0.2, (2, 5): 0.06}
    assert attach_linked([[0, 1, 2, 3, 4], [5]], arts, edges, threshold=0.165) == [
        [0, 1, 2, 3, 4],
        [5],
    ]


def test_a_name_that_begins_like_a_language_is_a_story_name() -> None:
    # "Karasu" begins with "Kara" (of the language Kara-Kalpak) and is still the dam's name.
    text = "Tuesday's failure of the Karasu dam killed eight people, officials said."
    assert "karasu" in story_names(text, lower=frozenset({"dam"}), outlets=frozenset())[0]


def test_a_piece_as_close_as_a_pair_but_naming_another_country_stays_apart() -> None:
    germany = """BERLIN (EWN) — Germany's minimum wage commission on Wednesday recommended
    raising the statutory hourly minimum to 15.60 euros from January, from 14.90 euros now."""
    poland = """WARSAW (EWN) — Poland's government on Wednesday set next year's minimum monthly
    wage at 5,600 zlotys before tax, after unions and employers failed to agree."""
    arts = [
        _article("German commission proposes 15.60 euro minimum wage", germany, "EWN", 0),
        _article("Germany: minimum wage to rise", germany, "Euro Headlines", 1),
        _article("Poland sets minimum wage at 5,600 zlotys", poland, "EWN", 2),
    ]
    edges = {(0, 1): 0.57, (0, 2): 0.22, (1, 2): 0.2}  # as close as a pair to both
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]
    # The same piece with a headline naming no country: its lead still names only Poland
    # (``apart.lead_places_apart``), and it stays apart.
    arts[2] = _article("Minimum wage: what the rise means for workers", poland, "EWN", 2)
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1], [2]]
    # Naming no country at all, it is the one story's explainer.
    explainer = poland.replace("WARSAW (EWN) — Poland's government", "The government")
    arts[2] = _article("Minimum wage: what the rise means for workers", explainer, "EWN", 2)
    assert attach_linked([[0, 1], [2]], arts, edges, threshold=0.165) == [[0, 1, 2]]


_SEABED = """KINGSTON (CBW) — The seabed authority on Tuesday granted the first licence to mine
the deep ocean floor commercially, allowing Ortell Minerals to collect polymetallic nodules
from an area of the Pacific."""
_SEABED_2 = """The seabed authority issued its first commercial mining licence on Tuesday, to
Ortell Minerals, for polymetallic nodules in the Pacific."""
_SEABED_3 = """Island states said on Wednesday they would keep pressing for a moratorium on
mining the deep ocean floor."""
_NODULES = """Nodules are potato-sized lumps that form over millions of years on the abyssal
plains. Miners plan to collect them with tracked vehicles that vacuum the ocean floor."""


def test_an_explainer_of_a_term_most_of_the_story_s_leads_say_joins_it() -> None:
    # Below the story threshold to all reports, it names nothing; but "polymetallic", no
    # dictionary word, is in its headline and in two of the four reports' leads.
    arts = [
        _article("Seabed authority grants first deep-sea mining licence", _SEABED, "CBW", 0),
        _article("First deep-sea mining licence approved", _SEABED_2, "OBR", 1),
        _article("Deep-sea mining approved", _SEABED_2, "World Now", 2),
        _article("Island states object to seabed licence", _SEABED_3, "PIT", 3),
        _article("What are polymetallic nodules and why do miners want them?", _NODULES, "S", 4),
    ]
    edges = {(0, 1): 0.9, (0, 2): 0.6, (1, 2): 0.6, (0, 3): 0.16, (1, 3): 0.15, (2, 3): 0.16}
    edges |= {(0, 4): 0.155, (1, 4): 0.15, (2, 4): 0.07}
    groups = [[0, 1, 2, 3], [4]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == [[0, 1, 2, 3, 4]]
    # A dictionary word ("nodules") of its headline tells no event.
    arts[4] = _article("What are nodules and why do miners want them?", _NODULES, "S", 4)
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165) == more


_MAIZE_BAN = """LUSAKA (SAW) — Zambia on Monday banned the export of mugoza, the white maize
flour that most households eat, for six months after the harvest fell by a third."""
_MAIZE_BAN_2 = """Zambia has stopped all mugoza exports until March, the agriculture minister
said on Monday, after a poor harvest."""
_MAIZE_MILLERS = """At the Chipata depot the lorries stood empty on Tuesday. Millers who sold
most of their mugoza across the border said they would cut shifts until the ban ends."""


def test_a_lead_that_says_the_story_s_own_term_joins_it() -> None:
    # The two reports' headlines say "mugoza", no dictionary word: the story's own thing. A
    # piece on millers, below the story threshold to both, says it in its lead.
    arts = [
        _article("Zambia bans mugoza exports for six months", _MAIZE_BAN, "SAW", 0),
        _article("Export ban on mugoza starts in Zambia", _MAIZE_BAN_2, "LT", 1),
        _article("At the border depots, millers cut shifts", _MAIZE_MILLERS, "EP", 2),
    ]
    edges = {(0, 1): 0.8, (0, 2): 0.12, (1, 2): 0.11}
    groups = [[0, 1], [2]]
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165)[0] == [0, 1, 2]
    # Only one of the two headlines says it: not yet the story's own term.
    arts[1] = _article("Export ban on maize flour starts in Zambia", _MAIZE_BAN_2, "LT", 1)
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165) == more
    # A dictionary word that both headlines say ("exports") tells a topic, not the story.
    arts[0] = _article("Zambia halts flour exports for six months", _MAIZE_BAN, "SAW", 0)
    arts[1] = _article("Flour exports halted in Zambia", _MAIZE_BAN_2, "LT", 1)
    millers = _MAIZE_MILLERS.replace("mugoza", "flour exports")
    arts[2] = _article("At the border depots, millers cut shifts", millers, "EP", 2)
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165) == more


_FESTIVAL = """A 17-year-old from Dingle on Friday became the youngest harpist to win the senior
prize at the Fleadh Cheoil in Ennis, the festival's highest honour for traditional music."""
_FESTIVAL_2 = """The senior harp prize at the Fleadh went to a 17-year-old from Dingle on Friday,
the youngest winner the competition has had."""
_FESTIVAL_3 = """Judges at the Fleadh said the winning slow air was played from memory, as the
rules ask, and that the margin was the widest in a decade."""
_FESTIVAL_4 = """Aoife Breen practised in her grandmother's kitchen for three years. She said she
would spend the prize on a new set of strings."""
_TRAVEL = """Saturday is the busiest day, with 40,000 visitors expected. Shuttle buses run
every ten minutes from the showground from 8am; the N85 will be busy from mid-morning."""


def test_a_piece_whose_headline_names_what_the_story_s_leads_say_joins_it() -> None:
    # A travel piece, linked faintly to one report only: its headline's name, "Fleadh", is in
    # the headline or lead of three of the four members (the fourth, a profile, never says it),
    # on a day the story holds (four of its five articles).
    arts = [
        _article("Dingle teenager wins senior harp at the Fleadh Cheoil", _FESTIVAL, "IW", 0),
        _article("Youngest harp winner crowned in Ennis", _FESTIVAL_2, "CC", 1),
        _article("How the judges chose the winning air", _FESTIVAL_3, "TM", 2),
        _article("The kitchen where a champion learned", _FESTIVAL_4, "KW", 3),
        _article("Final day at the Fleadh: getting there and getting home", _TRAVEL, "TR", 4),
    ]
    edges = {(0, 1): 0.6, (0, 2): 0.3, (1, 2): 0.25, (0, 3): 0.2, (1, 3): 0.2, (2, 3): 0.1}
    edges |= {(1, 4): 0.09}
    groups = [[0, 1, 2, 3], [4]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == [[0, 1, 2, 3, 4]]
    # A name that opens the headline, which the day writes so mid-sentence, is read too.
    arts[4] = _article("Fleadh final day: getting there and getting home", _TRAVEL, "TR", 4)
    assert attach_linked(groups, arts, edges, threshold=0.165) == [[0, 1, 2, 3, 4]]
    arts[4] = _article("Final day at the Fleadh: getting there and getting home", _TRAVEL, "TR", 4)
    # Two of the four leads saying it are not two thirds of the story.
    arts[2] = _article("How the judges chose the winning air", _FESTIVAL_4, "TM", 2)
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups
    arts[2] = _article("How the judges chose the winning air", _FESTIVAL_3, "TM", 2)
    # In a batch the story does not hold (two more stories), a name is no more than that:
    # another event in the same town or at the same festival says it too.
    more = [
        _article("Harbour crane contract awarded", "The port board chose a crane maker.", "P", 5),
        _article("Library extends opening hours", "The library will open on Sundays.", "L", 6),
    ]
    assert attach_linked([*groups, [5], [6]], [*arts, *more], edges, threshold=0.165) == [
        *groups,
        [5],
        [6],
    ]
    # A story of two: its name says less than a story's of three or more.
    pair = {(0, 1): 0.6, (1, 2): 0.09}
    assert attach_linked([[0, 1], [2]], [*arts[:2], arts[4]], pair, threshold=0.165) == [
        [0, 1],
        [2],
    ]


_CABLE = """NAIROBI (CW) — Damage to two undersea cables in the Red Sea slowed internet connections
across East Africa on Monday, disrupting banking and mobile money in Kenya and Uganda."""
_CABLE_2 = """Damage to two undersea cables in the Red Sea slowed internet across East Africa on
Monday, hitting mobile money and banks."""
_CABLE_3 = """Sunday's damage to the two cables was the third serious cut in the Red Sea in eight
years; the region's internet relies on a few cables through one strait."""
_LIVE = """This page updates automatically. 17:30 — Kenyan connectivity is near 65% of normal.
10:00 — The Nairobi exchange opens an hour late as brokers cannot reach their systems."""
_DAY = """By nine o'clock the queue outside the mobile-money kiosk on Moi Avenue in Nairobi
reached the corner. Payments were going through, but slowly."""


def _cable_day(live_title: str = "East Africa internet outage — live") -> list[Article]:
    return [
        _article("Red Sea cable damage slows internet across East Africa", _CABLE, "CW", 0),
        _article("Internet slows across East Africa", _CABLE_2, "QuickFeed", 1),
        _article("Two cables, one chokepoint: East Africa's link", _CABLE_3, "TSQ", 2),
        _article(live_title, _LIVE, "Live: Standard", 3),
        _article("Queues and bookings: a day offline in Nairobi", _DAY, "Standard", 4),
    ]


# The live page and the day piece are closer to each other than to the reports; the live page
# is as close as a pair to two of the three reports, the day piece linked to two.
_CABLE_EDGES = {(0, 1): 0.6, (0, 2): 0.41, (1, 2): 0.39, (3, 4): 0.21}
_CABLE_EDGES |= {(0, 3): 0.19, (1, 3): 0.19, (2, 3): 0.12, (0, 4): 0.13, (2, 4): 0.1}


def test_a_pair_linked_to_most_of_a_story_joins_it() -> None:
    groups = [[0, 1, 2], [3, 4]]
    veto = _veto(_cable_day())
    joined = attach_linked(groups, _cable_day(), _CABLE_EDGES, threshold=0.165, veto=veto)
    assert joined == [[0, 1, 2, 3, 4]]
    # One member linked to a single report of the story: the pair stays.
    weaker = {k: v for k, v in _CABLE_EDGES.items() if k != (2, 4)}
    assert attach_linked(groups, _cable_day(), weaker, threshold=0.165, veto=veto) == groups


def test_a_pair_naming_other_things_than_the_story_stays_apart() -> None:
    arts = _cable_day("Ortelia internet outage — live")
    arts[4] = _article("Queues and bookings: a day offline in Ortelia", _LIVE, "Standard", 4)
    veto = _veto(arts)
    groups = [[0, 1, 2], [3, 4]]
    assert attach_linked(groups, arts, _CABLE_EDGES, threshold=0.165, veto=veto) == groups


def _veto(arts: list[Article]) -> Callable[[Sequence[int], Sequence[int]], bool]:
    return lambda a, b: named_apart([arts[i] for i in a], [arts[i] for i in b])


_CATFISH = """OSKELBURG (RW) — Anglers on the Oskel river landed a giant catfish weighing 285 kg
on Sunday, the heaviest freshwater fish ever recorded in the country, fisheries officials
said. The fish, 3.2 metres long, was weighed, tagged and released near the Tarn weir."""
_CATFISH_2 = """A giant catfish of 285 kg, caught on the Oskel river on Sunday, is the heaviest
freshwater fish on record in the country, officials said. It was tagged and released."""
_CATFISH_3 = """Fisheries officials said the 285-kg catfish caught in the Oskel on Sunday beat
the previous record, a 240-kg fish caught upstream in 2019."""
# The angler's story: his own names, and the figure deep in the text, no name of the reports.
_ANGLER = """Milo Ferrant had fished the pools below the weir for forty years when his line went
tight at dusk and stayed there. It took him, his brother Aurel and two neighbours five hours
to bring the fish to the bank. "At first we thought it was a sunken tree," he said. The
officials' scale said 285 kg. The village of Bellac has asked for a statue."""


def _catfish_day(angler: str = _ANGLER) -> list[Article]:
    return [
        _article("Anglers land record 285-kg catfish", _CATFISH, "River Wire", 0),
        _article("Record catfish caught and released", _CATFISH_2, "Daily Post", 1),
        _article("Oskel catfish beats 2019 record", _CATFISH_3, "Angling Times", 2),
        _article("Bellac angler: 'We thought it was a sunken tree'", angler, "Valley Voice", 3),
    ]


# The angler's piece is linked to all three reports, far below the story threshold.
_CATFISH_EDGES = {(0, 1): 0.7, (0, 2): 0.4, (1, 2): 0.4, (0, 3): 0.07, (1, 3): 0.06, (2, 3): 0.06}


def test_figures_are_specific_quantities() -> None:
    text = """A 320-kg ray, 3.6 million passengers, a $1.1bn deal and 2,500 jobs; not the
    2022 record, 300 kg, 52 years, 4.1 metres, a 9.5% rate, 800 dollars or the AIM-120."""
    assert figures(text) == {320.0, 3.6e6, 1.1e9, 2500.0}


def test_a_piece_stating_the_story_s_own_figure_joins_it() -> None:
    groups = [[0, 1, 2], [3]]
    assert attach_linked(groups, _catfish_day(), _CATFISH_EDGES, threshold=0.165) == [[0, 1, 2, 3]]
    # Without the figure it names nothing the reports say: it stays on its own.
    vague = _ANGLER.replace("scale said 285 kg", "scale agreed")
    busier, more, edges = _busier(_catfish_day(vague), groups, _CATFISH_EDGES)
    assert attach_linked(more, busier, edges, threshold=0.165) == more


def test_a_figure_only_one_lead_of_three_states_does_not_count() -> None:
    arts = _catfish_day(_ANGLER.replace("285 kg", "240 kg"))  # the old record: one lead
    busier, groups, edges = _busier(arts, [[0, 1, 2], [3]], _CATFISH_EDGES)
    assert attach_linked(groups, busier, edges, threshold=0.165) == groups


def test_a_figure_another_story_states_too_ties_nothing() -> None:
    # A second story of the day, a fish market's sale, states 285 kg as well.
    market = """The Kessel fish market sold a 285-kg tuna for a record price on Monday."""
    arts = [
        *_catfish_day(),
        _article("Tuna fetches record price at Kessel auction", market, "Market News", 4),
        _article("Kessel tuna sale sets record", market, "Trade Daily", 5),
    ]
    groups = [[0, 1, 2], [3], [4, 5]]
    edges = _CATFISH_EDGES | {(4, 5): 0.8}
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups


def test_the_whole_pipeline_briefs_the_catfish_and_its_angler_as_one_story() -> None:
    # The angler's piece: cosines 0.10-0.15 to the reports, no name of theirs; the figure.
    arts = _catfish_day()
    assert [sorted(s.article_ids) for s in cluster(arts).stories] == [sorted(a.id for a in arts)]


_SPILLWAY = (
    "Spillway gates fail at Korvana dam",
    """KORVANA (NRA) — Two of the five spillway gates of the Korvana hydroelectric dam jammed
    open on Sunday night, releasing water into the Tesh river, the operator Hydrovant said.""",
)
_SPILLWAY_REPORTS = [
    _SPILLWAY,
    (
        "Hydrovant says Korvana gates jammed after power cut",
        """Hydrovant blamed a power cut in the control room for the jammed gates at Korvana and
        said engineers had closed one of them by Monday noon.""",
    ),
    (
        "Korvana dam: villages along the Tesh told to move to higher ground",
        """Officials ordered villages along the Tesh below the Korvana dam to move to higher
        ground as the river rose by two metres overnight.""",
    ),
    (
        "Engineers close second Korvana gate",
        """Engineers at Hydrovant closed the second jammed gate at Korvana on Monday evening,
        and the Tesh began to fall.""",
    ),
]
# An angle piece that names none of the reports' names: farmers downstream, the river unnamed.
_PADDIES = (
    "Rice farmers count flooded paddies after the dam release",
    """Farmers downstream waded through paddies on Monday to see how much of the young crop the
    water had flattened. Most said the harvest was lost on the lowest fields.""",
)


def _dam_day(others: int = 0) -> list[Article]:
    arts = [_article(t, x, f"Outlet {k}", k) for k, (t, x) in enumerate(_SPILLWAY_REPORTS)]
    arts.append(_article(*_PADDIES, "Farm Weekly", 9))
    arts += [
        _article(f"Unrelated story {k}", f"A report about event number {k} elsewhere.", "X", 20 + k)
        for k in range(others)
    ]
    return arts


_REPORTS = {(a, b): 0.4 for a in range(4) for b in range(a + 1, 4)}


def test_a_piece_linked_to_most_of_a_story_that_holds_the_day_joins_it() -> None:
    # Linked to three of the four reports, below the story threshold, naming none of their
    # names: on a day that is the dam and its angles, it is the dam.
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    assert attach_linked([[0, 1, 2, 3], [4]], _dam_day(), edges, threshold=0.165) == [
        [0, 1, 2, 3, 4]
    ]
    # The same piece on a day of several stories (the dam is four of eight) that it resembles
    # a little too needs a name.
    several = edges | {(4, 5): 0.1, (4, 6): 0.1, (4, 7): 0.09}
    assert attach_linked(
        [[0, 1, 2, 3], [4], [5], [6], [7]], _dam_day(others=3), several, threshold=0.165
    ) == [[0, 1, 2, 3], [4], [5], [6], [7]]
    # Linked to three of the four, but clearly (0.08 or more) to one only, a digest that
    # names everything: a link at the graph's floor is a shared word or two.
    faint = _REPORTS | {(0, 4): 0.17, (2, 4): 0.057, (3, 4): 0.052}
    assert attach_linked([[0, 1, 2, 3], [4]], _dam_day(), faint, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]
    # Linked to two of the four only: not most of the story.
    two = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12}
    assert attach_linked([[0, 1, 2, 3], [4]], _dam_day(), two, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]


def test_a_piece_naming_another_place_than_a_story_that_holds_the_day_stays_apart() -> None:
    # Linked to three of four reports, but its headline names a river the reports never say,
    # and theirs name the dam it never says: another event on the same topic.
    other = (
        "Farmers on the Orvel count flooded paddies after Lindo dam release",
        _PADDIES[1],
    )
    arts = _dam_day()
    arts[4] = _article(*other, "Farm Weekly", 9)
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    assert attach_linked([[0, 1, 2, 3], [4]], arts, edges, threshold=0.165) == [[0, 1, 2, 3], [4]]


def test_a_piece_joins_a_story_that_holds_the_day_once_another_piece_has_joined_it() -> None:
    # Three reports and two lone pieces: the dam holds three of five articles, not two thirds.
    # The fourth report joins by its closeness; then the dam holds four of five, and the
    # farmers' piece, linked to three of its four, joins in a second round.
    edges = {(a, b): 0.4 for a in range(3) for b in range(a + 1, 3)}
    edges |= {(0, 3): 0.2, (1, 3): 0.18, (0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    groups = [[0, 1, 2], [3], [4]]
    assert attach_linked(groups, _dam_day(), edges, threshold=0.165) == [[0, 1, 2, 3, 4]]


def test_a_story_holds_the_day_from_two_thirds_of_it() -> None:
    # Four reports of six articles hold the day; of seven, they do not.
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    six = [[0, 1, 2, 3], [4], [5]]
    assert attach_linked(six, _dam_day(others=1), edges, threshold=0.165) == [
        [0, 1, 2, 3, 4],
        [5],
    ]
    seven = [[0, 1, 2, 3], [4], [5], [6]]
    several = edges | {(4, 5): 0.15, (4, 6): 0.15}  # ... and the piece resembles them as much
    assert attach_linked(seven, _dam_day(others=2), several, threshold=0.165) == seven


def test_a_story_that_holds_a_piece_s_neighbourhood_takes_it_on_a_busy_day() -> None:
    # The dam is four of eight articles, but of all of them the piece resembles only the dam's
    # reports (three of four, two clearly): the story holds its neighbourhood (pooled fresh17:
    # farmers' fears beside a desert lion pride's reports, linked to nothing else).
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    busy = [[0, 1, 2, 3], [4], [5], [6], [7]]
    assert attach_linked(busy, _dam_day(others=3), edges, threshold=0.165) == [
        [0, 1, 2, 3, 4],
        [5],
        [6],
        [7],
    ]
    # Two fifths of its links' weight elsewhere, and the story still holds most of it (pooled
    # fresh9, fresh15 and fresh19: angle pieces that resemble a story or two a little too) ...
    most = edges | {(4, 5): 0.09, (4, 6): 0.09}
    assert attach_linked(busy, _dam_day(others=3), most, threshold=0.165) == [
        [0, 1, 2, 3, 4],
        [5],
        [6],
        [7],
    ]
    # ... but with half of its links' weight elsewhere it needs a name again ...
    elsewhere = edges | {(4, 5): 0.07, (4, 6): 0.07, (4, 7): 0.15}
    assert attach_linked(busy, _dam_day(others=3), elsewhere, threshold=0.165) == busy
    # ... as it does linked to two of the four only, or to three but clearly to one.
    two = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12}
    assert attach_linked(busy, _dam_day(others=3), two, threshold=0.165) == busy
    faint = _REPORTS | {(0, 4): 0.17, (2, 4): 0.057, (3, 4): 0.052}
    assert attach_linked(busy, _dam_day(others=3), faint, threshold=0.165) == busy


def test_a_story_does_not_hold_a_piece_whose_nearest_article_is_elsewhere() -> None:
    # Two lone pieces of another event, each other's nearest (0.16, just under a pair), each
    # linked faintly to three of the four reports on a busy day: their links to the story are
    # more than half of their weight, but their neighbourhood is each other (review20).
    mates = _REPORTS | {(0, 5): 0.09, (1, 5): 0.09, (2, 5): 0.09}
    mates |= {(1, 6): 0.09, (2, 6): 0.09, (3, 6): 0.09, (5, 6): 0.16}
    busy = [[0, 1, 2, 3], [4], [5], [6], [7]]
    assert attach_linked(busy, _dam_day(others=3), mates, threshold=0.165) == busy


def test_an_angle_piece_naming_its_own_village_and_the_dam_further_down_joins() -> None:
    # Its headline names a village the reports never say; the reports' headlines name the dam,
    # which the piece names only in its second sentence: an angle of this event, not another.
    village = (
        "In Sellin, the rice harvest is lost on the lowest fields",
        """Farmers in Sellin waded through their paddies on Monday to see what the water had
        flattened. The release from the Korvana dam came at night, and most said the harvest
        was lost on the lowest fields.""",
    )
    arts = _dam_day()
    arts[4] = _article(*village, "Farm Weekly", 9)
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    assert attach_linked([[0, 1, 2, 3], [4]], arts, edges, threshold=0.165) == [[0, 1, 2, 3, 4]]
    # Without the dam anywhere in its text, its village sets it apart, as before.
    arts[4] = _article(village[0], _PADDIES[1], "Farm Weekly", 9)
    assert attach_linked([[0, 1, 2, 3], [4]], arts, edges, threshold=0.165) == [[0, 1, 2, 3], [4]]
    # Another country in its headline keeps it apart even when it names the dam: a release
    # downstream across a border is news of that country's own.
    abroad = ("Vietnam rice farmers count flooded paddies", village[1])
    arts[4] = _article(*abroad, "Farm Weekly", 9)
    reports = [
        _article(f"Laos: {t}", x, f"Outlet {k}", k) for k, (t, x) in enumerate(_SPILLWAY_REPORTS)
    ]
    assert attach_linked([[0, 1, 2, 3], [4]], [*reports, arts[4]], edges, threshold=0.165) == [
        [0, 1, 2, 3],
        [4],
    ]


def test_a_local_papers_angle_names_its_town_in_its_outlets_name() -> None:
    # Its headline names a quarter the reports never say, and its text never writes "Korvana",
    # which the reports' headlines name; but it comes from the Korvana paper, whose name holds
    # the town its readers live in: an angle of this event.
    quarter = (
        "In the Old Mill quarter, relief; at the boatyard, worry about jobs",
        """Shopkeepers in the Old Mill quarter swept silt from their doorsteps on Monday, and
        said the water had stopped a hand's width below the counters. At the boatyard by the
        river, the owner said a week without launches would cost him a month's wages.""",
    )
    edges = _REPORTS | {(0, 4): 0.09, (2, 4): 0.12, (3, 4): 0.07}
    arts = _dam_day()
    arts[4] = _article(*quarter, "Korvana Evening Post", 9)
    assert attach_linked([[0, 1, 2, 3], [4]], arts, edges, threshold=0.165) == [[0, 1, 2, 3, 4]]
    # The same piece from a paper named for no place of the story stays apart.
    arts[4] = _article(*quarter, "Valley Evening Post", 9)
    assert attach_linked([[0, 1, 2, 3], [4]], arts, edges, threshold=0.165) == [[0, 1, 2, 3], [4]]


def test_an_outlets_town_is_its_names_place_words_only() -> None:
    from briefing.apart import outlet_town

    assert outlet_town("Barcelona Metropolitan Post") == {"barcelona"}
    assert outlet_town("Larvik Lokal") == {"larvik"}
    # a masthead's words and a country's name are no town
    assert outlet_town("Daily Mail") == outlet_town("Sky News") == set()
    assert outlet_town("Irish Times") == outlet_town(None) == set()


def test_a_piece_whose_headline_holds_a_members_whole_headline_is_that_events_angle() -> None:
    from briefing.apart import angle_apart

    story = [
        _article(
            "Card payments fail across Norway for seven hours",
            "Card terminals across Norway stopped working on Wednesday morning.",
            "Oslo Wire",
            0,
        ),
        _article("Nordic card outage", "Card payments failed across the Nordics.", "Stream", 1),
        _article(
            "Card chaos in Norway as terminals go dark",
            "Shops in Norway turned customers away as card terminals failed.",
            "Bergen Post",
            2,
        ),
    ]
    text = "Passengers from Tallinn could not pay for meals on the ferry to Stockholm."
    # Its headline names Estonia and Sweden, the story's Norway; but it holds a member's whole
    # headline, "Nordic card outage": an angle of that event.
    piece = _article(
        "Estonians caught out on Stockholm ferry as Nordic card outage hits", text, "Tallinn", 3
    )
    assert not angle_apart(piece, story, frozenset())
    # Without that headline in its own, the countries keep it apart.
    other = _article("Estonians caught out on Stockholm ferry as terminals fail", text, "T", 3)
    assert angle_apart(other, story, frozenset())
