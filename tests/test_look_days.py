"""bench/look_days.py, the day-by-day diagnostic of a blind look: it refuses a kept-aside part's
days unless told it is that part's one look, and lists the junk lines cleaning left (eval_offline's
``junk_left_lines``, which ``junk_left`` counts)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("sumy")
pytest.importorskip("rouge_score")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval_offline
import look_days
from eval_offline import Day, junk_left, junk_left_lines, load_days

from briefing.clean import clean_text
from briefing.models import Article


def test_a_kept_aside_part_is_refused_without_blind(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(look_days, "KEPT_ASIDE", ("fresh2",))

    def never(day: Day) -> list[str]:
        raise AssertionError(f"{day.name} was run")

    monkeypatch.setattr(look_days, "report", never)
    assert look_days.main(["53", "54"]) == 2  # d53-d54 are fresh2's
    assert "refused: fresh2 is kept aside" in capsys.readouterr().out


def test_junk_left_lines_are_the_marks_still_in_the_cleaned_text() -> None:
    text = "The port reopened on Monday.\nShare this story\nRead more: ferries run late again"
    art = Article.create(
        title="Port reopens",
        text=text,
        source="x",
        outlet="X",
        published_at=dt.datetime(2031, 1, 1, tzinfo=dt.UTC),
    )
    day = Day(
        name="d0",
        split="tune",
        reference="",
        articles=[art],
        gold={art.id: "port"},
        junk=["Share this story", "Read more: ferries run late again", "Gone line here"],
        news=["The port reopened on Monday."],
    )
    assert junk_left_lines(day) == ["Share this story", "Read more: ferries run late again"]
    assert junk_left(day) == (2, 3)  # the count eval_offline prints is the list's


def test_tuning_only_skips_a_kept_aside_part_before_cleaning_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def record(day: str, split: str, text: str) -> str:
        article: dict[str, object] = {"id": f"{day}-1", "story": "s", "outlet": "Wire"}
        article |= {"title": "Port reopens", "text": text, "junk": []}
        return json.dumps(
            {"day": day, "date": "2049-01-11", "split": split, "reference": "The port reopened."}
            | {"articles": [article]}
        )

    path = tmp_path / "days.jsonl"
    lines = [record("d1", "tune", "The port reopened on Monday."), record("d2", "freshX", "KEPT")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cleaned: list[str] = []

    def watched(text: str, *, outlet: str | None = None) -> str:
        cleaned.append(text)
        return clean_text(text, outlet=outlet)

    monkeypatch.setattr(eval_offline, "clean_text", watched)
    assert [d.name for d in load_days(path, tuning_only=True)] == ["d1"]
    assert cleaned == ["The port reopened on Monday."]  # "freshX" (no part) counts as kept aside
    assert [d.name for d in load_days(path)] == ["d1", "d2"]
