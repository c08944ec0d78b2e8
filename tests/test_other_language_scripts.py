"""A local page written in another script than the wire's (Cyrillic, Devanagari), or whose names
follow an elided article ("d'Aguié", "l'UGTT"), joins its story by the names and figures it
says (``briefing.other_language``: words of other scripts read in Latin letters and met by their
consonants, their magnitudes read, elisions set aside); a page of another event of the same town
or district, which names the town, the official, the district but none of the story's figures,
stays on its own.

The articles are written for these tests (the plants, the officials and the figures are
invented) in the shape of a wire report and its alert in English beside a local paper's page.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.models import Article
from briefing.other_language import (
    _figures,
    _latin,
    _plain,
    _read,
    _skeleton,
    _Spellings,
    attach_other_language,
)


def _day(*pieces: tuple[str, str]) -> list[Article]:
    return [_article(t, x, f"Outlet {k}", k) for k, (t, x) in enumerate(pieces)]


_TRAMS = (
    "Tram timetable adds night line to the airport",
    """The city council approved a new tram timetable on Thursday evening, adding late services
    on weekends and a night line to the airport from next month. Fares stay the same, the
    council said, and the first night trams run in June.""",
)

# Cyrillic: a smelter fire in Norilsk.
_SMELTER = (
    "Fire shuts nickel smelter in Russia's Arctic, 1,300 workers sent home",
    """NORILSK, Russia (Polar Wire) - A fire at a nickel smelter in the Arctic city of Norilsk
    burned for nine hours overnight and forced the plant to halt production, its operator said
    on Tuesday, sending 1,300 workers home. No one was hurt. The blaze broke out in a conveyor
    gallery of the Talnakh concentrator and spread to a storage hall, the regional emergencies
    ministry said. Plant director Sergei Vorontsov put the damage at about 4.2 billion roubles
    and said repairs would take at least a month.""",
)
_SMELTER_ALERT = (
    "Norilsk smelter halted by fire",
    """Production at a Norilsk nickel smelter stopped after an overnight fire; workers were sent
    home and the damage is being assessed.""",
)
_SMELTER_RU = (
    "Пожар на никелевом заводе в Норильске: 1300 рабочих отправили домой",
    """Пожар на обогатительной фабрике в Талнахе тушили девять часов. Огонь начался в
    конвейерной галерее и перекинулся на склад. Директор комбината Сергей Воронцов оценил
    ущерб в 4,2 млрд рублей. По его словам, ремонт займёт не меньше месяца, а 1300 рабочих
    отправлены домой.""",
)
# Another Norilsk event: the town, its district and the director, none of the fire's figures.
_RINK_RU = (
    "В Норильске открыли ледовую арену на 1500 мест",
    """В Талнахе в субботу открылась новая ледовая арена на 1500 зрителей. На церемонии
    выступил директор комбината Сергей Воронцов, который пообещал, что детские секции будут
    бесплатными. Строительство обошлось в 900 млн рублей.""",
)


def test_a_russian_page_joins_its_story_by_names_read_in_latin_letters() -> None:
    arts = _day(_SMELTER, _SMELTER_ALERT, _SMELTER_RU, _TRAMS)
    # "Норильске" is "Norilske" (Norilsk), "Талнахе" Talnakh, "Воронцов" Vorontsov; "4,2 млрд"
    # is the wire's 4.2 billion and 1300 its 1,300
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_russian_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_SMELTER, _SMELTER_ALERT, _RINK_RU, _TRAMS)
    # three of the wire's names, but 1500 seats and 900 million roubles are not its figures
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Devanagari (Hindi, no capitals): a landslide on the road to Badrinath.
_SLIDE = (
    "Landslide blocks Himalayan pilgrim road, 1,200 stranded near Joshimath",
    """JOSHIMATH, India (Hill News Agency) - A landslide buried a stretch of the Badrinath
    highway near Joshimath on Monday, stranding about 1,200 pilgrims and tourists in buses and
    cars on either side, officials in Uttarakhand state said. No one was hurt. District
    magistrate Himanshu Khurana said clearing the road would take at least three days and that
    the damage to the highway was estimated at 45 crore rupees. Helicopters were on standby to
    move the sick and elderly.""",
)
_SLIDE_ALERT = (
    "Pilgrims stranded as slide shuts Badrinath road",
    """Hundreds of pilgrims were stuck on the Badrinath highway after a landslide near Joshimath,
    officials said.""",
)
_SLIDE_HI = (
    "जोशीमठ के पास भूस्खलन: बद्रीनाथ राजमार्ग बंद, 1200 तीर्थयात्री फंसे",
    """जोशीमठ के पास सोमवार को भूस्खलन से बद्रीनाथ राजमार्ग का एक हिस्सा मलबे में दब गया। करीब
    1200 तीर्थयात्री और पर्यटक दोनों ओर फंसे हैं। जिलाधिकारी हिमांशु खुराना ने कहा कि सड़क
    खोलने में कम से कम तीन दिन लगेंगे। नुकसान करीब 45 करोड़ रुपये आंका गया है।""",
)
# Another event of the same town: the town, the road and the magistrate, none of the figures.
_SCHOOL_HI = (
    "जोशीमठ में नए स्कूल भवन का उद्घाटन",
    """जोशीमठ में सोमवार को 350 छात्रों के लिए नए स्कूल भवन का उद्घाटन हुआ। जिलाधिकारी हिमांशु
    खुराना ने कहा कि बद्रीनाथ मार्ग के गांवों के बच्चों के लिए छात्रावास भी बनेगा।""",
)


def test_a_hindi_page_joins_its_story_by_names_met_by_their_consonants() -> None:
    arts = _day(_SLIDE, _SLIDE_ALERT, _SLIDE_HI, _TRAMS)
    # "josimth" is Joshimath, "bdrinath" Badrinath, "khurana" Khurana; 1200 and "45 करोड़" are
    # the wire's 1,200 and 45 crore
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_hindi_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_SLIDE, _SLIDE_ALERT, _SCHOOL_HI, _TRAMS)
    # the town, the road and the magistrate are the wire's names; 350 pupils is no figure of it
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Latin letters, French elisions: a bridge collapse on the Zinder-Maradi road.
_BRIDGE = (
    "Bridge collapse cuts Niger's main eastern road, 2,300 lorries stuck",
    """ZINDER, Niger (Sahel Press) - A bridge on the main road between Zinder and Maradi
    collapsed on Sunday after a night of heavy rain near the town of Aguié, leaving about 2,300
    lorries stuck on either side, the transport ministry said. Public works minister Abdou
    Garba said a temporary crossing would be built within ten days.""",
)
_BRIDGE_ALERT = (
    "Niger bridge collapse strands lorries",
    """Lorries were stuck on the Zinder-Maradi road after a bridge gave way in the rain.""",
)
_BRIDGE_FR = (
    "Effondrement d'un pont près d'Aguié : la route Zinder-Maradi coupée",
    """Le pont situé à la sortie d'Aguié s'est effondré dimanche matin après de fortes pluies.
    Des centaines de camions attendent de part et d'autre, sur la route reliant Zinder à Maradi.
    Le ministre de l'Équipement, Abdou Garba, promet un passage provisoire « dans les meilleurs
    délais ».""",
)
# Another event of the town: its market, the region and the minister, no fourth name.
_MARKET_FR = (
    "Le marché à bétail d'Aguié rouvre ses portes",
    """Fermé depuis trois mois, le marché à bétail d'Aguié a rouvert samedi. Les éleveurs de la
    région de Maradi sont venus nombreux. Le ministre Abdou Garba a salué « un retour à la
    normale ».""",
)


def test_a_name_after_an_elided_article_is_the_name() -> None:
    assert [_plain(t) for t in ("d'Aguié", "l'UGTT", "L'ARP", "dell'Aquila", "qu'Ibrahim")] == [
        "Aguié",
        "UGTT",
        "ARP",
        "Aquila",
        "Ibrahim",
    ]
    # no elision: an Irish name, a lower-case word, a Turkish case ending
    assert [_plain(t) for t in ("O'Neill", "l'amnistie", "Van'da")] == [
        "O'Neill",
        "l'amnistie",
        "Van",
    ]


def test_a_french_page_joins_by_four_names_one_of_them_after_an_elision() -> None:
    arts = _day(_BRIDGE, _BRIDGE_ALERT, _BRIDGE_FR, _TRAMS)
    # Aguié ("d'Aguié"), Zinder, Maradi and Abdou Garba: four names, no figure needed
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_french_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_BRIDGE, _BRIDGE_ALERT, _MARKET_FR, _TRAMS)
    # Aguié, Maradi and the minister: three names, no figure
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_words_of_other_scripts_are_read_in_latin_letters() -> None:
    line, spans = _latin("Якутск в дыму। भूटान Αθήνα")
    assert line == "Yakutsk v dymu. bhutan Athina"
    # Devanagari has no capitals: its word is written in lower case and marked so
    assert [(line[a:b], caseless) for a, b, caseless in spans] == [
        ("Yakutsk", False),
        ("v", False),
        ("dymu", False),
        ("bhutan", True),
        ("Athina", False),
    ]
    assert _latin("Zinder, Aguié — 2,300") == ("Zinder, Aguié — 2,300", [])
    read = _read(_article("भूटान की परियोजना", "प्रमोद श्रेष्ठले कहा", "Outlet", 0))
    assert ("prmod", "sresthle", "kha") in read.loose
    assert read.runs == ()  # no capitals: no run until the words meet the day's names


def test_a_word_meets_the_name_whose_consonants_it_writes() -> None:
    assert _skeleton("sindhupalchok") == _skeleton("sindhupalcok") == "sndplk"
    spellings = _Spellings({"yakutsk", "sindhupalchok", "drangme", "pramod", "shrestha"})
    assert spellings.meet("iakutsk") == "yakutsk"
    assert spellings.meet("sindhupalcokma") == "sindhupalchok"  # "in Sindhupalchok"
    assert spellings.meet("dramgme") == "drangme"
    assert spellings.meet("prmod") == "pramod"
    assert spellings.meet("shressthle") == "shrestha"
    assert spellings.meet("sresthle") == "shrestha"
    # another first letter, three consonants, another word, a short word: no name
    assert spellings.meet("tindhupalchok") is None
    assert spellings.meet("prakash") is None
    assert spellings.meet("priyojna") is None
    assert spellings.meet("bhtn") is None


def test_magnitudes_of_other_scripts_and_the_baltic_thousand() -> None:
    assert _figures(_latin("около 2,1 млн гектаров, 4,2 млрд рублей, 5 тыс. человек")[0]) == {
        2_100_000,
        4_200_000_000,
        5_000,
    }
    assert _figures(_latin("95 अरब नू, 45 करोड़ रुपये, २१६ मेगावाट")[0]) == {
        95_000_000_000,
        450_000_000,
        216,
    }
    assert _figures("apie 38 tūkst. kurjerių, 12 tūkstančių vairuotojų") == {38_000, 12_000}


# A piece of several articles: a page and its teaser say the story's names between them; two
# pages of two events that an earlier step paired by their language's words do not.
_SMELTER_TEASER_RU = (
    "Норильск: фабрика в Талнахе остановлена",
    """После ночного пожара фабрика в Талнахе стоит, рабочих Норильска отправили домой.""",
)
_DAM_HI = (
    "भूटान में नई जलविद्युत परियोजना को मंजूरी",
    """भूटान सरकार ने पूर्वी भूटान में 600 मेगावाट की नई जलविद्युत परियोजना को मंजूरी दी है। परियोजना
    पर करीब 80 अरब नू खर्च होंगे।""",
)


def test_a_cyrillic_page_and_its_teaser_join_their_story_together() -> None:
    arts = _day(_SMELTER, _SMELTER_ALERT, _SMELTER_RU, _SMELTER_TEASER_RU, _TRAMS)
    joined: set[int] = set()
    out = attach_other_language([[0, 1], [2, 3], [4]], arts, joined=joined)
    assert out == [[0, 1, 2, 3], [4]] and joined == {2, 3}


def test_two_pages_of_two_events_paired_by_their_script_stay_apart() -> None:
    # the landslide page alone says Joshimath, Badrinath, Khurana, 1200 and 45 crore; the page
    # on a plant in Bhutan paired with it says none of them
    arts = _day(_SLIDE, _SLIDE_ALERT, _SLIDE_HI, _DAM_HI, _TRAMS)
    groups = [[0, 1], [2, 3], [4]]
    assert attach_other_language(groups, arts) == groups
    # on its own the landslide page joins
    assert attach_other_language([[0, 1], [2], [3], [4]], arts) == [[0, 1, 2], [3], [4]]
