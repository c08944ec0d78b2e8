"""Local pages in scripts that ``anyascii`` reads letter by letter in a way no wire spells a name
(``briefing.other_language``, after fresh45's look): Armenian writes "u" with two letters ("ու",
read "ow": "Տավուշ" is Tavush, not "Tavowsh"); an abjad (Arabic, Persian, Hebrew) writes no
short vowel and a long one as a consonant's letter ("صفاقس", "sfqs", is Sfax; "الطرابلسي",
"ltrblsy", is Trabelsi after the article); Khmer, Thai and Lao write no space between a phrase's
words, so a name stands inside a longer word ("ស្រុកក្រគរ", "srokkrkr": Krakor district);
Chinese and Japanese write figures in their numerals too ("一萬支" is 10,000, "逾十萬人" more than
100,000 people); and a word of another script written with a hyphen is one word, not syllables
("ვაჟა-ფშაველას" is Vazha-Pshavela's).

The articles are written for these tests (the events, officials' words and figures invented).
"""

from __future__ import annotations

from test_other_language_scripts import _day

from briefing.other_language import _figures, _latin, _read, _spelt_runs, attach_other_language

_FILLER = (
    "Copper exports rise as mine output recovers",
    """Copper exports rose 8 percent in October from a year earlier as output at the country's
    largest mine recovered from a strike, the central bank said on Friday.""",
)


def _runs(arts: list, k: int) -> set[tuple[str, ...]]:  # type: ignore[type-arg]
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    return set(_spelt_runs(read, lower)[k])


# Armenian: a landslide on the road from Dilijan to Ijevan.
_SLIDE = (
    "Landslide cuts Armenia's Dilijan-Ijevan highway, drivers stranded",
    """IJEVAN, Armenia (Caucasus Wire) - A landslide near the monastery village of Haghartsin cut
    the highway between Dilijan and Ijevan in the northern province of Tavush on Monday evening,
    stranding about 60 cars overnight, the emergencies ministry said. Rescuers cleared a single
    lane by morning. "The hillside has been moving for a week," said Ashot Melikyan, a driver
    from Ijevan.""",
)
_SLIDE_ALERT = (
    "Tavush highway blocked by landslide",
    """A landslide blocked the highway between Dilijan and Ijevan in Tavush; one lane reopened on
    Tuesday morning.""",
)
# The local page: its own count of the cars (40), the places in their cases.
_SLIDE_HY = (
    "Տավուշում սողանքը փակել է ճանապարհը",
    """Երեկ երեկոյան Հաղարծինի մոտ սողանքը փակել է Դիլիջանից դեպի Իջևան տանող ճանապարհը։
    Տավուշի մարզպետարանի տվյալներով՝ մոտ 40 մեքենա մնացել է ճանապարհին։ Փրկարարները
    աշխատել են ողջ գիշեր։""",
)
# Another event of the province: a festival in one of the story's towns.
_FEST_HY = (
    "Դիլիջանում մեկնարկում է երաժշտական փառատոնը",
    """Դիլիջանում այս շաբաթ մեկնարկում է ամառային երաժշտական փառատոնը։ Տավուշի մարզպետարանը
    խոստանում է անվճար ավտոբուսներ։""",
)


def test_armenian_u_is_read_as_the_wires_write_it() -> None:
    assert _latin("Տավուշում Նորատուս ՈՒ")[0] == "Tavushum Noratus U"


