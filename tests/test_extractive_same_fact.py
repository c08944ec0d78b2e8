"""One fact from two outlets in other words is one bullet citing both (``score.same_fact``);
two facts of one story that share a number and a place stay two bullets."""

from __future__ import annotations

from briefing.anchor import check_bullet
from briefing.backends.offline import quoted_draft
from briefing.extractive import summarize_documents
from briefing.extractive.score import same_fact_terms
from briefing.features import terms
from briefing.models import Article, Document


def doc(i: str, text: str, title: str) -> Document:
    return Document(id=i, title=title, text=text, source_ids=[i])


WIRE = doc(
    "w1",
    "Slovenia has closed the boardwalk through the Zelenci spring marshes, one of its most "
    "visited nature reserves, after the flow of the spring that feeds the lake fell by about "
    "half in three weeks, the environment agency said on Monday. "
    "The ski lift was dismantled after Zelenci was declared a nature reserve in 1992, and "
    "visitors have since been routed along the boardwalk in rotation to protect the reed beds. "
    "Walkers will be kept off the boardwalk for at least 20 days while hydrologists look for the "
    "cause, the agency said. "
    "The spring is the source of the Sava Dolinka, one of the two headwaters of the Sava river.",
    "Slovenia closes Zelenci boardwalk as spring weakens",
)
HISTORY = doc(
    "h1",
    "For most of the last century the marsh below Podkoren was a place to ski, not to look at "
    "birds. "
    "After being declared a nature reserve in 1992 the ski lift was taken down and the car park "
    "removed, and walkers have since been guided in turns over parts of the marsh so that the "
    "ground can heal. "
    "Botanists count more than 200 plant species in the reserve, among them several orchids.",
    "How a ski slope became a nature reserve",
)
LOCAL = doc(
    "l1",
    "Rangers at the reserve said the spring's flow had fallen by more than 60 percent, not by "
    "half as the environment agency reported, measured at the outlet below the lake. "
    "The boardwalk was last closed in 2019 for repairs.",
    "Rangers: Zelenci spring weaker than agency says",
)
SAID = (
    "The ski lift was dismantled after Zelenci was declared a nature reserve in 1992, and "
    "visitors have since been routed along the boardwalk in rotation to protect the reed beds."
)
RETOLD = (
    "After being declared a nature reserve in 1992 the ski lift was taken down and the car park "
    "removed, and walkers have since been guided in turns over parts of the marsh so that the "
    "ground can heal."
)

FERRY = doc(
    "f1",
    "Ferry operator Baltline carried a record 412,000 passengers between Tallinn and Helsinki in "
    "July, the company said on Tuesday, as cruise visitors and day-trippers filled its three "
    "ships. "
    "Baltline added a fourth daily crossing in June after a new terminal opened in Tallinn's old "
    "harbour. "
    "The company expects passenger numbers to fall back in August when schools reopen.",
    "Baltline carries record 412,000 ferry passengers in July",
)
PORT = doc(
    "p1",
    "Port records show 398,000 ferry passengers passed through the Tallinn terminal in July, "
    "fewer than Baltline's record count because crew and children under four are not registered. "
    "The port authority said the new terminal handled its busiest day on July 14. "
    "Taxi drivers said queues at the terminal stretched for an hour on weekends.",
    "Port counts fewer ferry passengers than Baltline",
)
COUNTED = (
    "Ferry operator Baltline carried a record 412,000 passengers between Tallinn and Helsinki in "
    "July, the company said on Tuesday, as cruise visitors and day-trippers filled its three ships."
)
RECOUNTED = (
    "Port records show 398,000 ferry passengers passed through the Tallinn terminal in July, "
    "fewer than Baltline's record count because crew and children under four are not registered."
)


def test_one_fact_worded_twice_by_two_outlets_is_one_bullet_citing_both() -> None:
    draft = summarize_documents([WIRE, HISTORY, LOCAL], max_bullets=8)
    bullets = [b for s in draft.sections for b in s.bullets]
    texts = [b.text for b in bullets]
    assert SAID in texts
    assert RETOLD not in texts
    kept = next(b for b in bullets if b.text == SAID)
    assert kept.source_ids == ["w1", "h1"]  # the history piece states the year too


def test_two_counts_of_one_story_sharing_a_number_and_a_place_stay_two_bullets() -> None:
    draft = summarize_documents([FERRY, PORT], max_bullets=8)
    bullets = {b.text: b.source_ids for s in draft.sections for b in s.bullets}
    assert bullets.get(COUNTED) == ["f1"]
    assert bullets.get(RECOUNTED) == ["p1"]


def test_same_fact_needs_the_same_subject_and_enough_words_in_common() -> None:
    assert same_fact_terms(terms(SAID), terms(RETOLD))
    assert not same_fact_terms(terms(COUNTED), terms(RECOUNTED))
    # the same event's words in another order, but a different subject: a reaction to it
    assert not same_fact_terms(
        terms("The ski lift was dismantled after Zelenci was declared a nature reserve in 1992."),
        terms("Hoteliers in Kranjska Gora complained in 1992 that the reserve ended skiing."),
    )


