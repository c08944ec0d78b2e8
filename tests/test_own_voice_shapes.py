"""A lead in its issuer's own voice (``Sentence.own``) is one that speaks as "we" outside a
quotation or names its own outlet as its subject; not a report that quotes a villager's "we" in
the marks of its language, uses a word that holds the outlet's name ("started" for the Star,
"nationwide" for the Nation, "Local residents" for the Local), or names its outlet as the one
told ("officials told the Ledger"). review53's probe of titles49's rule: each of these reports'
leads was weighed as a statement's, so another outlet's lead opened and titled the story. The
texts are fictional, written for this test in the shapes of reports and statements."""

from __future__ import annotations

import pytest

from briefing.extractive import summarize_documents
from briefing.extractive.sentences import _own_voice
from briefing.models import Document


def _lead(text: str, outlet: str) -> bool:
    return _own_voice(text, outlet)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Officials told the Ledger on Friday that the paper mill in Harlow Falls will close "
            "in March, cutting 340 jobs.",
            "The Ledger",
        ),
        (
            "A fire that started in a timber yard destroyed about 300 stalls at Gikomba market "
            "overnight, the Red Cross said on Tuesday.",
            "The Star",
        ),
        (
            "A nationwide strike by junior doctors shut outpatient clinics across the country "
            "on Tuesday, the health ministry said.",
            "The Nation",
        ),
        (
            "Local residents were evacuated from 40 homes in Hallstatt after a rockfall above "
            "the village on Sunday, police said.",
            "The Local",
        ),
        (
            "« Nous avons tout perdu », raconte un habitant de Saint-Martin-Vésubie, dont la "
            "maison a été emportée par la crue de mardi.",
            "Nice-Presse",
        ),
        (
            "„Wir haben alles verloren“, sagt ein Anwohner in Ahrweiler, dessen Haus die Flut "
            "am Dienstag zerstört hat.",
            "Rhein-Zeitung",
        ),
        (
            "‘We’ve lost everything,’ said a farmer in Tewkesbury whose fields have been under "
            "water since Tuesday.",
            "Severn Courier",
        ),
        (
            "Noi restricții de circulație au fost anunțate marți pe DN1 după alunecarea de "
            "teren de la Comarnic.",
            "Ziarul Prahova",
        ),
    ],
)
def test_a_report_s_lead_is_not_its_issuer_s_own_voice(text: str, outlet: str) -> None:
    assert not _lead(text, outlet)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Lavender Growers' Association informs its members, distillers and buyers that "
            "the harvest in the western fields cannot be completed this year.",
            "Lavender Growers' Association",
        ),
        (
            "On Friday, Khan River Uranium said it would suspend work at its Dornod mine.",
            "Khan River Uranium",
        ),
        ("The Local has learned that the council will close the town's pool.", "The Local"),
        (
            "We deeply regret the death of a guard at our storage site on Tuesday evening.",
            "Tundra Munitions",
        ),
        ("Nous regrettons profondément le décès d'un gardien sur notre site.", "Tundra"),
    ],
)
def test_a_statement_s_lead_is_its_issuer_s_own_voice(text: str, outlet: str) -> None:
    assert _lead(text, outlet)


def test_a_report_whose_lead_holds_its_outlet_s_name_in_a_word_still_opens() -> None:
    star = Document(
        id="star",
        title="Fire destroys 300 stalls at Nairobi's Gikomba market",
        outlet="The Star",
        story="fire",
        text="A fire that started in a timber yard destroyed about 300 stalls at Nairobi's "
        "Gikomba market overnight, leaving hundreds of traders without stock, the Kenya Red "
        "Cross said on Tuesday.\n"
        "No one was hurt, the Red Cross said, but firefighters took four hours to reach the "
        "blaze through the market's narrow lanes.\n"
        "Nairobi governor Johnson Sakaja visited the market and promised to help traders.",
        source_ids=["star"],
    )
    radio = Document(
        id="radio",
        title="Gikomba traders count losses after market fire",
        outlet="City Radio",
        story="fire",
        text="Traders at Nairobi's Gikomba market counted their losses on Tuesday after an "
        "overnight fire destroyed hundreds of stalls, and many said they had no insurance for "
        "their stock.\n"
        "Firefighters said the narrow lanes slowed them down.",
        source_ids=["radio"],
    )
    draft = summarize_documents([radio, star], max_sections=4, max_bullets=4)
    (section,) = draft.sections
    assert section.bullets[0].source_ids == ["star"]
    assert section.title == star.title
