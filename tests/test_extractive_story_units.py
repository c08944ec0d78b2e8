"""One story, one section, when a long article of the story is cut into topical units.

The summarizer cuts documents where their topic changes, so that a digest can feed several
stories. A long report or explainer of one story is cut too; a part that matches none of the
story's other units must still stay in its story's section, while a digest's parts about other
things keep their own sections. The texts are fictional (the cloud firm, towns and people are
invented), written for these tests in the shape of wire copy and an analysis piece.
"""

from __future__ import annotations

import pytest

from briefing.extractive import summarize_documents
from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence
from briefing.features import terms
from briefing.models import Document


def _doc(i: str, title: str, text: str, story: str | None, *, paragraphs: bool = False) -> Document:
    """A document on one line, or with its paragraphs (each on one line) kept apart."""
    parts = text.split("\n\n") if paragraphs else [text]
    body = "\n\n".join(" ".join(p.split()) for p in parts)
    return Document(id=i, title=title, text=body, source_ids=[i], story=story)


_WIRE = """A major outage at Stratocell disrupted online banking, card payments and airline
check-in across Europe on Tuesday, as the cloud provider struggled for about seven hours to
restore services in its Frankfurt data centres. Stratocell blamed a faulty network
configuration change. Banks in Germany, the Netherlands and Belgium said customers could not
log in to their apps for most of the morning. Airlines said check-in desks at several airports
had switched to paper boarding passes."""
_RESTORED = """Stratocell said all services in its Frankfurt region were back by Tuesday evening
after the outage that hit banks and airlines across Europe. The company said a faulty
configuration change had caused it."""
_ANALYSIS = """The details will come in Stratocell's post-incident review, but the shape of
Tuesday's outage is familiar. A routine configuration change was pushed to a network that
banks and airlines quietly depend on. Services in the Frankfurt data centres failed within
minutes. Check-in desks and banking apps went dark across Europe. Engineers took seven hours
to roll the change back. Regulators have long worried about this kind of concentration.
Under the Digital Operational Resilience Act, lenders must now register every critical
technology supplier with their national supervisor. Supervisors can inspect those suppliers,
demand exit plans and fine them for weak controls. Critics say the register is a paperwork
exercise that nobody reads. Some lawmakers want supervisors to cap how much of a country's
payments any single supplier may carry. Others prefer stress tests that simulate a supplier
vanishing overnight. Parliament's economic committee will debate both ideas in the spring.
The commission says it will publish draft rules before the summer recess. Industry groups
warn that strict caps would raise costs for smaller lenders. Consumer groups say the
priority should be a working cash fallback in every shop."""


def _outage_day() -> list[Document]:
    return [
        _doc("w", "Cloud outage knocks banks, airlines offline across Europe", _WIRE, "s1"),
        _doc("r", "Stratocell restores service after 7-hour outage", _RESTORED, "s1"),
        _doc("a", "One change, one continent offline", _ANALYSIS, "s1"),
    ]


def test_a_long_analysis_cut_into_parts_stays_in_its_story_s_one_section() -> None:
    draft = summarize_documents(_outage_day())
    assert len(draft.sections) == 1
    # Without the clustering's story, the analysis's second part is a story of its own: the
    # case the rule is for.
    unlabelled = [d.model_copy(update={"story": None}) for d in _outage_day()]
    assert len(summarize_documents(unlabelled).sections) > 1


_FERRY = """Fire broke out in the engine room of the ferry Vesterlys Maid off the west coast on
Wednesday. All 190 passengers and 31 crew were taken off in lifeboats. Nine people were
treated in hospital for smoke inhalation. Rescue helicopters circled the burning ship for
hours. The operator said the cause of the blaze was not yet known. Coastguard boats towed the
stricken vessel to port at dawn."""
_FERRY_REPORT = """The ferry Vesterlys Maid caught fire in its engine room on Wednesday, and
lifeboats carried all 190 passengers and 31 crew to safety, rescue officials said. Nine were
treated in hospital for smoke inhalation."""
_CHESS = """Seventeen-year-old Arun Pillai won the world chess title in Chennai on Thursday.
He beat the defending champion in a tense rapid tiebreak. Fans packed the hall to cheer the
new champion. Pillai is the youngest winner of the crown in its history. His coach said the
teenager had studied openings for ten hours a day. The prize fund was a record two million
dollars."""
_CHESS_REPORT = """Arun Pillai, 17, became the youngest world chess champion in history on
Thursday, beating the defending champion in a rapid tiebreak in Chennai."""
_GARDEN = """A rare corpse flower bloomed at the botanic garden in Lund on Friday night.
Visitors queued past midnight to smell its famous stench. The giant bloom lasts only two
days. Gardeners had waited eleven years for it to open. The garden will stay open late all
weekend for curious crowds. Botanists will collect pollen to send to other gardens."""


