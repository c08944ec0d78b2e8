"""An angle piece joins the story its headline names; other events on the same topic do not.

The articles are fictional (places and people invented, except the real countries that the
place rule is about), written for these tests in the shape of wire copy and web pages.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.angles import attach_angles, headline_names, is_place
from briefing.cluster import cluster
from briefing.features import content_word
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
