"""A local site's chrome in its own language (``clean.foreign``), the rows above a text
(``clean.kickers``: genre kickers, dated and byline rows in any language), and the page's notes
on its figures, sponsors and funders (``clean.notes``, ``clean.widgets``).

Every line is written for the test in the shape real pages use; each kind has news look-alikes
that must stay.
"""

from __future__ import annotations

import pytest
from cleaning import kept_between

from briefing.clean import clean_text
from briefing.clean.kickers import genre_kicker

_LEAD = "The regional council voted 31-12 on Tuesday to close the Varna ferry terminal by 2035."
_NEXT = "Shipping companies said they would appeal, and the port's 400 workers were told to wait."


def _kept(line: str, *, last: bool = False) -> bool:
    return kept_between(line, _LEAD, _NEXT, last=last)


@pytest.mark.parametrize(
    "line",
    [
        "Quer receber as notícias da região? Entre no nosso canal agora",
        "¿Te gustó esta crónica? Compártela con tus amigos.",
        "Diese Meldung gibt es auch auf Deutsch — hier klicken",
        "Reacties (48) — log in om te reageren",
        "Dołącz do nas na Facebooku i bądź na bieżąco.",
    ],
)
def test_a_line_in_another_language_is_the_sites_own_chrome(line: str) -> None:
    assert not _kept(line, last=True)
    assert not _kept(line)


@pytest.mark.parametrize(
    "line",
    [
        'The festival\'s top prize went to "La nuit des méduses", a Belgian debut.',
        "« Nous ne partirons pas », said the union's leader, Marc Delorme.",
        "Ferry Terminal 2, Varna Port, Bulgaria",
        "4:49pm First set to Menezes, 6-4.",
    ],
)
def test_a_quoted_title_or_a_line_of_names_is_not_another_language(line: str) -> None:
    assert _kept(line)


def test_an_article_in_another_language_keeps_its_lines() -> None:
    text = (
        "O conselho regional votou na terça-feira o encerramento do terminal de ferries.\n"
        "As empresas de navegação disseram que vão recorrer da decisão.\n"
        "Quer receber as notícias da região? Entre no nosso canal"
    )
    assert clean_text(text) == text


@pytest.mark.parametrize(
    "row",
    [
        "VARNA — Miércoles 14 de junio de 2034",
        "PONTA DELGADA ~ segunda-feira, 3 agosto ~ texto Ana Faria",
        "12 jun 2034, 09:14 · bijgewerkt 11:02",
        "VARNA, Tuesday | by Elena Petrova, port reporter",
        "ANALYSIS — Sea Lanes · listening time 7 min",
        "COLUMN · views of the writer",
        "REVIEW | Critic's view · spoilers: none",
        "EXPLAINER / updated with the council's figures",
        "Courier Staff and Black Sea Wire | Oct. 3, 2033, 12:31 p.m.",
        "By Courier staff, published 14/10/2033 09:55, last modified 14/10/2033 11:30",
        "OPINIÓN / OPINION — columnist's views only",
        "Explainer by Sam Whitcombe",
        "ANALYSIS BY SAM WHITCOMBE",
        # a byline alone in another language, a newsroom's credit, several writers' names
        "Door Maarten de Vries",
        "Piše: Jelena Marković",
        "Live coverage by Ingrid Solberg",
        "Redacción Costa Brava",
        "Elena Petrova, Dimitar Ivanov",
        # a live page's time zone, a place and its date, a row ending in a date's full stop
        "All times in Varna (EET)",
        "Heure de Varna (UTC+2)",
        "VARNA, 14 Haziran 2034",
        "Regija | Varna, 14.06.2034.",
        # a kicker of section names: the separator is no word
        "Opinion · Port policy",
        "Deep read · Shipping",
    ],
)
def test_a_row_above_the_text_goes(row: str) -> None:
    cleaned = clean_text("\n".join([row, _LEAD, _NEXT]))
    assert row not in cleaned
    # also below a breadcrumb, and when the row ends like a sentence ("... 12:31 p.m.")
    cleaned = clean_text("\n".join(["News > Region > Ports", row, _LEAD, _NEXT]))
    assert row not in cleaned
    assert _LEAD in cleaned and _NEXT in cleaned


