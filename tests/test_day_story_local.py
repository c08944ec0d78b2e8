"""An angle feature told from the story's own places joins the story that holds the day
(``briefing.day_story._LocalStory.angle``), though its headline and lead name only its own
people and village and the story's thing is not among the words it says most; a piece of
another event of the same kind stays apart: a feature from a place the story never names,
or a report whose first sentence dates an act of its own.

The articles are fictional (the island's town, the people, the figures are invented; a real
country only as the place rules need one), written for these tests in the shape of wire copy,
a brief, a reader's guide, a reaction piece and features.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.cluster import cluster
from briefing.day_story import _dated_lead, _LocalStory, attach_last_piece
from briefing.features import centroid, cos
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.stories import vectorise

_WIRE = (
    "Tanzania shuts octopus fishery off Mafia for three months",
    """DAR ES SALAAM, March 3 (EAW) - Tanzania will close the octopus fishery around Mafia
    island for three months from April, the fisheries ministry said on Monday, after a survey
    found the catch had fallen by half in five years. Fishers who land octopus at Kilindoni
    and the smaller landing sites on the island's east coast will get a monthly allowance of
    60,000 shillings during the closure, the ministry said. Buyers who ship octopus to
    Zanzibar and to exporters in Dar es Salaam said the closure would cut their supply at the
    start of the season. The ministry said the octopus closure would be reviewed in July.""",
    "East Africa Wire",
)
_BRIEF = (
    "Octopus closure for Mafia island",
    """Tanzania closes the octopus fishery off Mafia island for three months from April;
    fishers at Kilindoni will get a monthly allowance during the closure.""",
    "Coast Brief",
)
_GUIDE = (
    "The Mafia octopus closure: what fishers and buyers need to know",
    """When does the closure start? In April, for three months, around the whole island. Who
    gets the allowance? Registered fishers who land octopus at Kilindoni or the east coast
    landing sites, the fisheries ministry says. Can buyers still ship octopus? Only stock
    landed before the closure, with a receipt. What comes after? The ministry reviews the
    fishery in July, and may open the octopus season again if the survey improves.""",
    "Coast Money Guide",
)
_BUYERS = (
    "Octopus buyers warn of empty cold stores after Mafia closure",
    """Buyers who ship octopus from Mafia to exporters in Dar es Salaam said the three-month
    closure of the fishery would leave their cold stores empty at the start of the season.
    "We pay the fishers at Kilindoni in advance. Who pays us back?" said one buyer, who asked
    the fisheries ministry to let stock landed before April be shipped until May.""",
    "Coast Brief",
)
_WOMEN = (
    "On the reef flats, the women walk out with sticks and buckets",
    """The tide goes out at first light, and the women of Chole walk onto the reef flats in
    a long line, each with a stick, a pail and a cloth tied over her head. Mwanaisha, who is
    52, has walked the flats since she was a girl. She reads the holes in the sand the way
    her mother did, and pushes the stick in where the water moves. On a good morning, she
    says, the pail is heavy before the tide turns. Lately the mornings have been light. The
    women sell what they find at the landing sites of Kilindoni, to agents of the exporters,
    and the money pays for school fees, cooking oil and the boat fare to the market. Once
    the reef is off limits, the women will walk the flats for shells instead, and for the
    small fish caught in the pools. "The sea rests, and we rest with it," Mwanaisha says.
    "But the children do not stop eating." Her daughter walks beside her now, and carries
    the pail back up the beach when the sun is high. The women count the coins on a mat in
    the shade of the mangroves, and then they walk home along the sand, singing the songs
    their grandmothers sang on the same path. Nobody here remembers a year when the reef
    was left alone for three whole months.""",
    "Island Stories Weekly",
)
_ELSEWHERE = (
    "In the lagoon, the divers wait for the season to open again",
    """The divers of Vamizi sit in the shade of their boats at noon and mend masks with strips
    of inner tube. Salimu, who is 40, has dived the lagoon for twenty years. He knows the
    holes where the big ones hide, he says, and he leaves them alone for the next season. When
    the lagoon opens again, the divers will go out together in the morning, and the buyers
    will come to the beach with their scales and their cold boxes. Until then the divers
    catch small fish for the pot and sell shells to the tourists who come by boat. "The sea
    gives when you wait," Salimu says. His son listens and mends a mask beside him. In the
    evening, the divers sit on the sand and talk about the octopus they will catch.""",
    "Island Stories Weekly",
)
_MARCH = (
    "Women of Chole march for a clinic on the island",
    """The women of Chole marched to the district office at Kilindoni on Tuesday to ask for a
    clinic on their island, carrying a cloth banner painted by their children. About 200
    women walked the path along the shore at low tide, and the district officer met ten of
    them under a mango tree. Mothers now take the boat to the hospital on the main
    island, and a woman in labour waits for the tide; two babies were born on the boat in the
    last six months. The officer said a nurse would visit twice a month from June. The women
    said they would walk again if she did not come; most of them sell their catch to the
    exporters' agents in town, and a crossing costs what a morning brings.""",
    "Island Stories Weekly",
)


