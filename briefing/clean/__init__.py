"""Text normalisation and boilerplate removal, applied to every article's text.

Rules are general, never site strings. A line is *boilerplate* on its own when it is site chrome
by shape or by generic UI vocabulary (``is_boilerplate``): separators made of punctuation,
"Share this article", "Advertisement", "Read more", comment counters, cookie notices, copyright
lines, bylines, navigation rows. A line is chrome *in context* (``clean_text``) when it is a short
label (few words, no sentence punctuation) or a line ending in ``:`` that comes after the body and
is followed only by more chrome: a label followed by body text is a subheading and stays.

Lines that are not the article's own text are boilerplate too, by general shapes: newsletter
sign-ups ("Would you like to get this roundup emailed to you?") and, in ``clean.credits``, credit
lines ("Reporting by ...; Editing by ...", "... contributed to this report."), photo captions
("Photo: ... (Name/Outlet)", "Pictured: ..."), "Read more:" / "Watch:" teasers, correction and
update notes, copyright lines, and bibliographies (a "References" heading and author-year
entries). Datelines ("HOUSTON (AP) —", "July 23 (Reuters) -") stay in the text: they
name the agency that a claim's checker may need; ``strip_dateline`` cuts them from a sentence
that is quoted on its own (an extractive bullet).

The page talking to its reader or about itself is boilerplate too (``clean.notes``): "download our
app", "Join the discussion ... Sign in or register", "Disclosure: ...", "This article is part of
our ... series.", "Market data delayed by at least 15 minutes.", "Got photos? Send them to us."; so
is its small print (``clean.disclaimers``: "This is an opinion column.", "This feature was
supported by a grant ...", "Nothing here should be read as advice.") and its widgets
(``clean.widgets``: "Tags: ...", "Image 1 of 12", "Was this article helpful? Yes No", "All times
CET", "Prefer to listen? ...", "Already a member? Log in."), a newsletter's own lines
(``clean.letters``: "Hello from the ... desk - your five-minute read", "Did someone pass this issue
along?", "Change how often we write to you ... in your settings."), and a dateline with no news
after it ("OSLO (NWS) — Monday, May 5"). ``clean.shapes`` finds chrome by shape whatever its words:
separator rows, lines opening with an icon, button rows, a thread's counters and prompts (a comment
thread after the body ends the article), desk rows, access walls; a line with a sentence of news
glued after its chrome stays whole. An author's bio ("Jane Doe is a senior correspondent who covers
...") goes only where it sits after the article, like a trailing label.

The interface vocabulary those tests read is in ``clean.vocabulary``. What publishing platforms
and aggregators print around an article in their templates' own wordings is in
``clean.syndication``: a blog feed's "The post ... appeared first on ..." footer, republication
notes, an aggregator's item rows, players' fallback text, comment forms, paywall lines, time
stamps, labelled bylines; ``clean.translated`` takes a live page's update stamp and share button
in a template's translation from an article in any language. Short labels above the first
paragraph (a section's name, "Save", "Source:") go too, and a feed's cut excerpt loses its
unfinished sentence ("... challenge the [...]", "... from… [+2345 chars]").

A local site's chrome in its own language goes from an English text (``clean.foreign``: "¿Te
sirvió esta nota? Compártela con tus vecinos."), and so do the rows above a text
(``clean.kickers``): a genre kicker ("ANALYSIS — ... · listening time 6 min"), a dated row in
any language ("CASTRO — Jueves 21 de julio de 2033") and a byline row ("BRIGHSTONE, Thursday |
by Sam Whitcombe, chief reporter").

Told the article's outlet name, ``clean_text`` also drops the outlet's short lines about itself
(``clean.outlet``: "Valley Courier - stories from the valley", "Harbour Ledger | Business").

``strip_recurring`` works on a day's articles together: a sentence that recurs in articles that
are otherwise unlike each other (an archive notice, a social-embed prompt, a site's standard
footer) is not the news of any of them and is removed from all.
"""

from __future__ import annotations

import re

from briefing.clean.abroad import is_template_abroad
from briefing.clean.asks import is_ask_line
from briefing.clean.broadcast import drop_schedule, is_broadcast_line
from briefing.clean.buttons import is_link_row
from briefing.clean.bylines import is_byline_shape
from briefing.clean.copydesk import is_desk_line
from briefing.clean.credits import (
    is_agency_name,
    is_author_bio,
    is_bibliography_head,
    is_citation,
    is_copyright,
    is_credit_or_caption,
    is_photo_label,
    on_writer,
)
from briefing.clean.cues import (
    drop_cluster_rows,
    drop_cued_lines,
    drop_related_heads,
    spaced_rows,
)
from briefing.clean.dateline import (
    has_dateline,
    is_bare_dateline,
    opening_dateline,
    strip_dateline,
)
from briefing.clean.disclaimers import is_disclaimer, is_own_making
from briefing.clean.eastasia import is_east_asian_row
from briefing.clean.editions import is_edition_line
from briefing.clean.features import (
    Line,
    addresses_reader,
    page_voice,
    prompt_opening,
    site_voice,
    ui_words,
)
from briefing.clean.fields import (
    drop_dashed_rows,
    drop_event_fields,
    drop_origin_name,
    drop_outlet_pairs,
    drop_privacy_head,
    drop_sign_off,
)
from briefing.clean.foreign import drop_foreign_lines
from briefing.clean.funding import is_funding_note
from briefing.clean.inserts import drop_inserted_head
from briefing.clean.interface import is_interface_line
from briefing.clean.keypoints import key_points
from briefing.clean.kickers import drop_kicker_over_row, drop_kickers, is_genre_name
from briefing.clean.letters import is_contents_head, is_letter_line
from briefing.clean.lists import drop_list_items
from briefing.clean.meters import is_meter_line
from briefing.clean.notes import is_page_note
from briefing.clean.outlet import (
    is_outlet_beat,
    is_outlet_invite,
    is_outlet_line,
    is_outlet_membership,
    is_outlet_mention,
    is_outlet_partnership,
    is_outlet_rhythm,
    is_outlet_thanks,
    is_short_name_line,
    outlet_names,
)
from briefing.clean.pagekinds import (
    heads_dated_thread,
    heads_said_thread,
    is_commenter_row,
    is_count_on_title,
    is_page_kind,
    is_profile_bio,
    is_sort_row,
    is_thread_prompt,
    opens_comments,
)
from briefing.clean.pagekinds.common import despaced
from briefing.clean.pagekinds.parts import is_dated_head, is_writer_line
from briefing.clean.pagekinds.reader import is_users_greeting
from briefing.clean.pagekinds.roles import bio_name, is_about_us
from briefing.clean.platforms import is_platform_line
from briefing.clean.podcasts import is_show_note
from briefing.clean.recurring import Recurring, strip_recurring
from briefing.clean.releases import is_release_line, release_tail
from briefing.clean.repeats import drop_repeated_buttons
from briefing.clean.score import LineScorer, drop_scored
from briefing.clean.shapes import glued_news, icon_item, is_shape_chrome, is_thread_head
from briefing.clean.stamps import is_reading_time, is_stamp_row
from briefing.clean.standing import is_comment_head, is_standing_line
from briefing.clean.syndication import (
    is_bare_stamp,
    is_feed_footer,
    is_syndication_note,
    is_writer_note,
)
from briefing.clean.tables import drop_table_credits, in_text, table_rows
from briefing.clean.tailrows import drop_feed_footer, drop_tail_rows
from briefing.clean.translated import is_date_row, is_translated_chrome
from briefing.clean.vocabulary import (
    ARCHIVE as _ARCHIVE,
    ATTRIBUTION as _ATTRIBUTION,
    BYLINE as _BYLINE,
    COMMENTS as _COMMENTS,
    COOKIE as _COOKIE,
    DIGEST_INTRO as _DIGEST_INTRO,
    FOLLOW_US as _FOLLOW_US,
    OTHERS_SIGN_UP as _OTHERS_SIGN_UP,
    REPORTED as _REPORTED,
    SELF_PROMO as _SELF_PROMO,
    SIGN_UP as _SIGN_UP,
    UI_MAX_WORDS as _UI_MAX_WORDS,
    UI_ONLY as _UI_ONLY,
    UI_START as _UI_START,
    UI_TERMS as _UI_TERMS,
    YOU as _YOU,
)
from briefing.clean.widgets import is_widget
from briefing.text import SENTENCE_STOPS, normalize_space, split_sentences

__all__ = [
    "LineScorer",
    "Recurring",
    "clean_text",
    "clean_title",
    "has_dateline",
    "is_body_line",
    "is_boilerplate",
    "is_label_line",
    "opening_dateline",
    "strip_dateline",
    "strip_recurring",
]