@pytest.mark.parametrize(
    "headline",
    [
        "Varna votes to close its ferry terminal — workers told to wait",
        "Council closes terminal | Ferries to move to Burgas",
        "Ferry terminal to close by 2035",
        "Analysis of the vote: who gains",
    ],
)
def test_a_headline_above_the_text_stays(headline: str) -> None:
    assert headline in clean_text("\n".join([headline, _LEAD, _NEXT]))


def test_a_kicker_glued_to_the_first_sentence_goes_and_the_sentence_stays() -> None:
    assert genre_kicker(
        "Analysis: The council has chosen the cheaper of two bad options.", body=True
    ) == ("The council has chosen the cheaper of two bad options.")
    assert genre_kicker("COLUMN · views of the writer", body=False) == ""
    assert genre_kicker("Review: Oppenheimer is a towering achievement", body=False) is None
    assert genre_kicker("Analysts expect the ferry companies to appeal.", body=True) is None
    cleaned = clean_text(
        "Analysis: The council has chosen the cheaper of two bad options.\n" + _NEXT
    )
    assert cleaned.startswith("The council has chosen")


@pytest.mark.parametrize(
    "lead",
    [
        "Analysis: the bank's decision to cut rates on Tuesday surprised almost every economist.",
        "Briefing | the government will publish its spending plans on Wednesday, officials said.",
        "Analysis: The message was clear: rates will stay high for longer than markets hope.",
        "Review: Tom Cruise's new film has one job: to thrill. It does, for two hours.",
        "Review: It is a triumph.",
    ],
)
def test_a_first_paragraph_after_a_genre_label_keeps_its_sentence(lead: str) -> None:
    rest = lead.split(":", 1)[1] if ":" in lead.split("|")[0] else lead.split("|", 1)[1]
    assert rest.strip() in clean_text(lead + "\n" + _NEXT)


@pytest.mark.parametrize(
    "headline",
    [
        "Election 2024: what the polls say about the swing states",
        "Black Friday: shoppers flock to high street stores",
        "Thousands march in Madrid — police put turnout at 20,000",
        "Storm Ciarán: schools closed across Cornwall on Thursday",
        "Interest rates rise to 5.25% — highest level in 15 years",
        "Euro 2028 — England and Ireland to co-host",
        "Mars mission | NASA delays the Artemis launch again",
        "Plácido Domingo | Opera star faces new claims",
        "Sunday Times Rich List | Who made the top 10",
        "Saved by Royal Navy: crew of stricken yacht rescued",
        "Backed by Elon Musk — the startup that wants to tunnel under Rome",
        "Saturday's Lotto numbers: 04 12 19 27 33 41",
        "- Bank Rate held at 5.25% — the highest since 2008",
        "- Next decision: Thursday 1 August",
        "FTSE 100: 8,140.24 (+0.4%)",
        "Review: Oppenheimer is a towering achievement",
        "Books | The best novels of the year",
        "Feature / The last ferry out of Varna",
        "Q&A: what we know about the outbreak",
        "Inflation falls — by more than expected",
        "Door to door — how the census works",
        "Tuesday 14 May — Sunak calls a July election",
        "Schools shut on Friday 8 March — union confirms strike",
        "Kipchoge wins Berlin marathon — 2:01:09",
        "Credit cards | Average APR hits 24 per cent",
        "By Friday 12 July the ferry will stop running",
        "Hamas attack — Israel marks a year since 7 October",
        # bylines' and names' look-alikes: a headline in title case, a list of places, a party
        "Man Killed by Falling Tree",
        "Hit by Strikes, Ferries Stop",
        "Varna, Burgas and Sofia",
        "Minister Elena Petrova (GERB)",
        "Paris, London, New York: the ferry show tours",
        "Brexit | What happens next",
        "Varna, Thursday: the last ferry leaves",
    ],
)
def test_a_headline_key_point_or_market_row_above_the_text_stays(headline: str) -> None:
    assert headline in clean_text("\n".join([headline, _LEAD, _NEXT]))