def test_a_digest_s_part_about_a_third_thing_keeps_its_own_section() -> None:
    # The digest leads with the ferry fire (its story, with the ferry report), tells the chess
    # title (another story's report) and a garden's flower that no other article covers. Its
    # chess part goes to the chess story: it is a digest, and its garden part is a section.
    wrap = _doc(
        "d",
        "Morning wrap: ferry fire, chess, a flower",
        _FERRY + " " + _CHESS + " " + _GARDEN,
        "ferry",
    )
    docs = [
        wrap,
        _doc("f", "Ferry fire: all 221 aboard rescued", _FERRY_REPORT, "ferry"),
        _doc("c", "Pillai, 17, is youngest chess champion", _CHESS_REPORT, "chess"),
    ]
    draft = summarize_documents(docs)
    texts = [" ".join(b.text for b in s.bullets) for s in draft.sections]
    cited = [{i for b in s.bullets for i in b.source_ids} for s in draft.sections]
    ferry = next(k for k, c in enumerate(cited) if "f" in c)
    assert "flower" not in texts[ferry] and "chess" not in texts[ferry]
    assert any("corpse flower" in t for k, t in enumerate(texts) if k != ferry)


def test_a_lone_digest_s_parts_keep_their_sections() -> None:
    # A digest no other article shares a story with: its parts are separate stories.
    wrap = _doc(
        "d",
        "Morning wrap: ferry fire, chess, a flower",
        _FERRY + " " + _CHESS + " " + _GARDEN,
        "wrap",
    )
    draft = summarize_documents([wrap])
    assert len(draft.sections) > 1


def test_a_lone_digest_written_in_paragraphs_has_one_section_per_item() -> None:
    # Its items share few words from sentence to sentence, so lexical valleys are everywhere;
    # the paragraphs say where its topics change.
    items = [" ".join(text.split()) for text in (_FERRY, _CHESS, _GARDEN)]
    wrap = Document(
        id="d",
        title="Morning wrap: ferry fire, chess, a flower",
        text="\n\n".join(items),
        source_ids=["d"],
        story="wrap",
    )
    sections = summarize_documents([wrap]).sections
    assert len(sections) == 3
    for section in sections:  # each section's bullets come from one item
        assert (
            len({k for b in section.bullets for k, item in enumerate(items) if b.text in item}) == 1
        )


_QUAKE_NORTH = """A magnitude 6.2 earthquake struck the mountains near the town of Valbruna early
on Thursday, injuring about 30 people and damaging two medieval churches, the civil protection
agency said. The quake was felt in towns about 150 kilometres away."""
_QUAKE_NORTH_2 = """Hundreds of residents of Valbruna and nearby villages spent the night in cars
and tents as aftershocks shook the area after Thursday's earthquake."""
_QUAKE_SOUTH = """A magnitude 6.5 earthquake struck the coastal province of Marisol on Thursday,
killing six people and damaging hundreds of homes, the emergency agency said. The quake was
centred near the town of Puerto Lino at a depth of 20 kilometres."""
_QUAKE_SOUTH_2 = """The government sent troops to the coastal province of Marisol after
Thursday's deadly earthquake, as rescuers searched damaged homes for survivors."""


def _quake_day(labelled: bool) -> list[Document]:
    return [
        _doc(
            "n1", "Earthquake damages churches, 30 injured", _QUAKE_NORTH, "n" if labelled else None
        ),
        _doc(
            "n2",
            "Residents sleep in cars as aftershocks continue",
            _QUAKE_NORTH_2,
            "n" if labelled else None,
        ),
        _doc("s1", "Magnitude 6.5 quake kills six", _QUAKE_SOUTH, "s" if labelled else None),
        _doc(
            "s2",
            "Troops sent after deadly coastal quake",
            _QUAKE_SOUTH_2,
            "s" if labelled else None,
        ),
    ]


