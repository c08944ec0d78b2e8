"""A story that holds the day takes a lone piece that says its words (``briefing.day_story``);
a piece of another event, a piece that says one of them, or a day the story does not hold
keeps it apart.

The articles are fictional (the quarry town, the firm, the people are invented; real countries
only as the place rule needs them), written for these tests in the shape of wire copy, a local
report, a brief and a trade-press profile.
"""

from __future__ import annotations

from test_cluster_bounds import _article

from briefing.apart import angle_apart, lead_apart
from briefing.cluster import cluster
from briefing.day_story import attach_to_day_story, story_words
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.story_links import holds_day

_WIRE = """BRASOVA (UNA) - A landslide buried part of the Velmar marble quarry on Thursday,
trapping four workers for nine hours before rescuers reached them through a collapsed
gallery. All four were taken to hospital with minor injuries, the regional rescue service
said. The quarry's owner, Calcara Stone, halted blasting at its three sites."""
_LOCAL = """Rescuers dug through the night at the Velmar quarry after a landslide sealed a
gallery with four men inside. "We heard them knocking on the rock," said shift foreman Ilie
Raduta. The landslide followed two weeks of heavy rain, residents said, and the quarry road
stays closed."""
_BRIEF = """Four quarry workers trapped by a landslide at Velmar were freed after nine hours
underground and are in hospital."""
_OWNER = """Calcara Stone said it would pay the rescued quarry workers in full while the
landslide at Velmar is investigated. Inspectors will examine the gallery roof and the
blasting records."""
_SCULPTOR = """Dana Voicu has carved lions and saints for thirty years, and her studio above
the river is stacked with blocks she bought in the spring from a dealer in Cluj. Now her
telephone rings all day. "Every mason in the region wants the blocks I have, because nobody
knows when the biggest quarry in Romania reopens after the landslide," she says, brushing dust
from a half-finished lion for a bank's doorway. Her apprentices, two brothers from the next
village, cut the blocks into slabs with a saw her father bought second-hand in 1989. She will
not sell the slabs she has promised to a church restoration, she says, and she has turned away
a dozen buyers since Sunday. "A sculptor who sells her last block has nothing to carve in
winter," she says. Her lions guard doorways from Sibiu to Constanta; a pair for the opera house
took her eleven months, and the chisels she used hang on the wall beside her mother's wedding
photograph. Collectors from Vienna visit each autumn, and a museum in Timisoara keeps a small
owl she made at nineteen."""
_TITLES = (
    "Four workers rescued after landslide at Romanian marble quarry",
    "'We heard them knocking': night of digging at Velmar",
    "Velmar quarry workers freed",
    "Quarry owner to pay workers during inquiry",
    "A sculptor's studio, suddenly the busiest in town",
)
_OTHER = """The city council approved a new tram timetable on Thursday evening, adding late
services on weekends and a night line to the airport from next month."""


def _day(piece: str = _SCULPTOR, title: str = _TITLES[4]) -> list[Article]:
    texts = (_WIRE, _LOCAL, _BRIEF, _OWNER)
    outlets = ("United News Agency", "Brasova Courier", "Skim Wire", "Stone Trade Weekly")
    arts = [
        _article(t, x, o, k)
        for k, (t, x, o) in enumerate(zip(_TITLES[:4], texts, outlets, strict=True))
    ]
    return [*arts, _article(title, piece, "Studio Notes", 9)]


def _attach(arts: list[Article], groups: list[list[int]]) -> list[list[int]]:
    return attach_to_day_story(groups, arts, day_words(arts)[0])


