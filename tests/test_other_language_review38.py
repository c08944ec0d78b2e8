"""review38's probe of the other-language step (``briefing.other_language``): a word of a script
without capitals that meets only a given name of the day (a word the day writes only before a
surname of four consonants or more: "Pramod" of "Pramod Sawant") is another person
("प्रमोदिनी", Pramodini) or no name at all ("प्रशासन", the administration, has Prasanna's
consonants), so it names no one (a place's first word before a short one, "Drangme" of "Drangme
Chhu", still meets); and Greek and Arabic magnitudes are read ("700 χιλιάδες" is 700,000, no
700).

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

_TRUCKS = (
    "Goa bars ore trucks at night after bus crash",
    """PANAJI, India (Asia Wire) - Goa chief minister Pramod Sawant on Thursday barred iron ore
    trucks from state roads at night after a truck hit a bus near Bicholim, killing four people.
    Sawant said 1,400 trucks were registered to carry ore and drivers would face checks.""",
)
_TRUCKS_ALERT = (
    "Sawant bars ore trucks at night",
    """Pramod Sawant barred ore trucks at night after a crash near Bicholim; 1,400 trucks carry
    ore in the state.""",
)
# Another Goa event: a runner named Pramodini, the minister's congratulations and a figure that
# happens to be the wire's.
_RUNNER_HI = (
    "गोवा की प्रमोदिनी को रजत पदक",
    """मडगांव की धाविका प्रमोदिनी गावड़े ने राष्ट्रीय खेलों की 800 मीटर दौड़ में रजत पदक जीता।
    मुख्यमंत्री सावंत ने उन्हें बधाई दी और 1,400 रुपये मासिक छात्रवृत्ति की घोषणा की।""",
)

_RAIN = (
    "Pune rains halt trains, 200 mm in a day",
    """PUNE, India (Asia Wire) - Heavy rain halted trains out of Pune on Monday after more than
    200 mm fell in a day, flooding tracks at Shivajinagar. Railway spokesman Prasanna Deshpande said
    180 services were cancelled.""",
)
_RAIN_ALERT = (
    "Pune trains halted by rain",
    """Trains stopped at Shivajinagar after 200 mm of rain, Prasanna Deshpande said.""",
)
# Another event of the city: the administration ("प्रशासन", read "prsasn": Prasanna's
# consonants), a district of the wire's and a figure that happens to be its own.
_POLLS_HI = (
    "नगर निगम चुनाव की तैयारी पूरी",
    """नगर निगम चुनाव के लिए प्रशासन ने शिवाजीनगर में 180 मतदान केंद्र संवेदनशील घोषित किए
    हैं।""",
)


def test_a_hindi_page_naming_another_person_by_a_given_names_consonants_stays_apart() -> None:
    arts = _day(_TRUCKS, _TRUCKS_ALERT, _RUNNER_HI, _FILLER)
    # "प्रमोदिनी" (prmodini) has Pramod's consonants and one more; Pramod is only ever the
    # first name of "Pramod Sawant": Sawant and 1,400 are two pieces of evidence, not three
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_hindi_word_with_a_given_names_consonants_names_no_one() -> None:
    arts = _day(_RAIN, _RAIN_ALERT, _POLLS_HI, _FILLER)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert ("prasanna",) not in _spelt_runs(read, lower)[2]
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_given_name_beside_its_surname_is_still_read() -> None:
    page = (
        "गोवा में रात में अयस्क ट्रकों पर रोक",
        """मुख्यमंत्री प्रमोद सावंत ने गुरुवार को रात में लौह अयस्क ट्रकों पर रोक लगा दी। बिचोलिम
        के पास हादसे के बाद सावंत ने बताया कि 1,400 ट्रक पंजीकृत हैं।""",
    )
    arts = _day(_TRUCKS, _TRUCKS_ALERT, page, _FILLER)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert ("pramod", "sawant") in _spelt_runs(read, lower)[2]


def test_a_places_first_word_before_a_short_one_is_still_read() -> None:
    wire = (
        "Bhutan opens Punatsang Chhu dam",
        """THIMPHU (Asia Wire) - Bhutan opened the 1,020-megawatt Punatsang Chhu plant on Monday.
        The Punatsang Chhu dam will sell power to India.""",
    )
    page = (
        "भूटान में पुनात्सांग छू परियोजना शुरू",
        """भूटान ने सोमवार को 1,020 मेगावाट की पुनात्सांग छू परियोजना शुरू की।""",
    )
    arts = _day(wire, page, _FILLER)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert ("punatsang",) in _spelt_runs(read, lower)[1]


def test_greek_and_arabic_magnitudes_are_read() -> None:
    def figures(text: str) -> frozenset[int]:
        return _figures(_latin(text)[0])

    assert figures("Επηρεάζονται περίπου 700 χιλιάδες επιβάτες") == {700_000}
    assert figures("κόστος 1,5 δισ. ευρώ και 3 εκατ. ευρώ") == {1_500_000_000, 3_000_000}
    assert figures("تخدم 15 ألف راكب يوميا وبلغت تكلفتها 1.2 مليار جنيه") == {
        15_000,
        1_200_000_000,
    }
    assert figures("نحو 240 مليون جنيه ونقل 240 أسرة") == {240_000_000, 240}


_FIRE = (
    "Wildfire near Patras forces evacuation of nine villages",
    """PATRAS, Greece (Aegean Wire) - A wildfire swept through forest near Kalavryta, south of
    Patras, on Sunday, forcing nine villages to evacuate. About 600 firefighters were deployed,
    regional governor Nektarios Farmakis said.""",
)
_FIRE_ALERT = (
    "Fire near Patras",
    """Some 600 firefighters fought a blaze near Kalavryta; Nektarios Farmakis said villages
    were evacuated.""",
)
# Another event of the region: the governor, a town of the fire's, and 600 thousand passengers.
_STRIKE_EL = (
    "Απεργία στα λεωφορεία της Πάτρας",
    """Χωρίς λεωφορεία θα μείνει η Πάτρα την Τρίτη. Ο περιφερειάρχης Νεκτάριος Φαρμάκης
    κάλεσε σε διάλογο. Επηρεάζονται 600 χιλιάδες επιβάτες τον μήνα, και στα Καλάβρυτα.""",
)


def test_a_greek_page_of_another_event_is_not_joined_by_a_thousands_figure_read_short() -> None:
    arts = _day(_FIRE, _FIRE_ALERT, _STRIKE_EL, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]