_OPENS_NEW = re.compile(
    r"\(opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)|,\s*opens?\s+(?:in\s+)?(?:a\s+)?new\s+tab$"
    r"|^click\s+to\s+\w+",
    re.I,
)
# "3 min read", "3 mins to read", an icon's name before it ("timer 3 min. read") and one field
# after it ("5 min read · Members", "7 min read · Feb 26, 2034")
_READ_TIME = re.compile(
    r"^(?:[a-z_]+\s+)?\d+\s*(?:min(?:ute)?s?|m)\.?\s+(?:to\s+)?read(?:\s*[·|]\s*[^·|]{1,20})?$",
    re.I,
)
_NAV_SEPARATORS = re.compile(r"\s*[|•·›»/＞]\s*|\s+>\s+")
# (junk37) a path's arrows: "›", and ">" or "»" with a space on each side, or the full-width
# "＞" of CJK pages ("Valencia > Sucesos y Tribunales", "ニュース ＞ 札幌")
_CRUMB = re.compile(r"\s[›>»]\s|＞")
_CJK_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_SEGMENT_CHARS = 8
_SEPARATOR_TAIL = re.compile(r"\s+[_=~*#\-—–]{3,}\s*$")
# ... and the full stops of other scripts, as ``briefing.text`` knows them: Devanagari's "।",
# CJK's "。", Arabic's "؟", Urdu's "۔", Ethiopic's "።", Armenian's "։", Myanmar's "။", Khmer's
# "។" (aside27's Khmer page had no line of text without it, and kept all its chrome)
_SENTENCE_END = re.compile(rf"""[;{re.escape(SENTENCE_STOPS)}]['"’”)\]」』]*$""")
_NO_STOP_SCRIPT = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd]{8}")
_ONE_CLAUSE = 55
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s)")
# A feed excerpt's cut: "... would challenge the [&hellip;]" ends in a bracketed ellipsis; a
# news API's, in an ellipsis and the count of characters cut ("... a single… [+2345 chars]").
_CUT_MARK = re.compile(
    r"\s*(?:\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)"
    r"|(?:…|\.{3})?\s*\[\+\s*\d[\d,]*\s*(?:chars|characters)\])\s*$"
)
_LABEL_MAX_WORDS = 8
_TAIL_LINES = 8  # a press release's "About" paragraph and contacts
_DASHES = frozenset(("-", "–", "—"))
_LEADING_LABEL_WORDS = 3  # longer: maybe the headline, which the reader of a text file needs
_CLOCK = re.compile(r"^\d{1,2}[.:h]\d{2}\b")  # a live blog's entry time ("14.47 BST")
# An entry's time and its words: a live blog's "14:05 Police close the road", a podcast's chapter
# "(02:15) The run-in: three games, two points" (four words or more: not "(00:00) Intro"), or
# a chapter to the second, two words or more ("00:14:45 Wochenmarkt am Gespinstmarkt").
_TIMED_ENTRY = re.compile(
    r"^\(?\d{1,2}[.:h]\d{2}\)?\s+(?:\S+\s+){3}\S|^\(?\d{1,2}:\d{2}:\d{2}\)?\s+\S+\s+\S"
)
_MARKER_WORDS = 6  # a live page's entry marker: "Feb 20, 2034 03:32 PM IST", "Lap 58/62"
# its clock ("03:32 PM IST", "Feb 20, 2034 03:32") or its count ("Lap 58/62", "Stage 4/21"),
# not a duration ("Watch: 1:32") nor a time ago
_MARKER = re.compile(
    # after a live dot or bullet ("🔴 15:30", "• 15:30")
    r"^(?:[^\w\s]{1,2}\s*)?(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?(?!\w)"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?\d{1,2}:\d{2}\b"
    # the day first, after a weekday, in any language ("Thu 5 Mar 15:30", "5 March, 15:30",
    # "jeu. 5 mars 2054 à 15h30", "Do., 5. März, 15.30 Uhr")
    r"|(?:[^\W\d_]{2,10}\.?,?\s+)?\d{1,2}\.?\s+[^\W\d_]{3,10}\.?,?\s+(?:\d{4},?\s+)?"
    r"(?:[^\W\d_]{1,3}\.?\s+)?\d{1,2}[:.h]\d{2}\b"
    # a clock in CJK or Thai ("15時30分", "15시 30분", "15:30 น.")
    r"|\d{1,2}\s?[時时]\s?\d{1,2}\s?分|\d{1,2}\s?시\s?\d{1,2}\s?분|\d{1,2}[:.]\d{2}\s?น\."
    r"|(?:lap|round|stage|day|km|mile|over|set|game)\s+\d+\s*/\s*\d+$)",
    re.I,
)
_NUMBER = re.compile(r"\d+")
_SCORE = re.compile(
    r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b"
)  # a result above the report ("Arsenal 2-1 Chelsea")
_LABEL_MAX_CHARS = 70
_WRAP_WIDTH = 120


def is_boilerplate(line: str) -> bool:
    """True when ``line`` on its own is site chrome: UI text, separators, counters, legal lines."""
    text = line.strip()
    if not text:
        return False
    if not any(ch.isalnum() for ch in text):
        return True  # "___", "* * *", "—"
    words = text.split()
    if is_feed_footer(text):
        return True
    if is_translated_chrome(text) or is_template_abroad(text) or is_byline_shape(text):
        return True
    if _COMMENTS.search(text) and len(words) <= 2 * _UI_MAX_WORDS:
        return True
    if is_copyright(text):
        return True
    # a consent wall runs long only when the page talks ("We and our partners ..."); a story
    # about a banner quotes it ("... offered an "Accept all cookies" button but hid ...")
    own = text[:3].lower() == "we " or text.lower().startswith(("this site", "our "))
    cookie = _COOKIE.search(text)
    quoted = cookie is not None and cookie.start() > 0 and text[cookie.start() - 1] in "\"“'‘"
    if cookie and not quoted and len(words) <= (80 if own else 40) and not _REPORTED.search(text):
        return True
    if _READ_TIME.match(text.lstrip("—–-·• ")) or is_reading_time(text):
        return True
    if _is_credit_or_prompt(text, len(words)):
        return True
    if is_bare_dateline(text):
        return True
    if len(words) <= 6 and _BYLINE.match(text) and not _SENTENCE_END.search(text):
        return True
    bare = text.lstrip("›»>•·|#*-–— ")
    if _UI_ONLY.match(bare):
        return True
    if len(words) <= _UI_MAX_WORDS and _UI_START.match(bare):
        return not (len(words) > 3 and text.endswith("."))
    if len(words) <= 2 * _UI_MAX_WORDS and (_FOLLOW_US.match(bare) or _DIGEST_INTRO.match(bare)):
        return True
    return _is_nav_row(text) or _chrome_items(text)


def _chrome_items(text: str) -> bool:
    """A row of two to four items set apart by " · " or " | ", each chrome on its own
    ("Advertisement · Article continues below this ad"; junk38)."""
    # (a platform's dots of other shapes alike: "14 ∙ 3 comments ∙ Share this post"; junk47)
    text = _OTHER_DOT.sub(" · ", text)
    if " · " not in text and " | " not in text:
        return False
    items = _ROW_ITEM.split(text)
    return 2 <= len(items) <= 4 and all(item and is_boilerplate(item) for item in items)


def _is_credit_or_prompt(text: str, words: int) -> bool:
    """Credit lines, sign-up prompts, captions, teasers of other articles, correction notes."""
    if (
        words <= 30
        and _SIGN_UP.search(text)
        and not _REPORTED.search(text)
        and not _OTHERS_SIGN_UP.search(text)
    ):
        return True
    if is_link_row(text) or is_own_making(text):
        return True
    if not _ATTRIBUTION.search(text) and (
        is_page_note(text)
        or is_disclaimer(text)
        or is_widget(text)
        or is_syndication_note(text)
        or is_platform_line(text)
        or is_letter_line(text)
        or is_edition_line(text)
        or is_funding_note(text)
        or is_meter_line(text)
        or is_broadcast_line(text)
        or is_interface_line(text)
        or is_ask_line(text)
        or is_show_note(text)
        or is_page_kind(text)
        or is_east_asian_row(text)
        or is_standing_line(text)
    ):
        return True
    if is_credit_or_caption(text) or is_comment_head(text):
        return True
    if is_release_line(text) and not _ATTRIBUTION.search(text):
        return True
    if words <= 60 and _ARCHIVE.search(text):
        return True
    if words <= 20 and _SELF_PROMO.match(text):
        return True
    ui_terms = len(set(_own_ui_terms(text)))
    if words <= 40 and _YOU.search(text) and ui_terms >= 2 and not _ATTRIBUTION.search(text):
        return True  # the page talking to its reader: "Add your location to your posts..."
    return bool(_OPENS_NEW.search(text))


# A third party's own website or app, named by its owner ("the city's website", "the council's
# warning app"): an office's advice to residents tells them where to look, the page does not
# talk of its own interface (junk49).
_OWNED = re.compile(r"[^\W\d_]['’]s\s+(?:[\w-]+\s+)?$")


def _own_ui_terms(text: str) -> list[str]:
    """The interface terms of ``text`` (``vocabulary.UI_TERMS``), in lower case, but those a
    third party owns."""
    return [
        found.group().lower()
        for found in _UI_TERMS.finditer(text)
        if not _OWNED.search(text[max(0, found.start() - 30) : found.start()])
    ]


