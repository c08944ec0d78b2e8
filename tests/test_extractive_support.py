"""After a story's opening, a fact its other articles report too comes before a line that one
article alone has (a feature's background, an analyst's aside): the bullets' relevance is their
centrality times their support by the story's other articles."""

from __future__ import annotations

from briefing.extractive import summarize_documents
from briefing.extractive.score import score, select
from briefing.extractive.sentences import Sentence, sentences_of
from briefing.features import idf, terms, tf_idf
from briefing.models import Document

WIRE = Document(
    id="w",
    title="Floods kill nine in Greek town of Volos",
    story="volos",
    source_ids=["w"],
    text=(
        "Flash floods killed at least nine people in the Greek town of Volos on Tuesday after a "
        "night of torrential rain, the fire service said. About 1,200 residents were moved to "
        "schools and sports halls after the Krafsidonas river burst its banks. Two people were "
        "still missing on Tuesday evening, the fire service said."
    ),
)
LOCAL = Document(
    id="l",
    title="Volos counts its dead after the river rose",
    story="volos",
    source_ids=["l"],
    text=(
        "Nine people died in Volos on Tuesday when the Krafsidonas river burst its banks after a "
        "night of torrential rain, the fire service said. About 1,200 residents spent the night "
        "in schools and sports halls. Two people are still missing, the mayor said."
    ),
)
FEATURE = Document(
    id="f",
    title="A bakery, a river and a long night in Volos",
    story="volos",
    source_ids=["f"],
    text=(
        "On Dimitriados Street, Eleni Papadaki swept brown water out of the bakery her "
        "grandfather opened in 1958, while neighbours carried ruined sofas and fridges to the "
        "kerb. Flash floods killed nine people in Volos on Tuesday, the fire service said. The "
        "street has flooded three times in ten years, and each time the water came higher."
    ),
)
MISSING = "Two people were still missing on Tuesday evening, the fire service said."
BACKGROUND = "The street has flooded three times in ten years, and each time the water came higher."


def test_a_fact_two_outlets_report_comes_before_one_outlet_s_background_line() -> None:
    draft = summarize_documents([WIRE, LOCAL, FEATURE])
    assert len(draft.sections) == 1
    texts = [b.text for b in draft.sections[0].bullets]
    assert texts[0].startswith("Flash floods killed at least nine people")
    # The feature's background line is the third sentence of its article and close to nothing
    # the others say; the missing people are in two of the three articles.
    assert MISSING in texts
    assert BACKGROUND not in texts or texts.index(MISSING) < texts.index(BACKGROUND)


def _scored(docs: list[Document]) -> list[list[float]]:
    per_doc = [sentences_of(d, i) for i, d in enumerate(docs)]
    weights = idf([[t for s in sents for t in s.terms] for sents in per_doc])
    cands = [s for sents in per_doc for s in sents]
    for s in cands:
        s.vec = tf_idf(s.terms, weights)
    score(cands)
    return [[s.support for s in sents] for sents in per_doc]


def test_support_is_how_closely_the_other_articles_say_it() -> None:
    wire, local, feature = _scored([WIRE, LOCAL, FEATURE])
    assert all(0.0 <= v <= 1.0 for v in wire + local + feature)
    # The wire's missing-people line is echoed by the local paper; the feature's background
    # line by nobody.
    assert wire[2] > feature[2] + 0.1
    # The feature's lede, a scene only it describes, is less supported than its second
    # sentence, which restates the wire's lede.
    assert feature[0] < feature[1]


def test_an_article_alone_is_fully_supported() -> None:
    (alone,) = _scored([WIRE])
    assert alone == [1.0, 1.0, 1.0]


def test_one_other_article_is_no_consensus() -> None:
    # With two articles (often a report and a digest's part grouped with it) a sentence's
    # closeness to the one other article is not support: every sentence counts as supported.
    wire, feature = _scored([WIRE, FEATURE])
    assert wire == [1.0, 1.0, 1.0]
    assert feature == [1.0, 1.0, 1.0]


