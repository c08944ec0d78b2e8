"""More kinds of a page's own lines across languages (junk30): each rule's line goes, and a news
line of a like shape stays, in the same place.

The kinds: publication and update stamps in more scripts (a two-letter month, a day with its
full stop, an Ethiopian date, a clock's update arrow, more labels), a lone advertisement label,
"read more" and "more from <place>" heads abroad, bylines (a maker's initial, an Arabic name's
article, makers under a label, two writers joined by the page's "and", a writer's label abroad),
a comment section (a count, a commenter's row and what follows, a sort row), an aggregator's
ranked rows and a link post's rows, a consent banner abroad, follow asks with what for, a wire's
dateline with its agency between slashes and its editor's initials, a release's "about us"
abroad, a government notice's enquiries and thanks lines, a podcast's sponsor read, what
subscribers get, a channel's watch ask, "more news on Google News", a blog's footer, share and
related heads in Afrikaans, a read count abroad, a
Russian-language network's embed leftover, the next piece's teaser, a closed thread, a story
asked for, a letter's unsubscribe link, a paper's own photo's caption, a related story's
headline inserted between two paragraphs, Google News's "full coverage" abroad. One mend: a
correction that moves an event announced before is news.

Every line is written for the test.
"""

from __future__ import annotations

import pytest
from cleaning import cleaned_lines as _lines

from briefing.clean import clean_text
from briefing.clean.pagekinds import is_page_kind

_LEAD = "The regional transport authority said on Monday that 40 new buses would start in May."
_AFTER = "Fares will stay at their current level until the end of the year, officials added."


def _mid(line: str) -> list[str]:
    return _lines(f"{_LEAD}\n{line}\n{_AFTER}")


def _last(line: str) -> list[str]:
    return _lines(f"{_LEAD}\n{_AFTER}\n{line}")


def _top(line: str) -> list[str]:
    return _lines(f"{line}\n{_LEAD}\n{_AFTER}")


