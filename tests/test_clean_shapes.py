"""Chrome by its shape (``clean.shapes``): rows, glyphs, buttons, thread furniture, desk rows.

Every line here is written for the test, none copied from the offline days; each kind has news
look-alikes that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import lost_places

from briefing.clean import clean_text
from briefing.clean.shapes import glued_news, is_separator_row, is_shape_chrome

_NEWS = "The council approved the new budget on Monday after a long debate over school funding."


def _kept(line: str) -> bool:
    """Whether ``line`` survives ``clean_text`` between two lines of news."""
    return line in clean_text(f"{_NEWS}\n\n{line}\n\n{_NEWS}")


@pytest.mark.parametrize(
    "line",
    [
        # separator rows
        "CIENCIA · ESPACIO · 4 min read · English summary at the end",
        "GDAŃSK ▪ wtorek ▪ from our harbour reporter",
        "KUCHING // Mon 9 Jan 2034 // by Lim Wei Ling",
        "Related guides: Porto in a weekend · Where to swim in Douro · Night buses",
        "LIVE • Oslo this morning • new posts every few minutes • Newest first",
        "OUTLOOK │ Energy │ Ports │ Subscribers' edition",
        "KNA — Amman bureau — Sunday 2 June 2034 — 09:15 AST",
        # icons, arrows, buttons, bracketed labels
        "▶ This clip is not available on your device.",
        "▲ Fishing boats moored at the harbour wall on Sunday. Pic: Ana Lopes",
        "✉ The Tuesday Letter: every story from the valley. Sign up",
        "⊕ Add this topic to your alerts",
        "☰ Menu",
        "EN DIRECTO: precio de la gasolina → cada media hora",
        "We keep small files to count visits. [Allow all] [Only essential] [Choose]",
        "[Accept] [Decline]",
        "[Audio] Morning Bulletin from the islands",
        # a thread's furniture, stamps
        "Replies (0)",
        "Comments (12)",
        "Reactions: 45",
        "38 minutes ago",
        "Updated 2 hours ago",
        "Nothing here yet — start the conversation.",
        "— Valley Evening Star",
        "— Sponsored — keep scrolling —",
        "First published at 06:10, updated at 09:45 local time",
        # access walls, a choice of two buttons, labelled credit rows, notes, taglines, sign-offs
        "The rest of this story is for Gold members. Already one? Log in above.",
        "Visitors get two articles a month. Register to keep reading, or sign in.",
        "Insider members see the rest — start a trial",
        "Quick question: may this page store small files for statistics? Sure / Not now",
        "Arts desk. Pictures: agency handout. Complaints: desk@news.example",
        "Correction 09:05: an earlier entry gave the wrong score. Apologies.",
        "Clarification: entries on this page use local time.",
        "Harbour Mail: covering the islands and the coast since 1904, owned by a trust.",
        "The Islander is printed Fridays and read across the isles since 1911.",
        "Rain later in the north. I'm Sam Ortiz; more news at nine.",
        # the page pointing at its own layout
        "The Friday Letter arrives at six — leave your email below and it is yours.",
        "Previous instalments are listed below.",
        "Add your address below, then press Send.",
        "Already registered? Log in above.",
        # desk rows
        "HOBART – Thu 12 May",
        "SANTIAGO ▸ mining desk",
        "LYON — from our food correspondent",
        "From the Herald's correspondents in Quito, Bogotá and Caracas",
    ],
)
def test_shape_chrome_goes(line: str) -> None:
    assert is_shape_chrome(line)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        # asides inside sentences
        "The minister — who resigned in May — returned to parliament on Tuesday.",
        "Exports rose in March — the first rise this year — while imports fell.",
        "Oil rose 3% to $82 a barrel, gas rose 5% and coal fell 1%.",
        "The vote passed 52-48 after a day of debate.",
        # a dash, a place and a sentence: a dateline with its news
        "HOBART – Tasmania's parliament passed the forestry bill on Thursday.",
        "LYON — Chefs from across France gathered for the food fair on Monday.",
        # a number in brackets inside news, an age inside a sentence
        "Replies to the consultation (312) were published on Friday.",
        "The fire started 38 minutes ago near the port, officials at the scene reported.",
        "Residents were asked to start the conversation about flood defences early.",
        "From the port, the ferry takes three hours to reach the island.",
        "Published in 1953, the report was updated at 10.30 on Monday with new figures.",
        "[The mayor] cannot be expected to fund this alone, the letter read.",
        # below and above in news
        "Temperatures fell below zero overnight in the mountain villages.",
        "Oil stayed above $80, and traders expected more cuts.",
        "Visitors were asked to stay on the road; there was nothing to see above ground.",
        "Readings shown below the dam were normal, the agency said.",
        # a list the news gives, in a sentence that goes on about it (fresh22's d514)
        "The town has set up free water points, listed below, where residents can fill containers.",
        "The shelters, listed below, which open at six, take pets and bedding.",
        # access and membership words in news
        "Members of the union can log in to vote on the offer until Friday.",
        "The museum's members get free entry to the new wing from June.",
        # a register "of members" (a lower-case word before "members" names no tier)
        "On Tuesday he signed the co-op's register of members in the village hall.",
        "The register of members lists 412 crofters, up from 390 last spring.",
        "Members of the public may inspect the register of members at the town hall.",
        "Correction officers at the prison went on strike on Monday.",
        "Results at 12:30: the ruling party leads in 40 of 60 districts.",
        "Harbour Mail, the island's oldest paper, has been printed since 1904.",
        "The Islander has been printed in Kirkwall since 1911, but it will close in May.",
        "Choose Leeds / Bradford as your nearest centre, the form said.",
        "I'm Maria Lopez, the new head of the board, and more changes are coming.",
    ],
)
def test_news_look_alikes_stay(line: str) -> None:
    assert not is_shape_chrome(line)
    assert _kept(line)


def test_a_results_list_is_no_shape() -> None:
    # scores in a sentence are no row of chrome (the scorer may still judge it by its names)
    assert not is_shape_chrome("Results: Leeds 2 Fulham 1 · Wolves 0 Brentford 0.")


def test_separator_row_needs_three_short_segments() -> None:
    assert is_separator_row("WORLD · Europe · 5 min read")
    assert not is_separator_row("Weather · Sport")  # two segments: a pair, not a row
    assert not is_separator_row(
        "Markets · The central bank raised its main rate by a quarter point to calm prices · Bonds"
    )  # a long segment is a sentence
    assert not is_separator_row("Budget · Health · Schools.")  # ends like a sentence


def test_news_glued_after_chrome_stays_whole() -> None:
    line = (
        "Pictured: workers at the dam. Photo: handout · WATCH AGAIN · The regional government owns"
        " the dam and pays for its upkeep."
    )
    assert glued_news(line) == "The regional government owns the dam and pays for its upkeep."
    assert _kept(line)


def test_chrome_glued_to_chrome_still_goes() -> None:
    # an icon's caption with a cut-off teaser after it: no sentence of news
    line = "▲ Ice on the lake at dawn, 3 March. Photo: readers · Skaters came out early and found"
    assert glued_news(line) is None
    assert not _kept(line)
    # the glued sentence is chrome itself
    assert not _kept("▶ Watch · Share this article: Email · Print · Copy link to this page now.")


def test_a_comment_thread_ends_the_article() -> None:
    other = "Bus fares rise by ten cents from next month across the region's network."
    text = f"{_NEWS}\n\nReplies (0)\n\nNo comments yet\n\nHarbour Ledger\n\n{other}"
    assert clean_text(text) == _NEWS
    # a counter above the body is no thread: the article comes after it
    assert other in clean_text(f"Comments (4)\n\n{other}\n\n{_NEWS}")


@pytest.mark.parametrize(
    "line",
    [
        # a messaging channel's or a newsletter's item after an emoji bullet
        "🚨 Flights from the northern terminal were suspended for three hours after a fuel leak.",
        "⚡️ Power has been restored to 12,000 homes in the valley, the grid operator says.",
        "🏉 Farewell, captain. Liu Ren, who led the sevens side to two titles, retired at 31.",
        "✈️ The airline will cut its winter flights to the islands by a fifth from November.",
    ],
)
def test_a_sentence_of_news_after_an_emoji_bullet_stays(line: str) -> None:
    assert _kept(line)


def test_a_newsletters_item_headings_after_emoji_stay_between_paragraphs() -> None:
    text = (
        "Three things happened in the valley this week, and two of them were good news.\n"
        "🚋 The tram reaches the harbour\n"
        "The new line opened on Sunday with free rides for the first week.\n"
        "🌊 The river bursts its banks\n"
        "Two villages were evacuated overnight as the Orla rose 3 metres.\n"
        "❤️ 48 👍 12\n"
        "🔔 Turn on notifications for breaking news"
    )
    cleaned = clean_text(text)
    assert "🚋 The tram reaches the harbour" in cleaned
    assert "🌊 The river bursts its banks" in cleaned
    assert "❤️" not in cleaned and "notifications" not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # an emoji before a prompt, a promotion, reactions or a page's button: still chrome
        "📲 Join our channel: @valleycourier | 🌐 Website",
        "❤️ 212 👍 84 😢 41",
        "🔔 Follow the Courier for breaking-news alerts",
        "🎧 New on The Valley Hour: the people who run the ferry. Listen wherever you get them.",
        "✉ Newsletter Valley Weekly: every Friday in your inbox. Subscribe",
        "▶ Watch the whole interview with the mayor here",
        "💬 51 readers are discussing this — log in to have your say",
    ],
)
def test_an_emoji_before_chrome_is_still_chrome(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "https://harbour.example/news/a-40817",
        "www.harbour.example/ferries",
        "41 Quay Street, Suite 200, Harbour City, HC 20114, United States",
        "9 Mill Lane, Unit 4, Orrin, Kent, ME14 2AB",
        "Lena Brandt, Harbour Trust, +44 20 7946 0321, lbrandt@harbourtrust.example",
        "Press office: 0161 496 0000 | press@orrin-council.example",
        "UN Photo/Ana Ruiz",
        "AFP/Jon Berg",
        "EPA-EFE/Maria Dal Santo",
        "Getty Images/Tom Reyes",
    ],
)
def test_a_link_or_a_postal_address_alone_goes(line: str) -> None:
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry's timetable is at https://harbour.example/ferries until the strike ends.",
        "41 Quay Street, the ferry company's office, was closed on Monday.",
        "At 9 Mill Lane, Orrin, firefighters rescued two people from the roof.",
        "www.harbour.example went offline for two hours as 50,000 people checked the timetable.",
        "Lena Brandt of the Harbour Trust rang 0161 496 0000 and emailed the council on Monday.",
        "The scam emails from help@harbour-bank.example asked customers to call 0800 555 0101.",
        "AFP/Getty Images Pulls Its Photographers From the Front",
        "AC/DC Announce Farewell Tour",
    ],
)
def test_news_with_a_link_or_an_address_stays(line: str) -> None:
    assert _kept(line)


# A warning's news after its issue stamp (review15): after the clock a stamp has only a stamp's
# words (a time zone, a date, another stamp, who posted it).
def test_a_warnings_news_after_its_issue_time_stays() -> None:
    line = "Issued 12:00 BST: amber warning for heavy rain across Wales"
    assert lost_places(line, _NEWS, _NEWS.replace("Monday", "Tuesday")) == []


@pytest.mark.parametrize(
    "line",
    [
        "Issued at: 11:05 on Sun 15 Mar 2034",
        "Updated 14:52 BST, 7 August 2033",
        "Posted On: 14 JAN 2034 5:20PM by PIO Delhi",
        "Published today at 5:42 pm (Paris), updated at 6:10 pm",
        "Published : March 25, 2034 - 15:21:04",
    ],
)
def test_a_publication_stamp_still_goes(line: str) -> None:
    assert not _kept(line)
