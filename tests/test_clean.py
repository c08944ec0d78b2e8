"""clean_text / is_boilerplate: general chrome rules, content kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.clean import clean_text, has_dateline, is_boilerplate, strip_dateline


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Advertisement",
        "Read more",
        "Related Articles",
        "Comments",
        "No comments yet...",
        "12 comments",
        "Sign up for our morning briefing",
        "We use cookies to improve your experience. By continuing you agree to our use of cookies.",
        "Accept all cookies",
        "© 2026 Example Media Ltd. All rights reserved.",
        "Home | World | Business | Tech",
        "By Jane Doe",
        "By the Market Desk team",
        "4 min read",
        "___",
        "* * *",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Home Office minister resigns over visa backlog",
        "Comments by the minister drew criticism",
        "July 23 (Reuters) - Ukrainian drones attacked southern Russia.",
        "By Tuesday the talks had collapsed.",
        "The regulator said the company's cookie banners misled users.",
        "Share prices fell 3% in Tokyo.",
        "Fed holds rates steady",
    ],
)
def test_content_lines(line: str) -> None:
    assert not is_boilerplate(line)


def test_trailing_chrome_after_body_is_removed_generally() -> None:
    text = (
        "The central bank held rates at 4%.\n"
        "Analysts had expected the decision.\n"
        "Topics\n\n"
        "Explore Our Premium Tools\n"
        "See what Acme Plus can unlock for you:\n"
        "Comments\n"
        "Be the first to comment\n"
    )
    assert clean_text(text) == (
        "The central bank held rates at 4%.\n\nAnalysts had expected the decision."
    )


def test_subheading_followed_by_body_is_kept() -> None:
    text = "The bank held rates at 4%.\n\nWhat happens next\n\nThe next meeting is in March."
    assert clean_text(text) == text


def test_short_single_line_text_is_kept() -> None:
    assert clean_text("Fed holds rates at 4.5%") == "Fed holds rates at 4.5%"


def test_dateline_and_separator_tail() -> None:
    text = "July 23 (Reuters) - Drones hit an oil depot, officials said. ___"
    assert clean_text(text) == "July 23 (Reuters) - Drones hit an oil depot, officials said."


def test_whitespace_and_paragraphs() -> None:
    text = "  First   paragraph\u00a0here.\r\n\r\n\r\nSecond one.  \n"
    assert clean_text(text) == "First paragraph here.\n\nSecond one."


def test_hard_wrapped_paragraph_stays_one() -> None:
    text = "The index rose 1.1% on Thursday as miners\nrallied and banks slipped."
    assert clean_text(text) == text


def test_inline_ads_between_paragraphs_are_removed() -> None:
    text = "Prices rose 3% in May.\nAdvertisement\nWages rose 4% in May.\nShare this article"
    assert clean_text(text) == "Prices rose 3% in May.\n\nWages rose 4% in May."


# -- junk lines of crawled news: credits, sign-ups, captions, teasers, notices, bibliographies --


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Lima; Writing by Peter Grant",
        "(Reporting by Tom Ellis; Editing by Jane Merriman)",
        "Marc Peeters in Brussels contributed to this report.",
        "Associated Press writer Lisa Brown in Denver contributed reporting to this story.",
        "Would you like to get this roundup emailed to you every morning? Sign up here.",
        "Sign up for our politics newsletter to get the latest from the Capitol.",
        "You have two free articles left this month. Subscribe for unlimited reading.",
        "You have 3 stories remaining.",
        "You have read 2 of your 3 free articles this month.",
        "This is your last free story. Subscribe to keep reading.",
        "You've used 9 of your 10 free reads.",
        "You've reached your monthly article limit.",
        "You’ve reached your monthly article limit. Subscribe to keep reading.",
        "This is your second free article of three this month.",
        "Photo: Miners hold banners outside the mine gate on Wednesday. (Carla Ruiz/La Voz)",
        "Firefighters inspect a damaged church in Norcia on Thursday. (Marco Rossi/Herald)",
        "Image caption, A firefighting plane drops water over a burning hillside",
        "Read more: How mosquitoes became resistant to bed-net insecticides",
        "Watch: Artemis IV lifts off from Florida",
        "This article was amended on 15 April 2031 to correct the name of the founder.",
        "Correction: An earlier version of this story misstated the date of the vote.",
        "Click to share on Facebook (Opens in new window)",
        "Follow us on social media for the latest science news.",
        "Follow Harbour Business Daily on LinkedIn for more market news.",
        "Join The Morning Wire on WhatsApp",
        "Here is what you need to know today.",
        "Here's what you need to know this morning:",
        "Good morning, and welcome to the Tuesday briefing.",
        "Photo caption: Fans celebrate outside the chess club in Pune on Thursday night.",
        "Illustration: The coils of the Helix-3 reactor, shown in a cutaway drawing. Credit: ORL",
        "Follow Harbour Sports Now for live scores.",
        "Follow Northline Business for the latest updates.",
        "This live page is no longer being updated.",
        "This blog has now ended. Our coverage continues on the main news page.",
        "We have now closed our live coverage of the election.",
        "That's all from our live coverage for today.",
        "Harbour Energy Brief is free for industry professionals.",
        "Track every vote count live with our free election alerts.",
        "We and our 212 partners store and/or access information on a device, such as cookies.",
        "Select Accept all or Manage options to change your choices at any time.",
        "Archived snapshot: captured by the Harbourline preservation crawler on 3 March.",
        "Page saved by the Wayback Machine; some images may be missing.",
        "Stay up to date with the latest from the pitch via our sports app.",
        "Read on the go: download our news app for iPhone and Android.",
        "Download our app for the latest election results.",
        "Join the discussion: 3 comments. Sign in or register to add yours.",
        "Comments on this article are now closed. Please read our community rules.",
        "Have an opinion? Write a letter to the editor.",
        "Disclosure: the writer owns no shares in any company named here.",
        "Editor's note: An earlier version of this article misstated the date of the vote.",
        "Correction, 3 May: we misspelled the name of the village in a previous version.",
        "Third-party content: this post is hosted on an external platform.",
        "This article is part of our series on Europe's water.",
        "The views expressed are the author's own.",
        "The author holds no position in the companies mentioned.",
        "Market data delayed by at least 15 minutes. This is not investment advice.",
        "Got a story? Get in touch with our news team.",
        "Have you been affected? Tell us in the comments below.",
        "Share your flood photos with us: upload them here.",
        "Support independent local journalism: become a member from 5 euros a month.",
        "Stay updated with the latest weather news: join our WhatsApp channel.",
        "Stay ahead of the storm: get flood warnings in our free weather app.",
        "Election night: track every count with our live results alerts.",
        "Forward this email to a colleague, or reply and tell us what we got wrong.",
        "Enjoyed this briefing? Forward it to a friend.",
        "No comments yet. Be the first to comment.",
        "Comments (14)",
        "Add your location to your posts. When you share a post, your location is included, and "
        "you can remove it at any time in your settings.",
        "Starting in 1998, the Open Web Archive has been collecting crawl data from news "
        "publishers. Captures in this collection are made available to researchers.",
        "Pictured: Dock workers march past the port gates on Friday. Photo / Ines Varga",
        "Image credit: Orbital Survey Institute",
        "Credit: Lakeside Gazette archive",
        "ⓒ Lakeside Gazette 2031",
        "Amended at 09:15: an earlier edit gave the wrong date for the hearing.",
        "Updated at noon with new casualty figures.",
        "Updated on 4 May to add the council's response.",
        "Additional reporting by Tomas Weber in Graz.",
        "Reporting by Mele Tupou and Ana de la Cruz in Suva.",
        "Comments are closed on this story. Please read our community guidelines before you post "
        "again anywhere on the site.",
        "Comments are open for 24 hours and are moderated against our house rules.",
    ],
)
def test_junk_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the newspaper showed that the payments began in March.",
        "Editing the genome of crops remains banned in the bloc, officials said.",
        "More than 2 million people have signed up for the newsletter service, the company said.",
        "Subscribers will pay $10 a month from today, the company said.",
        '"If you have the app, share your location with rescuers," the mayor told residents.',
        "The photo, taken in 1972, shows the crew on the launch pad.",
        "Follow-up talks on Facebook's data deal are due next week, officials said.",
        "Here is what the central bank said about inflation on Thursday.",
        "Police said officers would follow up on the complaints.",
        "Follow the money, the auditor told lawmakers on Tuesday.",
        "Follow-on offers for the shares are expected next week.",
        "This page of the report was not published, the ministry said.",
        "The policy brief is free to download, the institute said.",
        "We have now closed the border crossing, the minister said.",
        "We have now closed the live animal market in Yiwu, officials said.",
        "The photo caption misidentified the minister, the newspaper said.",
        "The illustration on the cover was drawn by a 12-year-old, the publisher said.",
        "Get the vaccine now, health officials urged residents in our region on Monday.",
        "Follow the rules, the coach told players who posted on our club's app in March.",
        "Stay informed, the ministry told residents, as alerts went out across the province.",
        "The regulator said it and its partners store data on patients for 10 years.",
        '"We and our partners use the port every day," the chief executive said on Monday.',
        "Rescuers accessed information on the device recovered from the wreck, police said.",
        "The manuscript was captured by the army in 1945 and archived in Moscow.",
        "Archived documents show the minister knew of the leak in 2029.",
        "Health officials urged residents to download the regional app to book vaccinations.",
        '"Download our app," the airline told stranded passengers, but its servers were down.',
        "In a letter to the editor, the mayor wrote that the plan was flawed.",
        "Voters were asked to register to vote by Friday, officials said.",
        "Join the conversation about the city's future at the town hall, the mayor urged.",
        "Sources said the minister would resign on Friday.",
        "Disclosure of the payments was required by law, the regulator said.",
        "The minister's views are his to defend.",
        "Shipments were delayed by at least 15 minutes at the port.",
        "This article of the constitution is part of a wider reform, the court said.",
        "The author has no plans to retire, her publisher said.",
        "Tell us what happened, the judge asked the witness.",
        "The grant will support independent journalism in the region.",
        "Anyone with information should contact our team on 0800 555 0101, police said.",
        "Warning: residents can get flood alerts in the council's free app, officials said.",
        "The ministry said it would forward the complaint to a colleague in Brussels.",
        "Tell us what we missed, the inspector asked the site managers on Monday.",
        "The newspaper lets readers see ten free articles a month before they must pay.",
        '"If you give away free articles, you lose money," the publisher told the hearing.',
        "You have reached the limit of what we can do, the minister told the families.",
        "Officials said you could travel free on all city buses during the strike.",
        "You'll find free colouring pages on the library's website.",
        "Your child can read free picture stories at the town library every Saturday.",
        "You could once get free newspaper articles at any café, the owner recalled.",
        "Your guide to the festival: free stories for children, a parade and fireworks.",
        "Comments are open until 5 March on the proposed emissions rule.",
        "Credit, not cash, now fuels most household spending.",
        "Updated figures show exports grew 3% in May.",
        "Pictured in court, the defendant wore a grey suit.",
        "Additional reporting by regional broadcasters uncovered more abuse.",
        "Amended rules take effect on 1 June, the regulator said.",
    ],
)
def test_news_lines_that_look_like_junk_stay(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line) == line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HOUSTON (AP) — A man was shot on Tuesday.", "A man was shot on Tuesday."),
        ("SALEM, Ore. (PCT) — Lawmakers missed the deadline.", "Lawmakers missed the deadline."),
        ("LIMA — Congress removed the president.", "Congress removed the president."),
        ("BRASÍLIA (CW) — The Senate passed the bill.", "The Senate passed the bill."),
        ("ŁÓDŹ, Poland (PAP) — Firefighters put out the fire.", "Firefighters put out the fire."),
        ("SÃO PAULO, Brazil — Prices rose in May.", "Prices rose in May."),
        ("İZMİR, Türkiye — The port reopened.", "The port reopened."),
        ("WASHINGTON, D.C. — The Senate voted.", "The Senate voted."),
        ("ST. LOUIS, Mo. (KMOV) — Storms hit.", "Storms hit."),
        ("Érdekes — the word opens a quote.", "Érdekes — the word opens a quote."),
        ("HOUSTON A man was killed in a crash.", "A man was killed in a crash."),
        (
            "NASA Administrator Bill Nelson spoke first.",
            "NASA Administrator Bill Nelson spoke first.",
        ),
        ("UN agencies said aid fell short.", "UN agencies said aid fell short."),
        ("14:22 CET — The ferry is the Nordlys Star.", "The ferry is the Nordlys Star."),
        ("2:05 p.m. ET - Rescuers reached the ship.", "Rescuers reached the ship."),
        ("1405 GMT — All passengers are off the ship.", "All passengers are off the ship."),
        ("2024 — The year began with a storm.", "2024 — The year began with a storm."),
        ("9.30 - 10.30 am: a panel on rates.", "9.30 - 10.30 am: a panel on rates."),
    ],
)
def test_leading_datelines_are_cut(line: str, expected: str) -> None:
    assert strip_dateline(line) == expected
    assert strip_dateline(line, bare_times=True) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("07:10 Around 400 taxis are on the bridge.", "Around 400 taxis are on the bridge."),
        ("9.05 a.m. Ferries are running again.", "Ferries are running again."),
        ("07:10 AM Around 400 taxis are on the bridge.", "Around 400 taxis are on the bridge."),
        ("15:40 CET: Opposition leaders walked out.", "Opposition leaders walked out."),
        ("23:41 IST That's it from us.", "That's it from us."),
        ("10:30 is the deadline for bids.", "10:30 is the deadline for bids."),
        ("3.5 Million passengers used it.", "3.5 Million passengers used it."),
    ],
)
def test_a_quoted_sentence_loses_a_bare_entry_time(line: str, expected: str) -> None:
    assert strip_dateline(line, bare_times=True) == expected
    # The clean step does not take such a line for a dated one: a chapter list opens so.
    assert strip_dateline("00:00 Intro / 01:40 Cheltenham / 19:05 Wellington") == (
        "00:00 Intro / 01:40 Cheltenham / 19:05 Wellington"
    )


def test_bibliography_after_the_body_is_removed() -> None:
    text = (
        "Walking 7,000 steps a day is linked to a lower risk of early death.\n\n"
        "The study pooled data from 57 studies.\n\n"
        "References\n"
        "Ding, D. et al. (2031). Daily steps and health in adults. Lancet, 10(8), 668-81.\n"
        "Reef Watch Program (2031). Global coral bleaching event: status report. Memo 214.\n"
        "1. Diallo, A. et al. Efficacy of the R32 vaccine. Lancet 2031; 417: 1203-14."
    )
    assert clean_text(text) == (
        "Walking 7,000 steps a day is linked to a lower risk of early death.\n\n"
        "The study pooled data from 57 studies."
    )


def test_a_labelled_reference_entry_is_removed() -> None:
    text = (
        "Soils in the highlands hold less carbon than thought, a study found.\n\n"
        "Reference: Bekele, Y. et al. (2031). Highland soil carbon. Soil Letters 12, 1-9."
    )
    news = "Soils in the highlands hold less carbon than thought, a study found."
    assert clean_text(text) == news
    assert clean_text("Reference: the court cited a 2019 ruling.") == (
        "Reference: the court cited a 2019 ruling."
    )


def test_aggregator_page_chrome_never_reaches_an_article() -> None:
    from briefing.ingest import ingest

    result = ingest([str(Path(__file__).parent.parent / "examples" / "aggregator-page.txt")])
    texts = "\n".join(a.text for a in result.articles)
    assert result.articles
    for chrome in ("Hashtags", "Try Our AI Features", "Explore what", "No comments yet"):
        assert chrome not in texts
    assert not any(line.strip() == "Comments" for line in texts.splitlines())


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("HOUSTON (AP) — A chemical plant caught fire on Thursday.", True),
        ("OSH, Kyrgyzstan (WNA) — A landslide buried a village on Tuesday.", True),
        ("14:22 CET — Rescuers have reached the village.", False),
        ("A landslide buried a village in Kyrgyzstan on Tuesday.", False),
        ("UN-backed talks resumed in Geneva on Monday.", False),
    ],
)
def test_has_dateline(text: str, dated: bool) -> None:
    assert has_dateline(text) is dated
