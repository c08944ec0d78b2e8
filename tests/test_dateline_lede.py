"""A wire's dateline marks its lede, even where it stands on a line of its own.

Wire copy on many pages prints the dateline alone above the lede ("NAIROBI, April 12 (SLN) -"
then the first paragraph). The clean step drops that line (it carries no news), so the article
keeps the dateline beside its text (``Article.dateline``), and the offline backend still reads
the lede under it as the wire's: the lede a story opens with. The texts are fictional, written
for these tests in the shape of wire copy, a trade journal and a city daily.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.clean import clean_text, opening_dateline
from briefing.extractive import summarize_documents
from briefing.ingest.article import article_from_draft
from briefing.ingest.draft import Draft
from briefing.models import Article, Document
from briefing.plan import Planner, model_info
from briefing.store import Store
from briefing.tokens import tokenizer_for


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # alone on its line, with the agency's code and the dash
        (
            "KISUMU, May 3 (LWN) -\nFerry fares on Lake Victoria rose by a fifth on Monday.",
            "KISUMU, May 3 (LWN) -",
        ),
        # under a byline row and a section label
        (
            "Business\nBy Amina Otieno\nMOMBASA (Coast Wire) —\nPort workers walked out on Monday.",
            "MOMBASA (Coast Wire) —",
        ),
        # at the lede's start
        (
            "OSLO (NWS) — Norway's central bank held its rate at 4 percent on Thursday.",
            "OSLO (NWS) —",
        ),
        # none: the lede comes first
        (
            "Ferry fares on Lake Victoria rose by a fifth on Monday.\nKISUMU (LWN) -",
            None,
        ),
        # none: a label in capitals is no dateline
        ("BREAKING\nFerry fares on Lake Victoria rose by a fifth on Monday.", None),
        # none: a feature's opening scene
        ("At the Kisumu pier, the ticket clerks had a new number on Monday morning.", None),
        # none: a kicker or a page's row of sections before a dash is no place (review33)
        ("BREAKING NEWS —\nThe mayor of Kisumu resigned on Monday.", None),
        ("OPINION —\nWhy the lake needs more ferries, not more roads", None),
        ("TRANSCRIPT —\nGood evening. The mayor of Kisumu resigned today.", None),
        ("UPDATE — Police reopened the Kisumu road after a crash near the pier on Monday.", None),
        ("EAST AFRICA — KENYA\nFerry fares on Lake Victoria rose by a fifth on Monday.", None),
        ("HOME - NEWS - LOCAL\nFerry fares on Lake Victoria rose by a fifth on Monday.", None),
        # none: a key's shape where the agency's code stands is no dateline (review33)
        ("DENVER, May 15, 2040 /sk-" + "abcdefghijklmnop12/ --\nAcme will build a plant.", None),
        # ... while a place alone, or with its country, still is
        ("KISUMU —\nFerry fares on Lake Victoria rose by a fifth on Monday.", "KISUMU —"),
        ("KISUMU, Kenya —\nFerry fares rose by a fifth on Monday.", "KISUMU, Kenya —"),
    ],
)
def test_the_dateline_a_text_opens_with(text: str, dateline: str | None) -> None:
    assert opening_dateline(text) == dateline


def test_an_article_keeps_the_dateline_its_text_lost() -> None:
    raw = "KISUMU, May 3 (LWN) -\nFerry fares on Lake Victoria rose by a fifth on Monday."
    assert clean_text(raw).startswith("Ferry fares")  # the line alone says no news: dropped
    article = article_from_draft(Draft(text=raw, title="Lake ferry fares up"), source="w.txt")
    assert article is not None and article.dateline == "KISUMU, May 3 (LWN) -"
    plain = article_from_draft(Draft(text="Ferry fares rose on Monday.", title="F"), source="x")
    assert plain is not None and plain.dateline is None
    assert Document.of(article).dated and not Document.of(plain).dated


def test_the_store_keeps_an_article_s_dateline(tmp_path: Path) -> None:
    article = Article.create(
        title="Lake ferry fares up",
        text="Ferry fares on Lake Victoria rose by a fifth on Monday.",
        source="w.txt",
        dateline="KISUMU, May 3 (LWN) -",
    )
    with Store(tmp_path / "b.db") as store:
        store.upsert_articles([article], seen_at=dt.datetime(2039, 5, 3, tzinfo=dt.UTC))
        stored = store.get_article(article.id)
    assert stored is not None and stored.dateline == "KISUMU, May 3 (LWN) -"


def test_only_a_long_article_s_first_chunk_opens_under_its_dateline() -> None:
    planner = Planner(info=model_info("extractive"), tokenizer=tokenizer_for("gpt-4o"))
    text = "\n\n".join(
        f"Paragraph {k} of the report says the fares rose again on the lake's ferries."
        for k in range(60)
    )
    article = Article.create(title="Fares", text=text, source="w", dateline="KISUMU (LWN) -")
    docs = planner.documents([article], capacity=200)
    assert len(docs) > 1
    assert [d.dated for d in docs] == [True] + [False] * (len(docs) - 1)


_WIRE = """Kenyan ferry operators on Lake Victoria raised fares by a fifth on Monday after the
government's fuel levy relief ended, the transport authority said, lifting the Kisumu to
Mbita crossing to 240 shillings.