def test_the_merged_citation_passes_the_per_bullet_check_quoting_the_other_article() -> None:
    made = [
        Article.create(title=d.title, text=d.text, source=d.id, outlet=d.id)
        for d in (WIRE, HISTORY, LOCAL)
    ]
    articles = {a.id: a for a in made}
    docs = [
        Document(id=a.id, title=a.title, text=a.text, source_ids=[a.id]) for a in articles.values()
    ]
    draft = quoted_draft(summarize_documents(docs, max_bullets=8))
    by_outlet = {a.id: a.outlet for a in articles.values()}
    for bullet in (b for s in draft.sections for b in s.bullets):
        checked, problems = check_bullet(bullet, articles)
        assert not problems, (bullet.text, problems)
        assert checked.source_ids == bullet.source_ids  # no citation lost
        if bullet.text == SAID:
            assert [by_outlet[i] for i in checked.source_ids] == ["w1", "h1"]
            assert [e.quote for e in checked.evidence] == [SAID, RETOLD]


def test_a_retelling_whose_words_negate_the_bullet_is_left_out_not_cited() -> None:
    # "without its ski lift" reads to the per-bullet check as negating the lift the bullet
    # states: quoting it would get the bullet dropped, so the retelling is left out uncited
    negating = (
        "After being declared a nature reserve in 1992 the marsh was left without its ski lift "
        "and car park, and walkers have since been guided in turns over parts of the marsh so "
        "that the ground can heal."
    )
    history = doc("h1", HISTORY.text.replace(RETOLD, negating), HISTORY.title)
    assert negating in history.text
    draft = summarize_documents([WIRE, history, LOCAL], max_bullets=8)
    bullets = {b.text: b.source_ids for s in draft.sections for b in s.bullets}
    assert bullets.get(SAID) == ["w1"]
    assert negating not in bullets


# Two facts of one flood that share the river, the towns, the council and "homes": the wire's
# and the radio's "1,200 homes flooded" and a local page's "300 homes evacuated" (review49).
FLOODED = (
    "About 1,200 homes in Marlow and Ashby were flooded on Tuesday when the river Teme rose after "
    "two days of rain, the county council said."
)
EVACUATED = (
    "The river Teme burst its banks at Marlow on Tuesday, and the county council evacuated 300 "
    "homes in Ashby overnight."
)
FLOOD_WIRE = doc(
    "w2",
    "Floodwater from the river Teme reached about 1,200 homes in Marlow and Ashby on Tuesday, the "
    "county council said. The Environment Agency issued six severe flood warnings along the "
    "river, and the A44 was closed between the two towns. Forecasters expect the river to peak "
    "on Wednesday evening.",
    "Teme floods 1,200 homes in Marlow and Ashby",
)
FLOOD_RADIO = doc(
    "r2",
    FLOODED + " Six severe flood warnings are in place along the Teme. The A44 between the towns "
    "is closed.",
    "Teme flooding: 1,200 homes hit",
)
ASHBY = (
    " Families were taken to the leisure centre, where the Red Cross set up 140 camp beds."
    " Ashby's primary school will stay closed until Friday."
)


def test_a_sentence_stating_a_figure_the_bullet_does_not_is_no_retelling_of_it() -> None:
    # the local page's sentence says the same river, towns and council but another figure of
    # another act: it stays a bullet of its own, and is never the quote for "1,200 flooded"
    for local_text in (EVACUATED + ASHBY, EVACUATED + ASHBY + " About 1,200 homes took in water."):
        local = doc("l2", local_text, "Ashby families spend night in leisure centre")
        draft = summarize_documents([FLOOD_WIRE, local, FLOOD_RADIO], max_bullets=8)
        bullets = [b for s in draft.sections for b in s.bullets]
        assert EVACUATED in [b.text for b in bullets]
        assert all(e.quote != EVACUATED for b in bullets if b.text != EVACUATED for e in b.evidence)
        assert all("l2" not in b.source_ids for b in bullets if b.text == FLOODED)


def test_a_section_is_named_by_its_lead_bullets_own_article_not_one_cited_for_a_retelling() -> None:
    # the history piece comes first and says the reserve's name most, but it is cited for the
    # lead bullet only as telling the wire's fact in its own words: the wire's headline names
    # the section (the history piece's would title the news with its angle)
    history = doc(
        "h1",
        RETOLD + " The Zelenci marsh and its spring drew skiers for decades, and the Zelenci "
        "reserve now draws walkers to the Zelenci boardwalk. Botanists count more than 200 plant "
        "species in the Zelenci reserve, among them several orchids.",
        "How a ski slope became the Zelenci nature reserve",
    )
    wire = doc(
        "w1",
        SAID + " Walkers will be kept off the boardwalk for at least 20 days while hydrologists "
        "look for the cause, the agency said. The spring is the source of the Sava Dolinka, one "
        "of the two headwaters of the Sava river.",
        "Slovenia closes Zelenci boardwalk as spring weakens",
    )
    draft = summarize_documents([history, wire], max_bullets=8)
    (section,) = draft.sections
    assert section.bullets[0].text == SAID
    assert section.bullets[0].source_ids == ["w1", "h1"]
    assert [e.source_id for e in section.bullets[0].evidence] == ["h1"]
    assert section.title == "Slovenia closes Zelenci boardwalk as spring weakens"


