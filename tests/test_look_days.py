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


_MASTHEAD = "THE SOUND COURIER — the online daily of Halsey Island and the Carrow Sound"


def _page(k: int, outlet: str, title: str, text: str) -> Article:
    return Article.create(
        title=title,
        text=clean_text(text, outlet=outlet),
        source=f"d0/{k}",
        outlet=outlet,
        published_at=dt.datetime(2031, 1, 1, 12, k, tzinfo=dt.UTC),
    )


def test_wrong_joins_are_the_briefings_own_grouping_not_cluster_alone() -> None:
    """One island site's three stories of one day (a ferry's breakdown, fog grounding the
    plane, the post office shut for stocktaking), each page under the site's masthead and two
    with its front-page line, beside an agency's report of the fog. ``cluster`` on the cleaned
    pages joins all four on the repeated lines; the briefing first removes the lines that recur
    across unrelated articles (``pipeline.group``) and keeps three stories. The diagnostic
    reports the briefing's grouping (fresh48's d1151 was listed as a wrong join it never made)."""
    top = "TOP STORY ON THE COURIER: Fog keeps the Glasgow plane on the ground for a third day"
    ferry = _page(
        1,
        "The Sound Courier",
        "Ferry engine fails: 70 passengers spend the night at Port Ellery",
        f"{_MASTHEAD}\n\nThe ferry Carrow Maid, which links the two islands, stayed at the pier in "
        "Port Ellery on Tuesday evening after a failure of its main engine. About 70 passengers, "
        "many of them visitors for the regatta, spent the night on camp beds in the Port Ellery "
        "village hall.\n\nThe council's transport office said a spare part would be flown in "
        "from Aberdeen on Thursday. Until then a chartered fishing boat carries up to 12 "
        'passengers at a time.\n\n"We came for two days and may stay four," said one visitor '
        f"from Leeds.\n\n{top}",
    )
    fog = _page(
        2,
        "The Sound Courier",
        "Fog keeps the Glasgow plane on the ground for a third day, 110 passengers waiting",
        f"{_MASTHEAD}\n\nFor the third day running the flight between Halsey Island and Glasgow "
        "was cancelled on Wednesday because of the fog that has covered the island since "
        "Sunday. About 110 passengers are now waiting to leave or to come home.\n\nThe airline "
        "said it would try an extra flight on Thursday if visibility at the airstrip rises "
        "above 800 metres. Flights to Inverness are also suspended.\n\nSeveral students who "
        "were due to start work placements on the mainland missed their connections.",
    )
    post = _page(
        3,
        "The Sound Courier",
        "Halsey post office shut on Saturday for stocktaking",
        f"{_MASTHEAD}\n\nThe post office on Harbour Street will be closed all day on Saturday "
        "for stocktaking; parcels waiting for collection can be picked up from 8.30 a.m. on "
        f"Monday.\n\n{top}",
    )
    wire = _page(
        4,
        "Northern Isles Agency",
        "Third day without flights as fog shuts Halsey Island airstrip",
        "No plane could take off or land on Halsey Island on Wednesday, the third day in a row, "
        "because of thick fog, leaving about 100 travellers stuck on the island or on the "
        "mainland, the airstrip's operator said.\n\nThe sea fog, common in early summer when "
        "warm air passes over the cold water of the Sound, has kept visibility below 200 metres "
        "since Sunday.\n\nThe airline said it would add a flight as soon as conditions allow.",
    )
    gold = {ferry.id: "ferry", fog.id: "fog", post.id: "post", wire.id: "fog"}
    day = Day("d0", "tune", "", [ferry, fog, post, wire], gold, [], [])
    found = sorted(sorted(gold[i] for i in ids) for ids in look_days.groups(day))
    assert found == [["ferry"], ["fog", "fog"], ["post"]]
    assert not [line for line in look_days.report(day) if "WRONG JOIN" in line]
