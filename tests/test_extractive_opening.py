"""A story's first bullet is its fullest lead (the wire's lede, not an angle piece's opening),
and of stories told by as many articles, the one they say more about comes first."""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.extractive.score import opening
from briefing.extractive.sentences import Sentence, sentences_of
from briefing.models import Document

WIRE_LEDE = (
    "Danish shipping group Nordhavn agreed on Friday to buy Canadian port operator Halcrest "
    "Terminals for 6.4 billion dollars in cash, gaining container berths in Vancouver and Halifax."
)
DEAL = [
    Document(
        id="w",
        title="Nordhavn to buy Halcrest Terminals for $6.4 billion",
        text=WIRE_LEDE + " Nordhavn will pay 41 dollars a share, a 38% premium to Halcrest's "
        "closing price on Thursday.",
        source_ids=["w"],
    ),
    Document(
        id="m",
        title="Halcrest shares soar on Nordhavn deal",
        text="Halcrest shares jumped 35% in Toronto trading after the takeover was announced. "
        "The deal is expected to close by the end of the year.",
        source_ids=["m"],
    ),
]


def test_a_story_opens_with_its_wire_lede_not_the_sentence_the_others_echo() -> None:
    # The wire's second sentence ("Nordhavn will pay ... a share") shares words with both the
    # lede and the market piece, so the similarity graph ranks it first; the lede says more.
    draft = summarize_documents(DEAL)
    assert len(draft.sections) == 1
    bullets = draft.sections[0].bullets
    assert bullets[0].text == WIRE_LEDE
    assert bullets[0].source_ids == ["w"]
    assert draft.overview.startswith(WIRE_LEDE)


def _sentence(text: str, doc: int, pos: int, score: float, *, lead: bool) -> Sentence:
    return Sentence(text, doc, pos, text.lower().split(), [str(doc)], score=score, lead=lead)


def test_the_opening_is_a_document_s_first_sentence_never_a_digest_part_s() -> None:
    # A digest's later part starts at position 0 of its unit, but its first sentence may end
    # the item before it: only a document's own first sentence is a lead.
    part = _sentence(
        "the state department approved the sales and congress was told", 0, 0, 1.0, lead=False
    )
    lede = _sentence("protesters marched in kyiv", 1, 0, 0.5, lead=True)
    later = _sentence("the protests were the largest since the war began", 1, 1, 0.9, lead=False)
    assert opening([part, later, lede]) is lede
    assert opening([part, later]) is None


def test_the_fullest_lead_wins_unless_it_is_far_from_the_story() -> None:
    # The stray lead is the longest, but the story's similarity graph barely reaches it.
    short = _sentence("markets rose on the news today", 0, 0, 1.0, lead=True)
    full = _sentence(
        "the central bank cut its main rate by half a point to 3.5% on monday", 1, 0, 0.6, lead=True
    )
    stray = _sentence(
        "the central bank also published a long report on its new payment systems, the "
        "first since regulators in four countries began a joint review of card fees",
        2,
        0,
        0.02,
        lead=True,
    )
    assert opening([short, full, stray]) is full


def test_of_stories_told_by_as_many_articles_the_one_told_at_length_comes_first() -> None:
    short = Document(
        id="s",
        title="Harbour bridge shut for repairs",
        text="The harbour bridge in Kelsby was closed to traffic on Monday for two weeks of "
        "repairs. Buses will use the ring road until the bridge reopens.",
        source_ids=["s"],
    )
    long = Document(
        id="l",
        title="Floods cut off villages in the Avren valley",
        text="Floods cut off eleven villages in the Avren valley on Monday after two days of "
        "heavy rain, and about 900 people were moved to schools and sports halls. The river "
        "rose 3.2 metres above its usual level at Dunmoor, the highest reading since 1998. "
        "Army trucks brought drinking water to villages where the mains supply failed. "
        "Forecasters expect more rain on Wednesday, though less than at the weekend. The "
        "regional council said repairs to two washed-out roads would take at least a month.",
        source_ids=["l"],
    )
    for docs in ([short, long], [long, short]):
        draft = summarize_documents(docs)
        assert [s.bullets[0].source_ids for s in draft.sections] == [["l"], ["s"]]


def test_a_filed_report_s_lede_opens_before_a_longer_follow_up_without_a_dateline() -> None:
    # A local paper's follow-up ("The toll ... rose to 17 ...") says more words than the wire's
    # lede, but the lede that opened with a place dateline is the report filed from the scene.
    wire = _sentence(
        "a landslide swept onto the village of kok-jar in southern kyrgyzstan early on tuesday "
        "killing at least 14 people the ministry said",
        0,
        0,
        0.9,
        lead=True,
    )
    wire.dateline = True
    update = _sentence(
        "the toll from the landslide that buried kok-jar rose to 17 on tuesday evening after "
        "rescuers pulled three more bodies from the lower street minister osmonov told reporters",
        1,
        0,
        0.9,
        lead=True,
    )
    assert len(set(update.terms)) > len(set(wire.terms))
    assert opening([update, wire]) is wire
    wire.dateline = False
    assert opening([update, wire]) is update