def test_two_earthquakes_the_clustering_kept_apart_are_two_sections() -> None:
    # Two quakes on one day share their words ("magnitude", "earthquake", "struck", "damaging");
    # the summarizer's own grouping puts reports of both in one section, the clustering of the
    # articles did not.
    def cited(docs: list[Document]) -> list[set[str]]:
        sections = summarize_documents(docs).sections
        return [{i[0] for b in s.bullets for i in b.source_ids} for s in sections]

    assert {"n", "s"} in cited(_quake_day(labelled=False))
    assert sorted(cited(_quake_day(labelled=True)), key=sorted) == [{"n"}, {"s"}]


_PM = """Parliament in Veloria elected Anchalee Prasert of the New Dawn party as prime minister
on Monday, ending two months of deadlock after the election. Anchalee, 52, a former finance
ministry official, won 291 votes in the 500-seat house. She heads a five-party coalition."""
_PM_PROFILE = """Until three years ago, few people outside the finance ministry had heard of
Anchalee Prasert. A career civil servant, she joined New Dawn in 2029 and entered parliament at
the last election. Her coalition is broad, and some partners have little in common."""
_COCOA = """Cocoa futures jumped as much as 9% to a record $9,120 a tonne in London on Monday
after heavy rain in the main growing regions delayed the harvest. Traders said the rain could
cut the mid-crop by up to 15%. Chocolate makers have already raised prices twice this year."""
_OTTERS = """A sea otter at the Harbour Aquarium in Lindqvist gave birth to twins early on
Monday, the aquarium said, the first otter twins born in the country. Both pups are healthy,
keepers said. The otter house will stay closed to visitors for a month."""
_MORNING = """Veloria: After two months without a government, parliament chose Anchalee Prasert
as prime minister by 291 votes. The former finance official heads a five-party coalition.
Cocoa: Your chocolate is getting dearer. Cocoa futures hit a record after heavy rain delayed the
harvest. And finally: the Harbour Aquarium has twin sea otter pups, the first born in the
country."""


def test_a_short_digest_s_one_sentence_items_go_to_their_stories() -> None:
    # The clustering put the digest with the otters (its headline names all three items);
    # its Veloria item must not be told in the otters' section, nor its cocoa item.
    docs = [
        _doc("p", "Veloria parliament elects Anchalee as prime minister", _PM, "pm"),
        _doc("q", "Who is Anchalee Prasert?", _PM_PROFILE, "pm"),
        _doc("c", "Cocoa hits record as rain delays harvest", _COCOA, "cocoa"),
        _doc("o", "Twin otter pups born at Harbour Aquarium", _OTTERS, "otters"),
        _doc("m", "This Morning: Veloria's new PM, record cocoa, otter twins", _MORNING, "otters"),
    ]
    for section in summarize_documents(docs).sections:
        cited = {i for b in section.bullets for i in b.source_ids}
        if "o" in cited:
            told = " ".join(b.text for b in section.bullets)
            assert "Anchalee" not in told and "Veloria" not in told and "Cocoa" not in told


_DIGEST = """Good morning from the Harbour Note.

🔥 Coast town under threat. Around 1,500 people in farms north of Port Selin were told to leave
their homes on Monday, and the coast road to the capital was shut. Evacuees were sent to the
school in the town centre.

⚖️ A ruling on robot pay. A court in Tallinn fined a parcel app 1.4 million euros for cutting
couriers' pay through a scoring system they could not see. The judges said couriers have a
right to know how the system scores them.

🏇 Farewell, champion. Mira Soolep, the country's best-known jockey, retired at 41 after a fall
in May. She leaves with 2,310 winners."""
_FIRE_WIRE = """PORT SELIN, March 3 (BNA) -

About 1,800 people were told to leave their homes north of Port Selin on Monday and sent to the
town's school, emergency officials said.

The grass fire, which started in the Kalvi hills on Sunday, had burned more than 9,500 hectares
of pasture and forest, the regional fire service said. Crews from three counties held a line
along the river through the night. Strong wind from the east fanned the flames across the dry
hills. Forecasters said the wind would turn on Tuesday evening and could push the fire back
toward the hills."""
_FIRE_LOCAL = """The sports ground at Kalvi filled with caravans, tractors and horse boxes on Sunday
night as families fled the grass fire burning through the hills above the village. Fire crews
from three counties fought the flames along the river, and the fire service said about 9,000
hectares of pasture and forest had burned. The east wind drove the fire across the dry hills,
and two houses were lost. "We left with the dog and the photographs," said farmer Aino Rebane."""
_COURT = """The Tallinn district court on Monday fined the parcel app Kiirpakk 1.4 million euros and
ordered it to tell couriers how its scoring system sets their pay. The case was brought by a
couriers' union on behalf of 900 riders."""
_JOCKEY = """Mira Soolep, the country's best-known jockey, announced her retirement on Monday at 41,
saying her back would no longer let her ride a full season. She rode 2,310 winners."""


