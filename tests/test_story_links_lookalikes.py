"""Look-alikes the name and term rules of ``briefing.story_links`` must keep apart (review19's
probes of ``headline_named`` and ``term_told``): another event in the story's town or at the
same Games, a review of a recalled phone, a second cyber-attack on one day, a Spanish day's
common word, and a round that stays linear in a pooled batch. Fictional, real-shaped articles.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_cluster_bounds import _article
from test_story_links import _busier

import briefing.story_links as links
from briefing.angles import lead_text
from briefing.cluster import cluster
from briefing.models import Article
from briefing.story_links import attach_linked
from briefing.story_names import term_told

# Three reports on a harbour fire in a town; the town's name is in every lead.
_FIRE = """TALLOWMERE (NWS) — Fire destroyed three fishing boats and a net store at Tallowmere
harbour early on Sunday, and two crew members were treated for smoke inhalation."""
_FIRE_2 = """Three fishing boats burned at their moorings in Tallowmere overnight, the coastguard
said on Sunday; the cause of the blaze is not yet known."""
_FIRE_3 = """Fishermen in Tallowmere counted their losses on Sunday after a blaze swept through
the harbour, destroying boats worth more than £400,000."""
# Another event the same day, in the same town: a council's school vote.
_SCHOOL = """Councillors voted 9-4 on Sunday evening to build a new primary school on the old
gasworks site in Tallowmere, ending a two-year row over the plan."""


def _other_stories() -> list[Article]:
    return [
        _article("Rail fares to rise in March", "Rail fares will rise by 3.1 per cent.", "RA", 40),
        _article(
            "Rail fares up 3.1% from March", "Fares will rise by 3.1 per cent in March.", "RB", 41
        ),
        _article("Library extends opening hours", "The library will open on Sundays.", "L", 42),
        _article("Harbour crane contract awarded", "The port board chose a crane maker.", "P", 43),
    ]


def test_another_event_in_the_story_s_town_stays_apart() -> None:
    # Pooled day: no story holds it. The school piece shares the town's name (and so a faint
    # edge, 0.06) with one fire report; its headline names the town, which all three fire
    # leads say. It is not the fire's story.
    arts = [
        _article("Fire destroys boats in Tallowmere harbour", _FIRE, "NWS", 0),
        _article("Coastguard: blaze cause unknown", _FIRE_2, "CG", 1),
        _article("Counting the cost of the harbour blaze", _FIRE_3, "HB", 2),
        _article("New primary school for Tallowmere gets council backing", _SCHOOL, "TC", 3),
        *_other_stories(),
    ]
    edges = {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.35, (2, 3): 0.06, (4, 5): 0.7}
    groups = [[0, 1, 2], [3], [4, 5], [6], [7]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups


def test_the_town_only_in_the_wire_s_capitals_dateline_is_not_a_lead_name() -> None:
    # Only datelines (all capitals, which story_names never reads as a name) say the town in
    # two of the three leads; the third says it in the text.
    fire = _FIRE.replace("at Tallowmere harbour", "at the harbour")
    fire_2 = "TALLOWMERE (CW) — " + _FIRE_2.replace(" in Tallowmere", "")
    arts = [
        _article("Fire destroys boats in harbour", fire, "NWS", 0),
        _article("Coastguard: blaze cause unknown", fire_2, "CG", 1),
        _article("Counting the cost of the harbour blaze", _FIRE_3, "HB", 2),
        _article("New primary school for Tallowmere gets council backing", _SCHOOL, "TC", 3),
        *_other_stories(),
    ]
    edges = {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.35, (2, 3): 0.06, (4, 5): 0.7}
    groups = [[0, 1, 2], [3], [4, 5], [6], [7]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups


# Same festival, different events: a doping case and a swimming record at one Games.
_DOPING = """The sprinter Kalani Obuya was stripped of his 100m gold medal at the Olympics on
Thursday after a sample taken in the final tested positive for a banned stimulant."""
_DOPING_2 = """Olympics officials said on Thursday that Obuya's sample contained a banned
stimulant; the silver medallist will be awarded gold."""
_DOPING_3 = """Obuya, 24, said he would appeal to the sport's court, insisting that the
stimulant came from a cold remedy he declared before the Olympics."""
_SWIM = """Mirela Sandoval broke the 200m butterfly world record on Thursday night, touching
in 2:01.3 to take gold by almost two seconds and lift her country's medal count to five."""