@pytest.mark.parametrize(
    "line",
    [
        "Share figures are closing levels from the Sofia exchange. We never tell readers which "
        "shares to hold.",
        "Quotes: Sofia exchange close; end-of-day data.",
        "Port Monitor is not an investment adviser.",
        "Sailing times are from public tracking data and may be revised.",
        "Nothing on this page is a diagnosis; if in doubt, ask a pharmacist.",
        "Sponsored: Try SeaSafe travel insurance free for 30 days",
        "Sponsored content is always labelled. This article is not sponsored.",
        "This week's letter comes to you thanks to Harbour Optics: binoculars for birders.",
        "Reporting trip paid in part by the Coastal Journalism Fund, which did not see or edit "
        "this piece.",
        "Not seeing updates? Pull down to refresh the page.",
        "More from Black Sea Travel: the best beaches north of Varna",
        "Like local reporting? Become a Courier supporter from 3 euros a month.",
        "Markets > Shipping > Ports",
        "Data source: the port authority. Chart by the Courier. Republish freely with a link.",
        "Indicative levels only; check with your broker before dealing.",
        "We may receive compensation from some ferry operators mentioned.",
        "Views expressed in opinion pieces belong to their authors, not to the Courier.",
        "Guest columns reflect the writer's opinion. The Courier takes no position.",
        "Enjoying the Port Letter? It's reader-funded — give £3 today",
        "Courier readers can get our top stories on Telegram — search @VarnaCourier",
        "Comments (41) · Sort by: Newest · Log in to comment",
        "Continue reading with a free Courier account — it takes 30 seconds.",
        "The full analysis is in Courier Pro. Try 4 weeks for €1",
        "Got photos of the storm? Upload them here.",
        "Travelling this summer? Read our Black Sea ferry guide",
        "Sponsor slot: Ledgerly — invoices that chase themselves.",
        "Most read: 1. Tram 5 to run all night 2. New ticket rules",
        "Keep this page open — new posts appear at the top automatically",
        "Ticker closed. Full report to follow on our homepage.",
        "VNA/kt/ha — Varna News Agency, an English-language service for the Black Sea",
        "Baca juga: Ferry terminal to close by 2035",
        "Leia em português | Read in English",
        "This content was paid for by Harbour Optics.",
        "Supported by the Coastal Journalism Fund",
        "In partnership with SeaSafe Insurance",
    ],
)
def test_a_note_on_the_pages_figures_sponsors_or_funders_goes(line: str) -> None:
    assert not _kept(line, last=True)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices of the ferry operator fell 9% after the vote.",
        "The port's figures may be revised once the audit ends, the council said.",
        "The pilot study was paid in part by the EU, which will decide on more funding in May.",
        "More from the port will move to Burgas, the minister said.",
        "Prices at the terminal's cafe have doubled since 2030, regular passengers say.",
        "The data show 400 jobs at risk, the union said.",
        "Brokers said the port's bonds traded at 40 cents on the euro.",
        "Kyiv live: missiles hit the capital overnight, the mayor said.",
        "Gaza ceasefire: both sides said the truce held overnight.",
        "Médecins Sans Frontières: aid flights resume to the port",
        "The minister said she would read the court's full ruling before deciding.",
        "Sweden will become a full Nato member from Thursday, when its papers are lodged.",
        "She went on to become a Labour party member for 40 years and a councillor for 12.",
        "Fund managers are split on which stocks to buy after the rally.",
        "Oil prices extended gains in end-of-day trading in New York.",
        "Official figures for the quarter may be revised once tax returns arrive.",
        "Flight times may be revised as air traffic control strikes continue in France.",
        "Exchange rates from a third-party feed were blamed for the bank's pricing error.",
        "Ministers insist they had no say over the report, published on Tuesday.",
        "The influencer, who is not a financial adviser, was fined £20,000 by the regulator.",
        "The CEO will ring the bell at the Nasdaq on Thursday as the shares begin trading.",
        "Sponsored content is banned on children's channels under the new law.",
        "Prices: food up 8.1%, energy down 3.2%, services up 6%",
        "Market data: the FTSE 100 closed up 0.4% at 7,652.",
        "Advertisement: the council's new campaign features a talking seagull.",
        'More from the minister: "We will not back down, whatever the unions say."',
        "Vendors along the canal sell bánh mì, phở and cà phê sữa đá.",
        "On the menu: bacalhau à brás, caldo verde and pastéis de nata.",
        "Dishes include jamón ibérico, pulpo a la gallega and tortilla de patatas.",
        "The sommelier recommends txakoli, albariño or a dry fino.",
        "Mae'r bleidlais wedi ei phasio o 31 pleidlais i 12.",
        "Supported by the EU, the port will be rebuilt by 2030.",
        "The scheme will give £500 to every family with a child under five.",
        "Neighbours chip in £20,000 to save the village pub from closure",
        "The Ferret, a reader-funded investigative outlet, obtained the documents.",
        "The government takes no position on who should buy the club.",
        "Data: unemployment rose to 4.4% in the three months to June.",
        "Collectors rushed to buy prints of the famous photograph, which sold out in hours.",
        "New customers can try two weeks for free, then pay £7.99 a month.",
        "Most read: Orwell's 1984 topped the library's list for the third year.",
        "Live blog closed: the protest ended peacefully.",
        "In partnership with the EU, the port authority will build a new quay.",
    ],
)
def test_news_that_looks_like_such_a_note_stays(line: str) -> None:
    assert _kept(line, last=True)


