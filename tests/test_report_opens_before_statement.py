"""A story opens with the report that tells its event, a statement's or notice's lines after it.

fresh46's d1092: a wire's corrected report of an arms depot's blasts opened with its editor's
advisory "(Corrects number of people evacuated in paragraph 3 ...)" on a line above its dateline,
so that line stood as the report's lead and its lede was no candidate opening; and a rose
growers' union's notice ("The ... Union informs its members, distillers and buyers that ...")
said more words than any lede. The section was titled by the notice and its first two bullets
were the notice's. The texts here are fictional, written for these tests in the shapes of a
wire's corrected copy, an association's notice and a company's statement.
"""

from __future__ import annotations

from briefing.clean import opening_dateline
from briefing.extractive import summarize_documents
from briefing.extractive.sentences import sentences_of
from briefing.models import Document

ADVISORY = (
    "(Corrects number of people evacuated in paragraph 3 to 1,200, not 2,200, after the "
    "district office revised its figure)"
)


def test_an_editor_s_advisory_above_the_dateline_hides_no_dateline() -> None:
    text = (
        f"{ADVISORY}\nGABROVO, Bulgaria, June 4 (BLW) -\nA series of explosions at an "
        "ammunition depot outside Gabrovo killed one person on Tuesday evening."
    )
    assert opening_dateline(text) == "GABROVO, Bulgaria, June 4 (BLW) -"


def test_an_editor_s_advisory_is_no_lead_and_no_candidate() -> None:
    report = Document(
        id="w",
        title="Blasts at arms depot near Gabrovo kill one",
        text=f"{ADVISORY}\nA series of explosions at an ammunition depot outside Gabrovo killed "
        "one person on Tuesday evening, officials said.\nAuthorities evacuated 1,200 people "
        "from three villages.",
        source_ids=["w"],
        dated=True,
    )
    sentences = sentences_of(report)
    assert sentences[0].text.startswith("A series of explosions")
    assert sentences[0].lead and sentences[0].dateline
    assert all(not s.text.startswith("(") for s in sentences)


REPORT = Document(
    id="wire",
    title="Blasts at arms depot near Gabrovo kill one, villages evacuated",
    outlet="Balkan Wire",
    story="depot",
    text="A series of explosions at an ammunition depot outside Gabrovo killed one person and "
    "injured nine on Tuesday evening, forcing the evacuation of three villages, officials said.\n"
    "Authorities evacuated 1,200 people from the villages around the depot and set up an "
    "exclusion zone of 3 km.\n"
    "The blasts began at about 6.40 p.m. at a storage area of the state-owned plant and went on "
    "for about three hours, the regional governor's office said.",
    source_ids=["wire"],
    dated=True,
)
NOTICE = Document(
    id="union",
    title="Notice to members and buyers on the end of the lavender harvest",
    outlet="Lavender Growers' Association",
    story="depot",
    text="The Lavender Growers' Association informs its members, distillers and buyers that, "
    "following the explosions of 3 June at the ammunition depot and the closure of the area "
    "around the three villages near Gabrovo, the last days of the lavender harvest in the "
    "western fields of the valley cannot be completed this year.\n"
    "Lavender must be cut in dry weather and distilled within two days; a crop left longer is "
    "lost for oil.\n"
    "Members will be told when the fields reopen.",
    source_ids=["union"],
)
STATEMENT = Document(
    id="company",
    title="Statement on the incident at our Gabrovo storage site",
    outlet="Tundra Munitions",
    story="depot",
    text="We deeply regret the death of a guard at our storage site outside Gabrovo on Tuesday "
    "evening, and we are working with the authorities, the fire service and the regional "
    "governor's office to establish what caused the explosions at the depot and when the "
    "villagers evacuated from around it can return home.\n"
    "Production at the main plant was not affected.",
    source_ids=["company"],
)


def test_the_report_opens_and_titles_the_section_before_a_notice() -> None:
    draft = summarize_documents([NOTICE, REPORT], max_sections=4, max_bullets=4)
    (section,) = draft.sections
    assert section.bullets[0].source_ids == ["wire"]
    assert section.bullets[0].text.startswith("A series of explosions")
    assert section.title == REPORT.title


def test_the_report_opens_before_a_statement_in_its_issuer_s_voice() -> None:
    draft = summarize_documents([STATEMENT, REPORT], max_sections=4, max_bullets=4)
    (section,) = draft.sections
    assert section.bullets[0].source_ids == ["wire"]
    assert section.title == REPORT.title


def test_a_notice_alone_still_opens_its_own_section() -> None:
    draft = summarize_documents([NOTICE], max_sections=4, max_bullets=3)
    (section,) = draft.sections
    assert section.bullets[0].text.startswith("The Lavender Growers' Association informs")
