"""Local pages of a story's day whose names the step read too little of (``briefing
.other_language``, after fresh48's look): a Vietnamese page whose names are short syllables
("Bến Tre", "Lê Lợi": each too short to be a name's word, side by side one name); a Latvian
paper across the border naming a Lithuanian village in its plural's case ("pie Rudaičiem" for
Rudaičiai); a Chinese page naming the story's places, read in Chinese characters, beside one
of its numbers of two digits; and a broadcaster's teaser in Hindi, too short for a figure,
naming the story's village (written with a doubled letter, "dhuddike" for Dhudike) and its town
on a day the story holds whole; and a Finnish page naming the towns in the genitive, their "k"
dropped ("Ilmajoen" for Ilmajoki). Each joins its story; a page of another event of the same
place, a teaser on a day of two stories and a long page naming two names stay apart.

The articles are written for these tests (the events, the places' events, the officials and
the figures are invented).
"""

from __future__ import annotations

from test_other_language_scripts import _day

from briefing.other_language import _keys, _short_names, _Spellings, attach_other_language

_FILLER = (
    "Copper exports rise as mine output recovers",
    """Copper exports rose 8 percent in October from a year earlier as output at the country's
    largest mine recovered from a strike, the central bank said on Friday.""",
)

# Vietnamese: a ferry pier gave way in a Mekong delta town.
_PIER = (
    "Ferry pier collapses in Vietnam's Ben Tre, 14 hurt",
    """BEN TRE, Vietnam (Delta Wire) - A wooden pier at the ferry landing on Le Loi street in the
    Mekong delta town of Ben Tre collapsed on Saturday evening as passengers waited for the last
    boat, throwing 23 people into the river and injuring 14, the provincial police said. Divers
    searched the river until midnight; everyone was accounted for.""",
)
_PIER_FEATURE = (
    "For the boatmen of Ben Tre, the landing was home",
    """The boatmen who work the landing on Le Loi street say they warned for years that the pier
    was rotting. One of them, who has rowed passengers across the river since he was a boy, said
    the collapse of the pier was no surprise to anyone who used it.""",
)
_PIER_ALERT = (
    "Ben Tre ferry pier collapse: 14 injured",
    """A ferry pier on Le Loi street in Ben Tre collapsed, throwing 23 people into the river;
    14 were hurt.""",
)
# The local page: its own count of the boat's passengers (40), the story's 23 and 14.
_PIER_VI = (
    "Sập cầu tàu bến phà ở Bến Tre, 14 người bị thương",
    """Khoảng 18 giờ tối thứ Bảy, cầu tàu bằng gỗ tại bến phà trên đường Lê Lợi, thành phố Bến Tre
    bất ngờ đổ sập khi khoảng 40 hành khách đang chờ chuyến đò cuối. Có 23 người rơi xuống sông,
    14 người bị thương được đưa đi cấp cứu. Lực lượng cứu hộ tìm kiếm đến nửa đêm.""",
)
# Another event of the town: a market's new roof on the same street, no number of the story's.
_MARKET_VI = (
    "Chợ Bến Tre có mái che mới",
    """Chợ trên đường Lê Lợi, thành phố Bến Tre vừa hoàn thành mái che mới cho 300 tiểu thương,
    kịp phục vụ người dân dịp cuối năm.""",
)


def test_a_name_of_several_short_words_is_read_as_one_word() -> None:
    assert _short_names([("vietnam", "hoi", "an")]) == {"hoian"}
    assert _short_names([("le", "loi"), ("ben", "tre", "ferry")]) == {"leloi", "bentre"}
    assert _short_names([("of", "the")]) == set()  # stop words only
    assert _short_names([("ho", "chi", "minh")]) == {"hochi"}  # "minh" is a name's word alone
    assert _short_names([("an",), ("chiang", "mai")]) == set()  # one short word is none