def _day(*extra: tuple[str, str, str]) -> list[Article]:
    return [
        _article(t, x, o, k) for k, (t, x, o) in enumerate((_WIRE, _BRIEF, _GUIDE, _BUYERS, *extra))
    ]


def _together(arts: list[Article], *picked: Article) -> bool:
    stories = cluster(arts).stories
    return any(all(a.id in s.article_ids for a in picked) for s in stories)


def test_a_feature_told_from_the_story_s_town_joins_it() -> None:
    arts = _day(_WOMEN)
    assert _together(arts, arts[0], arts[4])
    assert len(cluster(arts).stories) == 1


def test_a_feature_from_a_place_the_story_never_names_stays_apart() -> None:
    arts = _day(_ELSEWHERE)
    assert not _together(arts, arts[0], arts[4])


def _angle(extra: tuple[str, str, str]) -> bool:
    arts = _day(extra)
    vectors = vectorise(arts).mixed
    story = _LocalStory(arts[:4], day_words(arts)[0])
    return story.angle(arts[4], cos(vectors[4], centroid(vectors[:4])))


def test_a_dated_report_of_another_event_in_the_story_s_town_is_no_angle() -> None:
    # A march at the story's town, reported with its day, is an event of its own; the same
    # words without the day would read as a scene.
    assert _angle(_WOMEN)
    assert not _angle(_MARCH)
    assert _angle((_MARCH[0], _MARCH[1].replace(" on Tuesday", ""), _MARCH[2]))
    assert not _angle(_ELSEWHERE)  # no name the story says


def test_a_report_s_first_sentence_is_dated_and_a_feature_s_is_not() -> None:
    assert _dated_lead(_MARCH[1])
    assert _dated_lead("The council voted yesterday to close the baths. It meets again soon.")
    assert not _dated_lead(_WOMEN[1])
    assert not _dated_lead("")


_BOATS = (
    "The boatbuilders of Kilindoni wait under the mango trees",
    """Under the mango trees behind the beach at Kilindoni, three hulls stand on blocks with
    their ribs open to the sky. Bakari, who is 60, has built dhows here for forty years, and
    his sons plane the planks while he marks them with a pencil kept behind his ear. Orders
    come when the sea pays, he says, and this year nobody is ordering. "A man who cannot
    fish does not buy a boat," he says. The agents of the exporters used to come to watch a
    launch and bring a goat for the feast. The landing sites are quiet in the afternoons now,
    and the sons talk of work on the mainland.""",
    "Island Stories Weekly",
)


def _last(arts: list[Article], groups: list[list[int]]) -> list[list[int]]:
    return attach_last_piece(groups, arts, vectorise(arts).mixed, day_words(arts)[0])


def test_a_pair_of_features_from_the_story_s_town_joins_and_a_pair_from_elsewhere_does_not() -> (
    None
):
    arts = _day(_WOMEN, _BOATS)
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3, 4, 5]]
    divers = (_ELSEWHERE[0].replace("lagoon", "bay"), _ELSEWHERE[1], _ELSEWHERE[2])
    arts = _day(_ELSEWHERE, divers)
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]
    arts = _day(_WOMEN, _MARCH)  # a pair holding a dated report of another event
    assert _last(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]
