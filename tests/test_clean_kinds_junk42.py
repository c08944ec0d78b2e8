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
_P3 = "Opponents said the budget had been underestimated and asked for an independent audit."


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


# -- a live page's name, its label and a time ago above the text is its stamp


def test_a_live_page_s_name_and_its_update_age_is_a_stamp() -> None:
    assert is_stamp_row("En vivo · Actualizado hace 5 minutos")
    assert is_stamp_row("Direct · Mis à jour il y a 12 min")
    # a headline with an age is no stamp of a label
    assert not is_stamp_row("Evacuan a 300 vecinos · Actualizado hace 5 minutos, dijo")


# -- a counter row with the bullet operator between its counts


def test_a_counter_row_with_the_bullet_operator_goes() -> None:
    row = "27 Likes ∙ 6 Restacks"
    kept = clean_text(f"{_P1}\n{row}\n{_P2}\n{_P3}")
    assert row not in kept
    assert _P1 in kept and _P2 in kept and _P3 in kept
    news = "12 dead ∙ 40 hurt after the storm hit the coast overnight, officials said."
    assert news in clean_text(f"{_P1}\n{news}\n{_P2}")


# -- a byline whose name has a particle of two letters the text also writes small

_MI_DATE = "4 Mei 2049"
_MI_BODY = (
    "Ka tīmata te hanga o te whare hauora hou ki Ōtaki ā te marama e heke mai nei, hei tā te "
    "poari hauora.\n"
    "E rua tau te roa o ngā mahi, ā, ka whai wāhi te iwi ki te whakatakoto mahere."
)


def test_a_byline_with_a_two_letter_particle_goes_and_a_title_case_deck_stays() -> None:
    byline = "Nā Mere Te Huia-Lowe"
    kept = clean_text(f"{_MI_DATE}\n{byline}\n{_MI_BODY}")
    assert byline not in kept
    assert _MI_BODY.split("\n")[0] in kept
    # a deck of title case whose words the text writes small stays (it is the story's)
    deck = "Port Strike Enters Second Week"
    body = (
        "The port strike entered its second week on Monday with no talks planned.\n"
        "Dockers say the second week will cost the harbour board more than the first."
    )
    assert deck in clean_text(f"Headline of the day\n{_MI_DATE}\n{deck}\n{body}")


# -- a related head with its story's topic, and the long headlines under it


def test_a_related_head_with_its_topic_goes_with_its_headlines() -> None:
    head = "Más noticias relacionadas con la sequía"
    first = (
        "La Dirección de Aguas advierte que los embalses del norte bajarán otra vez este "
        "verano si no llueve"
    )
    second = "Ovalle: agricultores piden adelantar el subsidio de riego, informa la gobernación"
    body = (
        "La gobernación decretó el martes zona de escasez hídrica en tres comunas del Limarí.\n"
        "La medida permite repartir agua en camiones aljibe durante seis meses."
    )
    kept = clean_text(f"{body}\n{head}\n{first}\n{second}")
    for line in (head, first, second):
        assert line not in kept
    assert body.split("\n")[1] in kept
    # the same words as a subhead inside the text, with paragraphs after it, stay
    sub = "Noticias relacionadas con la sequía"
    more = "El ministerio dijo que revisará el decreto en julio, cuando termine el invierno."
    kept = clean_text(f"{body}\n{sub}\n{more}\n{_P1}")
    assert more in kept


# -- a note on who wrote the piece, and why the letter reaches its reader


@pytest.mark.parametrize(
    "note",
    [
        "This story was written by a Local Democracy Reporter, a post funded by the national "
        "broadcaster covering the county's councils for the Gazette and other outlets.",
        "A guest post by Tomas Lindqvist-Oduya, who writes about ferries and harbours from a "
        "flat above the old customs house.",
        "Cet article a été écrit par un correspondant local de la Gazette du Port.",
        "Sa saad seda kirja, sest liitusid linna uudiskirjaga meie kodulehel.",
    ],
)
def test_a_note_on_the_writer_or_why_the_letter_comes_goes(note: str) -> None:
    kept = clean_text(f"{_P1}\n{_P2}\n{_P3}\n{note}")
    assert note not in kept
    assert _P3 in kept


@pytest.mark.parametrize(
    "news",
    [
        "This report was written by the county's auditors and found that 40 schools had no "
        "fire plan.",
        "The report was written by three former judges at the request of the council.",
        "A guest at the hotel said the alarm sounded twice before midnight.",
        # review46: a letter or a brief the story reports on is no note on the piece
        "This letter was written by the head teacher to all parents on Monday evening.",
        "This brief was written for the committee by the county's fleet engineer in June.",
    ],
)
def test_a_report_s_writers_in_the_news_stay(news: str) -> None:
    kept = clean_text(f"{_P1}\n{_P2}\n{news}\n{_P3}")
    assert news in kept
