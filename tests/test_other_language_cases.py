"""A local page names the story's places in its own language's cases: a town of five letters
with another last vowel ("u Tuzli", "Tuzle" for "Tuzla"; fresh39's d928: "Jajca" for "Jajce"),
a Greek name in its genitive ("Αμοργού", read "Amorgou", for "Amorgos"; d917: "Χίου" for
"Chios"), and Greek "ου" is "ou" in Latin letters, as every romanization writes it (anyascii
reads "oy"). Such a page that names four of the story's names joins it; another event of the
same town, three names, stays apart, and a given name is still no other ("Mario" is no
"Maria", "Paula" no "Paul"). A word of Cyrillic or Greek, read in Latin letters, is a cognate
(``_cognate``) as a Latin word is ("лаборатория", "laboratoriya", and "laboratory").

The articles are fictional (the subsidence, the rockfall, their people and figures are
invented), written for these tests in the shape of fresh39's d917 and d928: an English wire on
a town's accident and a local paper's page that names its places and people, counts with its
own sources (40 houses for the wire's 35) and shares no figure, number or headline word with
the wire.
"""

from __future__ import annotations

from test_other_language import (  # two stories of another day's; Zaragoza's budget
    _BUDGET,
    _BUDGET_BRIEF,
    _FINE,
    _FINE_BRIEF,
    _POLICE,
    _STORM,
    _STORM_SCHOOLS,
    _day,
)

from briefing.models import Article
from briefing.other_language import _keys, _latin, _read, attach_other_language

_WIRE = (
    "Ground sinks over old salt wells in Bosnian city of Tuzla, families leave homes",
    """The ground has sunk by up to half a metre over disused brine wells in the Slatina
    district of Tuzla, cracking the walls of 35 houses and forcing 60 residents to leave, city
    officials said on Thursday. The subsidence, the worst in years in a city built over salt
    deposits that were pumped for more than a century, was noticed on Monday. Amra Delić, a
    mining engineer advising the city, said the wells had been sealed badly and water was
    dissolving the salt below. Mayor Senad Mujkić said the city would pay for temporary housing
    and asked the cantonal government for help.""",
)
_BRIEF = (
    "Tuzla residents leave cracked homes as ground sinks",
    """Sixty people left their homes in Tuzla after the ground sank over old salt wells, the
    city said.""",
)
# four names: "u Tuzli" and "Tuzle" (Tuzla), Slatina, Amra Delić, Senad Mujkić; its own counts
_LOCAL = (
    "Slijeganje tla u Slatini: iseljeno 70 stanara",
    """Tlo u naselju Slatina slijeglo se na pojedinim mjestima i do 50 centimetara, a pukotine
    su se pojavile na zidovima 40 kuća. Iz kuća je iseljeno 70 stanara. Inženjerka Amra Delić
    kaže da su stare bušotine loše zatvorene i da voda otapa so ispod naselja. Gradonačelnik
    Senad Mujkić rekao je da će grad platiti privremeni smještaj. Ovakvo slijeganje u Tuzli nije
    zabilježeno godinama, kažu stanari koji pamte vrijeme kada se so crpila ispod cijelog centra
    Tuzle.""",
)
# Another event of the city: its name in its cases, its mayor and the district: three names
_FAIR = (
    "Dani soli u Slatini privukli hiljade posjetilaca",
    """Manifestacija Dani soli održana je u subotu u naselju Slatina. Gradonačelnik Senad Mujkić
    otvorio je sajam na kojem su proizvođači iz Tuzle i okoline predstavili so, sir i med.
    Organizatori kažu da je ovo najposjećeniji sajam u Tuzli ove godine.""",
)

_ROCKFALL = (
    "Rockfall blocks road to cliffside monastery on Greece's Amorgos",
    """A rockfall on Sunday blocked the only road to the Panagia Chozoviotissa monastery on the
    Greek island of Amorgos, stranding three monks and about 40 visitors, the island's civil
    protection office said. Boulders of up to 20 tonnes fell onto a 150-metre stretch of the
    road above Katapola after days of heavy rain, said Nikos Prekas, the deputy mayor. Engineers
    from the regional authority will assess the slope on Tuesday. The visitors were led down on
    foot by a path.""",
)
_ROCKFALL_BRIEF = (
    "Greek island monastery cut off by rockfall",
    """Boulders blocked the road to a monastery on Amorgos, stranding monks and visitors, local
    officials said.""",
)
# four names: Αμοργού (Amorgos), Κατάπολα (Katapola), Χοζοβιώτισσας (Chozoviotissa), Νίκος
# Πρέκας (Nikos Prekas); 25 tonnes, 200 metres and 50 visitors its own
_ROCKFALL_LOCAL = (
    "Κατολίσθηση έκλεισε τον δρόμο προς τη Μονή",
    """Βράχοι έως 25 τόνων έπεσαν την Κυριακή στον δρόμο που οδηγεί από τα Κατάπολα στη Μονή
    της Παναγίας Χοζοβιώτισσας, αποκλείοντας τρεις μοναχούς και περίπου 50 επισκέπτες. Ο δρόμος
    έκλεισε σε μήκος 200 μέτρων. «Οι βροχές των τελευταίων ημερών χαλάρωσαν το έδαφος», δήλωσε ο
    αντιδήμαρχος Νίκος Πρέκας. Οι επισκέπτες κατέβηκαν με τα πόδια από το μονοπάτι, ενώ
    μηχανικοί θα εξετάσουν την πλαγιά της Αμοργού την Τρίτη.""",
)