# Two outlets' feed teasers on one fine, each with its own figure (fresh45's d1077): one
# bullet, not two that read as two fines; the section's conflict note names the other figure
# (``briefing.summarize.versions``). "fined" is read as "fine" for the same subject.
BULLETIN = doc(
    "b3",
    "Fjordvik's port issued its largest emissions fine yet, 1.4 million kroner, to a liner that "
    "ran its engines at Skolten quay for nine hours.",
    "Port hands out record emissions fine",
)
LIVE = doc(
    "v3",
    "A cruise liner was fined 1.2 million kroner for exceeding emission limits while docked at "
    "Skolten in Fjordvik, the port authority said Thursday.",
    "Cruise ship fined for harbour smoke",
)


def test_another_outlets_figure_for_the_bullets_fact_is_no_second_bullet() -> None:
    draft = summarize_documents([BULLETIN, LIVE], max_bullets=8)
    (section,) = draft.sections
    assert [b.text for b in section.bullets] == [BULLETIN.text]
    assert section.bullets[0].source_ids == ["b3"]  # it does not state 1.4 million: not cited


def test_the_same_fine_with_a_figure_of_its_own_stays_a_bullet() -> None:
    # each teaser says a figure of its own (3,000 passengers, 12 tonnes of fuel): both stay,
    # whichever opens
    live = doc(
        "v3",
        LIVE.text.replace("docked at", "docked with 3,000 passengers at"),
        LIVE.title,
    )
    bulletin = doc(
        "b3", BULLETIN.text.replace("nine hours.", "nine hours, burning 12 tonnes of fuel."), ""
    )
    draft = summarize_documents([bulletin, live], max_bullets=8)
    texts = [b.text for s in draft.sections for b in s.bullets]
    assert live.text in texts and bulletin.text in texts
    # with no figure of its own, the shorter teaser is the one left out
    draft = summarize_documents([BULLETIN, live], max_bullets=8)
    assert [b.text for s in draft.sections for b in s.bullets] == [live.text]


# A count told by two bullets together (the storm's boats, then how many were trawlers), and a
# long read's sentence giving the municipality's other count of the boats and the same trawlers
# (fresh46's d1102): no third bullet telling the count again with the other figure, which reads
# as a second fact; the section's conflict note names it.
STORM = doc(
    "w4",
    "A storm with gale-force winds sank or badly damaged 12 boats in the harbour of Vathy on the "
    "Greek island of Symi overnight, among them most of the island's old wooden trawler fleet, "
    "the coast guard said on Tuesday. "
    "Of the 12 boats, five were trawlers, the caiques from which the island's fishermen work the "
    "waters towards Rhodes, the mayor of Symi, Nikos Vlachos, said. "
    "The harbour master closed the port to ferries until divers had checked the channel for "
    "sunken hulls.",
    "Storm wrecks Symi trawlers",
)
STORM_RECOUNT = (
    "According to the municipality, 15 boats were sunk or damaged in the harbour, five of them "
    "trawlers."
)


def _long_read(middle: str) -> Document:
    return doc(
        "l4",
        "On a grey morning the Papadakis brothers stood on the quay looking at the mast of their "
        "father's boat, the only part of it still above the water. "
        f"{middle}",
        "The last trawler of the Papadakis family",
    )


def test_a_count_two_bullets_tell_is_not_told_again_with_another_figure() -> None:
    draft = summarize_documents([STORM, _long_read(STORM_RECOUNT)], max_bullets=8)
    texts = [b.text for s in draft.sections for b in s.bullets]
    assert STORM_RECOUNT not in texts
    assert any("12 boats" in t for t in texts)


def test_the_other_figure_with_a_fact_of_its_own_stays_a_bullet() -> None:
    # new words (the disaster area asked for) or a figure of its own: a fact the bullets do not
    # tell
    for said in (
        "The municipality, which counts 15 boats sunk or damaged, has asked the government to "
        "declare the island a disaster area so that owners can claim compensation.",
        "According to the municipality, 15 boats were sunk or damaged in the harbour, and nine "
        "of their owners have no insurance.",
    ):
        draft = summarize_documents([STORM, _long_read(said)], max_bullets=8)
        assert said in [b.text for s in draft.sections for b in s.bullets], said
