"""The one Draft → Article step and the one exact-duplicate merge (briefing.ingest.article)."""

from __future__ import annotations

import datetime as dt

from briefing.ingest.article import article_from_draft, merge_exact_duplicates
from briefing.ingest.draft import Draft

BODY = "The central bank raised rates by 0.25 points to 4.5% on Thursday.\n\nMarkets fell."


def test_title_line_dropped_and_separator_rule_stripped() -> None:
    draft = Draft(text=f"ECB raises rates\n{BODY}", title="ECB  raises rates ----")
    article = article_from_draft(draft, source="a.txt")
    assert article is not None
    assert article.title == "ECB raises rates"
    assert article.text == BODY


def test_untitled_draft_gets_its_first_sentence_and_naive_times_become_utc() -> None:
    when = dt.datetime(2026, 11, 25, 9, 30)
    article = article_from_draft(Draft(text=BODY, published_at=when), source="a.txt")
    assert article is not None
    assert article.title == "The central bank raised rates by 0.25 points to 4.5% on Thursday"
    assert article.published_at is not None and article.published_at.utcoffset() is not None


def test_a_title_alone_is_an_article_only_for_headline_items() -> None:
    draft = Draft(text="Quake hits Hokkaido", title="Quake hits Hokkaido")
    assert article_from_draft(draft, source="a.txt") is None
    assert article_from_draft(Draft(text="", title="x"), source="a.txt") is None
    headline = article_from_draft(draft, source="feed", headline_only=True)
    assert headline is not None and headline.text == headline.title == "Quake hits Hokkaido"
    bare = article_from_draft(Draft(text="", title="Quake"), source="feed", headline_only=True)
    assert bare is not None and bare.text == "Quake"


def test_merge_keeps_the_first_copy_and_lists_each_other_source_once() -> None:
    def made(source: str, outlet: str | None) -> Draft:
        return Draft(text=BODY, title="ECB", outlet=outlet, url=f"https://{source}/x")

    copies = [
        article_from_draft(made(s, o), source=s)
        for s, o in [("a", "Wire"), ("b", "Wire"), ("c", "Daily"), ("b", "Wire"), ("a", "Wire")]
    ]
    other = article_from_draft(Draft(text="Another story entirely."), source="d")
    merged = merge_exact_duplicates([a for a in [*copies, other] if a is not None])
    assert [a.source for a in merged] == ["a", "d"]
    assert merged[0].also_from == ["b", "Daily (c)"]
    assert merged[0].url == "https://a/x"