def test_a_vietnamese_page_naming_the_storys_short_names_joins_it() -> None:
    arts = _day(_PIER, _PIER_ALERT, _PIER_VI, _FILLER)
    # Ben Tre, Le Loi and the story's 23 and 14: names alone
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_vietnamese_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_PIER, _PIER_FEATURE, _MARKET_VI, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Latvian, across the border: a diesel spill from a Lithuanian depot reaching a Latvian river.
_SPILL = (
    "Diesel from Lithuanian depot reaches river flowing into Latvia",
    """VILNIUS (Baltic Line) - About 30 tonnes of diesel leaked from a storage tank at a fuel
    depot near the village of Rudaičiai in northern Lithuania on Monday and reached the Vilkupe,
    which flows north past the Latvian town of Dravniece, the environment ministry said. Booms
    were laid at the border bridge at Gaiļupe, the ministry said.""",
)
_SPILL_ALERT = (
    "Diesel leak at Rudaičiai depot reaches Vilkupe river",
    """Diesel from a depot at Rudaičiai has reached the Vilkupe river; booms laid at Gaiļupe.""",
)
# The Latvian page: the village in the dative plural, its own figure (more than 20 tonnes).
_SPILL_LV = (
    "Vilkupē no Lietuvas ieplūst dīzeļdegviela; Dravniecē pārbauda ūdeni",
    """Lietuvā pie Rudaičiem pirmdien no degvielas bāzes tvertnes izplūda vairāk nekā 20 tonnas
    dīzeļdegvielas, kas nonāca Vilkupē, ziņo Valsts vides dienests. Dravniecē pašvaldība pārbauda
    ūdeni akās, bet Gaiļupē pie tilta uzstādītas bonas.""",
)
# Another event of the same Latvian town and river: a fishing contest, two of the story's names.
_CONTEST_LV = (
    "Dravniecē sestdien makšķerēšanas sacensības",
    """Sestdien Dravniecē notiks ikgadējās makšķerēšanas sacensības Vilkupē; pieteikties var līdz
    piektdienai pašvaldībā.""",
)


def test_a_baltic_plurals_case_meets_the_village() -> None:
    assert _keys("rudaiciem") & _keys("rudaiciai")  # "pie Rudaičiem" and "Rudaičiai"
    assert not _keys("rudaiciem") & _keys("rudais")


