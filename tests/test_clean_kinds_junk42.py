"""Kinds after aside27's and fresh39's look (junk42): each rule's line goes (or, mended, stays),
and a line of a like shape beside it keeps its side.

- mend: a body's statement opening with its short name after "The" that offers sympathy or
  wishes to those an event touched, or speaks of a day's event, is news though it says
  "members" ("The Guild extends its sympathy to all members ..."); the page's line about
  itself ("The Guild is circulated free to members ...") still goes
  (``clean.outlet.is_short_name_line``).

Every line is written for the test; outlets' names are made up.
"""

from __future__ import annotations

import pytest

from briefing.clean import clean_text
from briefing.clean.outlet import is_short_name_line, outlet_names
from briefing.clean.stamps import is_stamp_row

_OUTLET = "Harbour Fishmongers' Guild"
_HEAD = "GUILD NOTICE"
_BODY = (
    "The Guild reminds members that ice from the north quay plant must not be resold. Members "
    "who buy ice for others must keep a written record of each sale.\n"
    "From 1 May the Guild will ask every stall to show its cold-room certificate at the gate.\n"
    "Members with questions may write to the secretary."
)


@pytest.mark.parametrize(
    "news",
    [
        "The Guild extends its sympathy to all members and families affected by the fire at "
        "the north quay.",
        "The Guild wishes a quick recovery to the two porters hurt and to the member of the "
        "public taken to hospital.",
        "The Guild thanks members who helped clear the market hall this morning.",
    ],
)
def test_a_body_s_sympathy_or_day_s_event_under_its_short_name_stays(news: str) -> None:
    names = outlet_names(_OUTLET)
    assert not is_short_name_line(news, names)
    kept = clean_text(f"{_HEAD}\n{news}\n{_BODY}", outlet=_OUTLET)
    assert news in kept
    junk = "The Guild is circulated free to members of the harbour's trade associations."
    assert is_short_name_line(junk, names)
    assert junk not in clean_text(f"{_HEAD}\n{news}\n{_BODY}\n{junk}", outlet=_OUTLET)


# -- a stamp in more of the page's forms (``clean.stamps.is_stamp_row``)


@pytest.mark.parametrize(
    "stamp",
    [
        # a month's name in another script before the day, a comma, the year and a clock
        "ପ୍ରକାଶିତ: ଏପ୍ରିଲ ୩, ୨୦୪୯, ୦୯:୧୫ AM",
        # a clock after words of "at the hour"
        "نشر في 4 أبريل 2049 على الساعة 09:15",
        # a word's label and a date, day first
        "Taariikh: 4 Maajo 2049",
        # a section, then a date with its words of day, month and year
        "ព័ត៌មានសេដ្ឋកិច្ច · ថ្ងៃទី ៣ ខែ ឧសភា ឆ្នាំ ២០៤៩",
        "ngày 3 tháng 5 năm 2049",
    ],
)
def test_a_stamp_in_more_of_its_forms_is_a_stamp(stamp: str) -> None:
    assert is_stamp_row(stamp)
    text = f"{stamp}\n{_P1}\n{_P2}"
    kept = clean_text(text)
    assert stamp not in kept and _P1 in kept


@pytest.mark.parametrize(
    "line",
    [
        "Opening: March 17, 2049",  # a field of a list, month first
        "Deadline: 4 May 2049 for all entries",
        "The bridge opens on 4 May 2049 at 09:15.",
        "Route 12, 2049 timetable changes",
    ],
)
def test_a_date_inside_words_or_a_field_is_no_stamp(line: str) -> None:
    assert not is_stamp_row(line)


_P1 = "The regional council approved the new tram line on Monday after a two-year debate."
_P2 = "Work on the line will start in spring and is expected to take about three years."


# -- Khmer's full stop ends a sentence: its page's text is text, and the chrome around it goes

_KM_BODY = (
    "ក្រសួង សុខាភិបាល បាន បើក មន្ទីរពេទ្យ ថ្មី មួយ នៅ ខេត្ត កំពត កាលពី ថ្ងៃ ច័ន្ទ ។\n"
    "មន្ទីរពេទ្យ នេះ មាន គ្រែ ១២០ និង បន្ទប់ វះកាត់ ពីរ ។"
)


def test_a_khmer_page_s_chrome_goes_around_its_text() -> None:
    head = "ដោយ៖ ចាន់ ដារ៉ា"
    views = "ចំនួន អ្នក អាន ៖ ១ ២០៤"
    related = "អត្ថបទ ទាក់ទង"
    teaser = "ខេត្ត កំពត ជួសជុល ផ្លូវ ជាតិ លេខ ៣"
    text = f"{head}\n{views}\n{_KM_BODY}\n{related}\n{teaser}"
    kept = clean_text(text)
    for line in (head, views, related, teaser):
        assert line not in kept
    for line in _KM_BODY.split("\n"):
        assert line in kept


# -- a count's field above the first paragraph goes; a fact box's figure in the text stays


def test_a_count_field_in_the_header_goes_and_a_fact_in_the_text_stays() -> None:
    # (a figure with a thin space between its thousands counts as words)
    views = "Okunma sayısı: 1 204"
    fact = "Seats on each tram: 240"
    text = f"{views}\n{_P1}\n{fact}\n{_P2}"
    kept = clean_text(text)
    assert views not in kept
    assert fact in kept and _P1 in kept and _P2 in kept
