"""The page's furniture, disclaimers, reader prompts, credits and bios: chrome goes, news stays.

Every line here is written for the test (none is copied from the offline days); the news lines
look like the chrome beside them and carry no attribution verb, so that the shape rules, not the
attribution guard, are what keep them.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text, is_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        # tag rows, gallery counters and labels, feedback polls, reading time
        "Topics: Housing, Local government, Budget 2031",
        "Tags: rail strike, unions, transport",
        "Filed under: Science | Oceans",
        "Image 1 of 12",
        "Photo 3 / 8",
        "Photo gallery (9 pictures): the flooded market at first light",
        "The divers' first look at the wreck. See the gallery below.",
        "Was this article helpful? Yes No",
        "Rate this article",
        "Thanks for your feedback!",
        "In this article: Tesla, Ford, Rivian",
        "Related tags: Drought, Farming",
        "1 / 12",
        "(3 of 9)",
        "View gallery (14 photos)",
        "See all 24 photos",
        "New episodes every Thursday.",
        "Listen and subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "This episode is sponsored by a meal-kit company.",
        "The opinions expressed in this article are those of the author.",
        "Fares shown were correct when we checked and may rise.",
        "Booking a room through our links pays for our reporting.",
        "Spot prices: see the Data tab. This is not investment advice.",
        "Quotes are indicative and not an offer to trade.",
        "The phones in this roundup were lent to us by their makers for review.",
        "The views expressed do not necessarily reflect those of the publication.",
        "Did you find this guide useful?",
        "Reading time: 4 min",
        "Long read. Estimated reading time: 11 minutes.",
        # a live page's state and clock
        "Live coverage has ended for today. Thank you for following along.",
        "Updates on this page have now stopped.",
        "This page refreshes automatically every 30 seconds.",
        "Live blog · Newest first",
        "LIVE | Refresh for the latest",
        "Match report to follow. All times are CET.",
        "Times are Eastern Time (UTC-5).",
        "Scroll down for the earlier posts.",
        # podcast and audio promos
        "Prefer to listen? Our morning show goes out at 6am on all the usual apps.",
        "The Harbour Hour podcast covers this and more every weekday.",
        "Enjoying the show? Rate and review us wherever you get your podcasts.",
        "Episode 87 · 41 min · Rated 4.6",
        "Listen to this article (6 minutes).",
        "Stream our festival playlist: twenty bands, one afternoon.",
        # a paywall's meter and offers, a consent wall, the app and the newsletter
        "Article 2 of your 5 free reads this month.",
        "Read on for 2 dollars a week. Cancel anytime. Already a subscriber? Sign in.",
        "Start your free 30-day trial today.",
        "Members only: this report is available to Gold subscribers. Upgrade here.",
        "Our partner this week: a bike shop. Use code PEDAL10 for 10% off.",
        "Save this article: log in to find it later in your reading list.",
        "Before you continue: this site and its ad partners keep data about your visits.",
        "An embedded video would appear here. Allow third-party content to watch it.",
        "City Sport - scores, fixtures and tables in our app",
        "Live scores: open the Harbour app",
        "Harbour Notes is a free weekly newsletter. Know someone who would enjoy it? Pass it on.",
        "Hi, everyone, and welcome to today's edition.",
        "Good evening, night owls. Here is your late briefing.",
        "Our chess columnist's column appears each Saturday.",
        "XYZ-W/tk/",
        # opinion, funding and print notes, data and advice disclaimers
        "This is an opinion column.",
        "Columns reflect the views of their writers, not those of the Tidewater Post.",
        "Opinion pieces represent their authors' views alone.",
        "The views expressed here are the columnist's own.",
        "This report was supported by a grant from a press foundation.",
        "The foundation had no say over the content.",
        "This story was produced in partnership with a regional radio network.",
        "This essay appears in the winter print edition.",
        "Figures on this page may lag official data by up to a day.",
        "Prices quoted are indicative and may change.",
        "Nothing in this article should be taken as investment advice.",
        "This explainer does not constitute legal advice.",
        "Fares were correct at the time of writing.",
        "Odds are for information only. Please bet responsibly. 18+",
        "Some links on this page are affiliate links.",
        "Spread betting is risky and may not be suitable for all investors.",
        # reader prompts
        "Got a tip? Message our newsroom on the secure line.",
        "Do you live near the quarry? Share your story with us.",
        "Want the morning news in your inbox? Subscribe, it is free.",
        "Tip us off in confidence: details are on our contact page.",
        "If you have been affected by the issues raised in this story, help is available.",
        "Independent reporting in Tarrow is paid for by our readers.",
        # credits, agency lines, datelines with no news
        "Filed from Tromsø.",
        "Contributors: Ana Ruiz in Quito; desk editing by Tom Hale",
        "Written for the wire by Ana Ruiz; edited by Tom Hale",
        "Words and pictures: Ana Ruiz",
        "MOTORS DAILY - (Reporting by Ana Ruiz; Editing by Tom Hale)",
        "From Coastline Press",
        "By Laura Chen, health reporter",
        "Tidal flats at low water, west of the harbour. Photo: A. Ruiz/Coast Survey",
        "The rescued calf in its pen. (County Council handout)",
        "Correction appended Tuesday: the vote was 7-2, not 6-3.",
        "Related coverage: Why the river keeps flooding",
        "More on this topic: The fight over the bypass",
        "Also on Coast Radio: The best beaches for winter walks",
        "Pinned: What we know so far",
        "KIRUNA (NWS) — Tuesday, March 3",
        "Kiruna —",
        "Thandi Mokoena is our health editor. Follow her on Bluesky.",
        "Follow @HarbourScores for every result",
        "Archived copy. Some images may be missing from this capture.",
    ],
)
def test_furniture_and_small_print_go(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The podcast, which has 2 million listeners, was cancelled on Monday.",
        "Tags were found on 40 of the birds.",
        "Topics: the budget, the strike and the storm will dominate the summit.",
        "Image 3 of the probe's survey shows a crater near the pole.",
        "Opinion polls reflect a close race between the two parties.",
        "Prices here have doubled since the mine opened.",
        "The figures are indicative of a wider slowdown.",
        "Times are hard for farmers in the valley.",
        "Live coverage of the final was cancelled after the storm.",
        "Netflix will release a new episode every Friday until March.",
        "The paper allows five free articles a month, down from ten.",
        "Customers can cancel at any time under the new rules.",
        "The court will start a trial of the 12 defendants in June.",
        "The album is available to streaming subscribers from Friday.",
        "Hackers could use code hidden in image files to take over the phones.",
        "Meta's advertising partners collected browser data for years.",
        "The update will enable third-party cookies in the browser again.",
        "Amazon cut the commission it pays on affiliate links in April.",
        "This project was supported by a grant from the city.",
        "The board had no say over the content of the exhibition.",
        "This series was produced in partnership with a Danish broadcaster.",
        "If you were affected by the outage, you may be entitled to compensation.",
        "The club is funded by its members and a council grant.",
        "Did you see the crash? Police want to hear from witnesses.",
        "Why did the dam fail? Engineers point to a blocked spillway.",
        "Want to visit? The museum opens at 9am on weekdays.",
        "Morning, noon and night, the sirens sounded across the city.",
        "Episode 4 — the finale — drew 10 million viewers.",
        "The Free Press and the Daily Wire both ran the story on Sunday.",
        "Freedom of the Press",
        "By Tuesday, the talks had collapsed.",
        "Customers can find the new timetable in the app.",
        "Riders can now tip their drivers in the app",
        "Times in local hospitals have doubled since May.",
        "The views of residents were split on the plan.",
        "Opinions differ among the authors of the study.",
        "Views expressed at the meeting reflect the anger of local writers.",
        "1 of 12 victims was a child.",
        "Rate this year's harvest as the worst in a decade, farmers say.",
        "New episodes of the drama will air in May.",
        "Follow-up talks with Spotify collapsed on Monday.",
        "Subscribers to Spotify rose 10% in the quarter.",
        "Listen to the birds on the ridge at dawn, the ranger suggests.",
        "AC/DC",
        "PARIS — The Louvre closed its doors on Monday after a strike.",
        "Scroll through the archive and the same names appear again and again.",
        "Booking through the links on the council's site opened on Monday, and tickets sold out.",
        "Files sent to us by a former employee show the plant ran for weeks without checks.",
    ],
)
def test_news_that_looks_like_furniture_stays(line: str) -> None:
    assert not is_boilerplate(line)
    assert clean_text(line) == line


_BODY = (
    "The council approved the new harbour wall on Tuesday by seven votes to two.\n\n"
    "Work is due to start in the spring and will take two years.\n\n"
)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a senior correspondent who covers energy and climate.",
        "Sam Okoro is a freelance writer based in Lagos.",
        "The author is a former harbour master who lives in Tarrow.",
        "Rita Lind is the business editor of the Coast Gazette.",
        "Sam Okoro writes about food for Harbour Weekly.",
    ],
)
def test_an_authors_bio_at_the_end_goes(bio: str) -> None:
    cleaned = clean_text(_BODY + bio)
    assert bio not in cleaned
    assert "seven votes to two" in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Ms Okafor is a nurse who has worked at the hospital for 20 years.",
        "Mr Diallo is a freelance journalist based in Bamako.",
        "Jane Doe is a senior correspondent who covers the courts, and she was arrested in May.",
        "John Smith is the editor of the Daily Post and was fined on Monday.",
        "Blue Cross covers dental care for Medicare.",
        "The Council reports on spending for St Mary's.",
    ],
)
def test_a_bio_like_news_line_at_the_end_stays(line: str) -> None:
    assert line in clean_text(_BODY + line)


def test_an_agency_name_alone_is_cut_from_the_text_but_stays_a_page_dumps_outlet() -> None:
    assert "Meridian News Agency" not in clean_text(_BODY + "Meridian News Agency")
    assert not is_boilerplate("Meridian News Agency")  # a page dump's header names its outlet


def test_a_bio_shaped_line_inside_the_article_stays() -> None:
    line = "Jane Doe is a senior correspondent who covers energy and climate."
    text = _BODY + line + "\n\nShe broke the story of the harbour contract last year.\n"
    assert line in clean_text(text)