def test_a_record_at_the_same_games_is_not_the_doping_story() -> None:
    arts = [
        _article("Obuya stripped of 100m gold after positive test", _DOPING, "W", 0),
        _article("Sprinter loses Olympics gold over stimulant", _DOPING_2, "S", 1),
        _article("Obuya to appeal doping verdict", _DOPING_3, "T", 2),
        _article("Sandoval breaks world record on best night of the Olympics", _SWIM, "G", 3),
        *_other_stories(),
    ]
    edges = {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.35, (1, 3): 0.07, (4, 5): 0.7}
    groups = [[0, 1, 2], [3], [4, 5], [6], [7]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups


# A product: a recall, and a review of the same model.
_RECALL = """Kestrel Mobile on Tuesday recalled 180,000 Zephyra phones after reports that their
batteries swelled and, in two cases, caught fire while charging."""
_RECALL_2 = """Owners of the Zephyra should stop charging it overnight, Kestrel said on Tuesday
as it announced a recall of 180,000 handsets."""
_RECALL_3 = """Regulators said they had received 41 reports of Zephyra batteries overheating
since June, and asked Kestrel to explain why it waited."""
_REVIEW = """The camera is the star: low-light shots are clean, and the zoom keeps detail at 5x.
Battery life is a day and a half of heavy use, though charging is slow."""


def test_a_review_of_the_recalled_phone_is_not_the_recall_story() -> None:
    arts = [
        _article("Kestrel recalls 180,000 phones over battery fires", _RECALL, "W", 0),
        _article("Stop charging your phone overnight, Kestrel says", _RECALL_2, "S", 1),
        _article("Regulators question delay in Kestrel recall", _RECALL_3, "T", 2),
        _article("Review: the Zephyra has the best camera of the year", _REVIEW, "G", 3),
        *_other_stories(),
    ]
    edges = {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.35, (2, 3): 0.07, (4, 5): 0.7}
    groups = [[0, 1, 2], [3], [4, 5], [6], [7]]
    assert attach_linked(groups, arts, edges, threshold=0.165) == groups


def test_empty_and_capitals_headlines_do_not_crash() -> None:
    from test_story_links import _FESTIVAL, _FESTIVAL_2, _FESTIVAL_3, _TRAVEL

    arts = [
        _article("Dingle teenager wins senior harp at the Fleadh Cheoil", _FESTIVAL, "IW", 0),
        _article("", _FESTIVAL_2, "CC", 1),
        _article("HOW THE JUDGES CHOSE THE WINNING AIR", _FESTIVAL_3, "TM", 2),
        _article("", _TRAVEL, "TR", 3),
    ]
    edges = {(0, 1): 0.6, (0, 2): 0.3, (1, 2): 0.25, (1, 3): 0.09}
    attach_linked([[0, 1, 2], [3]], arts, edges, threshold=0.165)


# Two cyber-attacks on one day: a hospital trust's, and a school district's far away.
_HOSPITAL = """Surgeries were cancelled at Harwood General on Monday after a cyber-attack
locked staff out of patient records, the hospital trust said."""
_HOSPITAL_2 = """Harwood General said on Monday it had moved to paper records after hackers
encrypted its systems, and asked patients to attend only in emergencies."""
_SCHOOLS = """Classes were called off for 40,000 pupils in the Marlow Creek district on Monday
after a cyber-attack took down its email and payroll systems overnight."""


def test_another_cyber_attack_the_same_day_stays_apart() -> None:
    # "cyber-attack": hyphenated, so no dictionary word ("cyberattack" is one), yet a kind of
    # event, not the story's own thing.
    arts = [
        _article("Hospital cancels surgeries after cyber-attack", _HOSPITAL, "HN", 0),
        _article("Harwood General back on paper after cyber-attack", _HOSPITAL_2, "MW", 1),
        _article("Schools shut for 40,000 pupils as hackers strike", _SCHOOLS, "EP", 2),
    ]
    edges = {(0, 1): 0.6, (0, 2): 0.12, (1, 2): 0.10}
    groups = [[0, 1], [2]]
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165) == more


def test_a_common_hyphenated_word_is_not_a_story_term() -> None:
    members = [
        _article("Mayor seeks answers on cost-of-living payments", "x", "A", 0),
        _article("Cost-of-living payments delayed again", "x", "B", 1),
    ]
    members[1] = _article("Council delays cost-of-living payments", "x", "B", 1)
    piece = _article(
        "Pensioners count the cost",
        "Pensioners say the cost-of-living crisis has doubled their bills.",
        "C",
        2,
    )
    assert not term_told(piece, members)