def test_an_armenian_page_naming_the_storys_four_places_joins_it() -> None:
    arts = _day(_SLIDE, _SLIDE_ALERT, _SLIDE_HY, _FILLER)
    assert ("tavush",) in _runs(arts, 2)  # "Տավուշում", read "Tavushum": in Tavush
    # Haghartsin, Dilijan, Ijevan and Tavush: four names of the story's
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_an_armenian_page_of_another_event_of_the_province_stays_apart() -> None:
    arts = _day(_SLIDE, _SLIDE_ALERT, _FEST_HY, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Arabic: a fire in the old market of Sfax, told by the wire and by its own Arabic service.
_MARKET = (
    "Fire guts stalls in Tunisia's Sfax old market, 14 hurt",
    """SFAX, Tunisia (Maghreb Wire) - A fire swept through the old market of Sfax before dawn on
    Tuesday, destroying 120 shops near the Bab Jebli gate and injuring 14 people, the civil
    protection service said. Some 35 firefighters fought the blaze for four hours. Governor Salem
    Trabelsi said an inquiry had been opened into its cause.""",
)
_MARKET_ALERT = (
    "Sfax market fire destroys 120 shops",
    """A fire destroyed 120 shops in the old market of Sfax on Tuesday; 14 people were hurt.""",
)
_MARKET_AR = (
    "حريق يلتهم 120 محلا في السوق القديم بصفاقس",
    """صفاقس – اندلع حريق فجر الثلاثاء في السوق القديم قرب باب الجبلي، وأتى على 120 محلا تجاريا،
    وفق ما أفادت به الحماية المدنية. وأصيب 14 شخصا بجروح طفيفة، وشارك 35 عونا في إخماد النيران.
    وقال الوالي سالم الطرابلسي إن تحقيقا فتح لمعرفة أسباب الحريق.""",
)
# Another city's event that states one of the story's numbers: a school of 120 pupils.
_SCHOOL_AR = (
    "افتتاح مدرسة جديدة في القيروان",
    """افتتحت وزارة التربية مدرسة جديدة في القيروان تستقبل 120 تلميذا، وقال المدير إن الدروس
    تبدأ يوم الاثنين.""",
)


def test_an_abjad_word_meets_a_name_by_its_consonants() -> None:
    arts = _day(_MARKET, _MARKET_ALERT, _MARKET_AR, _FILLER)
    runs = _runs(arts, 2)
    assert ("sfax",) in runs  # "صفاقس", read "sfqs"
    assert ("trabelsi",) in runs  # "الطرابلسي", "ltrblsy": the article before it
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_an_abjad_page_of_another_city_stating_one_of_the_storys_numbers_stays_apart() -> None:
    arts = _day(_MARKET, _MARKET_ALERT, _SCHOOL_AR, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Khmer: a ferry capsized on the Tonle Sap.
_FERRY = (
    "Ferry capsizes on Cambodia's Tonle Sap lake, 12 missing",
    """PURSAT, Cambodia (Mekong Wire) - A wooden ferry carrying 140 passengers capsized in a
    storm on the Tonle Sap lake near the floating village of Kampong Luong in Krakor district on
    Saturday, and 12 people were missing, provincial officials said. Fishermen pulled most of
    the passengers from the water.""",
)
_FERRY_ALERT = (
    "Tonle Sap ferry capsizes near Kampong Luong",
    """A ferry capsized near Kampong Luong in Krakor district on Saturday; 12 are missing.""",
)
# The local page: its own count of the missing (15), the places inside the village's and the
# district's words ("ភូមិកំពង់លួង", "phoumekampngaluong"; "ស្រុកក្រគរ", "srokkrkr").
_FERRY_KM = (
    "ទូកដឹកអ្នកដំណើរ ១៤០ នាក់ លិចក្នុងបឹងទន្លេសាប",
    """ទូកដឹកអ្នកដំណើរ ១៤០ នាក់ បានលិចក្នុងបឹងទន្លេសាប ក្បែរភូមិកំពង់លួង ស្រុកក្រគរ
    កាលពីថ្ងៃសៅរ៍ ។ មនុស្ស ១៥ នាក់ នៅបាត់ខ្លួន ។""",
)
# Another event of the district: a school opened.
_SCHOOL_KM = (
    "សាលារៀនថ្មីបើកនៅស្រុកក្រគរ",
    """សាលារៀនថ្មីមួយ បានបើកនៅស្រុកក្រគរ កាលពីថ្ងៃចន្ទ ។""",
)


def test_a_name_inside_a_word_of_a_script_without_spaces_meets_the_wires() -> None:
    arts = _day(_FERRY, _FERRY_ALERT, _FERRY_KM, _FILLER)
    runs = _runs(arts, 2)
    assert ("kampong",) in runs  # inside "ភូមិកំពង់លួង", the village's word
    assert ("krakor",) in runs  # inside "ស្រុកក្រគរ", the district's word
    # two names and the 140 passengers
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_page_without_spaces_of_another_event_of_the_district_stays_apart() -> None:
    arts = _day(_FERRY, _FERRY_ALERT, _SCHOOL_KM, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_chinese_numerals_are_read_as_figures() -> None:
    def figures(text: str) -> set[int]:
        return set(_figures(_latin(text)[0]))

    assert figures("每座炮城蜂炮數量不得超過一萬支") == {10_000}
    assert figures("湧入逾十萬人潮") == {100_000}
    assert figures("约七万饼老茶被毁，三千五百人撤离") == {70_000, 3_500}
    assert figures("一億二千万円") == {120_000_000}
    # a unit alone is no figure: "by all means", "just in case", "a century and more"
    assert figures("千万不要下水，万一有危险，已有百餘年歷史") == set()


def test_a_hyphened_word_of_another_script_meets_the_name_whole() -> None:
    wire = (
        "Gas leak empties school in Tbilisi",
        """TBILISI (Caucasus Wire) - About 300 pupils were evacuated from a school on
        Vazha-Pshavela Avenue after a gas leak on Friday, the emergency service said.""",
    )
    page = ("სკოლა ევაკუირებულია", "ვაჟა-ფშაველას გამზირზე სკოლიდან მოსწავლეები გაიყვანეს.")
    assert ("vazha-pshavela",) in _runs(_day(wire, page, _FILLER), 1)
