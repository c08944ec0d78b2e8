"""A local page in another language that names two of the story's places and says, in its own
spelling, words the story's headline and text say (``briefing.other_language._cognate``:
"bakteryjny" and "bacterial", "hektarów" and "hectares") joins its story; another event of the
same places, whose shared words are none of the story's headline's, stays apart, and so does a
page whose words only a newsletter's round-up item of the story's group says.

The articles are fictional (the orchards' disease, the growers, the villages' figures are
invented), written for these tests in the shape of fresh38's d893: an English wire on a crop
disease round a town and a local paper's page that names two of its villages and counts with its
own sources (4,000 hectares for the wire's 3,200; a third of the crop for a quarter), so it
shares no figure and no number with the wire.
"""

from __future__ import annotations

from test_other_language import _STORM, _STORM_SCHOOLS, _day  # two stories of another day's

from briefing.other_language import _cognate, attach_other_language

_WIRE = (
    "Bacterial canker ravages apple orchards in Poland's fruit belt before harvest",
    """A bacterial disease has spread through apple orchards in Poland's largest fruit-growing
    region south of Warsaw, killing trees on about 3,200 hectares weeks before picking, growers
    and plant-health officials said on Tuesday. The outbreak of bacterial canker, caused by a
    strain that thrives after cold and wet springs, has been confirmed in 22 villages, including
    Belsk Duży and Błędów, the regional plant-health inspectorate said. "The bark splits and the
    branches die back within weeks," said Tomasz Wrona, who grows apples on 30 hectares. Growers
    expect to lose about a quarter of the crop. The agriculture ministry said it would consider
    compensation once inspectors had finished their surveys.""",
)
_BRIEF = (
    "Polish apple growers count losses from orchard disease",
    """Apple growers south of Warsaw expect to lose a quarter of their crop to a bacterial
    disease that has killed trees in more than twenty villages, officials said.""",
)
_LOCAL = (
    "Rak bakteryjny niszczy sady. Sadownicy: straty sięgną jednej trzeciej zbiorów",
    """Choroba bakteryjna zaatakowała sady jabłoniowe na ponad 4000 hektarów – poinformował
    nas prezes Związku Sadowników, Andrzej Kalinowski. Według sadowników straty mogą sięgnąć
    jednej trzeciej zbiorów. Najgorzej jest w Belsku Dużym i w okolicach Błędowa, gdzie część
    drzew trzeba będzie wyciąć. „W maju sad wyglądał pięknie. Teraz kora pęka, a gałęzie
    usychają” – mówi Kalinowski, który gospodaruje w Lewiczynie. Inspekcja ochrony roślin
    prowadzi kontrole w kolejnych gospodarstwach, a sadownicy czekają na decyzję w sprawie
    odszkodowań.""",
)
# Another event of the same villages: their names, and words the wire's text says ("hektarów",
# "ministerstwa"), but none its headline says.
_FESTIVAL = (
    "Święto Jabłka w Belsku Dużym przyciągnęło tysiące gości",
    """Tysiące gości odwiedziły w niedzielę Święto Jabłka w Belsku Dużym. Na scenie wystąpiły
    zespoły ludowe z Błędowa i okolic, a koła gospodyń wiejskich częstowały szarlotką i sokiem.
    Sadownicy, którzy uprawiają w gminie ponad 5000 hektarów, pokazywali nowe odmiany, a
    przedstawiciel ministerstwa rolnictwa wręczył nagrody za najpiękniejsze stoiska.""",
)
# A newsletter whose round-up names the local page's event in a line of its own ("Elsewhere"):
# the page's places and words are that line's, not the newsletter's story's.
_LETTER = (
    "Morning letter: Poland's orchards lose their trees",
    """The big one: a disease is killing apple trees south of Warsaw weeks before picking, and
    growers want compensation for the orchards they must cut down.

    Elsewhere this morning: in Belsk Duży and Błędów, dairy farmers protest against milk prices
    and the bacterial contamination checks of the new inspectorate.""",
)
_DAIRY = (
    "Protest mleczarzy w Belsku Dużym: kontrole bakteryjne są za drogie",
    """Kilkudziesięciu hodowców bydła z Belska Dużego i Błędowa protestowało we wtorek przed
    urzędem gminy przeciwko niskim cenom skupu mleka. Rolnicy skarżą się, że nowe kontrole
    bakteryjne kosztują ich nawet 900 złotych miesięcznie. Inspekcja odpowiada, że badania są
    obowiązkowe.""",
)


def test_cognates_are_read_by_their_first_six_letters() -> None:
    assert _cognate("bakteryjna") == _cognate("bacterial") == "bakter"
    assert _cognate("hektarow") == _cognate("hectares") == "hektar"
    assert _cognate("asociaciones") == _cognate("associations")
    assert _cognate("elektrik") == _cognate("electrical")
    assert _cognate("polis") is None  # five letters: too short to tell
    assert _cognate("e-mail") is None


def test_a_local_page_saying_the_storys_headline_words_joins_it() -> None:
    # two names (Belsk Duży, Błędów), no shared figure or number; "bakteryjny" is the
    # headline's "bacterial", "hektarów" the text's "hectares"
    one_story = _day(_WIRE, _BRIEF, _LOCAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1, 2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1, 4], [2, 3]]


def test_another_event_of_the_same_villages_stays_apart() -> None:
    # the same two names and two of the wire's words ("hektarów", "ministerstwa"), none of
    # its headline's: a festival of the villages is no report of the disease
    one_story = _day(_WIRE, _BRIEF, _FESTIVAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _FESTIVAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]


def test_a_page_told_only_by_a_round_up_line_stays_apart() -> None:
    # the dairy farmers' protest: its places and "bakteryjne", "inspekcja" are said by the
    # newsletter's round-up line, whose headline is about the orchards, not "bacterial"
    arts = _day(_LETTER, _DAIRY)
    assert attach_other_language([[0], [1]], arts) == [[0], [1]]