The authority said the new fares would hold until the next monthly review. Operators had
asked for a 30 percent rise."""
_TRADE = """Boat builders and fuel traders around Kisumu expect the lake's ferry operators to
cut sailings by a third within weeks, the lake transport association said on Monday, after
the fuel levy relief ended and the Kisumu to Mbita fares rose by a fifth to 240 shillings.

The association's chairman said smaller operators could not carry the new costs for long."""
_DAILY = """At the Kisumu pier, the ticket clerks were writing a new number on Monday morning:
240 shillings to Mbita, up from 200 on Sunday.

"We pass on the fuel," said one clerk. Traders who cross daily said they would cross less."""


def _lake_day(*, dated: bool) -> list[Document]:
    wire = Article.create(
        title="Lake Victoria ferry fares rise by a fifth as fuel relief ends",
        text=_WIRE,
        source="wire",
        outlet="Lake Wire News",
        dateline="KISUMU, May 3 (LWN) -" if dated else None,
    )
    trade = Article.create(
        title="Lake ferries to cut sailings as costs rise, association says",
        text=_TRADE,
        source="trade",
        outlet="Lake Transport Journal",
    )
    daily = Article.create(
        title="At the pier, a new fare", text=_DAILY, source="daily", outlet="Kisumu Daily"
    )
    return [Document.of(a).model_copy(update={"story": "fares"}) for a in (trade, daily, wire)]


def test_the_wire_s_lede_under_its_dateline_opens_the_story() -> None:
    # The trade journal's lede says more words of the story than the wire's; the wire's,
    # filed under its dateline, tells the news and opens the section.
    dated = summarize_documents(_lake_day(dated=True))
    assert len(dated.sections) == 1
    assert dated.sections[0].bullets[0].text.startswith("Kenyan ferry operators")
    # Without the dateline the fuller lede of the trade journal opens it (as before).
    plain = summarize_documents(_lake_day(dated=False))
    assert plain.sections[0].bullets[0].text.startswith("Boat builders")


def test_two_copies_with_and_without_the_dateline_line_are_one_dated_article(
    tmp_path: Path,
) -> None:
    # review33: the copy printed without its dateline came first, and the merged article (and
    # the stored one) lost the dateline the other copy had: the briefing hung on input order.
    from briefing.ingest.article import merge_exact_duplicates

    lede = "Uganda's Gulu district opened a new grain store on Thursday, officials said."
    wire = article_from_draft(
        Draft(text="GULU, May 2 (NUW) -\n" + lede, title="Gulu grain store opens"), source="w1"
    )
    plain = article_from_draft(Draft(text=lede, title="Gulu grain store opens"), source="w2")
    assert wire is not None and plain is not None and wire.id == plain.id
    for order in ([wire, plain], [plain, wire]):
        (merged,) = merge_exact_duplicates(order)
        assert merged.dateline == "GULU, May 2 (NUW) -" and Document.of(merged).dated
    with Store(tmp_path / "b.db") as store:
        when = dt.datetime(2039, 5, 2, tzinfo=dt.UTC)
        store.upsert_articles([plain], seen_at=when)
        store.upsert_articles([wire], seen_at=when)
        stored = store.get_article(wire.id)
    assert stored is not None and stored.dateline == "GULU, May 2 (NUW) -"
    assert stored.also_from == ["w1"]