def test_the_story_s_words_are_the_ones_three_quarters_of_its_members_say() -> None:
    words = story_words(_day()[:4])
    assert {"quarry", "landslide", "workers", "velmar"} <= words
    assert "rescuers" not in words  # two of four
    assert not words & {"thursday", "hours", "nine"}  # no weekday; two of four say "hours"
    assert "four" not in words  # four of four say it, but a count is no story
    dated = [
        _article(a.title, a.text + " The quarry opened in March.", "X", k)
        for k, a in enumerate(_day()[:4])
    ]
    assert "march" not in story_words(dated)  # a month tells a date
    today = [
        _article(a.title, a.text + " Today's shift was cancelled.", "X", k)
        for k, a in enumerate(_day()[:4])
    ]
    assert "today" not in story_words(today)  # and "today's" tells when, like a weekday


def test_a_possessive_is_its_word() -> None:
    # Two members write the quarry's name with a possessive ("Velmar's"): it is still the name
    # that four of four say, and no word of its own.
    members = _day()[:4]
    texts = (
        _WIRE.replace("the Velmar marble quarry", "Velmar's marble quarry"),
        _LOCAL.replace("the Velmar quarry", "Velmar\u2019s quarry"),
    )
    titles = (members[0].title, members[1].title.replace("at Velmar", "at Velmar's quarry"))
    pairs = zip(titles, texts, strict=True)
    members[:2] = [_article(h, t, "X", k) for k, (h, t) in enumerate(pairs)]
    words = story_words(members)
    assert "velmar" in words
    assert not {"velmar's", "velmar\u2019s"} & words


def test_a_lone_piece_saying_the_story_s_words_joins_the_story_that_holds_the_day() -> None:
    # The sculptor's piece names its own people and trade; "quarry" and "landslide" tie it.
    assert _attach(_day(), [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3, 4]]


def test_one_word_of_the_story_is_not_enough() -> None:
    one = _SCULPTOR.replace(" after the landslide", "")
    assert len(story_words(_day()[:4]) & {"quarry", "landslide"}) == 2
    assert _attach(_day(one), [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_piece_of_another_event_stays_apart() -> None:
    arts = _day(_OTHER, "Night tram to the airport from next month")
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_piece_naming_another_country_s_quarry_stays_apart() -> None:
    # Same topic, another event: its headline and lead name Portugal, which the story never says.
    abroad = """Rescuers in Portugal freed two workers after a landslide at a marble quarry
    near Estremoz on Thursday; the quarry had been closed for inspections."""
    arts = _day(abroad, "Portugal: two freed after quarry landslide near Estremoz")
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_story_that_does_not_hold_the_day_takes_nothing() -> None:
    # Three reports of five articles are not two thirds of the day.
    arts = [*_day()[:3], _article("Night tram to the airport", _OTHER, "City Post", 5), _day()[4]]
    assert _attach(arts, [[0, 1, 2], [3], [4]]) == [[0, 1, 2], [3], [4]]


def test_a_pair_that_says_the_story_s_words_joins_it_as_one_piece() -> None:
    arts = [*_day(), _article("Sculptors short of marble", _SCULPTOR, "Art Daily", 11)]
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3, 4, 5]]


def test_a_pair_joins_when_one_of_it_is_not_told_apart() -> None:
    # A report from another town names a place the story never says (angle_apart); the
    # sculptor's piece beside it does not, and the earlier rules paired the two.
    town = _article(
        "Portugal's masons feel the Velmar landslide",
        "Masons in Portugal say marble from the Velmar quarry, closed after the landslide,"
        " is already scarce and its price has doubled since the workers were trapped.",
        "Iberia Wire",
        11,
    )
    members = _day()[:4]
    arts = [*_day(), town]
    lower = day_words(arts)[0]
    assert angle_apart(town, members, lower)
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3, 4, 5]]
    # Alone, it stays apart.
    assert _attach([*members, town], [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_pair_stays_when_one_of_it_does_not_say_the_story_s_words() -> None:
    other = _article("Night tram to the airport from next month", _OTHER, "City Post", 11)
    arts = [*_day(), other]
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]


def test_a_pair_both_told_apart_stays() -> None:
    abroad = """Rescuers in Portugal freed two workers after a landslide at a marble quarry
    near Estremoz on Thursday; the quarry had been closed for inspections."""
    arts = [
        *_day()[:4],
        _article("Portugal: two freed after quarry landslide near Estremoz", abroad, "Lis", 9),
        _article("Portugal: Estremoz quarry workers freed", abroad, "Porto Wire", 11),
    ]
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]