# A Spanish-language day: two forest fires in one region.
_FUEGO = """Un incendio forestal obligó el lunes a evacuar a 300 familias en los cerros de
Quilpué, informó la oficina de emergencias."""
_FUEGO_2 = """Las autoridades evacuaron a 300 familias en Quilpué por un incendio forestal que
avanza hacia las casas, dijo el lunes la oficina de emergencias."""
_OTRO = """Un incendio forestal consumió 80 hectáreas de pino cerca de Santa Juana, en el sur,
y los bomberos trabajaron toda la noche para contenerlo."""


def test_a_spanish_day_s_common_word_is_not_a_story_term() -> None:
    # "incendio": a Spanish word ("fire"), no English dictionary word.
    arts = [
        _article("Ordenan evacuar 300 familias en Quilpué por incendio", _FUEGO, "A", 0),
        _article("Quilpué: evacuan los cerros por incendio", _FUEGO_2, "B", 1),
        _article("Bomberos trabajan toda la noche contra las llamas", _OTRO, "C", 2),
    ]
    edges = {(0, 1): 0.6, (0, 2): 0.12, (1, 2): 0.10}
    groups = [[0, 1], [2]]
    busier, more, edges = _busier(arts, groups, edges)
    assert attach_linked(more, busier, edges, threshold=0.165) == more


def test_the_whole_pipeline_keeps_two_cyber_attacks_apart() -> None:
    arts = [
        _article("Hospital cancels surgeries after cyber-attack", _HOSPITAL, "HN", 0),
        _article("Harwood General back on paper after cyber-attack", _HOSPITAL_2, "MW", 1),
        _article("Schools shut for 40,000 pupils as hackers strike", _SCHOOLS, "EP", 2),
        _article(
            "Rail fares to rise by 3.1% in March",
            "Rail fares will rise by 3.1 per cent in March, the train operators' group said on "
            "Monday, the smallest rise in four years.",
            "RA",
            40,
        ),
        _article(
            "Train fares up 3.1% from March",
            "Train fares will go up by 3.1 per cent in March, operators said, after the "
            "government capped the rise.",
            "RB",
            41,
        ),
        _article(
            "Library extends opening hours",
            "The city library will open on Sundays from next month, the council said, after a "
            "petition signed by 2,000 readers.",
            "L",
            42,
        ),
        _article(
            "Harbour crane contract awarded",
            "The port board chose a Finnish crane maker for the new container quay, at a cost of "
            "14 million euros.",
            "P",
            43,
        ),
    ]
    stories = [set(s.article_ids) for s in cluster(arts).stories]
    school = arts[2].id
    assert not any(school in s and arts[0].id in s for s in stories)


T0 = dt.datetime(2026, 8, 1, 6, tzinfo=dt.UTC)


def _art(title: str, text: str, k: int) -> Article:
    when = T0 + dt.timedelta(minutes=k)
    return Article.create(
        title=title, text=text, source=f"o{k}/{k}", outlet=f"O{k}", published_at=when
    )


def test_lead_reads_do_not_grow_with_pieces_times_members(monkeypatch: pytest.MonkeyPatch) -> None:
    S, N = 60, 600  # a big story of a pooled batch, and lone pieces each linked to one member
    lead = "The Varnholt Assembly on Tuesday passed the budget after a night of talks."
    arts = [_art(f"Varnholt Assembly passes budget, report {k}", lead, k) for k in range(S)]
    arts += [
        _art(f"Rain for the Kelmar{k} valley", f"Rain is expected in Kelmar{k}.", S + k)
        for k in range(N)
    ]
    edges = {(a, a + 1): 0.3 for a in range(S - 1)} | {(k % S, S + k): 0.06 for k in range(N)}
    calls = 0
    real = lead_text

    def counted(art: Article) -> str:
        nonlocal calls
        calls += 1
        return real(art)

    monkeypatch.setattr("briefing.story_links.lead_text", counted)
    links.attach_linked(
        [list(range(S)), *([S + k] for k in range(N))], arts, edges, threshold=0.165
    )
    assert calls <= 5 * (S + N)  # linear in the batch; 5adaa22: 60, main: 36,060