def test_the_dateline_is_noted_on_the_sentence_it_is_cut_from() -> None:
    text = (
        "OSH, Kyrgyzstan (WNA) — A landslide swept onto the village of Kok-Jar early on Tuesday, "
        "killing at least 14 people, the ministry said. Rescuers dug by hand through the mud "
        "for most of the day, officials said."
    )
    dated, later = sentences_of(Document(id="w", title="Landslide", text=text, source_ids=["w"]))
    assert dated.text.startswith("A landslide swept") and dated.dateline
    assert not later.dateline
    accented = "BRASÍLIA (CW) — Brazil's Supreme Federal Court upheld the betting-ads law today."
    (court,) = sentences_of(Document(id="c", title="Court", text=accented, source_ids=["c"]))
    assert court.text.startswith("Brazil's") and court.dateline
    blog = "14:22 CET — Rescuers have reached the lower street of the village, the ministry said."
    (entry,) = sentences_of(Document(id="b", title="Live", text=blog, source_ids=["b"]))
    assert entry.text.startswith("Rescuers") and not entry.dateline


def test_a_lede_pasted_without_its_full_stop_is_still_a_sentence() -> None:
    # Scraped text loses a paragraph's last stop; the wire's lede must not be dropped for it,
    # while a headline, a label or a line cut at a comma stays out.
    unended = WIRE_LEDE.removesuffix(".")
    doc = Document(
        id="w",
        title="Nordhavn to buy Halcrest Terminals",
        text=unended
        + "\nNordhavn will pay 41 dollars a share, a 38% premium to Halcrest's closing price."
        + "\nNordhavn agrees to buy Halcrest Terminals"
        + "\nShares of the Canadian operator, which runs berths in Vancouver and Halifax, rose,"
        + "\nThe union said it had not been told of the sale and that the terminals would",
        source_ids=["w"],
    )
    kept = [s.text for s in sentences_of(doc)]
    assert kept == [
        unended,
        "Nordhavn will pay 41 dollars a share, a 38% premium to Halcrest's closing price.",
    ]
    assert summarize_documents([doc]).sections[0].bullets[0].text == unended


def test_a_lede_that_tells_what_the_headlines_say_opens_though_the_graph_ranks_it_low() -> None:
    # Two articles: the wire's report of a port strike's end, and a trade paper's piece whose
    # sentences echo each other (exporters, fruit, quays). The graph centres on the trade
    # paper's lines; the wire's lede says what both headlines say.
    wire_lede = (
        "A nine-day strike that shut the container port of Velmora ended on Monday after the "
        "dockworkers' union and the port authority reached a tentative agreement on pay."
    )
    docs = [
        Document(
            id="w",
            title="Velmora port strike ends with tentative pay deal",
            story="s",
            source_ids=["w"],
            text=wire_lede + " Cranes were due to restart on Tuesday morning.",
        ),
        Document(
            id="t",
            title="Fruit exporters relieved as Velmora strike ends",
            story="s",
            source_ids=["t"],
            text=(
                "Fruit exporters said the end of the stoppage came just in time for the citrus "
                "season, as fruit stacked on the quays had begun to spoil. "
                "Exporters of citrus fruit said they lost about a fifth of the fruit on the "
                "quays. "
                "Some exporters sent fruit by road to other quays during the stoppage."
            ),
        ),
    ]
    assert summarize_documents(docs).sections[0].bullets[0].text == wire_lede


def test_page_furniture_glued_before_a_lede_is_not_quoted() -> None:
    lede = (
        "Small farmers' groups celebrated the decree outside the Agriculture Ministry on "
        "Tuesday, while millers warned that prices could rise."
    )
    doc = Document(
        id="r",
        title="Farmers cheer corn decree",
        text="Por Redacción | 17/05/2033 | 14:20 MEXICO CITY — " + lede,
        source_ids=["r"],
    )
    assert [s.text for s in sentences_of(doc)] == [lede]
    # Bars inside a sentence are the sentence's own.
    inside = "The vote was 6 | 3 in favour | of the bill, officials said on Tuesday evening."
    vote = Document(id="v", title="Vote", text=inside, source_ids=["v"])
    assert [s.text for s in sentences_of(vote)] == [inside]


def test_a_lede_that_opens_with_a_name_in_lower_case_is_a_sentence() -> None:
    # "eThekwini", "iPhone", "de Klerk": a name written in lower case at a sentence's start is
    # no fragment; the story opens with its lede, not with the next sentence's "The rise, ...".
    lede = (
        "eThekwini Metropolitan Municipality approved higher water tariffs on Thursday, with "
        "increases of up to 9.8 percent for the heaviest domestic users, council documents showed."
    )
    doc = Document(
        id="d",
        title="Durban approves water tariff increase of up to 9.8%",
        text=lede + "\n\nThe rise, which takes effect on July 1, is the fourth above-inflation "
        "water increase in four years in the city, where outages have fuelled protests.",
        source_ids=["d"],
    )
    assert sentences_of(doc)[0].text == lede
    assert summarize_documents([doc]).sections[0].bullets[0].text == lede
    for name in ("de Klerk told the council on Monday that the", "iPhone sales in the city"):
        sentence = name + " rose by a third after the tariff change, the association said."
        assert [
            s.text
            for s in sentences_of(Document(id="x", title="", text=sentence, source_ids=["x"]))
        ]


def test_a_fragment_in_lower_case_is_no_sentence() -> None:
    # The rest of a sentence cut at a line break or an abbreviation is not a bullet.
    for fragment in (
        "said on Monday that the tariff rise would take effect in July after a council vote.",
        "de facto ban on new connections will stay until the pipes are replaced next year.",
    ):
        assert not sentences_of(Document(id="x", title="", text=fragment, source_ids=["x"]))