def test_a_name_meets_its_other_last_vowel_and_its_greek_genitive() -> None:
    assert _keys("tuzli") & _keys("tuzla")
    assert _keys("tuzle") & _keys("tuzla")
    assert _keys("jajca") & _keys("jajce")
    assert _keys("chiou") & _keys("chios")
    assert _keys("amorgou") & _keys("amorgos")
    # a given name is no other's: a vowel before the last ("Maria", "Mario"), or a name of four
    # letters ("Paul")
    assert not _keys("mario") & _keys("maria")
    assert not _keys("paula") & _keys("paul")
    assert not _keys("lena") & _keys("leno")


def test_greek_ou_is_read_ou() -> None:
    assert _latin("της Χίου")[0] == "tis Chiou"
    assert _latin("ΟΥΡΑΝΟΥ")[0] == "OURANOU"


def test_a_word_of_cyrillic_or_greek_is_read_as_a_cognate() -> None:
    page = Article.create(
        title="Лабораторията във Враца",
        text="Η μαστίχα της Χίου και οι τουρίστες.",
        source="https://example.bg/a",
        outlet="Врачански вести",
    )
    assert {"labora", "mastik", "touris"} <= _read(page).cognates


def test_a_page_naming_the_town_in_its_cases_joins() -> None:
    one_story = _day(_WIRE, _BRIEF, _LOCAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1, 2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1, 4], [2, 3]]


def test_a_greek_page_naming_the_island_in_its_genitive_joins() -> None:
    one_story = _day(_ROCKFALL, _ROCKFALL_BRIEF, _ROCKFALL_LOCAL)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1, 2]]
    two_stories = _day(_ROCKFALL, _ROCKFALL_BRIEF, _STORM, _STORM_SCHOOLS, _ROCKFALL_LOCAL)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1, 4], [2, 3]]


def test_another_event_of_the_town_in_its_cases_stays_apart() -> None:
    # Tuzla in its cases, its mayor and the district: three names, a fair
    one_story = _day(_WIRE, _BRIEF, _FAIR)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
    two_stories = _day(_WIRE, _BRIEF, _STORM, _STORM_SCHOOLS, _FAIR)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]


def test_a_word_of_a_longer_name_with_another_last_vowel_is_another_name() -> None:
    """review46: inside a name of several words, a word of five letters that differs from the
    story's only by its last vowel is another word: the Pilar festival's police page (Zaragoza,
    1,200 agents, a check at the plaza de Santo Domingo) is no report of Zaragoza's budget (1,200
    social flats, a school in Santa Isabel); a name and a figure, no third evidence."""
    budget = (
        _BUDGET[0],
        _BUDGET[1]
        .replace("with extra spending on housing,", "with 1,200 new social flats,")
        .replace(
            "and the\n    tram extension.", "the tram extension and a school in Santa Isabel."
        ),
    )
    police = (
        _POLICE[0],
        _POLICE[1].replace(
            "en la plaza del Pilar", "en la plaza del Pilar, en la plaza de Santo Domingo"
        ),
    )
    assert "Santa Isabel" in budget[1] and "1,200 new" in budget[1] and "Santo" in police[1]
    arts = _day(budget, _BUDGET_BRIEF, _FINE, _FINE_BRIEF, police)
    assert attach_other_language([[0, 1], [2, 3], [4]], arts) == [[0, 1], [2, 3], [4]]


# Two evacuations in one Siberian city on one day (review46's probe): an English wire and brief
# on an ammonia leak, and a Russian page on a bomb threat at a shopping centre that quotes the
# same governor and says "эвакуация", "операция" and "регион". Two names (the city, the
# governor) and two cognates read from Cyrillic, one of them the story's headline's: another
# event, not the story; the same page naming a third of the story's names would be its report.
_LEAK = (
    "Chemical leak forces evacuation of Tomsk factory district",
    "TOMSK, Russia (Siberia Wire) - About 3,000 people were moved out of a factory district of "
    "Tomsk on Thursday after a leak of ammonia at a refrigeration plant, the regional governor, "
    "Vladimir Mazur, said. The evacuation covered a radius of two kilometres around the plant, "
    "and emergency crews in protective suits sealed the leaking tank by the evening. The "
    "operation was the largest of its kind in the region in a decade, officials said.",
)
_LEAK_BRIEF = (
    "Tomsk ammonia leak: residents allowed home",
    "Residents of the Tomsk district emptied after an ammonia leak began returning home late on "
    "Thursday, governor Vladimir Mazur said, once the air was declared safe.",
)
_BOMB_THREAT = (
    "В Томске эвакуировали торговый центр из-за сообщения о бомбе",
    "В четверг из торгового центра на проспекте Фрунзе в Томске эвакуировали около 600 человек "
    "после анонимного сообщения о заминировании. Эвакуация заняла около двадцати минут. "
    "Губернатор Владимир Мазур заявил, что операция прошла спокойно, и поблагодарил полицию. По "
    "данным полиции, взрывчатки не нашли; это уже третье подобное сообщение в регионе за месяц.",
)


def test_cognates_read_from_cyrillic_need_a_third_name() -> None:
    two_stories = _day(_LEAK, _LEAK_BRIEF, _STORM, _STORM_SCHOOLS, _BOMB_THREAT)
    assert attach_other_language([[0, 1], [2, 3], [4]], two_stories) == [[0, 1], [2, 3], [4]]
    one_story = _day(_LEAK, _LEAK_BRIEF, _BOMB_THREAT)
    assert attach_other_language([[0, 1], [2]], one_story) == [[0, 1], [2]]