def test_a_latvian_page_naming_the_lithuanian_village_in_its_case_joins_it() -> None:
    arts = _day(_SPILL, _SPILL_ALERT, _SPILL_LV, _FILLER)
    # Rudaičiem, Vilkupē, Dravniecē and Gaiļupē: four names
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_latvian_page_of_another_event_of_the_town_stays_apart() -> None:
    arts = _day(_SPILL, _SPILL_ALERT, _CONTEST_LV, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Chinese: a bus hit by falling rocks on a mountain road.
_ROCKS = (
    "Falling rocks hit tour bus on Taiwan mountain road, 17 hurt",
    """CHIAYI, Taiwan (Strait Wire) - Rocks loosened by overnight rain struck a tour bus on the
    road to Alishan near Fenqihu on Sunday morning, injuring 17 passengers, the county fire
    bureau said. The bus had left Zhuqi an hour earlier. Its driver, Lin Guohua, said he saw the
    slope move and braked.""",
)
_ROCKS_ALERT = (
    "Alishan road: rocks hit bus, 17 injured",
    """Rocks fell on a tour bus near Fenqihu on the Alishan road; 17 passengers were hurt.""",
)
# The local page: the places and the driver in characters, its own count of passengers (38) and
# the story's 17.
_ROCKS_ZH = (
    "阿里山公路落石砸中遊覽車 17人受傷",
    """阿里山公路奮起湖附近今天上午發生落石意外，一輛從竹崎出發的遊覽車遭落石擊中，車上38名乘客
    中17人受傷。駕駛林國華表示，看到邊坡滑動後立即煞車。""",
)
# The same names without the story's number: the places and the driver read in characters, and
# no number the story says (a road's reopening, its own counts).
_ROAD_ZH = (
    "阿里山公路搶修完成 恢復通車",
    """阿里山公路奮起湖路段經過搶修，今天恢復雙向通車。竹崎工務段表示，駕駛林國華所屬客運公司的
    班車將照常行駛，共清除土石300立方公尺。""",
)


def test_a_chinese_page_naming_the_storys_places_beside_one_number_is_not_enough() -> None:
    """Names read in characters and one number of two digits are what a page of another event of
    the district says too (review55: tests/test_other_language_same_district.py)."""
    arts = _day(_ROCKS, _ROCKS_ALERT, _ROCKS_ZH, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_names_read_in_chinese_characters_without_the_storys_number_stay_apart() -> None:
    arts = _day(_ROCKS, _ROCKS_ALERT, _ROAD_ZH, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


# Hindi: a broadcaster's teaser of a village's water tank collapse.
_TANK = (
    "Water tank collapses in Punjab village, four dead",
    """MOGA, India (Plains Wire) - An overhead water tank collapsed onto houses in Dhudike village
    in Moga district on Sunday, killing four people and injuring 11, police said. The tank, built
    in 1998, held about 50,000 litres.""",
)
_TANK_FOLLOW = (
    "Villagers blame cracks ignored for years as Dhudike tank falls",
    """Residents of Dhudike said they had reported cracks in the tank's pillars to the water
    supply department twice. Moga's deputy commissioner ordered an inquiry.""",
)
_TANK_GALLERY = (
    "In pictures: Dhudike after the water tank fell",
    """Rescuers dig through the rubble of two houses in Dhudike, Moga district, where the water
    tank fell on Sunday.""",
)
# The teaser: 19 words of text, the village written with a doubled letter, no figure.
_TANK_HI = (
    "मोगा टंकी हादसा: आज रात 8 बजे",
    """आज रात 8 बजे देखिए: ढुड्डीके गांव में गिरी पानी की टंकी, मोगा के पीड़ित परिवारों का हाल,
    सिर्फ हमारे चैनल पर।""",
)
# A longer page naming the same two names, on another matter: no teaser.
_FAIR_HI = (
    "मोगा: ढुड्डीके में किसान मेला",
    """मोगा जिले के ढुड्डीके गांव में रविवार को किसान मेला लगा, जिसमें आसपास के गांवों से आए किसानों
    ने नई फसलों और बीजों की जानकारी ली। मेले में कृषि विभाग के अधिकारियों ने सिंचाई के नए तरीकों
    पर बात की और किसानों के सवालों के जवाब दिए। आयोजकों ने कहा कि अगले साल मेला और बड़ा होगा
    और इसमें पशुपालन पर भी सत्र होंगे।""",
)


def test_a_word_written_with_a_doubled_letter_meets_the_name() -> None:
    spellings = _Spellings({"dhudike", "moga"})
    assert spellings.meet("dhuddike") == "dhudike"
    assert spellings.meet("mogga") is None  # too short to be read so


def test_a_teasers_two_names_are_not_enough_on_a_day_of_one_story() -> None:
    """Two names are what a teaser of another event of the town says too (review55); and a day
    holding one story more or less tells nothing of the teaser."""
    arts = _day(_TANK, _TANK_FOLLOW, _TANK_GALLERY, _TANK_HI)
    assert attach_other_language([[0, 1, 2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_teaser_on_a_day_of_two_stories_stays_apart() -> None:
    arts = _day(_TANK, _TANK_FOLLOW, _TANK_GALLERY, _TANK_HI, _FILLER)
    assert attach_other_language([[0, 1, 2], [3], [4]], arts) == [[0, 1, 2], [3], [4]]


def test_a_long_page_naming_the_village_and_town_stays_apart() -> None:
    arts = _day(_TANK, _TANK_FOLLOW, _TANK_GALLERY, _FAIR_HI)
    assert attach_other_language([[0, 1, 2], [3]], arts) == [[0, 1, 2], [3]]


# Finnish: a river's ice jam; the local paper names the towns in the genitive, "Ilmajoen",
# "Seinäjoen" (consonant gradation: the "k" of "-joki" dropped before the case ending).
_ICE = (
    "Ice jam floods farmland along Finnish river, homes evacuated",
    """SEINAJOKI, Finland (Nordic Line) - An ice jam on the Lapuanjoki river flooded farmland
    between Ilmajoki and Seinäjoki on Tuesday and forced 40 people from their homes in the
    village of Hirvikylä, the regional rescue service said. Duty officer Pekka Mattila said the
    water had risen 80 cm overnight.""",
)
_ICE_ALERT = (
    "Lapuanjoki ice jam floods fields near Seinäjoki",
    """An ice jam on the Lapuanjoki has flooded fields between Ilmajoki and Seinäjoki.""",
)
# The local page: the towns in the genitive, its own counts (35 residents, 70 cm).
_ICE_FI = (
    "Jääpato nosti Lapuanjoen tulvimaan",
    """Jääpato nosti tiistaina Lapuanjoen vedet pelloille Ilmajoen ja Seinäjoen välillä.
    Pelastuslaitoksen mukaan noin 35 asukasta siirrettiin Hirvikylästä turvaan, ja vesi nousi
    yön aikana 70 senttiä. Päivystäjä Pekka Mattila kehotti varovaisuuteen.""",
)


def test_a_finnish_genitive_meets_its_name_across_the_dropped_k() -> None:
    assert _keys("ilmajoen") & _keys("ilmajoki")
    assert not _keys("helsingin") & _keys("helsinki")  # no vowel before the "ki"
    assert "kowals" not in _keys("kowalski")


def test_a_finnish_page_naming_the_towns_in_the_genitive_joins_its_story() -> None:
    arts = _day(_ICE, _ICE_ALERT, _ICE_FI, _FILLER)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]