def test_a_wire_report_cut_into_parts_joins_its_story_beside_a_digest_that_leads_with_it() -> None:
    # The digest leads with the fire (its story, with the wire and the local paper) and tells
    # two other stories; the wire report, written in paragraphs, is cut into parts that group
    # with the digest's fire item and no whole document: the fire is still one section.
    docs = [
        _doc("d", "Harbour Note: a fire, a fine and a farewell", _DIGEST, "fire", paragraphs=True),
        _doc(
            "w",
            "Grass fire forces evacuations near Port Selin",
            _FIRE_WIRE,
            "fire",
            paragraphs=True,
        ),
        _doc("l", "Kalvi sports ground fills with evacuees as fire nears", _FIRE_LOCAL, "fire"),
        _doc("c", "Tallinn court fines parcel app over secret scores", _COURT, "court"),
        _doc("j", "Soolep retires: racing loses its best-known jockey", _JOCKEY, "jockey"),
    ]
    draft = summarize_documents(docs)
    cited = [{i for b in s.bullets for i in b.source_ids} for s in draft.sections]
    fire = [k for k, c in enumerate(cited) if c & {"w", "l"}]
    assert len(fire) == 1, [s.title for s in draft.sections]
    assert len(draft.sections) == 3


def test_a_colour_piece_s_part_joins_its_story_when_its_other_part_went_to_another() -> None:
    from briefing.extractive.segment import Unit
    from briefing.extractive.stories import _join_given_stories

    docs = [
        _doc("t1", "Metro line extension opens", "x", "line"),
        _doc("t2", "Line reaches the east", "x", "line"),
        _doc("dig", "The driver who dug the tunnel for four years", "x", "tunnel"),
        _doc("morning", "In Orsa, the first morning on the new line", "x", "tunnel"),
    ]
    t1, t2, dig = (Unit(k, [], {}, whole=True) for k in range(3))
    riders, scene = Unit(3, [], {}, whole=False), Unit(3, [], {}, whole=False)
    # The clustering put the colour piece with the tunnel driver's; its part on riders' numbers
    # went to the line's reports, and its opening scene matched nothing: that part is its
    # story's, not a section of its own (fresh17's d391: "At 5:25 on Saturday").
    joined = _join_given_stories(docs, [[t1, t2, riders], [dig], [scene]])
    assert sorted(sorted(u.doc for u in g) for g in joined) == [[0, 1, 3], [2, 3]]
    # A digest that leads with its story (a part in that story's group) and tells another
    # story's news (a part in that group) keeps its third, untold item as a section.
    lead, other, third = (Unit(3, [], {}, whole=False) for _ in range(3))
    digest = [*docs[:3], _doc("wrap", "Morning wrap", "x", "tunnel")]
    joined = _join_given_stories(digest, [[t1, t2, other], [dig, lead], [third]])
    assert sorted(sorted(u.doc for u in g) for g in joined) == [[0, 1, 3], [2, 3], [3]]


def _part(doc: int, para: int, *texts: str) -> Unit:

    sents = [Sentence(t, doc, k, terms(t), []) for k, t in enumerate(texts)]
    for s in sents:
        s.para = para
    return Unit(doc, sents, {}, whole=False)


