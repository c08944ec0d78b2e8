"""The outlet's lines about itself (taglines, section labels, membership and licensing lines) go
in ``clean_text`` when it is told the outlet's name; reporting that names the outlet stays."""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.outlet import is_outlet_line, outlet_names
from briefing.ingest.article import article_from_draft
from briefing.ingest.draft import Draft

BODY = (
    "The regional council approved the new tram line on Tuesday by 31 votes to 12.\n\n"
    "Construction is due to start in March and the first trams should run in 2029."
)


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Valley Courier English", "Valley Courier English - stories from the valley, in English."),
        ("Harbour Ledger", "Harbour Ledger | Business"),
        ("Harbour Ledger", "Harbour Ledger: independent news from the coast since 1987."),
        ("Harbour Ledger", "Harbour Ledger is published every Wednesday and Saturday."),
        ("Harbour Ledger", "Harbour Ledger is supported by readers. Join from 3 euros a month."),
        ("Harbour Ledger", "Harbour Ledger's weekly podcast is out every Friday."),
        # A prompt in the present is no reporting, though it "asks".
        ("Harbour Ledger", "Harbour Ledger asks readers to send us their flood photos."),
        # A reporting verb further on, or as a label or a tagline's passive, is no reporting.
        ("Harbour Ledger", "Harbour Ledger: Found a typo? Let us know."),
        ("Harbour Ledger", "Harbour Ledger revealed: the stories you read most this week"),
        ("Harbour Ledger", "Harbour Ledger obtained by readers, for readers."),
        ("Harbour Ledger", "Harbour Ledger content is reviewed by a panel of doctors."),
        ("Harbour Ledger", "Harbour Ledger"),
        ("Harbour Ledger", "Harbour Ledger."),
        ("Mesa Wire Service", "Mesa Wire Service - for licensed subscribers only."),
        # A feed named "outlet - section": its lines may give the outlet's name alone.
        ("Harbour Ledger - Politics", "Harbour Ledger - read by 20,000 people in the region."),
    ],
)
def test_the_outlets_own_lines_go_when_other_text_remains(outlet: str, line: str) -> None:
    text = f"{BODY}\n\n{line}"
    assert clean_text(text, outlet=outlet) == BODY
    # Without the outlet's name nothing of this rule applies (other rules may still take it).
    assert is_outlet_line(line, outlet_names(outlet))


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        # A paragraph of reporting that opens with the outlet's name is longer than a tagline.
        (
            "Harbour Ledger",
            "Harbour Ledger reported in March that the port authority had paid 4.2 million euros "
            "for land it already owned, and the council's auditors have since confirmed the "
            "payment and asked the authority to recover it.",
        ),
        # The name must be written as the outlet writes it, and end at a word boundary.
        ("Harbour Ledger", "harbour ledger entries were checked by the auditors on Monday."),
        ("Harbour Ledgers", "Harbour Ledger is published every Wednesday."),
        ("Tram", "Trams will run every six minutes at peak times."),
        # Too short a name to tell from a word.
        ("AP", "AP is a news agency."),
        # Another outlet's line is not this outlet's self-description.
        ("Harbour Ledger", "Coast Radio said the vote was the closest in a decade."),
        # A company's own release opens with its name and says what it announces, in the present.
        (
            "Fernhill Foods plc",
            "Fernhill Foods plc, the maker of frozen pastries, announces its results for the 26 "
            "weeks to 30 September 2034.",
        ),
        ("Quayside Rowing Club", "Quayside Rowing Club confirms its new head coach for 2035."),
        # The newsroom's own reporting: whom it asked, what it has seen or found.
        (
            "Harbour Ledger",
            "Harbour Ledger asked the port authority for comment; it had not replied by Friday.",
        ),
        ("Harbour Ledger", "Harbour Ledger has seen the letter the mayor sent on 3 May."),
        ("Harbour Ledger", "Harbour Ledger understands the sale could close by June."),
        ("Harbour Ledger", "Harbour Ledger found that the permit had expired in 2031."),
        ("Harbour Ledger", "Harbour Ledger contacted all 14 councillors; nine replied."),
        # A wire's caveats and eyewitness lines, and news of the outlet itself (the review's
        # probes: each of these went with the outlet's taglines).
        ("Reuters", "Reuters could not independently verify the report."),
        ("Reuters", "Reuters was unable to immediately verify the claims."),
        ("Reuters", "Reuters has not been able to verify the casualty figures."),
        ("Reuters", "Reuters is not naming the woman to protect her safety."),
        ("Reuters", "Reuters reporters saw at least six bodies near the checkpoint."),
        ("Reuters", "Reuters witnesses heard explosions across the city overnight."),
        ("Reuters", "Reuters calculations show the deficit widened to 5.1% of GDP."),
        ("Al Jazeera", "Al Jazeera's bureau in Ramallah was closed by soldiers on Sunday."),
        ("Bloomberg News", "Bloomberg News couldn't immediately verify the letter."),
        ("Harbour Ledger", "Harbour Ledger journalist Mira Sand was arrested at the protest."),
        ("Harbour Ledger", "Harbour Ledger's offices were raided by police early on Friday."),
        ("Harbour Ledger", "Harbour Ledger was fined 20,000 euros by the press regulator."),
        ("Harbour Ledger", "Harbour Ledger is being sued for defamation by the port's chief."),
        ("Harbour Ledger", "Harbour Ledger wrote to all 31 councillors; 22 replied."),
        ("Harbour Ledger", "Harbour Ledger counted 46 empty shops on the high street."),
        # The line scorer does not count the outlet's name against such a line either.
        ("Harbour Ledger", "Harbour Ledger is to close its print edition after 112 years."),
        ("Reuters", "Reuters tried to reach the ministry by phone and email on Sunday."),
    ],
)
def test_reporting_and_other_outlets_lines_stay(outlet: str, line: str) -> None:
    assert not is_outlet_line(line, outlet_names(outlet))
    text = f"{BODY}\n\n{line}"
    assert line in clean_text(text, outlet=outlet)


