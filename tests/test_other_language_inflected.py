"""Local pages whose names are written as their language inflects them or as their script spells
them (``briefing.other_language``, after fresh46's look): an article or a preposition joined to
a name with a hyphen and a vowel before its two consonants, as Maltese writes them ("l-Imtarfa",
"fl-Imġarr" for Mtarfa and Mġarr); the South Asian lakh as Tamil writes it ("3 லட்சம்" is
300,000); a name of several words written word for word in an abjad, each word too short to meet
alone ("ٹنڈو آدم", "tndw adm", is Tando Adam); a road's or a flight's code, which every language
writes as it is ("an N17"); and the place of a dateline in another script, which cleaning drops
with its line ("مراكش (...) –", Marrakech), read as the place a wire's dateline names.

The articles are written for these tests (the events, the officials and the figures invented).
"""

from __future__ import annotations

from test_cluster_bounds import _article
from test_other_language_scripts import _day

from briefing.clean import opening_dateline
from briefing.models import Article
from briefing.other_language import (
    _figures,
    _latin,
    _plain,
    _read,
    _Spellings,
    _spelt_runs,
    attach_other_language,
)

_FILLER = (
    "Copper exports rise as mine output recovers",
    """Copper exports rose 8 percent in October from a year earlier as output at the country's
    largest mine recovered from a strike, the central bank said on Friday.""",
)


def _runs(arts: list[Article], k: int) -> set[tuple[str, ...]]:
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    return set(_spelt_runs(read, lower)[k])


# Maltese: a retaining wall fell onto a road between two villages.
_WALL = (
    "Wall collapse buries car on Malta road, driver hurt",
    """MTARFA, Malta (Central Med Wire) - A rubble retaining wall collapsed onto the road between
    Mtarfa and Mġarr after a night of heavy rain on Thursday, burying a car and injuring its
    driver, a 67-year-old man, the Civil Protection Department said. Its head, Joseph Grech, said
    engineers would inspect 12 other walls along the valley road.""",
)
_WALL_ALERT = (
    "Mtarfa road shut after wall collapse",
    """The road between Mtarfa and Mġarr is closed after a retaining wall collapsed onto a car;
    the driver was taken to hospital.""",
)
# The local page: the villages with the article on them, its own count of walls (15).
_WALL_MT = (
    "Ħajt jaqa' fuq karozza fit-triq bejn l-Imtarfa u l-Imġarr",
    """Raġel ta' 67 sena weġġa' llum filgħodu meta ħajt tas-sejjieħ waqa' fuq il-karozza tiegħu
    fit-triq bejn l-Imtarfa u l-Imġarr, wara lejl ta' xita qawwija. Il-kap tal-Protezzjoni
    Ċivili, Joseph Grech, qal li l-inġiniera se jispezzjonaw 15-il ħajt ieħor fil-wied.""",
)
# Another event of the same villages: the feast's band march, no number of the story's.
_FEAST_MT = (
    "Il-festa tal-Imġarr: marċ tal-banda lejl is-Sibt",
    """Il-każin tal-banda tal-Imġarr ħabbar il-programm tal-festa. Il-marċ jgħaddi mit-triq
    għall-Imtarfa lejl is-Sibt, u l-pulizija se tagħlaq it-triq għal erba' sigħat.""",
)


def test_a_name_after_a_hyphened_article_is_the_name() -> None:
    assert _plain("l-Imtarfa") == "Imtarfa"
    assert _plain("tal-Imġarr") == "Imġarr"
    assert _plain("mill-Qrendi") == "Qrendi"
    assert _plain("well-known") == "well-known"  # no capital after the hyphen: one word