# (a rule's line, a news line shaped like it, in the same language)
_PAIRS = [
    # a lone advertisement label / a sentence about an advert
    ("اشتہار", "اشتہار پر پابندی کا فیصلہ عدالت نے معطل کر دیا۔"),
    ("বিজ্ঞাপন", "বিজ্ঞাপন থেকে সংবাদপত্রের আয় গত বছর কমেছে।"),
    ("Reklamë", "Reklamë e re e qeverisë u hoq pas ankesave të prindërve."),
    ("Advertensie", "Advertensie-inkomste van koerante het verlede jaar met 12% gedaal."),
    # "read more" abroad and a report that reads on
    (
        "مزید پڑھیں: لاہور میں سموگ، اسکول ایک ہفتے کے لیے بند",
        "مزید پڑھیں گے تو معلوم ہوگا کہ منصوبہ دو سال سے تاخیر کا شکار ہے۔",
    ),
    # makers' credits / news about who made something
    (
        "Photography by D. Knowles",
        "Photography by drones showed the flooded fields, D. Knowles said.",
    ),
    (
        "Words by Maryam al-Kindi",
        "Words by al-Kindi were read aloud at the opening, officials said.",
    ),
    (
        "Text by Yerlan Mukanov. Photos by Dina Kim.",
        "Text by the committee was adopted. It runs to 40 pages.",
    ),
    ("Story: Ibrahim Jalloh and Kadiatu Koroma", "Story: Kenya and Uganda sign the border deal"),
    (
        "Reporting team: Oyun Ganbaatar, Tuvshin Erdene",
        "Reporting teams from three papers were barred.",
    ),
    # bylines abroad
    ("Avtor: Radio Barje, Tina Kovač", "Avtor knjige, Tina Kovač, je nagrado prejela v petek."),
    ("記者 Reporter: Hsu Mei-ling", "Reporter Hsu Mei-ling won the award for her flood coverage."),
    # a comment section's sort row
    ("Pinakabago | Pinakaluma", "Pinakabago ang tren na dumating sa Marikina noong Lunes."),
    # an aggregator's ranked row / a ranked line of news
    (
        "1. Estonia moves its registry to SQLite (registry.example) 612 points, 240 comments",
        "1. Estonia moves its land registry to a new database, the ministry said on Monday.",
    ),
    (
        "Unsubscribe from The Weekly Roundup",
        "Unsubscribing from the scheme costs members a fee of 40 euros.",
    ),
    # a link post's rows
    ("Posted by u/boroko_boy", "Posted by the council on Monday, the notice lists 12 areas."),
    ("(power-notices.example)", "(The notice was posted on the utility's website on Monday.)"),
    # a consent banner abroad / a story about cookies
    (
        "Ons gebruik koekies om jou ervaring op ons webwerf te verbeter.",
        "Die hof het beslis dat die webwerf koekies sonder toestemming gebruik het.",
    ),
    # follow asks / news about following
    (
        "Ακολουθήστε τον Θερμαϊκό Παλμό στο Google News για να ενημερώνεστε πρώτοι",
        "Ο δήμαρχος ακολούθησε τη συνεδρίαση από το γραφείο του στη Θεσσαλονίκη.",
    ),
    ("Последвайте ни във Viber", "Последвайте указанията на спасителите, призова кметът на Варна."),
    # a wire's dateline with its agency and the editor's initials / a dateline with its news
    ("Варна, 2 юли /ЧИА/.", "Варна, 2 юли /ЧИА/. Пристанището прие рекорден брой круизни кораби."),
    ("/МК/", "Цената на билета е 2/3 от миналогодишната, съобщи общината."),
    # a government notice's closing lines / a report of them
    (
        "Sebarang pertanyaan, sila hubungi talian 088-555 210.",
        "Pengguna yang terjejas boleh mendapatkan air daripada lori tangki di Likas.",
    ),
    (
        "Kerjasama dan kesabaran pengguna amat dihargai.",
        "Kerjasama antara jabatan dan majlis bandaran akan diteruskan tahun depan.",
    ),
    (
        "Your cooperation is highly appreciated.",
        "The minister thanked residents for their patience during the works.",
    ),
    # a podcast's sponsor read and subscribe ask / news about a sponsor
    (
        "Deze podcast wordt gesteund door Havenbank Oost-Vlaanderen.",
        "De haven wordt gesteund door een lening van de Vlaamse overheid.",
    ),
    (
        "Luister en abonneer via je favoriete podcastapp.",
        "Luisteraars konden zich niet abonneren omdat de app uitviel, meldde de omroep.",
    ),
    # what subscribers get / subscribers in the news
    (
        "Gulf of Paria Letter subscribers get the ferry data sheet every Friday.",
        "Subscribers to the ferry service will get refunds, the ministry said.",
    ),
    (
        "Pick up the print edition at any airport lounge",
        "The print edition will end in June after 80 years.",
    ),
    # a channel's watch ask / a report of a broadcast
    (
        "Maç özetini kulübümüzün YouTube kanalından izleyebilirsiniz.",
        "Maç, 4 bin seyirci önünde oynandı ve YouTube kanalında canlı yayınlandı.",
    ),
    # "more news on Google News" / news about news apps
    (
        "Още новини от ЧИА в Google News и Telegram",
        "Още новини за круизния сезон се очакват след срещата в общината.",
    ),
    # a blog's footer, share and related heads in Afrikaans / news that says "verskyn"
    (
        "Die plasing Nuwe fietsbaan by Kayamandi het eerste op Eikestad Nuus verskyn.",
        "Die fietsbaan het eerste in 2039 in die munisipaliteit se plan verskyn.",
    ),
    ("Deel dit:", "Deel dit met die gemeenskap, het die burgemeester gesê."),
    ("Soortgelyk", "Soortgelyke fietsbane is in Paarl en Wellington gebou."),
    # the next piece's teaser / news about what is next
    (
        "Next in Features: The last ferryman of the Caspian",
        "Next, the council will vote on the budget.",
    ),
    (
        "Coming Friday: the councillors holding her budget's fate.",
        "Coming Friday, the vote may decide her budget's fate.",
    ),
    # a closed thread, a talk moved, a story asked for / news about comments
    (
        "Kommentarfeltet er stengt for denne saken",
        "Kommunen stengte feltet for trafikk etter raset.",
    ),
    (
        "Did the outage affect you? Tell the Herald at letters@herald.example",
        "Did the outage affect hospitals? The ministry said none lost power.",
    ),
    # a read count and an embed's leftover / news with a count or a network's post
    (
        "Прочетена 1204 пъти",
        "Книгата е прочетена 1204 пъти от ученици в Бургас, съобщи библиотеката.",
    ),
    ("Запись ВКонтакте", "Запись ВКонтакте о пожаре удалили через час, сообщила полиция."),
    # the desk's and the letter's notes / news that opens alike
    (
        "(Akosua Mensah in Accra; edited for WCS by Chris Reese)",
        "(The figures were edited for the report by the ministry in Accra.)",
    ),
    (
        "To stop receiving the Bulletin, reply with the word STOP.",
        "To stop receiving benefits, claimants must reply within 30 days, the ministry said.",
    ),
    (
        "Found this useful? Forward it to someone who lives in the islands.",
        "Found this useful, the mayor said of the report, and forwarded it to the council.",
    ),
    (
        "For members only. Do not forward outside your agency.",
        "For members only, the club's new pool opens on Monday.",
    ),
    ("Updated after Monday's ruling", "Updated figures after Monday's ruling show 40 cases."),
    (
        "Issued by the federation's communications office, Taipei.",
        "Issued by the ministry on Monday, the warning covers 12 districts.",
    ),
    # a paper's own photo / a sentence about a photo
    (
        "Chronicle photo: Containers lined up at a borehole in Kasoa Old Town.",
        "Chronicle photographers were barred from the borehole site, the editor said.",
    ),
]


