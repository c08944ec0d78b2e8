"""A live page's entry times and a sectioned text's first heading stay (``clean_text``): a clock
with am/pm above each entry ("8:52pm"), a dated clock above each entry's own headline ("Mar 8,
2034, 14:20 IST" / "Free Bus Travel Extended ..." / its paragraph), and the heading right above
the first paragraph of a newsletter whose later items have headings of the same kind. A lone
stamp, a section label above a text without sections, a button above a newsletter's intro and a
live page's "Pinned" still go.
"""

from __future__ import annotations

from briefing.clean import clean_text


def test_am_pm_entry_times_stay_with_their_entries() -> None:
    text = "\n".join(
        [
            "Latest posts",
            "8:52pm",
            "The Labor leader has claimed victory in front of supporters in Hobart.",
            "Share post",
            "8:31pm",
            "Counting is now past 60 per cent in Clark, where two Greens are in a close race.",
            "Share post",
            "8:05pm",
            "Our analyst has called Bass for Labor, which gives the party 18 seats.",
        ]
    )
    cleaned = clean_text(text).split("\n")
    assert {"8:52pm", "8:31pm", "8:05pm"} <= set(cleaned)
    assert "Share post" not in cleaned


def test_dated_entry_times_above_headlines_stay() -> None:
    text = "\n".join(
        [
            "Updated: Mar 8, 2034, 14:22 IST",
            "Mar 8, 2034, 14:20 IST",
            "Free Bus Travel Extended to College Students",
            "All students will get free travel on state buses from June, the minister said.",
            "Mar 8, 2034, 13:55 IST",
            "Suburban Rail Gets Rs 3,000 Crore",
            "The budget allocates Rs 3,000 crore to the suburban rail project, delayed to 2036.",
        ]
    )
    cleaned = clean_text(text).split("\n")
    assert {"Mar 8, 2034, 14:20 IST", "Mar 8, 2034, 13:55 IST"} <= set(cleaned)
    assert "Free Bus Travel Extended to College Students" in cleaned


def test_a_lone_stamp_above_a_headline_still_goes() -> None:
    text = "\n".join(
        [
            "Mar 8, 2034, 14:20 IST",
            "Free Bus Travel Extended to College Students",
            "All students will get free travel on state buses from June, the minister said.",
            "The scheme will cost Rs 1,200 crore a year, officials said.",
        ]
    )
    assert "Mar 8, 2034, 14:20 IST" not in clean_text(text).split("\n")


_SECTIONS = [
    "Speed cameras",
    "The county council has agreed to install a speed camera on the A426 from June.",
    "Allotments",
    "Six plots are free at the Mill Lane allotments, and rent is £28 a year for each of them.",
    "Village Hall Roof",
    "The roof repair will start on April 8 and the hall will be closed for three weeks.",
]


def test_a_sectioned_texts_first_heading_stays() -> None:
    cleaned = clean_text("\n".join(["View in browser", *_SECTIONS])).split("\n")
    assert {"Speed cameras", "Allotments", "Village Hall Roof"} <= set(cleaned)
    assert "View in browser" not in cleaned


def test_a_label_above_a_text_without_sections_still_goes() -> None:
    text = "\n".join(
        [
            "Politics",
            "The county council has agreed to install a speed camera on the A426 from June.",
            "Residents had collected 412 signatures for a petition last year.",
        ]
    )
    assert "Politics" not in clean_text(text).split("\n")


def test_a_button_above_a_newsletters_intro_with_emoji_items_still_goes() -> None:
    text = "\n".join(
        [
            "View online",
            "Good morning. This week: the last diesel ferry retires, and a heat record in Perth.",
            "⛴️ Norway's fjords go electric",
            "The operator retired its last diesel ferry on the Hardanger route on Saturday.",
            "🌡️ Perth's hottest March night",
            "Perth recorded a minimum of 29.4C on Wednesday night, the warmest March night.",
        ]
    )
    assert "View online" not in clean_text(text).split("\n")


def test_a_live_pages_share_and_filter_buttons_go_and_news_with_their_words_stays() -> None:
    lead = "Counting is now past 60 per cent in Clark, where two Greens are in a close race."
    news = [
        "Share posts by the candidates were removed by the platform on Friday.",
        "Show only key events, the commission told broadcasters, after complaints.",
    ]
    text = "\n".join([lead, "Share post", "Show only key events", "Share update", *news])
    cleaned = clean_text(text).split("\n")
    assert lead in cleaned and all(line in cleaned for line in news)
    assert not {"Share post", "Show only key events", "Share update"} & set(cleaned)
