"""A story's section opens with its lead (fresh48's d1145): one wire's report of a bus strike
in one city was cut after its first fourteen sentences, which went into a group with the same
wire's report of a refuse strike in another city (both "strike", "union", "pay", "city"), and
its last sentence, on the next round of talks, with a line of the refuse report. That last
sentence says no word of its headline, so the report read as a digest cut between stories, its
parts left where they lay: the bus strike's section held that one line beside the city's local
report, and its lead sat unsaid in the refuse strike's. A report most of whose sentences went,
with its lead, to one group is no digest: its parts go to its own story's group. The texts are
fictional, written for this test in the shape of one wire's two reports of one day and a
city's local report."""

from __future__ import annotations

from briefing.extractive.segment import Unit
from briefing.extractive.sentences import Sentence, sentences_of
from briefing.extractive.stories import _join_given_stories
from briefing.features import idf, tf_idf
from briefing.models import Document

TRAMS = Document(
    id="trams",
    story="trams",
    title="Zagreb trams stand idle as drivers strike over pay",
    text="Tram drivers in the Croatian capital Zagreb went on a 24-hour strike on Tuesday, "
    "leaving about 200,000 daily passengers to walk, cycle or crowd onto buses.\n\n"
    "About 600 drivers of the city-owned operator stayed away from the first shift at 4 a.m.\n\n"
    "The union is seeking an 11% pay rise and a cap on split shifts.\n\n"
    "The operator has offered 4% this year and a review of the shift patterns.\n\n"
    "The deputy mayor said the city could not afford the rise without raising fares.\n\n"
    "Traffic on the main avenues was heavy from early morning.\n\n"
    "Schools reported many pupils late.\n\n"
    "It was the first tram strike in the city since 2041.\n\n"
    "The union said it would call a longer strike in March if talks failed.\n\n"
    "The mayor's office said it would ask the state mediator to chair the next round of "
    "talks, set for Friday.",
    source_ids=["trams"],
    dated=True,
)
BINS = Document(
    id="bins",
    story="bins",
    title="Rubbish piles up in Nagoya as bin collectors begin 48-hour strike",
    text="Bin collectors working for contractors of the city of Nagoya began a 48-hour strike "
    "on Tuesday, leaving bags piling up at collection points across its wards.\n\n"
    "About 1,200 workers at nine private firms walked out after talks on pay broke down, "
    "their union said.\n\n"
    "The workers want a monthly raise of 25,000 yen.\n\n"
    "The firms have offered 8,000 yen.\n\n"
    "The mayor asked residents to keep their rubbish at home until Friday.\n\n"
    "The labour ministry said it was following the dispute.\n\n"
    "Strikes are rare in Japan, where most disputes are settled in talks.",
    source_ids=["bins"],
    dated=True,
)
LOCAL = Document(
    id="local",
    story="trams",
    title="Tramvaji stoje: štrajk vozača paralizirao Zagreb",
    text="Zagrebački tramvaji danas nisu vozili jer je oko 600 vozača gradskog prijevoznika "
    "stupilo u štrajk od prve smjene u četiri sata ujutro.\n\n"
    "Vozači su se u osam sati okupili na Trgu bana Jelačića i tražili povišicu od 11 posto.\n\n"
    "Zamjenica gradonačelnika rekla je da grad nema novca za toliku povišicu bez "
    "poskupljenja karata.",
    source_ids=["local"],
)


def _units() -> tuple[list[Document], list[list[Unit]]]:
    docs = [TRAMS, BINS, LOCAL]
    per_doc = [sentences_of(d, i) for i, d in enumerate(docs)]
    weights = idf([[t for s in sents for t in s.terms] for sents in per_doc])
    for sents in per_doc:
        for s in sents:
            s.vec = tf_idf(s.terms, weights)

    def unit(doc: int, sents: list[Sentence], whole: bool = False) -> Unit:
        return Unit(doc, sents, tf_idf([t for s in sents for t in s.terms], weights), whole, True)

    trams, bins, local = per_doc
    groups = [
        [unit(2, local, whole=True)],
        [unit(0, trams[:-1]), unit(1, bins[:-2])],  # the two strikes' leads, one group
        [unit(0, trams[-1:]), unit(1, bins[-2:])],  # the talks line with the ministry's
    ]
    return docs, groups


def test_a_report_s_lead_goes_to_its_own_story_s_section() -> None:
    docs, groups = _units()
    joined = _join_given_stories(docs, groups)
    lead_home = next(g for g in joined for u in g if u.doc == 0 and u.sentences[0].pos == 0)
    shape = [[(u.doc, len(u.sentences)) for u in g] for g in joined]
    assert {u.doc for u in lead_home} == {0, 2}, shape
    bins_home = next(g for g in joined for u in g if u.doc == 1 and u.sentences[0].pos == 0)
    assert {u.doc for u in bins_home} == {1}