@pytest.mark.parametrize(("junk", "news"), _PAIRS)
def test_the_kind_goes_and_news_of_its_shape_stays(junk: str, news: str) -> None:
    # between two paragraphs of its own language (a short line there is a subhead unless a rule
    # says otherwise), and the news line of its shape kept
    kept = _lines(f"{news}\n{junk}\n{news}")
    assert junk not in kept
    assert kept.count(news) == 2


@pytest.mark.parametrize(
    ("junk", "news"),
    [
        (
            "Continue the conversation on our Facebook page.",
            "The conversation continued on Facebook.",
        ),
        (
            "Share your travel disruption story with our reporters via Telegram",
            "Passengers shared their stories with reporters at the terminal.",
        ),
        (
            "By our reporters in Roseau, Coulibistrie and Portsmouth",
            "By our count, reporters in Roseau filed 40 stories in the storm's first week.",
        ),
        (
            "Save this for later: tap the bookmark ribbon at the top right.",
            "Save this for later, the minister told farmers, urging them to store grain.",
        ),
    ],
)
def test_the_kind_is_a_page_kind_and_news_of_its_shape_is_not(junk: str, news: str) -> None:
    assert is_page_kind(junk)
    assert not is_page_kind(news)


@pytest.mark.parametrize(
    ("stamp", "paragraph"),
    [
        (
            "اپ ڈیٹ 14 جون 2042 11:30am",
            "لاہور میں اورنج لائن کو رائے ونڈ تک بڑھانے کے منصوبے کی منظوری دے دی گئی ہے۔",
        ),
        (
            "প্রকাশ: ০৮ মে ২০৪২, ১০:২০",
            "কর্ণফুলী নদীতে নতুন ফেরি সার্ভিস চালু করেছে সংস্থাটি, জানিয়েছেন ব্যবস্থাপক।",
        ),
        ("ግንቦት 12 ቀን 2034 ዓ.ም", "የአዲስ አበባ ቀላል ባቡር ወደ ለገጣፎ እንደሚራዘም ባለሥልጣኑ አስታወቀ።"),
        (
            "субота, 12. апр 2042, 09:15 -> 10:02",
            "Аеродром у Нишу добија три нове линије од јуна, саопштила је управа аеродрома.",
        ),
        (
            "Added 14 January 2042, 08:00 EAT",
            "The county government said the new market would open in March with 400 stalls.",
        ),
    ],
)
def test_a_stamp_above_the_text_goes(stamp: str, paragraph: str) -> None:
    kept = _lines(f"{stamp}\n{paragraph}\n{paragraph}")
    assert stamp not in kept
    assert kept == [paragraph, paragraph]


