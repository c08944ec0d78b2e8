"""Stories per briefing date, so a bullet can be marked new or developing against earlier days."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence

from briefing.models import Story
from briefing.store._base import StoreBase

__all__ = ["StoriesMixin"]


class StoriesMixin(StoreBase):
    def save_stories(self, date: dt.date, stories: Sequence[Story]) -> None:
        """Replace the stories recorded for ``date`` (in order)."""
        with self._tx() as conn:
            self._replace_stories(conn, date, stories)

    def _replace_stories(
        self, conn: sqlite3.Connection, date: dt.date, stories: Sequence[Story]
    ) -> None:
        day = date.isoformat()
        conn.execute("DELETE FROM stories WHERE date = ?", (day,))
        conn.executemany(
            "INSERT INTO stories (date, id, title, article_ids, position) VALUES (?, ?, ?, ?, ?)",
            [(day, s.id, s.title, json.dumps(s.article_ids), k) for k, s in enumerate(stories)],
        )

    def stories_on(self, date: dt.date) -> list[Story]:
        rows = self._query(
            "SELECT id, title, article_ids FROM stories WHERE date = ? ORDER BY position",
            (date.isoformat(),),
        )
        return [
            Story(id=r["id"], title=r["title"], article_ids=json.loads(r["article_ids"]))
            for r in rows
        ]

    def latest_story_dates(self, ids: Iterable[str], *, before: dt.date) -> dict[str, dt.date]:
        """For each story id seen on a date before ``before``: the latest such date."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, dt.date] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT id, MAX(date) AS last FROM stories WHERE date < ? AND id IN ({marks}) "
                "GROUP BY id",
                [before.isoformat(), *chunk],
            )
            out.update({r["id"]: dt.date.fromisoformat(r["last"]) for r in rows})
        return out