def test_a_service_pieces_advice_to_the_reader_stays() -> None:
    text = "\n".join(
        [
            "After the terminal closes, hundreds of travellers will need another route south.",
            "Don't book a cabin before the operator confirms the new timetable for the summer.",
            "Note where your booking was made, with a screenshot of the confirmation.",
            "Check your ferry operator's app for cancellations before you travel.",
            "Contact the operator or your travel agent for a refund of a cancelled sailing.",
        ]
    )
    cleaned = clean_text(text)
    assert "Note where your booking was made" in cleaned
    assert "Check your ferry operator's app" in cleaned


def test_a_live_pages_entry_markers_stay_with_their_entries() -> None:
    # Alone above the text a dated row is the page's stamp; repeated above each entry, in one
    # shape, it is the entry's time (or lap), and stays.
    page = "\n".join(
        [
            "Feb 20, 2034 03:32 PM IST",
            "Turnout in Varna stood at 41.2% at 3 pm, the election commission said.",
            "Feb 20, 2034 02:58 PM IST",
            "Polling was briefly halted at one booth after a machine failed, officials said.",
        ]
    )
    assert clean_text(page).split() == page.split()
    laps = (
        "Lap 62/62\nMarquez takes the chequered flag!\nLap 58/62\nReyes hits the wall at Turn 10."
    )
    assert "Lap 62/62" in clean_text(laps)
    # One stamp above a report is still the page's own.
    assert "Feb 20" not in clean_text("Feb 20, 2034 03:32 PM IST\n" + _LEAD + "\n" + _NEXT)


def test_a_podcasts_chapter_with_its_words_is_no_trailing_label() -> None:
    notes = "\n".join(
        [
            "This week: the council votes on the ferry terminal, and the port's workers wait.",
            "(02:15) The vote: who backs it",
            "(19:40) Workers on the move to Burgas",
            "(41:05) Listener questions",
            "Follow us on Instagram @portpod",
        ]
    )
    cleaned = clean_text(notes)
    assert "(02:15) The vote" in cleaned and "(19:40) Workers" in cleaned
    assert "Listener questions" not in cleaned and "Instagram" not in cleaned


def test_an_ad_slots_numbered_label_is_no_entry_marker() -> None:
    page = "\n".join(
        [
            _LEAD,
            "Advertisement 2",
            "Ferry operators said they had not been consulted before the vote, and would appeal.",
            "Advertisement 3",
            _NEXT,
        ]
    )
    assert "Advertisement" not in clean_text(page)


def test_repeated_times_ago_and_durations_are_no_entry_markers() -> None:
    page = "\n".join(
        [
            _LEAD,
            "2 hours ago",
            "Unions and the operator reached a deal on night shifts at the port.",
            "5 hours ago",
            "The council will publish the terminal's closure plan next month.",
        ]
    )
    assert "hours ago" not in clean_text(page)


