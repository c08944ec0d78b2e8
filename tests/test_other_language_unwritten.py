"""A local page in a script whose words begin with no capital of their own, read in Latin letters
(``briefing.other_language``, after fresh43's look): Georgian writes its capitals (Mtavruli)
only to set a word in capitals throughout, so its words are read as a script without capitals,
and it writes a name's case on the name ("თელავის", "telavis", of Telavi; "კახეთში",
"kakhetshi", in Kakheti); Devanagari leaves a consonant's short "a" unwritten ("कमोली" is
"kmoli" for "Kamoli", "सरिता" "srita" for "Sarita"); and a word the day writes before
"Hospital" is a hospital's name, not a given name ("Sir Shankarlal Hospital").

The articles are written for these tests (the events, officials' words and figures invented).
"""

from __future__ import annotations

from test_other_language_scripts import _day

from briefing.other_language import _keys, _read, _spelt_runs, attach_other_language

_FILLER = (
    "Copper exports rise as mine output recovers",
    """Copper exports rose 8 percent in October from a year earlier as output at the country's
    largest mine recovered from a strike, the central bank said on Friday.""",
)

# Georgian: a hailstorm on the vineyards of Imereti.
_HAIL = (
    "Hail flattens vineyards in Georgia's Imereti, harvest at risk",
    """KUTAISI, Georgia (Caucasus Wire) - A hailstorm tore through vineyards in the western region
    of Imereti on Tuesday evening, stripping vines of leaves and grapes weeks before the harvest,
    regional officials said. The worst damage was around Zestaponi, Terjola and Kharagauli, where
    about 1,300 hectares were hit. "In twenty minutes a year's work was on the ground," said
    Giorgi Abashidze, who farms near Terjola. The agriculture ministry said it would send
    assessors on Thursday.""",
)
_HAIL_TEASER = (
    "Imereti vines hit by hail",
    """Hail damaged about 1,300 hectares of vineyards around Zestaponi, Terjola and Kharagauli on
    Tuesday; assessors go out on Thursday.""",
)
# The local page: its own count of the hectares (1,500), the towns in their cases.
_HAIL_KA = (
    "სეტყვამ იმერეთში ვენახები გაანადგურა",
    """სამშაბათს საღამოს სეტყვამ ზესტაფონის, თერჯოლისა და ხარაგაულის მუნიციპალიტეტებში
    ვენახები დააზიანა. ადგილობრივი ხელისუფლების ცნობით, დაზიანებულია 1500 ჰექტარზე მეტი.
    თერჯოლაში მცხოვრები ფერმერები ამბობენ, რომ მოსავლის დიდი ნაწილი დაიკარგა.""",
)
# Another event of the region: a school reopened in one of the story's towns.
_SCHOOL_KA = (
    "ზესტაფონში განახლებული სკოლა გაიხსნა",
    """ზესტაფონში რემონტის შემდეგ სკოლა გაიხსნა. იმერეთის რეგიონში ამ წელს ოთხი სკოლა
    განახლდა.""",
)


def test_a_georgian_page_naming_the_storys_towns_in_their_cases_joins_it() -> None:
    arts = _day(_HAIL, _HAIL_TEASER, _HAIL_KA, _FILLER)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    runs = _spelt_runs(read, lower)[2]
    # "ზესტაფონის" (zestaponis), "თერჯოლისა" (terjolisa), "ხარაგაულის" (kharagaulis)
    assert {("zestaponi",), ("terjola",), ("kharagauli",)} <= set(runs)
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_georgian_page_of_another_event_of_the_region_stays_apart() -> None:
    arts = _day(_HAIL, _HAIL_TEASER, _SCHOOL_KA, _FILLER)
    # one town and the region: no figure, no second name of the story's own
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1], [2], [3]]


def test_a_georgian_word_beginning_with_a_name_and_a_longer_tail_is_another_word() -> None:
    # "terjolaeli" and a longer tail: "terjolelebisatvis" (for the people of Terjola) is read
    # as no name; the name's case (three letters at most after it) is
    page = ("ტესტი", "თერჯოლელებისათვის თერჯოლაში")
    arts = _day(_HAIL, page)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert _spelt_runs(read, lower)[1] == [("terjola",)]


# Devanagari: a boat capsized on the Gomti.
_BOAT = (
    "Boat capsizes on the Gomti near Sitapur, 9 missing",
    """SITAPUR, India (Asia Wire) - A country boat carrying villagers to a fair capsized on the
    Gomti river near the village of Kamoli on Sunday, and nine people were missing, officials
    said. Divers pulled 31 people from the water; the injured were taken to Sir Shankarlal
    Hospital in Sitapur. District Magistrate Sarita Naik said the boat was carrying twice its
    load.""",
)
_BOAT_ALERT = (
    "Nine missing after boat capsizes on the Gomti",
    """A boat capsized on the Gomti; nine missing, 31 rescued. The injured are at the hospital in
    Sitapur.""",
)
# The local page: its own counts (eleven missing, 28 rescued), the village and the magistrate
# with their short "a" unwritten ("कमोली", "kmoli"; "सरिता", "srita": three consonants each, too
# few to be read by them), the hospital's name before "अस्पताल".
_BOAT_HI = (
    "गोमती में नाव पलटी, ग्यारह लापता",
    """कमोली के पास रविवार को मेले जा रहे ग्रामीणों की नाव गोमती में पलट गई। गोताखोरों ने 28 लोगों
    को बाहर निकाला, घायलों को सर शंकरलाल अस्पताल भेजा गया। जिलाधिकारी सरिता नायक ने कहा कि नाव
    में क्षमता से दोगुने लोग सवार थे।""",
)
# Another event of the district: a lotus pond ("कमल", kamal) cleaned in the town.
_POND_HI = (
    "कमल तालाब की सफाई शुरू",
    """सीतापुर में कमल तालाब की सफाई का काम रविवार से शुरू हुआ। नगर पालिका ने 28 मजदूर लगाए
    हैं।""",
)