def test_a_teaser_that_is_one_line_naming_its_outlet_stays() -> None:
    teaser = "Harbour Ledger: council approves tram line by 31 votes to 12."
    assert clean_text(teaser, outlet="Harbour Ledger") == teaser


def test_without_an_outlet_the_text_is_cleaned_as_before() -> None:
    text = f"{BODY}\n\nHarbour Ledger is published every Wednesday and Saturday."
    assert clean_text(text) == text
    assert clean_text(text, outlet=None) == text
    assert outlet_names(None) == () and outlet_names("  ") == ()


def test_ingestion_tells_clean_the_outlets_name() -> None:
    draft = Draft(
        title="Council approves tram line",
        text=f"{BODY}\n\nHarbour Ledger - news from the coast, in English.",
        outlet="Harbour Ledger",
    )
    article = article_from_draft(draft, source="ledger.html")
    assert article is not None
    assert article.text == BODY


def test_a_line_in_capitals_may_write_the_outlets_name_in_capitals() -> None:
    names = outlet_names("Harbour Ledger")
    assert is_outlet_line("HARBOUR LEDGER WITH AGENCIES", names)
    assert not is_outlet_line("HARBOUR LEDGER WINS PRESS AWARD", names)
    assert not is_outlet_line("HARBOUR LEDGERS ARE AUDITED", names)
    assert not is_outlet_line("HARBOUR LEDGER with agencies", names)
    # A headline in capitals about the outlet is news of it; only a tagline's shape goes.
    assert not is_outlet_line("HARBOUR LEDGER REPORTERS DETAINED IN MINSK", names)
    assert not is_outlet_line("HARBOUR LEDGER TO CLOSE PRINT EDITION", names)
    assert not is_outlet_line("REUTERS PHOTOGRAPHER KILLED IN SOUTHERN LEBANON", ("Reuters",))
    assert is_outlet_line("HARBOUR LEDGER | BUSINESS", names)
    assert is_outlet_line("HARBOUR LEDGER", names)
