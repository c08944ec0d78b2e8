"""A wire desk's tags are no part of a section's title ("UPDATE 1-", "CORRECTED-", "REFILE-",
"WRAPUP 2-", chained or alone), and a version's tag does not rank its headline below the first
version's: fresh46's d1088 titled its section "UPDATE 1-Tiruvarur chariot festival crush toll
rises to 11; ...", the update's headline put back with its tag by the title check after the
first version's "At least seven killed ..." (the update's toll leading the bullets) had been
chosen and judged unsupported."""

from __future__ import annotations

import pytest

from briefing.extractive import summarize_documents
from briefing.extractive.stories import without_kicker
from briefing.models import Article, Bullet, Document, Section
from briefing.summarize.framing import checked_titles


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "CORRECTED-Blasts at arms depot near Gabrovo kill one",
            "Blasts at arms depot near Gabrovo kill one",
        ),
        (
            "REFILE-Port strike halts grain exports for a third day",
            "Port strike halts grain exports for a third day",
        ),
        ("REFILE-UPDATE 1-Port strike halts grain exports", "Port strike halts grain exports"),
        (
            "CORRECTED-UPDATE 3-Dam toll rises to 40 as rescuers dig",
            "Dam toll rises to 40 as rescuers dig",
        ),
        (
            "WRAPUP 2-Storm cuts power to 200,000 homes in the north",
            "Storm cuts power to 200,000 homes in the north",
        ),
        (
            "RPT-INSIGHT-Why the delta's farmers sell their land",
            "Why the delta's farmers sell their land",
        ),
        (
            "Corrected: Ferry operator cancels winter sailings",
            "Ferry operator cancels winter sailings",
        ),
        # not a tag: a name or a word glued to another by a hyphen
        ("COVID-19 cases rise again in the capital", "COVID-19 cases rise again in the capital"),
        ("NATO-led force to stay another year", "NATO-led force to stay another year"),
        ("US-China talks resume in Geneva", "US-China talks resume in Geneva"),
        (
            "Corrections officers strike at three prisons",
            "Corrections officers strike at three prisons",
        ),
    ],
)
def test_a_wire_desk_s_tags_are_not_part_of_the_title(title: str, expected: str) -> None:
    assert without_kicker(title) == expected


def _wire(i: str, title: str, text: str) -> Document:
    return Document(id=i, title=title, text=text, source_ids=[i], story="crush", outlet="Wire")


FIRST = _wire(
    "w1",
    "At least seven killed in crush at Palani temple festival",
    "At least seven people were killed and about 30 injured on Wednesday in a crush at the car "
    "festival of the hill temple in Palani, police said.\n\n"
    "The crush happened at about 4.15 p.m. as the temple car turned into the south street.",
)
UPDATE = _wire(
    "w2",
    "UPDATE 1-Palani temple festival crush toll rises to 11; police officers suspended",
    "The death toll from a crush at a temple car festival in the southern town of Palani rose "
    "to 11 on Thursday after four of the injured died overnight in hospital, officials said, "
    "and two police officers were suspended over the crowd arrangements.\n\n"
    "The crush happened at about 4.15 p.m. on Wednesday as the temple car, pulled by thousands "
    "of devotees on thick ropes, turned into the south street, police said.\n\n"
    "A wooden barricade gave way under the pressure of the crowd and people fell on top of "
    "each other near the temple tank, witnesses said.",
)


def test_an_update_s_headline_titles_the_section_its_lead_opens_without_its_tag() -> None:
    draft = summarize_documents([FIRST, UPDATE], max_sections=4, max_bullets=4)
    (section,) = draft.sections
    assert section.bullets[0].text.startswith("The death toll from a crush")
    assert (
        section.title == "Palani temple festival crush toll rises to 11; police officers suspended"
    )


def test_a_replaced_title_is_the_cited_headline_without_its_tag() -> None:
    update = Article.create(
        title="UPDATE 2-Barge blocks Danube lock at Gabcikovo for a second day",
        text="A grounded barge blocked the Danube lock at Gabcikovo for a second day on "
        "Tuesday, holding up 40 vessels, the waterways authority said.",
        source="wire/1",
        outlet="Danube Wire",
    )
    section = Section(
        title="Aliens land on the Danube",  # nothing the article says
        bullets=[
            Bullet(
                text="A grounded barge blocked the Danube lock at Gabcikovo for a second day "
                "on Tuesday, holding up 40 vessels, the waterways authority said.",
                source_ids=[update.id],
            )
        ],
    )
    notices: list[str] = []
    (checked,) = checked_titles([section], {update.id: update}, notices)
    assert checked.title == "Barge blocks Danube lock at Gabcikovo for a second day"
    assert notices


def test_a_headline_in_capitals_keeps_a_first_word_a_desk_s_tag_spells() -> None:
    # review53 on the tags: a local page's headline written all in capitals is no wire copy
    # with a tag glued on ("FLASH-FLOOD", "FOCUS-GROUP" are its first words); a tag before a
    # headline in lower case still goes
    for title in (
        "FLASH-FLOOD WARNING FOR THREE COUNTIES AFTER NIGHT OF RAIN",
        "FOCUS-GROUP STUDY FINDS VOTERS TIRED OF ELECTIONS",
    ):
        assert without_kicker(title) == title
    assert without_kicker("FLASH-Floods cut off three villages in Kerala") == (
        "Floods cut off three villages in Kerala"
    )
    assert without_kicker("UPDATE 2-TOLL RISES TO 11 IN CHARIOT CRUSH") == (
        "TOLL RISES TO 11 IN CHARIOT CRUSH"
    )