@pytest.mark.parametrize(
    "line",
    [
        # another language's "read also", reading time and comment count
        "À lire aussi : Les vendanges en avance dans le Beaujolais",
        "Läs också: Ferry strike ends after four days",
        "Czytaj także: Gdańsk shipyard wins a new order",
        "Temps de lecture : 6 min",
        "Lesezeit: 3 min",
        "Commenter · 58 commentaires",
        "Komentáre sú k tomuto článku vypnuté.",
        # a live page closing, an ad slot's note, a newsletter's sponsor, sign-off and prompt
        "We have stopped updating this page.",
        "We are wrapping up here; the blog returns on Monday.",
        "Advertisement · Story continues below",
        "Article continues after this advertisement",
        "Today's Harbour Note is sponsored by Quayside Coffee — roasted by the sea.",
        "That's the note for today. See you on Monday.",
        "Forwarded this by a colleague? Get your own copy every Friday.",
        # another article of the site, by its label
        "More in Business & Ports: Varna's new cranes arrive",
        "Most read today: Black Sea ferry fares to rise",
        "Related guides: Travelling by ferry | Port parking",
        "Next in this series: The lighthouse keepers of Cape Emine",
    ],
)
def test_a_sites_label_prompt_or_sign_off_goes(line: str) -> None:
    assert not _kept(line, last=True)


@pytest.mark.parametrize(
    "line",
    [
        "Lire: the currency Italy used until 2002 was worth less than a cent.",
        "We are closing our coverage of the factory, the company said in a statement.",
        "This week's summit is sponsored by three oil companies, campaigners said.",
        "That's all for now, the minister said as she left the chamber.",
        "More in sorrow than anger: the mayor's reply to the council was brief.",
        "The story continues to unfold, with more arrests expected on Friday.",
        "Related guides to the new rules were sent to every school, the ministry said.",
        # a count in the news, not a thread's counter
        "214 comments were sent to the planning inquiry before it closed.",
        "1,200 responses from residents opposed the plan, the council said.",
    ],
)
def test_news_that_looks_like_a_sites_label_or_sign_off_stays(line: str) -> None:
    assert _kept(line, last=True)
    assert _kept(line)


@pytest.mark.parametrize(
    ("note", "after_text"),
    [
        (
            "Ilse Vermeulen writes on architecture for the Port Review. She was not paid for it.",
            True,
        ),
        ("The writer is a shipping economist based in Varna. The views are his.", True),
        # a column's note: only a label above the text makes it one (a profile may end so)
        ("Petar Kolev is a fisherman and writes about the Black Sea every fortnight.", False),
    ],
)
def test_a_note_on_the_writer_below_a_label_or_after_the_text_goes(
    note: str, after_text: bool
) -> None:
    cleaned = clean_text("\n".join(["Column", note, _LEAD, _NEXT]))
    assert note not in cleaned and _LEAD in cleaned
    assert _kept(note, last=True) is not after_text


@pytest.mark.parametrize(
    "lead",
    [
        # a text's first line is its lead: a profile may open like a bio
        "Petar Kolev is a fisherman and writes about the Black Sea every fortnight.",
        # a bio's look-alikes with news in them
        "Anna Berg is a nurse who writes about her shifts every week. She was fired on Monday.",
        "Maria Lopez writes on behalf of 40 families who lost their homes in the flood.",
    ],
)
def test_a_lead_or_news_shaped_like_a_bio_stays(lead: str) -> None:
    assert lead in clean_text("\n".join([lead, _LEAD, _NEXT]))


@pytest.mark.parametrize(
    "line",
    [
        # a market page's delay and hedge, a health page's review note, a page without sponsors
        "Prices run 20 min behind · no advice intended",
        "Data delayed by at least 15 minutes.",
        "Fish and fuel prices shown are indicative, not offers.",
        "Medically reviewed by Dr. Petra Ilieva, GP · Last reviewed 2 May 2034",
        "Fact-checked by Maria Stoyanova | Updated 3 May 2034",
        "General guidance only; ask your pharmacist about your own case.",
        "This guide contains no affiliate links.",
    ],
)
def test_a_pages_note_on_its_data_review_or_sponsors_goes(line: str) -> None:
    assert not _kept(line, last=True)
    cleaned = clean_text("\n".join(["Health explainer", line, _LEAD, _NEXT]))
    assert line not in cleaned and _LEAD in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Trains run 15 min behind schedule on the coast line, the operator said.",
        "The government issued general guidance only, leaving schools to decide.",
        "Reviewed by Dr Anna Berg, the scans showed no sign of the tumour.",
        "Medically reviewed by Dr. Jones in 2019, the study found no link to the vaccine.",
        "Rates and commodity prices rose sharply in March, the central bank said.",
        "The page contains no mention of the ferry, the council admitted.",
    ],
)
def test_news_like_a_pages_data_or_review_note_stays(line: str) -> None:
    assert _kept(line)
    assert _kept(line, last=True)