def test_a_feature_s_parts_join_and_a_lone_digest_s_items_do_not() -> None:
    from briefing.extractive.stories import _join_given_stories

    feature = _doc(
        "f",
        "The last compositor of Orvale",
        "In Orvale, Matteo Ferrantini's print shop is one room. Ferrantini is 79.",
        "printer",
    )
    shop = _part(0, 0, "In Orvale, Matteo Ferrantini's print shop is one room with two presses.")
    cases = _part(0, 2, "Ferrantini sorts the letters back by touch after every job.")
    hotel = _part(0, 4, "The building belongs to a family in the capital.")
    cards = _part(0, 6, "He still prints his own Christmas cards, with a woodcut of the harbour.")
    joined = _join_given_stories([feature], [[shop], [cases], [hotel], [cards]])
    # The surname joins the first two parts; "He ..." goes on from the part before it (the
    # building's) and is the printer's: one section.
    assert [[u.sentences[0].para for u in g] for g in joined] == [[0, 2, 4, 6]]
    # Its headline tells one thing, so a part that names no one and opens with no pronoun
    # joins too (fresh31's d726: a winemaker's feature in five sections, one per paragraph).
    owner = _part(0, 6, "The owners' lawyer said no decision had been taken.")
    joined = _join_given_stories([feature], [[shop], [cases], [hotel], [owner]])
    assert [len(g) for g in joined] == [4]
    # Under a label (a headline of under four words), only the evidence of the parts joins: the
    # surname, and "He ..." going on from the part before; the building's part names no one.
    noted = feature.model_copy(update={"title": "Orvale notes"})
    joined = _join_given_stories([noted], [[shop], [cases], [hotel], [cards]])
    assert [len(g) for g in joined] == [4]
    joined = _join_given_stories([noted], [[shop], [cases], [hotel], [owner]])
    assert sorted(len(g) for g in joined) == [1, 1, 2]
    # A lone digest's items each name their own people and open with a name or a thing.
    digest = _doc("d", "Morning wrap", "x", "wrap")
    ferry = _part(0, 0, "Fire broke out on the ferry Vesterlys Maid; captain Ivo Brandt was hurt.")
    chess = _part(0, 2, "Arun Pillai won the world chess title in Chennai on Thursday.")
    garden = _part(0, 4, "A corpse flower bloomed at the botanic garden in Lund.")
    joined = _join_given_stories([digest], [[ferry], [chess], [garden]])
    assert len(joined) == 3


_EVACUEES = [
    """For Marguerite Delorme-Vane, it was the third time. In 1991 she left the port town with
    two suitcases, and in 2004 she left her brother's farm above the bay.""",
    """"You would think you get used to it," said the retired midwife, 72, folding blankets
    into a crate on her porch in Tessaly while her grandson carried out the television.""",
    """All afternoon on Sunday pick-up trucks loaded with mattresses, fridges and goats made
    their way down the road out of Tessaly and Upper Brack, past the closed school and the
    shuttered chapel.""",
    """Some younger residents were less alarmed. Orrin Fayle, 29, who works at a dive shop in
    the harbour, said he would move his things but expected to be back in a week or two.""",
    """The quarry pits of the lower valley, which employ about 60 people, were shut on Sunday
    morning. "No stone, no pay," said one truck driver waiting at the closed gate.""",
    """In the evening the observatory posted photographs of a faint steam plume over the dome,
    and the smell of sulphur drifted over Tessaly on the westerly breeze.""",
    """Residents needing transport or shelter can call the emergency operations centre on
    491-7166 until midnight.""",
    """At her door, Delorme-Vane stopped to look at the mountain before getting into her son's
    car. Her cat had gone ahead in a basket. She locked the door twice.""",
    """The ferry to the capital added two sailings for the night. Its captain said the decks
    were full of bicycles, cages of chickens and children asleep on coats.""",
    """Scientists will fly over the dome at first light. The alert stays at three until they
    report, the island's governor said, and the schools will not open this week.""",
]


