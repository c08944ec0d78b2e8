"""A list of other articles under its heading (``clean.lists``): the headlines under a dropped
"Most read" or "Related posts" heading go with it; a subheading under one, that a paragraph
follows, stays, and so does every line above the body.

Every line is written for the test.
"""

from __future__ import annotations

from briefing.clean import clean_text

_P1 = "The harbour board voted on Tuesday to close the north quay to cargo ships from June."
_P2 = "About 40 dockworkers will move to the south terminal, the board's chair said."
_P3 = "The quay will become a ferry terminal by 2036 if the state pays its share."


def _clean(*lines: str) -> str:
    return clean_text("\n".join(lines))


def test_headlines_under_a_most_read_heading_go_between_paragraphs() -> None:
    items = ["Port fees rise for a third year", "Why the ferry fleet is getting smaller"]
    cleaned = _clean(_P1, "Most Read from Harbour Daily", *items, _P2, _P3)
    assert all(p in cleaned for p in (_P1, _P2, _P3))
    assert not any(item in cleaned for item in items)


def test_a_related_list_at_the_end_goes_item_by_item() -> None:
    items = [
        "Dockers vote to strike over rota changes",
        "Locked",
        "Behind the scenes: why the repairs to the old quay cost so much",
    ]
    cleaned = _clean(_P1, _P2, "Related posts", *items)
    assert _P1 in cleaned and _P2 in cleaned
    assert not any(item in cleaned for item in items)


def test_one_headline_before_more_chrome_goes() -> None:
    item = "Ferry fares: what the new timetable means for you"
    cleaned = _clean(_P1, _P2, "Related Links", item, "Share", "Subscribe")
    assert item not in cleaned and _P2 in cleaned


def test_a_subheading_under_a_read_more_heading_stays() -> None:
    sub = "What happens to the dockworkers"
    cleaned = _clean(_P1, "Read more", sub, _P2, _P3)
    assert sub in cleaned and _P2 in cleaned


def test_headline_lines_above_the_body_stay() -> None:
    title = "Harbour board closes north quay to cargo"
    cleaned = _clean("Related", title, _P1, _P2)
    assert title in cleaned


def test_sentences_under_a_list_heading_stay() -> None:
    news = "The board will publish the quay's accounts on Friday."
    cleaned = _clean(_P1, "More from the board", news, "Port fees rise for a third year")
    assert news in cleaned