# A review's probes (review15): news shaped like this session's rows, labels, notes and bios.
_HEADLINE_LIKE = [
    "Text Messages Show Minister Knew",
    "Di Maria Joins Benfica",
    "Di Maio Quits Five Star",
    "Von Der Leyen Re-Elected",
    "Report By Fire Marshal Blames Landlord",
    "Trump Wins, Harris Concedes",
    "Markets Tumble, Oil Surges",
    "North Korea, South Korea",
    "Treasury confirms cut to value added tax (VAT)",
    "Artist sells first non-fungible token (NFT)",
    "Bloody Sunday, 30 January 1972",
    "Black Monday, October 19, 1987",
    "Election Day, Nov. 5",
    "Gaza – ceasefire holds",
    "Storm Ciarán — latest",
]


@pytest.mark.parametrize("headline", _HEADLINE_LIKE)
def test_a_title_case_headline_below_a_label_is_no_row(headline: str) -> None:
    cleaned = clean_text("\n".join(["Politics", headline, _LEAD, _NEXT]))
    assert headline in cleaned


@pytest.mark.parametrize(
    ("line", "where"),
    [
        (
            "Today's Grand Prix is sponsored by Aramco, a deal critics have called sportswashing.",
            "mid",
        ),
        (
            "This week's Boat Race is sponsored by Chiswick Bank for the first time since 1987.",
            "mid",
        ),
        ("More in store: the retailer plans 40 new shops in 2034", "mid"),
        ("More in pain: the number of people waiting for hip operations rose 12%", "mid"),
        (
            "Most read today: the minister's resignation letter, which was leaked to the Times",
            "mid",
        ),
        ("The story continues below the fold of every tabloid today: the prince's letter.", "mid"),
        (
            "Forwarded this email by mistake? The ministry's chief of staff did, and it spread.",
            "mid",
        ),
        (
            "Evan Gershkovich reports on Russia for The Wall Street Journal. He has been detained "
            "in Moscow since March.",
            "last",
        ),
        (
            "Jane Doe writes about crime for the Evening Post. She is due in court on Friday.",
            "last",
        ),
        (
            "Maria Ressa writes on press freedom every week. She has won the Nobel Peace Prize.",
            "last",
        ),
        (
            "Alsu Kurmasheva is Radio Free Europe's Tatar-Bashkir editor. She has been held in "
            "Kazan since October 2023.",
            "top",
        ),
        ("Slovensko nie je Rusko, the crowd chanted in Bratislava on Friday.", "mid"),
        ("Tomuto se říká demokracie, Babiš posted on X after the vote.", "mid"),
        ("Ako ďalej, Slovensko? is the title of the president's new book, out on Monday.", "mid"),
        (
            "Official UK inflation figures are delayed until next week after a software fault at "
            "the ONS.",
            "mid",
        ),
        ("Latest US jobs data is delayed by the government shutdown.", "mid"),
        (
            "Data delayed by at least 15 minutes cost the bank £3m in bad trades, regulators "
            "found.",
            "mid",
        ),
        ("Fact-checked by Full Fact, the claim turned out to be false", "mid"),
        ("Reviewed by Judge Amanda Tipples, the sentence was cut to four years", "mid"),
        ("New home sales figures are approximate because of the shutdown, economists warn.", "mid"),
    ],
)
def test_news_shaped_like_a_sites_label_note_or_bio_stays(line: str, where: str) -> None:
    parts = {
        "mid": [_LEAD, line, _NEXT],
        "last": [_LEAD, _NEXT, line],
        "top": ["Politics", line, _LEAD, _NEXT],
    }[where]
    assert line in clean_text("\n".join(parts))


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "⚡️ Ukraine's air force said it shot down 84 of 120 drones launched overnight. "
            "Follow us on Telegram for updates.",
            "⚡️ Ukraine's air force said it shot down 84 of 120 drones launched overnight.",
        ),
        (
            "🔴 Russia launched 120 drones at Kyiv overnight, killing four people. Subscribe to "
            "our channel.",
            "🔴 Russia launched 120 drones at Kyiv overnight, killing four people.",
        ),
    ],
)
def test_an_emoji_item_keeps_its_news_when_a_prompt_is_glued_on(line: str, kept: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert kept in cleaned and "Follow us" not in cleaned and "Subscribe" not in cleaned


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "The central bank raised its key rate to 21%, the highest since 2003. Read more on "
            "our website.",
            "The central bank raised its key rate to 21%, the highest since 2003.",
        ),
        (
            "📢 Fares on the coast line rose 12% on Monday, the operator said. Full timetable on "
            "our website.",
            "📢 Fares on the coast line rose 12% on Monday, the operator said.",
        ),
    ],
)
def test_news_with_a_prompt_glued_after_it_keeps_its_news(line: str, kept: str) -> None:
    cleaned = clean_text("\n".join([_LEAD, line, _NEXT]))
    assert kept in cleaned and "our website" not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Got pictures of the storm? WhatsApp them to our newsroom.",
        "We rely on readers like you to keep our journalism going. Donate on our website today.",
        "Our reporters are on the ground. Follow the latest on our website.",
    ],
)
def test_a_prompt_without_news_before_it_still_goes(line: str) -> None:
    assert not _kept(line)