_JOINERS = frozenset("&+")


def _is_nav_row(text: str) -> bool:
    """A row of three or more short capitalised items separated by | • · › / ("Home | World")."""
    crumb = _CRUMB.search(text)
    # a CJK path's segments are read without the spaces a tokeniser put between characters
    items = [item for item in _NAV_SEPARATORS.split(despaced(text) if crumb else text) if item]
    # a breadcrumb's own arrows need only two items ("Ngā Kōrero › Tāmaki Makaurau"): a sentence
    # has no "›" between its words
    least = 2 if crumb else 3
    if len(items) < least:
        return False
    # (a script without capitals, Devanagari's "होम / उत्तर प्रदेश / वाराणसी", has no lower case)
    # (of a path's two segments, a CJK one read without spaces is as short as a section's name:
    # "円安 ＞ 輸出企業の利益が過去最高" is a headline; review40)
    two = crumb and len(items) == 2
    return all(
        # ("&" joins two names in one section: "Dayton & Montgomery County"; junk38)
        len([word for word in item.split() if word not in _JOINERS]) <= 3
        and not (two and _CJK_IDEOGRAPH.search(item) and len(item.strip()) > _CJK_SEGMENT_CHARS)
        and (item[0].isupper() or (item[0].isalpha() and not item[0].islower()))
        for item in items
    )


def is_body_line(line: str) -> bool:
    """A line of running text: ends like a sentence, or is long enough to be a paragraph."""
    text = line.strip()
    if not text:
        return False
    if _SENTENCE_END.search(text) or len(text) >= 150:
        return True
    # Thai and Lao put no full stop after a sentence: a line of their script with four phrases
    # or more, set apart by spaces, is a paragraph; and so is one long clause with no space in
    # it at all (fresh48's "ขณะนี้ตำรวจภูธรอำเภอ...ให้ปากคำแล้ว", 69 letters), longer than a
    # label, a follow ask or a cookie line (47-49), which a headline's phrases would part
    if not _NO_STOP_SCRIPT.search(text):
        return False
    spaces = text.count(" ")
    return (len(text) >= 60 and spaces >= 3) or (len(text) >= _ONE_CLAUSE and spaces == 0)


def is_label_line(line: str) -> bool:
    """A short line without sentence punctuation: a heading, a button, a section name."""
    text = line.strip()
    if not text or _LIST_ITEM.match(text) or is_body_line(text):
        return False
    return len(text.split()) <= _LABEL_MAX_WORDS and len(text) <= _LABEL_MAX_CHARS


def _strip_separator_tail(line: str) -> str:
    return _SEPARATOR_TAIL.sub("", line)


def clean_title(title: str | None) -> str:
    """A title on one line, spaces normalised, without a trailing separator rule."""
    return _strip_separator_tail(normalize_space(title or "").replace("\n", " "))


_SCORER = LineScorer()


def clean_text(text: str, *, outlet: str | None = None, scorer: LineScorer = _SCORER) -> str:
    """Normalised article text without chrome; paragraphs stay separated by blank lines.

    With ``outlet`` (the article's outlet name), a short line opening with that name is the
    outlet describing itself (``clean.outlet``) and goes too, unless it is the only text. The
    lines the rules keep are then scored (``clean.score``, with ``scorer``'s fitted weights) and
    those that look like chrome by many signals at once go too."""
    lines = [
        _cut_excerpt(_strip_separator_tail(line)) for line in normalize_space(text).split("\n")
    ]
    keep = [not _is_chrome(line) for line in lines]
    points = key_points(lines, keep)
    # a table's rows are the report's figures, whatever the line rules say of each
    # (``clean.tables``)
    tables = table_rows(text)
    rows = {i for i, line in enumerate(lines) if line and " ".join(line.split()) in tables}
    drop_cluster_rows(lines, keep, spaced_rows(text), is_body_line)
    drop_repeated_buttons(lines, keep, is_body_line)
    _keep_item_heads(lines, keep)
    names = outlet_names(outlet)
    _drop_outlet_lines(lines, keep, names)
    _drop_bibliography(lines, keep)
    _drop_after_thread(lines, keep)
    drop_foreign_lines(lines, keep, is_body_line)
    drop_kickers(lines, keep, is_body_line)
    _drop_capital_kickers(lines, keep)
    drop_list_items(lines, keep, is_body_line)
    drop_schedule(lines, keep)
    drop_cued_lines(lines, keep)
    drop_related_heads(lines, keep, is_body_line)
    drop_event_fields(lines, keep, is_body_line)
    drop_outlet_pairs(lines, keep, is_body_line)
    drop_dashed_rows(lines, keep)
    drop_origin_name(lines, keep, is_body_line)
    drop_privacy_head(lines, keep)
    drop_sign_off(lines, keep, is_body_line)
    drop_scored(lines, keep, outlets=names, dated=_is_dated, scorer=scorer)
    _drop_leading_labels(lines, keep)
    _drop_above_crumb(lines, keep)
    drop_kicker_over_row(lines, keep, is_body_line)
    _drop_writer_bio(lines, keep)
    _drop_label_twin(lines, keep)
    drop_tail_rows(lines, keep, is_body_line)
    drop_feed_footer(lines, keep, names)
    # (a page's own strip with a header over figures stands where no text leads into it)
    rows = in_text(lines, keep, rows, is_body_line)
    drop_table_credits(lines, keep, rows)
    points = sorted({*points, *rows})
    # A story's key points under their head are its summary, however much they look like a
    # list of headlines (``clean.keypoints``); the walk below leaves them.
    for i in points:
        keep[i] = True
    # Walk backwards: a label, a ':' line or an author's bio is chrome when what follows it is
    # chrome (or nothing) and body text came before it, i.e. it sits after the article, not
    # above a paragraph. A headline above a dropped credit and a kept paragraph (a live entry's
    # "Fire crews expect winds to drop" / "From MNN's Delia Monroe" / its text) heads that text.
    first_body = next((i for i, line in enumerate(lines) if keep[i] and is_body_line(line)), None)
    listed = _tail_list(lines, keep, first_body)
    next_is_chrome = True
    next_kept_body = False  # the next kept line, past dropped ones, is a paragraph
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line:
            continue
        if not keep[i]:
            next_is_chrome = True
            continue
        if i in points:
            next_is_chrome = False
            next_kept_body = is_body_line(line)
            continue
        headline = next_kept_body and is_label_line(line) and _is_dropped_credit(lines, keep, i)
        next_kept_body = is_body_line(line)
        if headline:
            next_is_chrome = False
            continue
        after_body = first_body is not None and i > first_body
        introduces_nothing = line.endswith(":") and len(line.split()) <= 12
        closing = (
            is_label_line(line)
            or _short_row(line)
            or introduces_nothing
            or is_author_bio(line)
            or is_profile_bio(line)
            or is_writer_line(line)
            or is_thread_prompt(line)
            or is_about_us(line)
            or _strangers_bio(lines, i)
            or i in listed
        )
        closing = (
            closing
            or (is_writer_note(line) and on_writer(line))
            or _listed_headline(lines, keep, i)
            or _platform_row(line)
            or _network_twin(lines, i)
            or _labelled_teaser(lines, keep, i)
            or _contact_line(line)
        ) and not _TIMED_ENTRY.match(line)
        if after_body and next_is_chrome and closing:
            keep[i] = False
            continue
        next_is_chrome = False
    for i in _entry_markers(lines, keep):
        keep[i] = True
    # last, when the page's rows after the text are gone and a live page's markers are back
    drop_inserted_head(lines, keep, is_body_line, is_label_line)
    for i in rows:
        keep[i] = True
    # (a table's row is a paragraph of its own, never glued to the text around it)
    # (and keeps its cells apart: ``table_rows``)
    kept = [
        f"\n{tables[' '.join(line.split())]}\n" if i in rows else line
        for i, line in enumerate(lines)
        if keep[i]
    ]
    return _separate_paragraphs(normalize_space("\n".join(kept)))


_TWIN_LABEL = re.compile(r"^([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2}),\s+\S")
_TWIN_WORDS = 30
_TWIN_SHARED_CHARS = 4  # (a word, not a particle: "na híomhá", "y llun")


# A series' or a section's name in capitals above the text's first paragraph: "PEOPLE OF THE
# <RIVER>", "SHIPS AND THEIR STORIES", "<REGION> — NEWS IN ENGLISH" (a page's kicker, not news:
# the headline is the title; junk47). Two words of letters at least, no figure (a score's row,
# a date's), no sentence's end; below the first paragraph a line in capitals is a section's
# head and stays, and so does the first when such heads follow (a newsletter's "<PLACE> GOES ON
# RATIONS" over its first item, "ALSO TODAY" further on).
_CAPITAL_KICKER_WORDS = 8
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _capital_head(line: str) -> bool:
    text = line.strip()
    return (
        text.isupper()
        and len(text.split()) <= _CAPITAL_KICKER_WORDS
        and _LETTER_WORD.search(text) is not None
    )