def test_the_whole_pipeline_briefs_the_day_as_one_story() -> None:
    arts = _day()
    result = cluster(arts)
    assert [sorted(s.article_ids) for s in result.stories] == [sorted(a.id for a in arts)]


_PASSAU = (
    (
        "Hochwasser in Passau: Altstadt überflutet",
        """Das Hochwasser hat am Montag die Altstadt von Passau überflutet. Die Feuerwehr ist
        nicht nur in der Innenstadt im Einsatz, sagte eine Sprecherin der Stadt. Es wird auch
        weiter regnen.""",
    ),
    (
        "Passau: Pegel der Donau steigt weiter",
        """Der Pegel der Donau ist auch in der Nacht weiter gestiegen. Eine Entwarnung gibt es
        nicht, sagte die Stadt Passau. Viele Keller sind voll Wasser.""",
    ),
    (
        "Feuerwehr kämpft gegen Hochwasser",
        """In Passau kämpfen Hunderte Helfer gegen das Hochwasser. Es wird nicht erwartet, dass
        das Wasser vor Mittwoch sinkt, sagte eine Sprecherin.""",
    ),
    (
        "Altstadt unter Wasser",
        """Die Passauer Altstadt steht unter Wasser. Auch die Schulen bleiben geschlossen, eine
        Notunterkunft wurde eingerichtet; es wird nicht vor Freitag geöffnet.""",
    ),
    (
        "Passauer Eishockey: Trainer zufrieden",
        """Der Trainer der Passau Black Hawks ist mit der Saison zufrieden. Eine Überraschung war
        das nicht, sagte er; es wird auch im Frühjahr eng an der Tabellenspitze.""",
    ),
)