# The review's last probes (review15, at 227139a): news that the session's rules still took.
@pytest.mark.parametrize(
    ("line", "where"),
    [
        (
            "Maria Lopez reports on policing for the Evening Post. She was not charged and has "
            "returned to work.",
            "last",
        ),
        (
            "Alsu Kurmasheva reports on Tatarstan for Radio Free Europe. She has no access to a "
            "lawyer.",
            "last",
        ),
        (
            "Jane Doe writes about defence for the Evening Post. She writes that the army is short "
            "of 20,000 troops.",
            "last",
        ),
        ("NATO/Russia Talks Collapse", "mid"),
        ("EU/Mercosur Deal Signed", "mid"),
        ("OPEC/Saudi Output Cut", "mid"),
        (
            "Support for this project was provided by a Russian oligarch's foundation, documents "
            "show.",
            "mid",
        ),
        ("(Changes with effect from Monday: trains will not stop at Varna.)", "mid"),
    ],
)
def test_news_the_review_found_taken_stays(line: str, where: str) -> None:
    parts = [_LEAD, _NEXT, line] if where == "last" else [_LEAD, line, _NEXT]
    assert line in clean_text("\n".join(parts))


@pytest.mark.parametrize(
    ("line", "news"),
    [
        (
            "🔴 BREAKING: Russia launched 120 drones at Kyiv overnight, killing four people. "
            "Follow us for updates.",
            "Russia launched 120 drones at Kyiv overnight",
        ),
        (
            "📈 Markets: The FTSE 100 closed at a record 8,400 on Friday. Read more on our "
            "website.",
            "The FTSE 100 closed at a record",
        ),
    ],
)
def test_a_labelled_emoji_item_keeps_its_news(line: str, news: str) -> None:
    assert news in clean_text("\n".join([_LEAD, line, _NEXT]))


def test_a_newsletters_top_stories_are_its_news() -> None:
    items = [
        "Fed holds rates at 5.25% for a sixth meeting",
        "UK inflation falls to 2.1% in May",
        "Chipmaker becomes world's most valuable company",
    ]
    text = "\n".join([_LEAD, _NEXT, "Top stories", *items, "Markets closed mixed on Friday."])
    cleaned = clean_text(text)
    assert all(item in cleaned for item in items)


@pytest.mark.parametrize(
    "line",
    [
        "UN Photo/Ana Ruiz",
        "🎧 New on The Valley Hour: the people who run the ferry. Listen wherever you get them.",
        "Ilse Vermeulen writes on architecture for the Port Review. She was not paid for it.",
        "Support for this reporting was provided by the Coastal Journalism Fund.",
    ],
)
def test_the_junk_those_rules_were_written_for_still_goes(line: str) -> None:
    assert not _kept(line, last=True)
