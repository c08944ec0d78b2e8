"""A section tells its story's news (fresh48's look): a fact-check's claim told in a sentence
is no bullet (d1136: "A post shared several thousand times since Sunday evening says ..."); a
broadcaster's promo for a later programme is no bullet, and alone it is no section but a
teaser left out (d1143: "आज रात 9 बजे देखिए: ...", "watch tonight at 9: ..."); a feature's
scene and biography lines come after a report's facts (d1142's milking parlour, d1150's "Sunil,
61, has fished from this pole since he was seventeen."); and a condition's level is no other
report's figure (d1151: "si la visibilité dépasse 800 mètres" noted against the fog's "moins
de 200 mètres"). The texts are fictional, written for this test in the shapes of a wire
report, a fact-checker's page, a television channel's promo, a regional weekly's profile and
two outlets' reports of one fog."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.conflicts import find_conflicts
from briefing.extractive import summarize_documents
from briefing.extractive.sentences import no_bullet, promo_only
from briefing.models import Article, Document
from briefing.summarize.assemble import _why_not

WIRE = Document(
    id="wire",
    story="ferry",
    title="Ferry runs aground off Hvar, 212 passengers taken off by lifeboats",
    text="A passenger ferry ran aground on rocks off the Croatian island of Hvar on Sunday "
    "afternoon, and all 212 passengers and 14 crew were taken off by lifeboats and fishing "
    "boats, the harbour master's office said. The ferry, on its way from Split to Stari Grad, "
    "struck the rocks near the Pakleni islands at about 3.40 p.m. in calm weather. Seven "
    "passengers were treated for minor injuries in Hvar's health centre. A diving team found a "
    "three-metre gash in the hull below the waterline, and the ferry's operator said it would "
    "be towed to Split on Monday. The harbour master's office opened an inquiry and "
    "questioned the captain and the officer on watch.",
    source_ids=["wire"],
    dated=True,
)
CHECK = Document(
    id="check",
    story="ferry",
    title='Was the Hvar ferry captain "drunk on the bridge"? What we know',
    text="A post shared several thousand times since Sunday evening says the captain of the "
    'passenger ferry that ran aground off Hvar "was drunk on the bridge", and that the ferry '
    "struck the rocks near the Pakleni islands with 212 passengers on board because of it.\n\n"
    "Our verdict: Unproven. No test result has been published.\n\n"
    "We asked the operator for comment.",
    source_ids=["check"],
)


def _bullets(docs: list[Document], max_sections: int, max_bullets: int) -> list[str]:
    draft = summarize_documents(docs, max_sections=max_sections, max_bullets=max_bullets)
    return [b.text for s in draft.sections for b in s.bullets]


def test_a_fact_check_s_claim_told_in_a_sentence_is_no_bullet() -> None:
    bullets = _bullets([WIRE, CHECK], max_sections=3, max_bullets=5)
    assert bullets, bullets
    assert not any(text.startswith("A post shared") for text in bullets), bullets


@pytest.mark.parametrize(
    "text",
    [
        "A post shared several thousand times since Sunday evening says the council "
        '"measured the ice at 3 cm and told people it was safe", and that this led to a death.',
        "Posts circulating on Facebook claim the dam was opened on purpose.",
        "A viral video purports to show the bridge falling into the river.",
        "आज रात 9 बजे देखिए: कबड्डी कप में गिरी दर्शक गैलरी, घायलों का हाल, सिर्फ हमारे चैनल पर।",
        "Watch tonight at 9: the families who lost their homes to the slide.",
        "Ce soir à 20h, regardez : les pêcheurs face à la digue.",
        "A video shared by thousands since Friday claims the dam was opened on purpose.",
        "A message forwarded on WhatsApp by many parents says the school will close.",
        "Guarda stasera alle 21: le famiglie sfollate dalla frana.",
        "A post from an anonymous account shared thousands of times says the dam was opened.",
        "A message from users circulating on WhatsApp claims the school will close.",
    ],
)
def test_claims_and_promos_are_no_bullet(text: str) -> None:
    assert no_bullet(text)


@pytest.mark.parametrize(
    "text",
    [
        "A video shared on social media shows the stand collapsing.",
        "A post on the council's page says the road reopens on Monday.",
        "Photos shared by the coast guard show the barge aground, the agency says.",
        "The mayor said tonight: we will watch the river through the night.",
        "Tonight the council meets: see the agenda below.",
        # (review55: a post or a message its sender is named for is a source, not a rumour; a
        # noun that spells a watch word in another language is no bid to watch: Portugal's
        # Guarda, the national guard)
        "A post shared by the county's emergency office on Facebook says residents of Zone 3 "
        "must leave by 6 p.m.",
        "A message forwarded to parents by the school says classes will resume on Monday.",
        "A video shared by the fire service says crews have contained the blaze.",
        'O comandante da Guarda disse hoje à noite: "Não há feridos a registar."',
        # (the sender named before the word of reach: "from the ...", "by" a name)
        "A post from the county's emergency office shared on Facebook says residents must "
        "leave by 6 p.m.",
        "A video by Lima Fire Service shared on X says crews have contained the blaze.",
    ],
)
def test_reports_of_posts_and_evenings_stay_candidates(text: str) -> None:
    assert not no_bullet(text)


PROMO = Document(
    id="promo",
    story="ferry-tv",
    title="Hvar ferry: special report tonight at 9",
    text="Watch tonight at 9: how 212 passengers got off the ferry on the rocks of Hvar, the "
    "divers who found the gash, and the questions for the operator, only on Channel Adriatic "
    "with our reporters on the island.",
    source_ids=["promo"],
)


def test_a_promo_alone_is_no_section_and_is_left_out_as_a_teaser() -> None:
    draft = summarize_documents([WIRE, PROMO], max_sections=4, max_bullets=4)
    titles = [s.title for s in draft.sections]
    assert titles and not any("special report" in t for t in titles), titles
    assert promo_only(PROMO.text)
    article = Article.create(title=PROMO.title, text=PROMO.text, source="tv/promo")
    assert _why_not(article, "ferry-tv", {}, {"ferry": 1, "ferry-tv": 2}, 1).startswith(
        "teaser only"
    )


PROFILE = Document(
    id="profile",
    story="ferry",
    title="Forty summers on the Split run: the Bakotić brothers and their ferry",
    text="At half past six in the morning the brothers are already on the car deck, coffee in "
    "paper cups, counting the lorries in the queue on the quay. Ante Bakotić, 64, has worked on "
    "the Stari Grad run since he was nineteen; his brother Jure joined him two summers later. "
    "The Bakotićs come from a family of sailors on Hvar that goes back five generations. Ante "
    "keeps a notebook of every crossing he has made, more than 30,000 of them, in a drawer of "
    "the mess. Jure prefers the winter crossings, when the ferry is half empty and the sea is "
    "grey. Both say they will retire when the new ferry comes into service.",
    source_ids=["profile"],
)


def test_a_feature_s_lines_come_after_the_report_s_facts() -> None:
    bullets = _bullets([WIRE, PROFILE], max_sections=3, max_bullets=4)
    assert len(bullets) == 3, bullets  # two articles: three bullets
    assert bullets[0].startswith("A passenger ferry ran aground"), bullets
    assert all(b in WIRE.text for b in bullets), bullets


def test_a_feature_alone_still_tells_its_story() -> None:
    bullets = _bullets([PROFILE], max_sections=3, max_bullets=3)
    assert bullets, bullets


NOON = dt.datetime(2031, 1, 1, 12, tzinfo=dt.UTC)
FOG = Article.create(
    title="Third day without flights as fog shuts island airport",
    text="No plane could take off or land at the island's airport on Wednesday, the third day "
    "in a row, because of thick fog that has cut visibility to less than 200 metres since "
    "Sunday, the airport said.",
    source="fog/agency",
    outlet="Agency",
    published_at=NOON,
)
AIRLINE = Article.create(
    title="Fog: Montreal flight grounded again, 120 passengers waiting",
    text="The Montreal flight was cancelled again on Wednesday because of the fog. The airline "
    "said it would try an extra flight on Thursday if visibility exceeds 800 metres at the "
    "airport.",
    source="fog/daily",
    outlet="Daily",
    published_at=NOON + dt.timedelta(minutes=5),
)


def test_a_condition_s_level_is_no_other_report_s_figure() -> None:
    assert not [c for c in find_conflicts([FOG, AIRLINE]) if "800" in str(c)]


def test_two_reports_of_the_visibility_still_differ() -> None:
    other = Article.create(
        title="Fog keeps planes on the ground",
        text="Thick fog has cut visibility at the airport to less than 300 metres since Sunday, "
        "and no plane has landed for three days, the weather office said.",
        source="fog/weekly",
        outlet="Weekly",
        published_at=NOON + dt.timedelta(minutes=9),
    )
    assert [c for c in find_conflicts([FOG, other]) if "300" in str(c) and "200" in str(c)]