def test_a_headline_with_a_date_above_the_text_stays() -> None:
    # a headline with a date in it is no stamp: words of news beside the date
    line = "Ferry fares rise on 12 June 2042 as fuel costs climb"
    assert line in _lines(f"{line}\n{_LEAD}\n{_AFTER}")


def test_two_writers_joined_by_the_page_s_and_go_above_the_text() -> None:
    paragraph = "Die Gautrain-agentskap het bevestig dat 'n nuwe stasie in Pretoria gebou sal word."
    kept = _lines(f"Sipho Ndlovu en Marietjie van Wyk\n{paragraph}\n{paragraph}")
    assert kept == [paragraph, paragraph]
    # an English title-cased headline with "and" is not read as two names
    line = "Schools And Hospitals Reopen"
    assert line in _lines(f"{_LEAD}\n{line}\n{_AFTER}\nSecond Paragraph Head\n{_LEAD}")


def test_two_countries_joined_by_the_page_s_and_are_a_subhead_not_two_writers() -> None:
    # review28's probe: a pair of country names is the two names' shape, and a subhead
    paragraph = (
        "Los dos gobiernos firmaron el acuerdo comercial el lunes tras meses de negociación."
    )
    for line in ("Costa Rica y El Salvador", "Papúa Nueva Guinea y Nueva Zelanda"):
        assert line in _lines(f"{paragraph}\n{line}\n{paragraph}")
    assert "Ana Ruiz y Pablo Gil" not in _lines(f"Ana Ruiz y Pablo Gil\n{paragraph}\n{paragraph}")


def test_a_sponsor_read_goes_but_a_story_of_a_sponsorship_stays() -> None:
    # review28's probe: the sponsor named is a read; a clause after it tells a story
    paragraph = "The regulator fined the station on Monday, its second penalty this year."
    read = "This episode is brought to you by Acme Mattresses."
    story = "This show was sponsored by a gambling firm until the regulator stepped in last year."
    kept = _lines(f"{paragraph}\n{read}\n{story}\n{paragraph}")
    assert story in kept
    assert read not in kept


def test_a_thread_s_commenters_and_their_comments_go() -> None:
    text = "\n".join(
        [
            _LEAD,
            _AFTER,
            "12 Komento",
            "jun_m_23 · 2 oras",
            "Sana may ilaw din sa gabi.",
        ]
    )
    kept = _lines(text)
    assert kept == [_LEAD, _AFTER]


def test_a_link_post_s_comment_rows_go_without_a_body() -> None:
    text = "\n".join(
        [
            "moresby_meri · 2d",
            "Gerehu again in the first group. Every time.",
            "kokopo_kid · 2d",
            "At least they posted the times this time.",
        ]
    )
    assert "Gerehu again in the first group. Every time." not in clean_text(text)


def test_a_count_of_comments_in_a_sentence_is_news() -> None:
    line = "Umabot sa 12 komento ang natanggap ng konseho tungkol sa panukala."
    assert line in _lines(f"{line}\n12 Komento\njun_m_23 · 2 oras\nSana may ilaw din sa gabi.")


def test_one_commenter_like_row_above_the_text_does_not_cut_it() -> None:
    # one "handle · 2d" row above the text is no thread page: the paragraphs after it stay
    assert _lines(f"port_desk · 2d\n{_LEAD}\n{_AFTER}")[-2:] == [_LEAD, _AFTER]