def _drop_capital_kickers(lines: list[str], keep: list[bool]) -> None:
    first = next((i for i, line in enumerate(lines) if keep[i] and is_body_line(line)), None)
    if first is None or any(_capital_head(line) for line in lines[first + 1 :]):
        return  # a newsletter's items under heads in capitals: the first is its item's head
    for i in range(first):
        text = lines[i].strip()
        if (
            keep[i]
            and text.isupper()
            and 2 <= len(text.split()) <= _CAPITAL_KICKER_WORDS
            and len(_LETTER_WORD.findall(text)) >= 2
            and not any(ch.isdigit() for ch in text)
            and not _SENTENCE_END.search(text)
        ):
            keep[i] = False


def _drop_label_twin(lines: list[str], keep: list[bool]) -> None:
    """Drop a picture's caption under its credit, in any language: "<label>, <text>" right under a
    dropped line "<label'>, <text>" whose label of two or three words shares a word with its own
    but is not the same ("Image source, <agency>" / "Image caption, <caption>"; "Foinse na
    híomhá, ..." / "Fotheideal na híomhá, ..."). A sentence that opens with a name and a comma
    under a dropped line stays unless the labels pair up so."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(1, len(filled)):
        i, above = filled[k], filled[k - 1]
        if not keep[i] or keep[above] or len(lines[i].split()) > _TWIN_WORDS:
            continue
        mine, theirs = _TWIN_LABEL.match(lines[i].strip()), _TWIN_LABEL.match(lines[above].strip())
        if mine is None or theirs is None:
            continue
        own = mine.group(1).lower().split()
        other = theirs.group(1).lower().split()
        shared = {word for word in set(own) & set(other) if len(word) >= _TWIN_SHARED_CHARS}
        if len(own) == len(other) and own != other and shared:
            keep[i] = False


_LIST_RUN = 3
_LISTED_LINE_WORDS = 16


def _tail_list(lines: list[str], keep: list[bool], first_body: int | None) -> set[int]:
    """The lines of a list of other stories' headlines, in any language: three kept lines or
    more in a row after the text's first paragraph, each short (sixteen words at most) and no
    sentence, with a dropped line right above them (a share row, a caption: "<heading of other
    news on this topic>" / "<headline>" / "<headline>"). Asked like a label, only with chrome
    or nothing after them; a story's own subheads sit between its paragraphs."""
    found: set[int] = set()
    if first_body is None:
        return found
    filled = [i for i, line in enumerate(lines) if line.strip() and i > first_body]
    run: list[int] = []
    for i in [*filled, None]:
        listed = (
            i is not None
            and keep[i]
            and not is_body_line(lines[i])
            and not _LIST_ITEM.match(lines[i].strip())
            and len(lines[i].split()) <= _LISTED_LINE_WORDS
        )
        if listed and i is not None:
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            above = filled.index(run[0]) - 1
            if above >= 0 and not keep[filled[above]]:
                found.update(run)
        run = []
    return found


_ROW_ITEM = re.compile(r"\s+[·|]\s+")
_OTHER_DOT = re.compile(r"\s+[∙•]\s+")
_ROW_ITEM_WORDS = 5
_ROW_WORDS = 14


def _short_row(line: str) -> bool:
    """A row of two to four short items set apart by " · " or " | ", none a sentence: a page's
    buttons after the text ("Fewer emails, please · Leave the list for good"), asked like a
    label (after the body, and only chrome after it)."""
    if "·" not in line and "|" not in line:
        return False
    items = _ROW_ITEM.split(line.strip())
    return (
        2 <= len(items) <= 4
        and len(line.split()) <= _ROW_WORDS
        and all(0 < len(item.split()) <= _ROW_ITEM_WORDS for item in items)
        and not any(_SENTENCE_END.search(item) for item in items)
    )


_LISTED_WORDS = 16
# A share row or a follow ask after the text, in any language: a short line that is no sentence
# and names two social networks or more ("Kirimkan Ini lewat Email BlogThis! Berbagi ke X
# Berbagi ke Facebook"), or one and the page's "we" ("Bi shafinmu na Facebook don samun sabbin
# labarai", "Síguenos en Instagram"); asked like a label. A headline naming a network stays
# ("Folge dem Geld: wie Schleuser ihre Gewinne über Telegram verstecken").
_PLATFORM = re.compile(
    r"\b(?:facebook|instagram|tiktok|youtube|whatsapp|telegram|twitter|linkedin|pinterest"
    r"|snapchat|kakaotalk|viber|wechat|weibo|bluesky|mastodon|e-?mail|x)\b",
    re.I,
)
_OUR = re.compile(
    r"\b(?:our|us|nos|nuestr[oa]s?|notre|nosso|nossa|nossos|nossas|unser\w*|uns|nostr[oaie]"
    r"|onze|ons|naš\w*|nasz\w*|наш\w*|нас|kami|yetu|wetu|letu|zetu|shafinmu|tasharmu|bizi"
    r"|síguenos|suivez-nous|sígannos|segue-nos|siga-nos|seguici|تابعونا|تابعنا|صفحتنا|قناتنا"
    r"|हमें|हमारे"
    # (Latvian, Lithuanian, Estonian, Hungarian, Czech: fresh48's "Seko mums arī Telegram!")
    r"|mums|mus|mūsų|mūsu|meid|meie|minket|nás)\b",
    re.I,
)
# ... or the reader's "your" group or friends to send the story to ("Mande esta notícia para o
# seu grupo no WhatsApp"; fresh48's look)
_YOUR_PEOPLE = re.compile(
    r"\b(?:your|seu|sua|seus|suas|teu|tua|tus?|sus|votre|vos|deine[nm]?|jouw|je|din|dina|dine"
    r"|ditt|tvoj\w*|twoj\w*|tuoi|tue)\s+(?:\w+\s+)?(?:group|grupo|groupe|gruppe|groep|grupp|grupa"
    r"|gruppo|friends|amigos|amigas|amis|freunde|vrienden|vänner|venner|amici|prijatelj\w*"
    r"|znajom\w*|contacts|contatos|contactos|family|família|familia|famille|familie)\b",
    re.I,
)
_PLATFORM_ROW_WORDS = 16
_PLATFORM_CRY_WORDS = 6  # "Follow us on Telegram!": a cry, no sentence of news


def _network_twin(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a share button for one social network beside its twin for another:
    a short line that is no sentence, naming one network, and the next or the previous non-empty
    line the same but for the network's name ("Hasi klek pa kompartí riba WhatsApp (Ta habri den
    un bentana nobo)" over "... riba Facebook (...)"), in any language; asked like a label."""
    line = lines[i].strip()
    if len(line.split()) > _PLATFORM_ROW_WORDS or _SENTENCE_END.search(line):
        return False
    if len(_PLATFORM.findall(line)) != 1:
        return False
    shape = _PLATFORM.sub("<network>", line)
    filled = [j for j, other in enumerate(lines) if other.strip()]
    at = filled.index(i)
    for k in (at - 1, at + 1):
        if 0 <= k < len(filled):
            other = lines[filled[k]].strip()
            found = _PLATFORM.findall(other)
            if (
                len(found) == 1
                and found[0].lower() != _PLATFORM.findall(line)[0].lower()
                and _PLATFORM.sub("<network>", other) == shape
            ):
                return True
    return False


def _strangers_bio(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a writer's bio (``pagekinds.roles.bio_name``) of someone no
    paragraph above it names (a byline may): a story about a journalist names her in its text
    before its last line ("Ana Lima is a journalist who has covered the port for 20 years."
    after her award's news; junk40)."""
    name = bio_name(lines[i])
    if name is None:
        return False
    parts = [p for p in name.split() if len(p) > 2 and p[:1].isupper()]
    above = " ".join(line for line in lines[:i] if is_body_line(line))
    return not any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", above) for p in parts)


def _platform_row(line: str) -> bool:
    """A short line that is no sentence, naming two social networks or one and the page's "we"
    (see ``_PLATFORM``)."""
    words = len(line.split())
    cry = words <= _PLATFORM_CRY_WORDS and line.rstrip().endswith("!")
    if words > _PLATFORM_ROW_WORDS or (is_body_line(line) and not cry):
        return False
    networks = {m.group().lower() for m in _PLATFORM.finditer(line)}
    named = networks - {"x", "email", "e-mail"}  # (a letter or a word alone names none)
    ours = _OUR.search(line) is not None or _YOUR_PEOPLE.search(line) is not None
    return bool(named) and (len(networks) >= 2 or ours)


# A line under its own label ("Update: The council voted to keep the pool open", "Actualización:
# El ayuntamiento aplaza la votación"): a labelled line of the story, not a list's bare headline
# (review31's probe).
_OWN_LABEL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s+\S")


def _listed_headline(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether line ``i`` is another story's headline right under a list's label ("Et pot
    interessar" / "La Renfe amplia els trens de la R11 fins a Portbou", "More <Site> stories" /
    "<Headline> – Commissioner"): no sentence, sixteen words at most, a capital first, a label
    right above it (kept or not; words, no figure: not a live entry's time), and no paragraph
    kept after it (a live entry's headline has its text under it). Asked only after the text,
    with only chrome after it, as a label is."""
    text = lines[i].strip()
    words = text.split()
    if is_body_line(text) or not 1 < len(words) <= _LISTED_WORDS:
        return False
    if not (text[:1].isalpha() and not text[:1].islower()) or _OWN_LABEL.match(text):
        return False
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    if not is_label_line(above) or above.rstrip().endswith(":") or _NUMBER.search(above):
        return False
    return not any(keep[j] and is_body_line(lines[j]) for j in range(i + 1, len(lines)))


# A line under a page's label after the text, in any language: a label of one to four words and
# a colon, then a headline, a caption or a field of sixteen words at most, no sentence ("Bala
# hape: <headline>", "<read also>: <headline>", "Isithombe: <caption> (<Outlet>)", "TRENDING ON
# THE <SITE>: <headline> | <headline>"; junk49)
_LABELLED = re.compile(r"^([^\W\d_][^:：\d]{0,40}?)\s?[:：]\s+(\S.*)$")
_LABEL_WORDS = 4
_CAPS_LABEL_WORDS = 6


def _labelled_teaser(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether line ``i`` is a labelled line of the page (``_LABELLED``) with the page's chrome
    right under it (a dropped line), or last under a dropped line that is no bare heading (a
    share row, a wall's prompt). Asked like a label, after the text with only chrome after it;
    a labelled line last under a heading ("Latest" / "Update: The council voted to keep the pool
    open") may be the story's own and stays."""
    found = _LABELLED.match(lines[i].strip())
    if found is None or is_body_line(lines[i]):
        return False
    label = found.group(1)
    # (a label in capitals may be longer: "À LA UNE SUR L'<SITE>"; fresh48's look)
    most = _CAPS_LABEL_WORDS if label.isupper() else _LABEL_WORDS
    if len(label.split()) > most or len(found.group(2).split()) > _LISTED_WORDS:
        return False
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    if below is not None:
        return not keep[below]
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    return above is not None and not keep[above] and not _bare_heading(lines[above])


_HEADING_WORDS = 3


def _bare_heading(line: str) -> bool:
    """A heading of a few words alone: no colon, no figure ("Latest", "Also today")."""
    text = line.strip()
    return (
        is_label_line(text)
        and len(text.split()) <= _HEADING_WORDS
        and ":" not in text
        and not any(ch.isdigit() for ch in text)
    )


# A contact line after the text: a label's colon, then an address or words, and a telephone
# number last, seven digits or more ("<Union> office: <town>, 14 <street>; phone +359 431 6 22
# 18", "<Poison> line (free, 24 hours): 0 800 50 70 90"; junk49); twenty words at most.
_PHONE_LAST = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d{1,4}){2,5}\s*\.?$")
_PHONE_DIGITS = 7
_CONTACT_WORDS = 20


def _contact_line(line: str) -> bool:
    text = line.strip()
    phone = _PHONE_LAST.search(text)
    if phone is None:
        return False
    groups = re.findall(r"\d+", phone.group())
    if all(len(group) == 2 for group in groups):
        return False  # a draw's or a table's figures: "Numbers: 04 12 19 27 33 41"
    return (
        sum(len(group) for group in groups) >= _PHONE_DIGITS
        and ":" in text[: phone.start()]
        and len(text.split()) <= _CONTACT_WORDS
    )


def _is_dropped_credit(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether the lines between line ``i`` and the next kept one are dropped credits only (a
    live entry's "From MNN's Delia Monroe" under its headline), at least one."""
    between = []
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            continue
        if keep[j]:
            break
        between.append(lines[j])
    return bool(between) and all(is_desk_line(line) or _BYLINE.match(line) for line in between)


def _entry_markers(lines: list[str], keep: list[bool]) -> list[int]:
    """A live page's entry markers: short rows with a clock or a count ("Feb 20, 2034 03:32 PM IST",
    "8:52pm", "Lap 58/62"), each just above a kept paragraph (or its kept headline), written in
    one shape (its digits aside) at least twice. Alone, such a row is a page's stamp or a
    label; repeated above entries, it is when or where in the event each entry stands, and
    stays with it (an ad slot's "Advertisement 2" has no clock or count, and a gallery's "Image
    1 of 12" is a widget whatever it repeats)."""
    shapes: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        marker = 0 < len(line.split()) <= _MARKER_WORDS and _MARKER.match(line)
        if marker and _above_entry(lines, keep, i) and not is_widget(line):
            shapes.setdefault(_NUMBER.sub("0", line), []).append(i)
    return [i for found in shapes.values() if len(found) >= 2 for i in found]


def _above_entry(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether a kept paragraph follows line ``i``, right after it or under a kept headline of
    its own ("Mar 8, 2034, 14:20 IST" / "Free Bus Travel Extended to Students" / a paragraph)."""
    after = [j for j in range(i + 1, len(lines)) if lines[j]][:2]
    if not after or not keep[after[0]]:
        return False
    if is_body_line(lines[after[0]]):
        return True
    return (
        len(after) == 2
        and is_label_line(lines[after[0]])
        and keep[after[1]]
        and is_body_line(lines[after[1]])
    )


def _cut_excerpt(line: str) -> str:
    """A line a feed cut off ("... would challenge the [...]") without its unfinished sentence,
    when a whole one comes before it; else the line with a plain "…" for the bracketed mark."""
    mark = _CUT_MARK.search(line) if line.endswith(("]", ")")) else None
    if not mark:
        return line
    head = line[: mark.start()].rstrip()
    sentences = split_sentences(head)
    if len(sentences) > 1:
        return " ".join(sentences[:-1])
    return head + "…"


# A digest's lead-in alone, no greeting before it: "Here is what you need to know today." The
# piece's own sentence, as an explainer's "... Here is what you need to know." is; after a
# greeting ("Good morning. Here is what you need to know today.") it is the letter's salutation.
# ``is_boilerplate`` still says it, so no summary quotes it.
_LEAD_IN = re.compile(
    r"here(?:'s|’s|\s+is|\s+are)\s+(?:what|everything)\s+you\s+need\s+to\s+know"
    r"(?:\s+(?:today|now|this\s+(?:morning|afternoon|evening|week)))?\.",
    re.I,
)


# A live page's entry: its clock, then two sentences or more of twelve words or more ("11:20 -
# So that's it from us. <Runner> leaves with a world record, ..."). The entry is the page's
# text, even when it signs off or thanks its readers.
_LIVE_ENTRY = re.compile(
    r"^\d{1,2}[.:]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s*(?:[-—–|:]\s*)?(\S.*)$", re.I
)
_LIVE_ENTRY_WORDS = 12
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _is_live_entry(line: str) -> bool:
    entry = _LIVE_ENTRY.match(line.strip())
    if entry is None:
        return False
    rest = entry.group(1)
    return len(rest.split()) >= _LIVE_ENTRY_WORDS and len(_SENTENCE_STOP.findall(rest)) >= 2


# A reader's prompt quoted with its speaker after a comma is news, not the page's own (review37's
# probe: "Join the city's Telegram channel to get alerts when the river rises, the mayor wrote on
# Facebook.", "Síguenos en el canal de WhatsApp de Protección Civil, pidió el alcalde a los
# vecinos."): a clause of a speaker (a few words, then a verb of saying or asking) that the
# sentence ends with.
_SAYING = (
    r"(?:said|says|wrote|writes|asked|asks|told|urged|urges|posted|tweeted|dijo|escribió|pidió"
    r"|instó|publicó|a\s+(?:écrit|demandé|dit|déclaré)|écrit|demande|schrieb|sagte|bat|forderte"
    r"|disse|escreveu|pediu|pediram|ha\s+scritto|ha\s+chiesto)"
)
# (a relative clause is no speaker: "A guest post by <Name>, who writes about the harbour ..."
# is a writer's note; aside27's look)
_QUOTED_ASK = re.compile(
    r",\s+(?!who\s)(?:(?:the|a|an|el|la|los|las|le|les|der|die|das|o|il|lo)\s+)?(?:[\w'’-]+\s+){0,4}?"
    rf"{_SAYING}\b[^.!?]{{0,120}}[.!?][\"”’']?$",
    re.I,
)
# But not when the speaker is the page (review38's probe): "we" ("..., we said."), its own staff
# or readers ("..., says our publisher.", "..., says editor Jane Doe.", "..., as one reader told
# us.", "..., dijo nuestra directora.", "..., a dit notre rédactrice en chef."), nor when a
# label heads the line: a related headline's own attribution ("Read more: Flood warnings issued
# for the river, officials said.", "À lire aussi : ..., a déclaré la préfecture.").
_OWN = r"(?:our|nuestr[oa]s?|notre|unser\w*|nostr[oaei]|noss[oa]s?)\s+[\w'’-]+"
_STAFF = (
    r"(?:editor(?:-in-chief)?|publisher|r[ée]dact(?:eur|rice)\s+en\s+chef|redactora?\s+jef[ea]"
    r"|chefredakt\w+|(?:one\s+|a\s+)?(?:reader|subscriber|listener)s?)"
)
_OWN_SPEAKER = re.compile(
    rf",\s+(?:as\s+)?(?:we|{_OWN}|{_STAFF})(?:\s+[\w'’-]+){{0,3}}?\s+{_SAYING}\b"
    rf"|,\s+{_SAYING}\s+(?:{_OWN}|(?:the\s+)?{_STAFF})\b",
    re.I,
)
_LABEL_HEAD = re.compile(r"^[^:.!?,]{1,30}?\s?:\s")


def _is_chrome(line: str) -> bool:
    """Chrome on its own (``is_boilerplate``, an agency's name, ``clean.shapes``), unless a
    sentence of news is glued after it on the same line: then the line is news and stays whole.
    A sentence of news after an emoji bullet (``shapes.icon_item``) is judged by its words. A
    digest's bare lead-in (``_LEAD_IN``) stays in the text."""
    if _LEAD_IN.fullmatch(line.strip()):
        return False
    if _is_live_entry(line):
        return False
    item = icon_item(line)
    if item is not None and item[1]:
        return _is_chrome(item[0])
    if not (is_boilerplate(line) or is_agency_name(line) or is_shape_chrome(line)):
        return False
    if _QUOTED_ASK.search(line) and not (_OWN_SPEAKER.search(line) or _LABEL_HEAD.match(line)):
        return False  # a prompt someone in the news made: "..., the mayor wrote on Facebook."
    tail = glued_news(line)
    return tail is None or is_boilerplate(tail) or is_shape_chrome(tail)


def _keep_item_heads(lines: list[str], keep: list[bool]) -> None:
    """A newsletter's item heading after an emoji bullet ("⛴️ Norway's fjords go electric")
    stays above a kept paragraph, after another, when it reads as a headline: it does not talk
    to the reader, prompt or name an interface (a glyph before a page's label is chrome)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    seen_body = False
    for k, i in enumerate(filled):
        item = icon_item(lines[i])
        after = filled[k + 1] if k + 1 < len(filled) else None
        if (
            seen_body
            and not keep[i]
            and item is not None
            and not item[1]
            and after is not None
            and keep[after]
            and is_body_line(lines[after])
            and not _is_chrome(item[0])
            and not _prompts(Line(text=item[0]))
        ):
            keep[i] = True
        seen_body = seen_body or (keep[i] and is_body_line(lines[i]))


def _prompts(line: Line) -> bool:
    """Whether ``line`` speaks as the page does: to the reader, a prompt, its interface."""
    return any(
        f(line) for f in (addresses_reader, prompt_opening, ui_words, site_voice, page_voice)
    )


# a field of a count in the header, a label of a few words, its colon and a figure ("Views:
# 2,341", "<readers> ៖ ២ ៣៤១", "Lượt xem: 1.204"; one figure in groups of three: "Lotto
# numbers: 04 12 19 27 33 41" is the story's) (aside27's look)
_COUNT_FIELD = re.compile(r"^[^\W\d_][^\d:：៖|·•]{0,30}\s*[:：៖]\s*\d{1,3}(?:[\s.,]\d{3})*$")


def _drop_leading_labels(lines: list[str], keep: list[bool]) -> None:
    """Short labels above the article's first paragraph: a page's section, kicker, edition,
    buttons, fields and date ("Politics", "September 2033 Issue", "Save", "Source:", "Aug 18,
    2033, 08:00 ET"), not a headline
    (four words or more: a text file's first line is its title); kept when no
    paragraph follows (a headline-only teaser is all its article has), and a live blog's entry
    time ("14.47 BST") stays with its entry. The heading right above the first paragraph of a
    text in sections (a newsletter's "Speed cameras", then "Allotments" and "Village Hall Roof"
    each between paragraphs further down) is the first section's heading and stays, and so does
    a letter's heading of its items ("In this issue", "Today's rundown":
    ``letters.is_contents_head``)."""
    first_body = next(
        (
            i
            for i, line in enumerate(lines)
            if keep[i] and is_body_line(line) and not is_stamp_row(line)
        ),
        None,
    )
    if first_body is None:
        return
    head = _first_section_head(lines, keep, first_body)
    for i in range(first_body):
        if (i == head and not is_genre_name(lines[i]) and not _meta_row(lines[i])) or (
            is_contents_head(lines[i])
        ):
            continue
        if is_users_greeting(lines[i]):
            continue
        if _is_lead_in_clause(lines[i]) and not any(x.strip() for x in lines[i + 1 : first_body]):
            continue
        line = lines[i].strip()
        # a row's "·" or "|" is no word; a dash between words is ("Gaza – truce holds")
        words = [w for w in line.split() if any(ch.isalnum() for ch in w) or w in _DASHES]
        short = (
            _word_count(words) <= _LEADING_LABEL_WORDS or line.endswith(":") or _section_pair(line)
        )
        label = (
            short and is_label_line(line) and not (_CLOCK.match(line) or _SCORE.search(line))
        ) or (_COUNT_FIELD.match(line) is not None)
        stamp = _is_stamp(line) or _meta_row(line)
        if keep[i] and line and (label or stamp or _header_byline(lines, i)):
            keep[i] = False


# A row of the page's fields above the text, in any language: two to four items set apart by
# " · " or " | ", each of six words at most, one with a figure, none a sentence ("<By> <Name> ·
# 3 <minutes> <read>", "<Date> · <Views>: 2 140", "News Release 2061-047 · For immediate
# release", "<April> 2061 <issue> · <Travel>"; junk49). Only above the first paragraph: further
# down a row with a figure may be the story's ("Ferry delayed · 40 min"). An item with a figure
# is a field: four words at most, or a label's colon in it; a kicker's headline is longer
# ("Rome · <Runner> wins 5,000m in 14:21").
_META_ITEM_WORDS = 6
_META_FIELD_WORDS = 4
_FIELD_COLON = re.compile(r"[^\W\d_][:：]\s")  # a label's colon, not a clock's ("14:21")


def _meta_row(line: str) -> bool:
    text = line.strip()
    if (" · " not in text and " | " not in text) or _SENTENCE_END.search(text):
        return False
    items = _ROW_ITEM.split(text)
    figured = [item for item in items if any(ch.isdigit() for ch in item)]
    return (
        2 <= len(items) <= 4
        and all(0 < len(item.split()) <= _META_ITEM_WORDS for item in items)
        and bool(figured)
        and all(
            len(item.split()) <= _META_FIELD_WORDS or _FIELD_COLON.search(item) for item in figured
        )
    )


def _drop_above_crumb(lines: list[str], keep: list[bool]) -> None:
    """Drop what the page prints above its breadcrumb ("Home › News › City"), when the breadcrumb
    comes before the text's first paragraph: a skip link, a ticker's latest headline, a link to
    the site's other versions, in any language ("<Skip to main content>", "<Latest>: <headline>";
    junk49). A paragraph above it is kept."""
    first_body = next((i for i, line in enumerate(lines) if keep[i] and is_body_line(line)), None)
    if first_body is None:
        return
    crumbs = [i for i in range(first_body) if not keep[i] and lines[i].strip()]
    crumb = next((i for i in crumbs if _is_nav_row(lines[i])), None)
    if crumb is None:
        return
    for i in range(crumb):
        if keep[i] and lines[i].strip() and not is_body_line(lines[i]):
            keep[i] = False


# A notice's lead-in right above its first paragraph: a clause of five words or more that ends in
# a colon, most of its words in lower case, no figure ("Effective immediately and until further
# notice:", "Ab sofort und bis auf Weiteres:", "A partir de hoy y hasta nuevo aviso:"); not a
# page's field ("Author of the article:", "Tickers in this story:", four words at most) nor the
# page talking to its reader ("Share or comment on this article:", ``_prompts``).
_LEAD_IN_WORDS = 5
_LEAD_IN_CLAUSE = re.compile(r"^[^\d:：]+[:：]$")


def _is_lead_in_clause(line: str) -> bool:
    text = line.strip()
    if not _LEAD_IN_CLAUSE.match(text):
        return False
    words = text[:-1].split()
    lower = sum(1 for word in words[1:] if word[:1].islower())
    return (
        len(words) >= _LEAD_IN_WORDS
        and 2 * lower >= len(words)
        and not is_boilerplate(text)
        and not _prompts(Line(text=text))
    )


# a section's breadcrumb of two names, one or two words each, capitalised, without figures
# ("Xã hội - Đời sống", "Politik – Ausland"); not a headline's clause ("Gaza – truce holds")
_SECTION_SPLIT = re.compile(r"\s[-–]\s")
_SECTION_NAME = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?$")


def _section_pair(line: str) -> bool:
    parts = _SECTION_SPLIT.split(line)
    return len(parts) == 2 and all(
        _SECTION_NAME.match(part) and part[:1].isupper() for part in parts
    )


_BIO_WORDS = 40
_NAME_RUN = re.compile(r"[^\W\d_][\w'’.-]*")


def _header_names(lines: list[str], keep: list[bool], first_body: int) -> set[str]:
    """The names in the dropped lines above the first paragraph but a photo's credit (a
    byline's "By Arjun Raghavan, Senior Correspondent" gives "Arjun Raghavan"): every run of two
    to four name-shaped words, from any of its words on, in the first part of the line (between
    commas, bars, colons) that holds one."""
    names: set[str] = set()
    for i in range(first_body):
        if keep[i] or not lines[i].strip() or is_photo_label(lines[i]):
            continue  # (a photo's credit names who gave the picture, no writer; junk48)
        for part in re.split(r"[,|·•:;/()]", lines[i]):
            words = part.split()
            found = {
                " ".join(words[start:end])
                for start in range(len(words))
                for end in range(start + 2, min(start + 4, len(words)) + 1)
                if _name_shaped(words[start:end])
            }
            names |= found
            if found:
                break  # the writer's name comes first: not "City Hall" of "By <Name>, City Hall
                # reporter", nor the place after a bar (review31)
    return names


# An apology or regret: what a statement's issuer closes with, never what a bio says.
_APOLOGY = re.compile(r"\b(?:apologi[sz]es|apologi[sz]ed|regrets)\b", re.I)


def _drop_writer_bio(lines: list[str], keep: list[bool]) -> None:
    """Drop the writer's bio at the text's end: the last paragraph, forty words at most, that
    opens with a name from the byline dropped above the text ("By Arjun Raghavan, ..." / ... /
    "Arjun Raghavan covers fintech and transport technology. He previously reported for a
    business daily in Mumbai."), in any language; not one that reports (a verb of saying) or
    tells a figure."""
    kept_body = [i for i, line in enumerate(lines) if keep[i] and is_body_line(line)]
    if len(kept_body) < 2:
        return
    names = _header_names(lines, keep, kept_body[0])
    last = kept_body[-1]
    text = lines[last].strip()
    if not names or len(text.split()) > _BIO_WORDS or _REPORTED.search(text):
        return
    if _NUMBER.search(text):
        return  # "Anne Hidalgo will decide on 3 June." is news of a name the header held
    if _APOLOGY.search(text):
        return  # a statement's closing: "<Issuer> apologises to investors for ...": no bio
    for name in names:
        if text.startswith(name) and text[len(name) : len(name) + 1] in (" ", ","):
            keep[last] = False
            return


def _is_stamp(line: str) -> bool:
    return bool(line.strip()) and (
        is_bare_stamp(line)
        or is_date_row(line)
        or is_stamp_row(line)
        or is_dated_head(line)
        or _DATE_FIELD.match(line.strip()) is not None
    )


# A page's date under its label in any language, the date in figures ("Foilsithe: 08/10/2053",
# "<Published>: 2061-04-05 15:12"; junk49)
_DATE_FIELD = re.compile(
    r"^[^\W\d_][^\W\d]{1,24}\s?[:：]\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2})?$"
)


# A byline in the header, in any language: a word or two of "by" and a name ("Troch Sytske de
# Vries", "Dor di Shurendy Martina", "Minn Ġużi Camilleri"), or a name and a role in lower case
# ("Máret Ánne Sara, journalista"); 4 to 7 words, no figure, the name's words capitalised (a
# particle apart). Only between the text's first line (a text file's title) and its first
# paragraph, right above or under the page's date: a headline there has words in lower case
# ("Bus route to Westpunt opens in March") or sits apart from the date.
_BYLINE_PREFIX_CHARS = 12  # ("Geschriwwen vum <Name>"; junk49)
_BYLINE_WORDS = (4, 7)


_ROLE_SEPARATOR = re.compile(r",\s*|\s+[|·–—]\s+")


def _split_role(text: str) -> tuple[str, str, str]:
    """A header byline split at its first comma or spaced bar, dot or dash: name, mark, role."""
    found = _ROLE_SEPARATOR.search(text)
    if found is None:
        return text, "", ""
    return text[: found.start()], found.group(), text[found.end() :]


_NAME_PARTICLES = frozenset(
    "de da di do dos das del della van von der den ter ten le la du al el bin ibn y e".split()
)


def _name_shaped(words: list[str]) -> bool:
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(
            (w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha())
            or w in _NAME_PARTICLES
            for w in words
        )
    )


def _header_byline(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    words = text.split()
    if not _BYLINE_WORDS[0] <= len(words) <= _BYLINE_WORDS[1] or _NUMBER.search(text):
        return False
    filled = [j for j, line in enumerate(lines) if line.strip()]
    at = filled.index(i)
    # (the text's first line too, over the page's date: "Geschriwwen vum <Name>" / "<Updated>:
    # 21.05.2053 um 12:40"; a title there has words its text writes small; junk49)
    beside = ([filled[at - 1]] if at > 0 else []) + (
        [filled[at + 1]] if at + 1 < len(filled) else []
    )
    if not any(_is_stamp(lines[j]) for j in beside):
        return False
    # "<Name>, <role>" or "<Name> | <role>" ("Dana Ortiz | transportation reporter")
    name, comma, role = _split_role(text)
    if comma:
        roles = role.split()
        return (
            at > 0
            and 1 <= len(roles) <= 2
            and all(w.isalpha() and w.islower() for w in roles)
            and _name_shaped(name.split())
            and _never_lower(name.split(), lines, i)
        )
    return any(
        all(w.isalpha() and len(w) <= _BYLINE_PREFIX_CHARS for w in words[:k])
        and (at > 0 or _by_word(words[:k]))
        and _name_shaped(words[k:])
        and _never_lower(words[k:], lines, i)
        for k in (1, 2)
    )


_BY_CHARS = 3


def _by_word(words: list[str]) -> bool:
    """Whether ``words`` read as a byline's "by" on the text's first line: its last word in
    lower case ("Geschriwwen vum"), or one short word ("Le", "Pa", "Por"); a title's first
    name is neither ("Shurendy Martina Wins Award")."""
    return words[-1].islower() or (len(words) == 1 and len(words[0]) <= _BY_CHARS)


def _never_lower(name: list[str], lines: list[str], i: int) -> bool:
    """Whether none of a name's capitalised words is written in lower case in the rest of the
    text: a title-case deck under the date ("Port Strike Enters Second Week") has words its
    story writes small ("the strike entered its second week"); a writer's name does not."""
    # (a particle of two letters, "Te", "De", "La", is a word of the text too: "Nā Hēmi Te
    # Rangi-Walker" over a text in te reo)
    words = {w.lower() for w in name if w[:1].isupper() and len(w) > 2}
    rest = (line for j, line in enumerate(lines) if j != i)
    return not any(
        w in words for line in rest for w in re.findall(r"[^\W\d_]+", line) if w.islower()
    )


# Thai, Lao, Khmer and Burmese set no space between words: a run of their letters counts as
# one word for every few letters ("ตอนแรกมีผู้ฟังกว่า 4,000 ครั้งภายในสัปดาห์เดียว" is a sentence of
# about six words, not a label of three)
_UNSPACED = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ecd\u1780-\u17d3\u1000-\u103f]")
_UNSPACED_WORD_CHARS = 7


def _word_count(words: list[str]) -> int:
    """How many words ``words`` hold, a run of an unspaced script counted by its letters."""
    return sum(max(1, len(_UNSPACED.findall(w)) // _UNSPACED_WORD_CHARS) for w in words)


_SECTION_HEADS = 2  # headings between paragraphs further down that make a text one in sections
# ... or one, when the line above the first paragraph is titled as it is (no label's colon): a
# letter of two items ("Agua en Soyapango" / its paragraph / "Buses eléctricos" / its paragraph);
# "Dive Brief:" above a text with one "Dive Insight:" further down is a label
_SECTION_HEADS_TITLED = 1
_PARAGRAPH_WORDS = 6  # a paragraph around such a heading, not a live entry's "10:31 p.m."


def _first_section_head(lines: list[str], keep: list[bool], first_body: int) -> int | None:
    """The line right above the first paragraph when it is a heading of the text's first
    section: a label line, and ``_SECTION_HEADS`` (one, when it has no label's colon) kept label
    lines or more of its kind (with an
    emoji before them or not, as it has) further down each sit between two kept paragraphs, its
    length in words within theirs (review16 S11: a section's name above an explainer is no
    heading of its)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    at = filled.index(first_body)
    if at == 0 or not is_label_line(lines[filled[at - 1]]):
        return None
    if _is_stamp(lines[filled[at - 1]]):
        return None  # the page's stamp above a live page's first entry heads no section (junk43)
    iconed = icon_item(lines[filled[at - 1]]) is not None

    def paragraph(i: int) -> bool:
        return keep[i] and is_body_line(lines[i]) and len(lines[i].split()) >= _PARAGRAPH_WORDS

    heads = [
        len(lines[filled[k]].split())
        for k in range(at + 1, len(filled) - 1)
        if keep[filled[k]]
        and is_label_line(lines[filled[k]])
        and (icon_item(lines[filled[k]]) is not None) == iconed
        and paragraph(filled[k - 1])
        and paragraph(filled[k + 1])
    ]
    # ... and it is as long as they are or longer: a site's section label ("Politics", "Climate
    # crisis") above an explainer whose heads are "What the plan says", "What happens next" is
    # none; a letter's "Green sukuk debut" above its "Aluminium" and "Index" is its first
    first = len(lines[filled[at - 1]].split())
    alike = bool(heads) and min(heads) <= first
    titled = not lines[filled[at - 1]].rstrip().endswith(":")
    enough = _SECTION_HEADS_TITLED if titled else _SECTION_HEADS
    return filled[at - 1] if len(heads) >= enough and alike else None


_THREAD_ROWS = 2


def _drop_after_thread(lines: list[str], keep: list[bool]) -> None:
    """Everything from a comment thread's head on, when the head comes after the article's body:
    the thread ends the article, and what follows it is the thread or the page's other items.
    The head is a counter ("Comments (12)"; "12 Komento" with the thread's rows under it) or a
    commenter's row ("jun_m_23 · 2 oras"); on a thread page, two commenters' rows or more start
    the thread wherever the first is.
    So does a press release's tail ("About <Company>", "Media Contacts") when a few lines at
    most follow it and the text is a release (it has a release's line somewhere: a contact, a
    distribution note); in a report, "About Hezbollah" heads a paragraph of news."""
    seen_body = False
    left = sum(1 for line in lines if line.strip())  # non-empty lines from here on
    rows = [i for i, line in enumerate(lines) if is_commenter_row(line)]
    for i, line in enumerate(lines):
        left -= 1 if line.strip() else 0
        tail = seen_body and left <= _TAIL_LINES and release_tail(line) and _is_release(lines)
        head = (
            is_thread_head(line)
            or is_commenter_row(line)
            # (a blog's "<name> said..." over the comment and its dated row, with no count over
            # it; aside36)
            or _said_over_dated(lines, i)
            or _titled_thread(lines, i)
            or _counts_thread(lines, i)
        )
        # a thread page's comments: two commenters' rows or more, with or without a body before
        thread = len(rows) >= _THREAD_ROWS and i == rows[0]
        if (seen_body and (head or tail)) or thread:
            for j in range(i, len(lines)):
                keep[j] = False
            return
        seen_body = seen_body or (keep[i] and is_body_line(line))


_COMMENT_LINES = 3


def _said_over_dated(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a commenter's "<name> said..." with the comment's dated row a few
    lines under it ("January 29, 2063 at 9:12 AM"): a blog's thread, though no count heads it.
    Alone between paragraphs the row goes by itself (``is_comment_head``)."""
    if not is_comment_head(lines[i]):
        return False
    below = [line for line in lines[i + 1 :] if line.strip()][:_COMMENT_LINES]
    return any(is_stamp_row(line) for line in below[1:])


def _counts_thread(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a comment section's count ("12 Komento") with the thread's rows
    right under it (a commenter's row, a sort row; a name with the comment's date and clock
    under any "<number> <word>:" count): a page's "0 Comments" above its text heads nothing."""
    after = next((line for line in lines[i + 1 :] if line.strip()), "")
    if heads_said_thread(lines[i], after):
        return True  # a blog's "2 kommentarer:" over "Anonym sa..." (junk49)
    if heads_dated_thread(lines[i], after):
        # a thread is shorter than the article it answers: a live page's "24 updates" with
        # its entries under their authors' dated rows is the page itself
        return _words(lines[i + 1 :]) <= _words(lines[:i])
    if not opens_comments(lines[i]):
        return False
    return is_commenter_row(after) or is_sort_row(after)


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


# A commenter's line under a blog's count: the name and the platform's "said…" ("Yannig a dit…",
# "Anonymous said...") or the name and the comment's date and time ("Zulfiya 20 March 2057,
# 11:02"); short.
# (the row may end with a colon: "<Name> schreef op 19 november 2063 om 20:41:"; aside36)
_SAID = re.compile(r"(?:…|\.\.\.|\b\d{1,2}[:.]\d{2}:?)$")
_SAID_WORDS = 10


def _titled_thread(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a blog's comment count on the post it answers, its title in quotes
    (``pagekinds.is_count_on_title``), with a commenter's line right under it: the thread's
    head. The count alone is a widget between paragraphs, and what follows it stays."""
    if not is_count_on_title(lines[i]):
        return False
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return 0 < len(after.split()) <= _SAID_WORDS and bool(_SAID.search(after))


def _is_release(lines: list[str]) -> bool:
    """Whether a text is a press release: one of its lines is a release's (a contact, a
    distribution note). Asked only once a tail's heading is found."""
    return any(is_release_line(line) for line in lines if line.strip())


def _is_dated(line: str) -> bool:
    """Opens with a dateline or a live blog's entry time."""
    return strip_dateline(line) != line


def _inside_text(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether line ``i`` is a sentence with a kept paragraph on each side: a sentence naming
    the outlet there is news about a person or the outlet ("Jane Roe is the <Outlet>'s transport
    correspondent. She lives in Harrow." between paragraphs), not the page's line."""
    if not is_body_line(lines[i]):
        return False
    before = any(keep[j] and is_body_line(lines[j]) for j in range(i))
    return before and any(keep[j] and is_body_line(lines[j]) for j in range(i + 1, len(lines)))


# An organisation's own text opens with its name and its news: a release's or a notice's lead
# ("<Relief Alliance> is deploying two mobile kitchens and a team of 25 trained volunteers to
# <county> ...", "<Fylkeskommune> setter inn en ny elektrisk ferje ... fra 1. mars. Ferja tar
# 120 biler ..."): a long sentence with a figure that is no year, as a tagline never is ("<Paper>
# is reader-supported: if you book through links on this page we may earn a small commission
# ...", "<Daily> is an English-language daily founded in 2031, ..."; junk47).
_LEAD_REPORT_WORDS = 20
_NO_YEAR_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d(?!\d))\d+(?:[.,]\d+)*(?![\w])")
_LEAD_PAGE = re.compile(
    r"\b(?:cookies?|subscri\w*|commission|affiliate|reader-supported|newsletter|inbox|e-?mail)\b",
    re.I,
)


def _reported_lead(line: str) -> bool:
    """Whether the text's first paragraph ``line`` reports, though it opens with the outlet's
    name (see ``_LEAD_REPORT_WORDS``)."""
    text = line.strip()
    return (
        len(text.split()) >= _LEAD_REPORT_WORDS
        and text.rstrip("\"'”’»)").endswith((".", "!"))
        and _NO_YEAR_FIGURE.search(text) is not None
        and not _LEAD_PAGE.search(text)
    )


def _drop_outlet_lines(lines: list[str], keep: list[bool], names: tuple[str, ...]) -> None:
    """Drop the outlet's lines about itself while other text is kept (a teaser that is one
    line naming its outlet stays: it is all the article has)."""
    if not names:
        return
    lead = next((i for i, line in enumerate(lines) if keep[i] and is_body_line(line)), None)
    own = {
        i
        for i, line in enumerate(lines)
        if keep[i]
        and not (i == lead and _reported_lead(line))
        and (
            is_outlet_line(line, names)
            or is_outlet_rhythm(line, names)
            or is_outlet_membership(line, names)
            or is_outlet_beat(line, names)
            or is_outlet_invite(line, names)
            or is_outlet_partnership(line, names)
            or is_outlet_thanks(line, names)
            or (
                (is_outlet_mention(line, names, lead=i == lead) or is_short_name_line(line, names))
                and not _inside_text(lines, keep, i)
            )
        )
    }
    if own and any(keep[i] and line.strip() for i, line in enumerate(lines) if i not in own):
        for i in own:
            keep[i] = False


def _drop_bibliography(lines: list[str], keep: list[bool]) -> None:
    """A "References" heading and the citations after it; citation-shaped lines anywhere."""
    in_list = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if is_bibliography_head(line):
            in_list, keep[i] = True, False
        elif is_citation(line) or (in_list and (not is_body_line(line) or _is_entry(line))):
            keep[i] = False
        else:
            in_list = False


def _is_entry(line: str) -> bool:
    """A short line with a number (a year, pages): an entry of a list of references."""
    return len(line.split()) <= 40 and any(ch.isdigit() for ch in line)


def _separate_paragraphs(text: str) -> str:
    """One paragraph a line (page dumps, extracted HTML) → paragraphs separated by blank lines.

    A block whose lines all end a sentence, or that has a line longer than any editor wraps at,
    is one paragraph per line; otherwise it looks hard-wrapped and stays one paragraph.
    """
    blocks: list[str] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        per_line = all(_SENTENCE_END.search(line) for line in lines) or any(
            len(line) > _WRAP_WIDTH for line in lines[:-1]
        )
        if len(lines) > 1 and per_line:
            blocks.append("\n\n".join(lines))
        else:
            blocks.append(block)
    return "\n\n".join(blocks)
