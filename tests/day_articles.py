"""Fictional articles of one day for the grouping tests: a triple-quoted text's lines without
the indent the fixture gives them, the source named by outlet and minute, published that many
minutes after the day's first (``t0``). A test file binds its day once:
``_article = partial(day_article, T0)``."""

from __future__ import annotations

import datetime as dt

from briefing.models import Article


def day_article(
    t0: dt.datetime,
    title: str,
    text: str,
    outlet: str,
    minute: int,
    dateline: str | None = None,
) -> Article:
    return Article.create(
        title=title,
        text="\n".join(line.strip() for line in text.strip().splitlines()),
        source=f"{outlet}/{minute}",
        outlet=outlet,
        published_at=t0 + dt.timedelta(minutes=minute),
        dateline=dateline,
    )
