"""A page, an email and a feed say the language their briefing is written in (``lang``,
Content-Language, the feed's language), read from the briefing's own words: a German
briefing is not announced as English to screen readers, spell checkers and mail clients."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import feedparser
from test_slack import seed

from briefing.deliver.email import SmtpSettings, build_message
from briefing.models import Briefing
from briefing.render._common import written_in
from briefing.render.email import render_email
from briefing.site.days import Day
from briefing.site.feed import atom_feed
from briefing.site.pages import site_pages

GERMAN = Path(__file__).parent.parent / "golden" / "german-briefing" / "briefing.json"
MADE = dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)


def german() -> Briefing:
    return Briefing.model_validate_json(GERMAN.read_text(encoding="utf-8"))


def html_lang(html: str | bytes) -> str:
    text = html.decode() if isinstance(html, bytes) else html
    match = re.search(r"<html[^>]*\blang=\"([^\"]*)\"", text)
    assert match, text[:200]
    return match.group(1)


def test_an_email_says_its_language_in_the_html_and_the_header() -> None:
    settings = SmtpSettings("smtp+plain", "127.0.0.1", 25, "b@example.org", ("r@example.org",))
    for briefing, code in ((german(), "de"), (seed(), "en")):
        content = render_email(briefing)
        assert content.language == code
        assert html_lang(content.html) == code
        message = build_message(content, settings, date=MADE)
        assert message["Content-Language"] == code


def test_every_site_page_and_the_feed_say_the_language_of_their_day() -> None:
    english = seed().model_copy(update={"date": dt.date(2026, 11, 24)})
    days = [Day(dt.date(2026, 11, 25), MADE, german()), Day(english.date, MADE, english)]
    pages = site_pages(days)
    assert html_lang(pages["index.html"]) == "de"  # the newest day
    assert html_lang(pages["day/2026-11-25.html"]) == "de"
    assert html_lang(pages["day/2026-11-24.html"]) == "en"
    story_pages = [p for p in pages if p.startswith("story/")]
    assert story_pages and all(html_lang(pages[p]) in {"de", "en"} for p in story_pages)
    assert feedparser.parse(atom_feed(days)).feed.language == "de"
    assert feedparser.parse(atom_feed(days[1:])).feed.language == "en"


def test_too_few_words_to_tell_is_english() -> None:
    empty = seed().model_copy(update={"overview": "", "sections": []})
    assert written_in(empty) == "en"
    assert html_lang(site_pages([])["index.html"]) == "en"
