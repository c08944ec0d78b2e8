"""A local page in another language on another event of the story's district (review55, after
script51's rules for single-story days): a Chinese page on a rockfall closing the mountain
highway a tour bus left the day before names the same places in characters (the district, its
villages, the farm the bus was bound for) and, by chance, one number of two digits the wire says;
a Hindi broadcaster's teaser for a kabaddi final in the flooded district's town names the town
and the state on a day the flood's story holds whole. Neither tells the story's event: each stays
apart. The articles are written for these tests (the events, the figures are invented).
"""

from __future__ import annotations

from test_other_language_scripts import _day

from briefing.other_language import attach_other_language

_BUS = (
    "Tour bus plunges off Taiwan mountain highway, 6 dead",
    """TAICHUNG, Taiwan (Island Wire) - A tour bus carrying 32 passengers plunged about 40 metres
    off the Central Cross-Island Highway near Lishan in Taichung's Heping district on Tuesday,
    killing six and injuring 25, the fire department said. The bus, heading from Dongshi to
    Wuling farm, left the road on a bend at about 10 a.m. Rescuers used ropes to reach the wreck.
    The highway between Lishan and Wuling was closed for the rest of the day.""",
)
_BUS_FOLLOW = (
    "Six killed as bus leaves road near Lishan",
    """Six people were killed and 25 injured when a tour bus left the Central Cross-Island
    Highway near Lishan in Heping district, Taichung, on Tuesday, officials said. Most of the
    passengers were retirees from Dongshi.""",
)
# Another event of the district: a rockfall on the same highway; its slope's 40 metres by chance.
_ROCKFALL_ZH = (
    "梨山至武陵路段落石 台8線中橫封閉搶修",
    """台中市和平區台8線中橫公路梨山至武陵路段今天清晨發生落石，約有40公尺邊坡崩落，公路局緊急
    封閉道路搶修。東勢工務段表示，預計明天中午搶通，梨山地區居民與果農出入需改道。和平區公所
    呼籲民眾注意安全，避免前往梨山、武陵一帶。""",
)
_BANK = (
    "Central bank holds rates as exports slow",
    """The central bank kept its benchmark rate at 2 percent on Tuesday, citing slowing exports
    and steady inflation, and said it would watch property prices.""",
)


def test_a_chinese_page_of_another_event_of_the_district_stays_apart() -> None:
    arts = _day(_BUS, _BUS_FOLLOW, _ROCKFALL_ZH, _BANK)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


_FLOOD = (
    "Sutlej floods villages near Moga, 3,000 moved",
    """MOGA, India (Punjab Wire) - Floodwater from the Sutlej broke through an embankment near
    Dharamkot in Punjab's Moga district on Sunday, flooding 14 villages and forcing about 3,000
    people from their homes, district officials said. Army boats rescued 210 people stranded on
    rooftops.""",
)
_FLOOD_FOLLOW = (
    "Embankment breach near Dharamkot floods 14 villages",
    """An embankment on the Sutlej breached near Dharamkot in Moga district, Punjab, flooding 14
    villages; about 3,000 people were moved to relief camps.""",
)
_FLOOD_RESCUE = (
    "Moga flood: army boats rescue 210",
    """The army rescued 210 people from rooftops in Moga district after the Sutlej breached an
    embankment near Dharamkot on Sunday, officials said.""",
)
# Another event of the town: a broadcaster's teaser for tonight's kabaddi final.
_KABADDI_HI = (
    "आज रात 9 बजे: मोगा में कबड्डी का फाइनल, पंजाब की टीमें आमने-सामने",
    """देखिए आज रात 9 बजे: मोगा के स्टेडियम में राज्य कबड्डी फाइनल, पंजाब की दो टीमें आमने-सामने।""",
)


def test_a_teaser_of_another_event_of_the_town_stays_apart_on_a_day_of_one_story() -> None:
    arts = _day(_FLOOD, _FLOOD_FOLLOW, _FLOOD_RESCUE, _KABADDI_HI)
    assert attach_other_language([[0, 1, 2], [3]], arts) == [[0, 1, 2], [3]]