def test_a_devanagari_name_without_its_short_a_meets_the_wires() -> None:
    arts = _day(_BOAT, _BOAT_ALERT, _BOAT_HI, _FILLER)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    runs = set(_spelt_runs(read, lower)[2])
    assert ("kamoli",) in runs  # "कमोली", read "kmoli"
    assert ("sarita",) in runs  # "सरिता", read "srita"
    assert ("shankarlal",) in runs  # before "Hospital", a word the day writes in lower case
    # the Gomti, Kamoli, the hospital's name and Sarita Naik: four names
    assert attach_other_language([[0, 1], [2], [3]], arts) == [[0, 1, 2], [3]]


def test_a_devanagari_word_of_consonants_alone_without_its_as_names_no_one() -> None:
    # "Kamal" read "kml" without its "a"s: three letters and no other vowel, every word's
    story = (
        "Kamal Verma named district magistrate",
        "Kamal Verma was named district magistrate of Sitapur on Monday.",
    )
    arts = _day(story, _POND_HI)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert ("kamal",) not in _spelt_runs(read, lower)[1]
    assert attach_other_language([[0], [1]], arts) == [[0], [1]]


def test_a_given_name_before_a_surname_is_still_no_name_alone() -> None:
    # "Shankarlal" the day writes only before "Srivastava", a surname: alone it is another
    # person (review38's rule, unchanged)
    story = (
        "Shankarlal Srivastava sworn in as mayor of Sitapur",
        "Shankarlal Srivastava was sworn in as mayor of Sitapur on Monday. Srivastava promised"
        " roads.",
    )
    page = ("सीतापुर", "शंकरलाल ने कहा।")
    arts = _day(story, page)
    read = [_read(a) for a in arts]
    lower = {w for r in read for w in r.small}
    assert ("shankarlal",) not in _spelt_runs(read, lower)[1]


# A page in a third language (fresh43's d1014): a ship against a Danube bridge, told by the
# Hungarian town's paper and by the Slovak one across the river, both naming the village it came
# from.
_SHIP = (
    "Cargo ship hits Danube bridge pier at Esztergom, river closed",
    """ESZTERGOM, Hungary (Central Europe Wire) - A cargo ship carrying about 2,000 tonnes of wheat
    struck a pier of the Maria Valeria bridge between Esztergom and Slovakia early on Tuesday,
    and the river police closed the Danube below the bridge to all traffic. The ship, operated
    by Danubia Cargo, was coming downstream from Pilismarot. No one was hurt and the bridge
    stayed open to pedestrians, officials said. Engineers were to inspect the pier on Wednesday.""",
)
_SHIP_TEASER = (
    "Danube closed after ship hits bridge",
    """A Danubia Cargo ship struck the Maria Valeria bridge at Esztergom on Tuesday; the Danube is
    closed below the bridge.""",
)
_SHIP_HU = (
    "Hídpillérnek ütközött egy teherhajó, lezárták a folyót",
    """Kedden hajnalban a Mária Valéria híd egyik pillérének ütközött a Danubia Cargo teherhajója
    Esztergomban. A hajó Pilismarót felől érkezett, a fedélzetén mintegy 1800 tonna búzával. A
    vízirendőrség lezárta a folyót a híd alatt, a hajóforgalom egész nap állt. Senki sem sérült
    meg, a hajót a kikötőbe vontatták. A hídon a gyalogosforgalom zavartalan, a mérnökök szerdán
    vizsgálják meg a pillért.""",
)
_SHIP_SK = (
    "Loď narazila do mosta, Dunaj je uzavretý",
    """V utorok ráno narazila nákladná loď do piliera mosta medzi Štúrovom a Ostrihomom. Loď sa
    plavila od obce Pilismarót a viezla obilie. Dunaj je pod mostom uzavretý, v prístave čakajú
    ďalšie lode. Podľa polície sa nikto nezranil. Starosta mesta povedal, že most zostáva otvorený
    pre chodcov a cyklistov.""",
)
# Another event of the village, told in the piece's own language: a new ferry.
_FERRY_HU = (
    "Új kompjárat indul tavasszal",
    """Pilismarót és Szob között új kompjárat indul tavasszal, jelentette be a polgármester a
    csütörtöki testületi ülésen. A komp negyven utast és nyolc autót vihet, és óránként indul
    majd a két part között. A menetrendet a nyári szezonra bővítik.""",
)


def test_a_name_a_page_of_a_third_language_says_too_is_the_storys() -> None:
    arts = _day(_SHIP, _SHIP_TEASER, _SHIP_HU, _SHIP_SK, _FILLER)
    # the bridge, the operator, Esztergom and Pilismarót, which the Slovak page says too
    groups = attach_other_language([[0, 1], [2], [3], [4]], arts)
    assert [0, 1, 2] in groups


def test_a_name_a_page_of_the_pieces_own_language_says_is_the_places() -> None:
    arts = _day(_SHIP, _SHIP_TEASER, _SHIP_HU, _FERRY_HU, _FILLER)
    # the village's other news, in its own language: three names of the story's own, no figure
    assert attach_other_language([[0, 1], [2], [3], [4]], arts) == [[0, 1], [2], [3], [4]]


def test_a_four_letter_name_takes_a_hungarian_case_of_three_letters() -> None:
    assert "linz" in _keys("linzbol")  # "Linzből", from Linz
    assert "sand" not in _keys("sandra")  # no case of two letters on a four-letter name
    assert "mark" not in _keys("markus")