def test_a_lone_feature_s_parts_are_one_section_when_two_say_its_headline_s_name() -> None:
    # A long local feature, alone in its story, cut at its paragraphs: most parts have their
    # own people and things (a driver, a diver, a captain) and open with no pronoun; but its
    # headline's "Tessaly" is said in three of them. One thing, one section (it had eight, as
    # fresh22's d520 had from such a piece).
    feature = _doc(
        "f",
        "Packing again: Tessaly families leave homes as the mountain stirs",
        "\n\n".join(_EVACUEES),
        "tessaly",
        paragraphs=True,
    )
    assert len(summarize_documents([feature]).sections) == 1
    # The same paragraphs under a headline that lists items are a digest's: they keep parts.
    listed = feature.model_copy(update={"title": "Island notes: a move, a quarry, a plume"})
    assert len(summarize_documents([listed]).sections) > 1
    # ... and so are they under a digest's label ("Ukraine war briefing: ..." on the seed page).
    labelled = feature.model_copy(update={"title": "Island briefing: Tessaly families move out"})
    assert len(summarize_documents([labelled]).sections) > 1
    # A country's name said in every part is no sign of one thing (a digest of that country's
    # news says it in every item): under a label, the parts keep their sections...
    country = [p.replace("Tessaly", "Montserrat") for p in _EVACUEES]
    national = _doc("n", "Montserrat notes", "\n\n".join(country), "montserrat", paragraphs=True)
    assert len(summarize_documents([national]).sections) > 1
    # ... but a headline that tells one thing is one story, whatever its parts say.
    told = national.model_copy(update={"title": "Montserrat families leave homes as it stirs"})
    assert len(summarize_documents([told]).sections) == 1


def test_a_report_s_part_that_matched_nothing_joins_its_story_though_another_part_strayed() -> None:
    from briefing.extractive.segment import Unit
    from briefing.extractive.stories import _join_given_stories

    docs = [
        _doc("w", "Coastal towns ration water after desalination plant fails", "x", "water"),
        _doc("l", "Buckets and queues as Tessby learns to ration", "x", "water"),
        _doc("f", "How the desert drinks from the fog", "x", "fog"),
    ]
    wire, explainer = Unit(0, [], {}, whole=True), Unit(2, [], {}, whole=True)
    queue = _part(1, 0, "In Tessby the taps went dry at nine on Sunday, on schedule.")
    plant = _part(1, 2, "The plant's pumps make drinking water from the sea, unlike the fog nets.")
    mayor = _part(1, 4, "Tessby's mayor asked residents to stop watering gardens and washing cars.")
    # The local report's part on the plant went to the fog explainer's group, its queue to
    # the wire's; its mayor's part matched nothing. The report tells one thing, the one its
    # headline names ("Tessby" in two parts): the mayor's part is its story's, not a section
    # of its own (fresh22's d514 had two such sections); and since the report is no digest,
    # its part on the plant is its story's too, not a bullet of the fog explainer's section
    # (the clustering told the two stories apart).
    joined = _join_given_stories(docs, [[wire, queue], [explainer, plant], [mayor]])
    assert sorted(sorted(u.doc for u in g) for g in joined) == [[0, 1, 1, 1], [2]]
    # A digest whose parts tell other things than its headline keeps the untold item apart.
    wrap = docs[1].model_copy(update={"title": "Morning wrap: water, fog, a council"})
    joined = _join_given_stories(
        [docs[0], wrap, docs[2]], [[wire, queue], [explainer, plant], [mayor]]
    )
    assert sorted(sorted(u.doc for u in g) for g in joined) == [[0, 1], [1], [1, 2]]


def test_a_sentence_of_a_report_cut_into_parts_keeps_its_place_in_the_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The analysis is cut into parts (its second part makes a story of its own without the
    # clustering's label, above); the walk's restart favours a sentence by its place in its
    # article, so the second part's first sentence, deep in the analysis, is no second lead.
    from briefing.extractive.score import score
    from briefing.extractive.sentences import sentences_of

    seen: list[Sentence] = []

    def spy(cands: list[Sentence]) -> None:
        seen.extend(cands)
        score(cands)

    monkeypatch.setattr("briefing.extractive.stories.score", spy)
    docs = _outage_day()
    summarize_documents(docs)
    order = [s.text for s in sentences_of(docs[2], 2)]
    analysis = [s for s in seen if s.doc == 2]
    assert len(analysis) > 6
    assert all(s.pos == order.index(s.text) for s in analysis)
    assert sorted(s.pos for s in analysis if s.pos == 0) == [0]