def test_a_piece_in_another_language_is_not_joined_by_its_function_words() -> None:
    # "nicht", "eine", "wird", "auch", "sagte" are said by every German report: with the city's
    # name they would tie an ice-hockey coach to the flood.
    arts = [_article(t, x, f"Zeitung {k}", k) for k, (t, x) in enumerate(_PASSAU)]
    assert {"nicht", "eine", "wird"} <= story_words(arts[:4])
    assert _attach(arts, [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


# review20's probes: a long feature of another event, in the same region's batch, says words
# a long report says of anything ("workers", "hospital", "hours", "minor", "injuries").
_CLEANERS = """Cleaning workers at the regional hospital will get a pay rise from next month after
their union threatened a walkout over night shifts. The deal, agreed late in the evening after a
long meeting with the health authority, lifts the hourly rate for cleaners, porters and kitchen
staff, and adds a bonus for weekend rotas. A union organiser said her members had waited four
years for a raise while wards grew busier and contracts were handed to agencies. The authority
said the extra cost would come from its reserve and that no beds would close. Nurses, whose own
talks resume in the spring, welcomed the deal but said staffing on the children's ward was still
too thin. Patients' groups said cleaner corridors and faster turnarounds between admissions
mattered as much as any new scanner."""
_CLINICS = """Patients arriving at hospital with minor injuries now wait under an hour on average,
after the health authority opened walk-in clinics beside its emergency departments. Sprains,
small cuts and burns are seen by nurse practitioners, and doctors in the main department are
left free for heart attacks and strokes. The clinics open from seven in the morning to eleven
at night and take no appointments. Staff said the busiest hours are after school and after
football matches at the weekend. The authority plans a third clinic in the spring, and a
telephone line where parents can ask whether a child needs to come in at all. Critics say the
clinics drew nurses away from wards already short of staff."""


def _groups(arts: list[Article]) -> list[list[int]]:
    at = {a.id: k for k, a in enumerate(arts)}
    return sorted(sorted(at[i] for i in s.article_ids) for s in cluster(arts).stories)


def test_a_feature_of_another_event_saying_generic_words_stays_apart() -> None:
    # "four" ("four years") and "workers": a count and a word of any labour story.
    cleaners = _article(
        "Hospital cleaners win pay rise after strike threat", _CLEANERS, "Brasova Courier", 20
    )
    assert _groups([*_day()[:4], cleaners]) == [[0, 1, 2, 3], [4]]


def test_a_wire_report_carried_three_times_does_not_make_every_word_the_story_s() -> None:
    # Three outlets carry the same wire copy, trimmed differently (not near-duplicates): every
    # word of it is said by three quarters of the story, but "hospital", "minor", "injuries"
    # and "hours" are no headline's.
    cut = _WIRE.rsplit("The quarry's", 1)[0]
    carried = [
        _article(_TITLES[0], _WIRE, "United News Agency", 1),
        _article(
            "Landslide traps quarry crew at Velmar",
            cut + " Police said the cause of the landslide was not yet known.",
            "Daily Herald",
            2,
        ),
        _article(
            "Velmar quarry crew freed",
            "Residents heard the rumble before dawn. " + cut + " The mayor thanked the rescuers.",
            "Brasova Courier",
            3,
        ),
    ]
    clinics = _article(
        "Shorter waits for patients with minor injuries", _CLINICS, "Brasova Courier", 30
    )
    assert {"hospital", "minor", "injuries"} <= story_words(carried)
    assert _groups([*carried, clinics]) == [[0, 1, 2], [3]]


def test_each_veto_holds_a_piece_apart_on_its_own() -> None:
    lower = day_words(_day())[0]
    members = _day()[:4]
    # angle_apart alone: a quarry landslide in Portugal, its lead naming nothing of its own.
    abroad = _article(
        "Portugal: quarry landslide traps workers",
        "A landslide at a marble quarry trapped workers for hours before rescuers reached them.",
        "Iberia Wire",
        12,
    )
    assert angle_apart(abroad, members, lower) and not lead_apart(abroad, members, lower)
    assert _attach([*members, abroad], [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]
    # lead_apart alone: its lead names a quarry of its own, and never Velmar or Romania.
    other = _article(
        "Quarry landslide: workers safe",
        "Workers at the Dolmen Ridge quarry were safe after a landslide closed its lower pit.",
        "Stone Trade Weekly",
        13,
    )
    assert lead_apart(other, members, lower) and not angle_apart(other, members, lower)
    assert _attach([*members, other], [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_the_words_a_piece_shares_need_one_of_the_story_s_headlines() -> None:
    # "gallery" and "landslide" are story words, but no two headlines of four say either.
    members = _day()[:4]
    assert {"gallery", "landslide"} <= story_words(members)
    piece = _article(
        "Photographs go on show at the river museum",
        "The exhibition fills the upper gallery with photographs of the old town, from the"
        " flood of 1970 to last spring's landslide above the railway.",
        "City Post",
        14,
    )
    lower = day_words([*members, piece])[0]
    assert not angle_apart(piece, members, lower) and not lead_apart(piece, members, lower)
    assert _attach([*members, piece], [[0, 1, 2, 3], [4]]) == [[0, 1, 2, 3], [4]]


def test_a_story_of_two_does_not_hold_the_day() -> None:
    arts = [_day()[0], _day()[1], _day()[4]]
    assert _attach(arts, [[0, 1], [2]]) == [[0, 1], [2]]


# Two halves of one event: a wire report and its teaser, a local report and a safety guide.
# The articles are fictional (the resort, the people and the figures are invented), written
# for these tests in the shape of the four.
_GONDOLA_WIRE = """TALMONT, Aug 3 (Alpine Newswire) - Rescuers lowered 52 skiers by rope from a
stalled gondola lift above the resort of Talmont on Sunday after a power fault stopped the
cable for more than three hours in strong wind, the regional rescue service said. Three
people were treated for hypothermia. The gondola lift will stay shut pending an inspection."""
_GONDOLA_TEASER = """Skiers were lowered by rope from a stalled gondola lift at Talmont on
Sunday; three were treated for hypothermia."""
_GONDOLA_LOCAL = """When the gondola lift above Talmont jerked to a halt, Mireille Vautrin
thought it was the usual pause. "After an hour we started singing," said Vautrin, a nurse on her
first ski holiday. Rescue teams threw a line over the cable and lowered each cabin's passengers in a
harness, one at a time. Hot soup waited at the base, and three people were treated for
hypothermia at the medical post before being released."""
_GONDOLA_GUIDE = """Gondola lift stoppages are common and almost always brief. If you are stuck
for a long time in cold wind, stay seated, keep warm and wait for the rescuer. Let them fit the
harness, sit back into it and do not look down. Tell the medical post if you feel drowsy or
cannot stop shivering: these can be early signs of hypothermia."""


def _halves() -> list[Article]:
    return [
        _article("Skiers lowered by rope from stalled gondola lift", _GONDOLA_WIRE, "ANW", 0),
        _article("Talmont gondola lift evacuated", _GONDOLA_TEASER, "Flash Alps", 1),
        _article("'We sang to stay warm': three hours in a gondola lift", _GONDOLA_LOCAL, "TC", 2),
        _article("If the gondola lift stops: what to do", _GONDOLA_GUIDE, "Piste Mag", 3),
    ]


def test_two_halves_of_one_event_that_would_hold_the_day_are_one_story() -> None:
    arts = _halves()
    assert not holds_day(2, len(arts)) and holds_day(4, len(arts))
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1, 2, 3]]


def test_two_halves_of_one_event_and_a_lone_piece_are_one_story() -> None:
    arts = [*_halves()[:3], _halves()[3]]
    assert _attach(arts, [[0, 1], [2], [3]]) == [[0, 1, 2, 3]]


def test_two_halves_that_would_not_hold_the_day_stay_apart() -> None:
    others = [
        _article(title, _OTHER, outlet, 10 + k)
        for k, (title, outlet) in enumerate(
            (("Night tram to the airport", "City Post"), ("Late trams from May", "Metro Hub"))
        )
    ]
    arts = [*_halves(), *others]
    assert not holds_day(4, len(arts) + 1)
    day = [*arts, _article("Council meets on budget", _OTHER, "Town Hall", 20)]
    assert _attach(day, [[0, 1], [2, 3], [4, 5], [6]]) == [[0, 1], [2, 3], [4, 5], [6]]


def test_two_events_of_one_town_sharing_water_and_its_name_stay_apart() -> None:
    # A crocodile at the waterfront market and a water tariff rise, both in one town: the
    # tariff's headline word "water" and the town's name are all they share.
    # "metres" is in all four (a crocodile's length, water in cubic metres): a unit, no word of
    # either story.
    croc = """A crocodile about four metres long was seen at the Kelung fish market jetty on
    Monday, and the council shut the waterfront stalls while rangers set a trap in the water."""
    croc2 = """Rangers set a trap after a crocodile of some four metres was seen near the fish
    market in Kelung; the waterfront stalls stay shut and people must keep away from the water."""
    tariff = """The water board in Kelung will raise household water tariffs by a fifth from
    October, the council said, to pay for pipes that lose half the treated water, two million
    cubic metres a year, to leaks."""
    tariff2 = """Water bills in Kelung rise by about a fifth from October under the council's
    new tariff; the water board says leaks lose two million cubic metres a year."""
    arts = [
        _article("Crocodile seen at Kelung fish market, stalls shut", croc, "Borneo Wire", 0),
        _article("Crocodile shuts part of Kelung market", croc2, "Kelung Daily", 1),
        _article("Water bills to rise by a fifth, council says", tariff, "Borneo Wire", 2),
        _article("Kelung water tariff up about 20 percent", tariff2, "Kelung Daily", 3),
    ]
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


def test_two_halves_named_apart_stay_apart() -> None:
    # The same kind of event at two resorts: each half's headlines name its own resort.
    other = [
        _article(
            "Skiers lowered from stalled gondola lift at Morvaz",
            _GONDOLA_WIRE.replace("Talmont", "Morvaz").replace("TALMONT", "MORVAZ"),
            "ANW",
            5,
        ),
        _article(
            "Morvaz gondola lift evacuated",
            _GONDOLA_TEASER.replace("Talmont", "Morvaz"),
            "Flash Alps",
            6,
        ),
    ]
    arts = [*_halves()[:2], *other]
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


def test_another_quarry_s_report_and_its_unnamed_brief_stay_apart_as_a_pair() -> None:
    # review23: the brief names no place, so only the pair as a group is told apart (its
    # report's headline names Dobrin, which the story never says; the story's names Velmar).
    dobrin = _article(
        "Second landslide at Dobrin gravel quarry kills one worker",
        "DOBRIN (UNA) - A landslide at a gravel quarry near Dobrin killed one worker and injured"
        " another on Thursday evening, the regional rescue service said. Rescuers recovered the"
        " man's body from under the gravel after four hours.",
        "United News Agency",
        20,
    )
    brief = _article(
        "Another quarry landslide: one worker dead",
        "One worker died when a landslide buried part of a gravel quarry on Thursday evening,"
        " hours after the rescue of four workers elsewhere.",
        "Skim Wire",
        24,
    )
    arts = [*_day()[:4], dobrin, brief]
    assert _attach(arts, [[0, 1, 2, 3], [4, 5]]) == [[0, 1, 2, 3], [4, 5]]


def _two_events(
    titles: tuple[str, str, str, str], texts: tuple[str, str, str, str]
) -> list[Article]:
    outlets = ("Coastline Press", "Dock Flash", "Dock Gazette", "Dock Flash")
    return [
        _article(t, x, o, 5 * k)
        for k, (t, x, o) in enumerate(zip(titles, texts, outlets, strict=True))
    ]


def test_two_fires_of_one_town_stay_apart_by_the_things_their_headlines_name() -> None:
    # A warehouse's fire and a school kitchen's, one town: "warehouse" and "kitchen".
    arts = _two_events(
        (
            "Fire destroys timber warehouse in Ostrava Dock",
            "Warehouse fire: residents told to keep windows shut",
            "School kitchen fire forces evacuation in Ostrava Dock",
            "Pupils wait in the rain after kitchen fire",
        ),
        (
            "A fire destroyed a timber warehouse in the port district of Ostrava Dock overnight,"
            " and firefighters fought the blaze for six hours, the fire service said. Smoke"
            " drifted over the town centre.",
            "Residents of Ostrava Dock were told to keep windows shut after a warehouse fire"
            " sent smoke across the town centre. Firefighters said the blaze was out by morning.",
            "Some 300 pupils were evacuated from a primary school in Ostrava Dock after a fire"
            " broke out in its kitchen. Firefighters put out the blaze; smoke damaged the"
            " dining hall, the fire service said.",
            "Parents gathered at the school gates in Ostrava Dock as firefighters checked the"
            " smoke-filled dining hall. The fire started near the ovens, the head teacher said.",
        ),
    )
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


def test_two_decisions_of_one_council_stay_apart() -> None:
    # "close two libraries" and "library closures" name one thing, "parking charges" another.
    arts = _two_events(
        (
            "Belmoor council votes to close two libraries",
            "Councillors heckled as library closures approved",
            "Belmoor council approves new parking charges",
            "Shopkeepers fear parking charges will keep buyers away",
        ),
        (
            "Belmoor's council voted on Wednesday night to close two branch libraries to save"
            " money, after a meeting in which councillors were heckled.",
            "Residents heckled councillors as Belmoor council approved the closure of two"
            " libraries at Wednesday night's meeting.",
            "Belmoor council approved new parking charges for the town centre at Wednesday"
            " night's meeting, with councillors voting for an hourly fee.",
            "Shopkeepers in Belmoor said the parking charges the council approved at Wednesday"
            " night's meeting would drive buyers away. Councillors never asked us, one said.",
        ),
    )
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


# Two stories of one country told by one ministry and its minister (fresh39's d938: a hut's
# fire and a rare bird's breeding season): the agency, the minister and spans of time ("night",
# "season") are all they share. The walkers' night and the season are when, not what.
def test_two_stories_of_one_ministry_sharing_its_minister_and_a_night_stay_apart() -> None:
    arts = _two_events(
        (
            "Fire destroys hut on Norland's Kerrow Track, trampers evacuated",
            "Tarn Hut lost: walkers tell of night escape",
            "Breeding season ends with record number of marsh parrot chicks",
            "Port Ellis keepers raised dozens of the record marsh parrot chicks",
        ),
        (
            "Fire destroyed the Tarn Hut on the Kerrow Track and 28 walkers were flown out at"
            " first light, the Department of Wildlands said. The trampers escaped in the night"
            " with what they could carry. Wildlands Minister Ana Sefton said the hut would be"
            " rebuilt before next season. Wardens said the fire began in the drying room.",
            "Walkers woke to smoke at the Tarn Hut and escaped in the night as the fire spread"
            " through the bunk room. The Department of Wildlands flew them out in the morning."
            " Wildlands Minister Ana Sefton thanked the wardens and said the walking season"
            " would go on.",
            "Norland's marsh parrot breeding season has ended with a record 74 chicks, the"
            " Department of Wildlands said. Keepers fed the weakest chicks by hand through"
            " the night. Wildlands Minister Ana Sefton said funding for the programme would"
            " continue next season.",
            "A team of keepers in Port Ellis raised dozens of the record chicks by hand, feeding"
            " them every few hours through the night, the Department of Wildlands said."
            " Wildlands Minister Ana Sefton visited the keepers and the birds this season.",
        ),
    )
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1], [2, 3]]


def test_two_halves_sharing_a_thing_and_a_night_are_still_one_story() -> None:
    # The lookalike: a gondola's halves that also share "night" still share their thing.
    arts = _halves()
    arts[0] = _article(arts[0].title, _GONDOLA_WIRE + " Crews worked into the night.", "ANW", 0)
    arts[2] = _article(arts[2].title, _GONDOLA_LOCAL + " By night all were down.", "TC", 2)
    assert _attach(arts, [[0, 1], [2, 3]]) == [[0, 1, 2, 3]]


# A local page in another language joined the wire and its teaser (``briefing.other_language``):
# the story's words are read over the other two (fresh43's d1015).
_GONDOLA_PAGE = """Am Sonntag blieb die Gondelbahn oberhalb von Talmont nach einem Stromausfall
mehr als drei Stunden lang stehen. Die Bergrettung seilte 49 Skifahrer einzeln aus den Kabinen
ab, drei von ihnen wurden wegen Unterkühlung behandelt. Die Bahn bleibt bis zu einer Prüfung
geschlossen."""


def test_a_page_in_another_language_in_one_half_does_not_keep_the_halves_apart() -> None:
    arts = [*_halves(), _article("Talmont: Skifahrer aus Gondel abgeseilt", _GONDOLA_PAGE, "TB", 4)]
    lower = day_words(arts)[0]
    # three quarters of the wire, the teaser and the page say no word: the page is no reader
    assert attach_to_day_story([[0, 1, 4], [2, 3]], arts, lower) == [[0, 1, 4], [2, 3]]
    assert attach_to_day_story([[0, 1, 4], [2, 3]], arts, lower, aside={4}) == [[0, 1, 4, 2, 3]]