def test_a_release_s_dateline_and_its_about_us_go() -> None:
    text = "\n".join(
        [
            "ZWOLLE, 14 april 2042 /PersLijn/ --",
            "Sallandlijn zet vanaf juni twaalf waterstofbussen in op de lijnen rond Zwolle.",
            "De bussen rijden op groene waterstof uit een nieuwe installatie in Kampen.",
            "Over Sallandlijn",
            "Sallandlijn verzorgt sinds 2036 het openbaar vervoer in Salland, met 420 medewerkers.",
        ]
    )
    kept = _lines(text)
    assert kept == [
        "Sallandlijn zet vanaf juni twaalf waterstofbussen in op de lijnen rond Zwolle.",
        "De bussen rijden op groene waterstof uit een nieuwe installatie in Kampen.",
    ]


def test_over_in_a_report_s_last_paragraphs_is_no_release_tail() -> None:
    # no release line in the text: "Over" heads no "about us"
    text = f"{_LEAD}\n{_AFTER}\nOver Zwolle\nDe bussen rijden vanaf juni ook naar Kampen en Meppel."
    assert "De bussen rijden vanaf juni ook naar Kampen en Meppel." in _lines(text)


_THIRD = (
    "Trains will run every seven minutes at peak hours, from 5.30am to 11pm, the authority said."
)
_FOURTH = "Fares on the new section will be set after a review of the operator's costs next month."


def _inside(line: str) -> list[str]:
    return _lines("\n".join([_LEAD, _AFTER, line, _THIRD, _FOURTH]))


@pytest.mark.parametrize(
    "head",
    [
        "Third Mainland Bridge: FG announces 72-hour closure",
        "Autobuska linija 12 menja trasu zbog radova",
        "Ferry operator cancels all Saturday departures to Værøy",
    ],
)
def test_a_related_headline_inside_the_text_goes(head: str) -> None:
    kept = _inside(head)
    assert head not in kept
    assert kept == [_LEAD, _AFTER, _THIRD, _FOURTH]


def test_a_headline_under_the_first_paragraph_stays() -> None:
    # one paragraph above it: a live entry's head or the piece's own subhead
    head = "Third Mainland Bridge: FG announces 72-hour closure"
    assert head in _lines("\n".join([_LEAD, head, _AFTER, _THIRD, _FOURTH]))


@pytest.mark.parametrize(
    "subhead",
    [
        "What it means for growers",  # a subhead that asks
        "Was sonst passiert ist",
        "The council's three options:",  # leads into what follows
        "new buses for the coast",  # no headline's mark
    ],
)
def test_a_subhead_between_two_paragraphs_stays(subhead: str) -> None:
    assert subhead in _inside(subhead)


def test_two_heads_between_paragraphs_are_a_text_in_sections() -> None:
    text = "\n".join(
        [
            _LEAD,
            _AFTER,
            "Buses: 40 more by May",
            _THIRD,
            "Trams: Line 3 opens in June",
            _FOURTH,
        ]
    )
    kept = _lines(text)
    assert "Buses: 40 more by May" in kept and "Trams: Line 3 opens in June" in kept


def test_full_coverage_abroad_makes_a_list_of_headlines_the_cluster() -> None:
    text = "\n".join(
        [
            "Νέα γραμμή μετρό στην Καλαμαριά ανοίγει το 2047 Θερμαϊκός Παλμός",
            "Υπογράφηκε η σύμβαση για την επέκταση του μετρό Βόρεια Νέα",
            "Δείτε την πλήρη κάλυψη",
        ]
    )
    assert clean_text(text) == ""


def test_a_correction_that_moves_an_announced_event_is_news() -> None:
    line = (
        "Correction: The Water Authority advises that the outage in parts of St Philip, previously"
        " announced for Wednesday, June 11, will now take place on Thursday, June 12."
    )
    assert line in _mid(line)
    note = "Correction: An earlier version of this article gave the wrong date for the outage."
    assert note not in _last(note)