def test_a_sentence_that_restates_the_bullets_before_it_is_left_out() -> None:
    lede = (
        "Norway's Eirik Haugen won the Vasaloppet ski race on Sunday, beating Swede Anton "
        "Lindqvist by 0.4 seconds in a sprint at the end of the 90-kilometre race to Mora."
    )
    restated = "Norwegian Eirik Haugen won the Vasaloppet in Mora ahead of Anton Lindqvist."
    new_fact = "A record 15,800 skiers started the race from Salen, organisers said."
    docs = [
        Document(id="w", title="Haugen wins Vasaloppet", story="v", source_ids=["w"], text=lede),
        Document(
            id="b",
            title="Vasaloppet: Haugen by a boot",
            story="v",
            source_ids=["b"],
            text=restated + " " + new_fact,
        ),
    ]
    bullets = [b.text for s in summarize_documents(docs).sections for b in s.bullets]
    assert bullets == [lede, new_fact]


def test_after_the_opening_another_article_s_first_sentence_weighs_less() -> None:
    # Scores as the walk leaves them: the opening, a scene that opens a third article (its
    # restart weight is an opening's), and the wire's second sentence with the ruling's terms.
    texts = [
        "The Supreme Court on Wednesday ordered the port agency to remove sand from the lagoon.",
        "Hundreds of fishers crowded around two radios outside the market to hear the ruling.",
        "By a 5-2 majority, the judges said 140 hectares of wetland must be restored by 2030.",
    ]
    cands = [
        Sentence(texts[0], 0, 0, terms(texts[0]), ["w"], lead=True),
        Sentence(texts[1], 2, 0, terms(texts[1]), ["s"], lead=True),
        Sentence(texts[2], 0, 1, terms(texts[2]), ["w"]),
    ]
    weights = idf([c.terms for c in cands])
    for c, value in zip(cands, (1.0, 0.8, 0.6), strict=True):
        c.vec = tf_idf(c.terms, weights)
        c.score = value
    docs = [Document(id=i, title="t", story="s", source_ids=[i], text="x") for i in ("w", "l", "s")]
    bullets = select(cands, 2, docs, lead=cands[0])
    assert [b.text for b in bullets] == [texts[0], texts[2]]


def _walked(rows: list[tuple[str, int, int, float]]) -> list[Sentence]:
    """Candidates as the walk leaves them: (text, document, position, score)."""
    cands = [
        Sentence(text, doc, pos, terms(text), ["wcf"[doc]], lead=pos == 0)
        for text, doc, pos, _ in rows
    ]
    weights = idf([c.terms for c in cands])
    for c, (*_, value) in zip(cands, rows, strict=True):
        c.vec = tf_idf(c.terms, weights)
        c.score = value
    return cands


SITES = [Document(id=i, title="t", story="s", source_ids=[i], text="x") for i in ("w", "c", "f")]
RULING = "The Supreme Court on Wednesday ordered the port agency to remove sand from the lagoon."
NETS = "Dredging must stop at once, and the agency must pay for new fishing nets."
INSPECT = "Environment officials will inspect the wetland every month until the work is done."
APPEAL = "The port agency said it would study the judgment before deciding whether to appeal."
HARBOUR = "The harbour was built by colonial engineers who ignored the fishermen's warnings."


def test_when_another_outlet_took_the_second_bullet_the_third_goes_on_with_the_report() -> None:
    # The agency's answer (another outlet) outranks the wire's next fact even weighed up; the
    # wire's next fact then still comes before a column's history of the harbour.
    cands = _walked(
        [(RULING, 0, 0, 1.0), (APPEAL, 1, 1, 0.9), (NETS, 0, 1, 0.4), (HARBOUR, 2, 3, 0.7)]
    )
    bullets = select(cands, 3, SITES, lead=cands[0])
    assert [b.text for b in bullets] == [RULING, APPEAL, NETS]


def test_once_a_bullet_went_on_with_the_report_the_next_is_chosen_on_its_own_merit() -> None:
    # Not three bullets from one article: after the wire's next fact, the agency's answer
    # (another outlet) comes before the wire's third fact, which only the lean would lift.
    cands = _walked(
        [(RULING, 0, 0, 1.0), (NETS, 0, 1, 0.6), (APPEAL, 1, 1, 0.9), (INSPECT, 0, 2, 0.5)]
    )
    bullets = select(cands, 3, SITES, lead=cands[0])
    assert [b.text for b in bullets] == [RULING, NETS, APPEAL]