def test_a_maltese_page_naming_the_storys_villages_with_their_article_joins_it() -> None:
    arts = _day(_WALL, _WALL_ALERT, _WALL_MT, _FILLER)
    # Mtarfa, Mġarr and Joseph Grech, and the driver's age (67): names alone
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_maltese_page_of_another_event_of_the_villages_stays_apart() -> None:
    arts = _day(_WALL, _WALL_ALERT, _FEAST_MT, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_tamil_lakh_is_a_figure() -> None:
    assert _figures(_latin("சுமார் 3 லட்சம் பக்தர்கள் திரண்டனர்")[0]) == {300_000}
    assert _figures(_latin("தலா ரூ. 5 லட்சம் நிவாரணம்")[0]) == {500_000}
    assert _figures(_latin("ഏകദേശം 2 ലക്ഷം പേർ")[0]) == {200_000}  # Malayalam


# Urdu: a canal breach flooded villages near a town; names of several short words.
_BREACH = (
    "Canal breach floods Sindh villages, hundreds flee",
    """TANDO ADAM, Pakistan (Indus Wire) - A breach in a branch canal flooded Goth Sher Khan and
    two other villages near Tando Adam in Sanghar district on Sunday night, forcing about 600
    families from their homes, irrigation officials said. Workers were trying to plug a gap of 35
    feet with sandbags and stones, an official said.""",
)
_BREACH_ALERT = (
    "Sanghar canal breach: villages flooded",
    """A canal breach near Tando Adam in Sanghar flooded three villages; about 600 families have
    left their homes.""",
)
# The local page: its own count of families (450), the breach's 35 feet, the names word for word.
_BREACH_UR = (
    "ٹنڈو آدم: نہر میں شگاف، کئی دیہات زیر آب",
    """ضلع سانگھڑ میں ٹنڈو آدم کے قریب شاخ نہر میں 35 فٹ کا شگاف پڑنے سے گوٹھ شیر خان سمیت تین
    دیہات زیر آب آ گئے اور 450 خاندان نقل مکانی پر مجبور ہو گئے۔ محکمہ آبپاشی کا عملہ شگاف بند
    کرنے میں مصروف ہے۔""",
)
# Another event of the town: a school's new building, one of the story's names.
_SCHOOL_UR = (
    "ٹنڈو آدم میں نئے اسکول کا افتتاح",
    """ٹنڈو آدم میں لڑکیوں کے نئے اسکول کا افتتاح کر دیا گیا، جہاں 300 طالبات تعلیم
    حاصل کریں گی۔""",
)


def test_abjad_words_side_by_side_meet_a_name_of_several_words() -> None:
    spellings = _Spellings(set(), [("tando", "adam"), ("goth", "sher", "khan")])
    assert spellings.phrase(["tndw", "adm", "kqryb"]) == ("tando", "adam")
    assert spellings.phrase(["gwth", "shyr", "khn"]) == ("goth", "sher", "khan")
    assert spellings.phrase(["adm", "tndw"]) == ()  # not in the name's order
    arts = _day(_BREACH, _BREACH_ALERT, _BREACH_UR, _FILLER)
    runs = _runs(arts, 2)
    assert ("tando", "adam") in runs
    assert ("goth", "sher", "khan") in runs


def test_an_urdu_page_naming_the_storys_villages_word_for_word_joins_it() -> None:
    arts = _day(_BREACH, _BREACH_ALERT, _BREACH_UR, _FILLER)
    # Tando Adam, Goth Sher Khan, Sanghar and the breach's 35 feet
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_an_urdu_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_BREACH, _BREACH_ALERT, _SCHOOL_UR, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Irish: a lorry crash closed a national road; the Irish page names the road by its code.
_CRASH = (
    "Lorry crash closes N17 in Galway, driver injured",
    """GALWAY, Ireland (Western Newsdesk) - A lorry carrying animal feed overturned on the N17
    north of Tuam on Monday morning, closing the road for most of the day, gardaí said. The
    driver, a man in his 40s employed by Connacht Feeds, was taken to hospital. Local councillor
    Pádraig Ó Flaithearta said 23 crashes had been recorded on the stretch in five years.""",
)
_CRASH_ALERT = (
    "N17 reopens after lorry crash",
    """The N17 north of Tuam has reopened after a lorry overturned on Monday morning.""",
)
_CRASH_GA = (
    "Leoraí bunoscionn ar an N17: bóthar dúnta ar feadh an lae",
    """Dúnadh an N17 ó thuaidh de Thuaim ar feadh an chuid is mó den lá inné tar éis do leoraí
    de chuid Connacht Feeds iompú bunoscionn. Tugadh an tiománaí chuig an ospidéal. Dúirt an
    comhairleoir Pádraig Ó Flaithearta go raibh 23 timpiste ar an stráice le cúig bliana.""",
)
# Another road's crash told by the same councillor: another code.
_OTHER_ROAD_GA = (
    "Timpiste ar an N59: carr san abhainn",
    """Chuaigh carr isteach san abhainn in aice leis an N59 inné. Dúirt an comhairleoir Pádraig Ó
    Flaithearta go gcaithfear ráillí nua a chur suas.""",
)


def test_a_roads_code_is_a_name() -> None:
    arts = _day(_CRASH, _CRASH_ALERT, _CRASH_GA, _FILLER)
    assert ("n17",) in _runs(arts, 2)
    assert ("a4",) not in _runs(_day(("A4 paper", "Print it on A4 paper."), _FILLER), 0)


def test_an_irish_page_naming_the_road_by_its_code_joins_the_story() -> None:
    arts = _day(_CRASH, _CRASH_ALERT, _CRASH_GA, _FILLER)
    # the N17, Connacht Feeds, Pádraig Ó Flaithearta and the 23 crashes
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_an_irish_page_of_another_roads_crash_stays_apart() -> None:
    arts = _day(_CRASH, _CRASH_ALERT, _OTHER_ROAD_GA, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Arabic: a wire's report and its Arabic service's, both filed from one city, whose name each
# writes only in its dateline (a line of its own, which cleaning drops).
_BUS = (
    "Bus plunges into ravine on Morocco's Tizi n'Tichka pass, 14 dead",
    """A bus carrying 45 passengers plunged into a ravine on a mountain pass in the High Atlas on
    Tuesday, killing 14 people and injuring 27, the interior ministry said. The bus was
    travelling south to Ouarzazate when its driver lost control on a bend.""",
)
_BUS_AR = (
    "مصرع 14 شخصا في سقوط حافلة بمنحدر في الأطلس الكبير",
    """لقي 14 شخصا مصرعهم وأصيب 27 آخرون عندما سقطت حافلة تقل 45 راكبا في منحدر بممر جبلي،
    حسب ما أفادت به وزارة الداخلية.""",
)
_FAIR_AR = (
    "افتتاح معرض الكتاب في المدينة",
    """افتتح اليوم معرض الكتاب بمشاركة دور نشر من عدة بلدان، ويستمر المعرض أسبوعا.""",
)
_AR_DATELINE = "مراكش (أطلس واير) –"


def _filed(piece: tuple[str, str], k: int, dateline: str) -> Article:
    title, text = piece
    art = _article(title, text, f"Outlet {k}", k)
    return art.model_copy(update={"dateline": dateline})


def test_a_dateline_in_another_script_on_a_line_of_its_own_is_read() -> None:
    text = f"{_AR_DATELINE}\n{_BUS_AR[1]}"
    assert opening_dateline(text) == _AR_DATELINE
    assert opening_dateline(_BUS_AR[1]) is None  # a lede is no dateline
    cyrillic = "Ош, 9 апреля (ТКА).\nВ городе открылся новый рынок, сообщили в мэрии."
    assert opening_dateline(cyrillic) == "Ош, 9 апреля (ТКА)."


def test_a_language_services_page_filed_from_the_wires_city_joins_its_report() -> None:
    arts = [
        _filed(_BUS, 0, "MARRAKECH, Morocco, June 3 (Atlas Wire) -"),
        _filed(_BUS_AR, 1, _AR_DATELINE),
        _article(*_FILLER, "Outlet 2", 2),
    ]
    # Marrakech (both datelines), and 14 dead, 27 hurt, 45 passengers
    assert attach_other_language([[0], [1], [2]], arts) == [[0, 1], [2]]


def test_a_page_of_another_event_filed_from_the_city_stays_apart() -> None:
    arts = [
        _filed(_BUS, 0, "MARRAKECH, Morocco, June 3 (Atlas Wire) -"),
        _filed(_FAIR_AR, 1, _AR_DATELINE),
        _article(*_FILLER, "Outlet 2", 2),
    ]
    assert attach_other_language([[0], [1], [2]], arts) == [[0], [1], [2]]
