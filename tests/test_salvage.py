"""Cut-off answers keep their complete items; a looping model is noticed early."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, strategies as st

from briefing.backends.salvage import Repetition, salvage
from briefing.models import BriefingDraft, Notes

DRAFT: dict[str, Any] = {
    "overview": "Stocks hit a record.",
    "sections": [
        {
            "title": "Markets",
            "bullets": [
                {"text": "The FTSE 100 closed at a record 9,412.6 points.", "source_ids": ["a1"]},
                {"text": "Housebuilders rose 3.6% after the rate cut.", "source_ids": ["a1", "a2"]},
            ],
        },
        {
            "title": "Currencies",
            "bullets": [
                {"text": "Sterling fell 0.6% to $1.2870.", "source_ids": ["a2"]},
                {"text": "The 10-year gilt yield dropped.", "source_ids": ["a2", "a3"]},
            ],
        },
    ],
}
WHOLE = json.dumps(DRAFT)


def _cut_at(marker: str, *, after: int = 0) -> str:
    return WHOLE[: WHOLE.index(marker) + after]


def test_every_cut_point_keeps_exactly_the_bullets_completed_before_it() -> None:
    """At every character of the answer: the kept bullets are those whose closing brace came
    before the cut (or whose text and sources were both closed), in order, never a guess."""
    bullets = [b for s in DRAFT["sections"] for b in s["bullets"]]
    ends = []
    for b in bullets:
        text = json.dumps(b["source_ids"])
        ends.append(WHOLE.index(text, WHOLE.index(json.dumps(b["text"]))) + len(text))
    for cut in range(len(WHOLE)):
        got = salvage(WHOLE[:cut], BriefingDraft)
        kept = [
            b.model_dump(exclude={"evidence"})
            for s in (got.sections if got else [])
            for b in s.bullets
        ]
        assert kept == [b for b, end in zip(bullets, ends, strict=True) if end <= cut], cut


def test_a_bullet_whose_sources_were_cut_is_left_out() -> None:
    cut = _cut_at('"a3"')  # inside the last bullet's source list
    got = salvage(cut, BriefingDraft)
    assert got is not None
    assert [b.text for s in got.sections for b in s.bullets][-1] == "Sterling fell 0.6% to $1.2870."


def test_a_cut_overview_leaves_nothing_to_keep() -> None:
    assert salvage('{"overview": "Stocks hit a rec', BriefingDraft) is None
    assert salvage("", BriefingDraft) is None
    assert salvage("I cannot do that", Notes) is None


def test_notes_in_a_fence_after_chatter() -> None:
    text = (
        'Here are the notes:\n```json\n{"notes": [{"text": "Sterling fell 0.6%.", '
        '"source_ids": ["a2"]}, {"text": "Banks slipped 0.4% on worr'
    )
    got = salvage(text, Notes)
    assert got is not None and [n.text for n in got.notes] == ["Sterling fell 0.6%."]


def test_sections_without_a_complete_bullet_are_dropped_and_overview_may_be_empty() -> None:
    text = (
        '{"sections": [{"title": "A", "bullets": [{"text": "x y z", "source_ids": ["a1"]}]}, '
        '{"title": "B", "bul'
    )
    got = salvage(text, BriefingDraft)
    assert got is not None
    assert got.overview == "" and [s.title for s in got.sections] == ["A"]


@pytest.mark.parametrize(
    "text",
    [
        '{"notes": [' + '{"text": "The FTSE 100 closed at a record.", "source_ids": ["a1"]}, ' * 4,
        "The market rose. " + "and then " * 40,
        "x" * 300,
    ],
)
def test_repetition_is_noticed(text: str) -> None:
    watch = Repetition()
    assert any(watch.looping(text[:n]) for n in range(0, len(text) + 1, 16)) or watch.looping(text)


def _periodic_by_definition(watch: Repetition, tail: str) -> int | None:
    """The smallest period whose stretch repeats at the end of ``tail``, tried in order up to
    the first that does not fit: the definition ``Repetition`` searches faster."""
    for period in range(1, watch.max_period + 1):
        count = max(watch.repeats, -(-watch.min_span // period))
        if period * count > len(tail):
            return None
        unit = tail[-period:]
        if tail[-period * count :] == unit * count and unit.strip():
            return period
    return None


@given(
    st.text(alphabet="ab 1", max_size=40),
    st.text(alphabet="ab 1", min_size=1, max_size=30),
    st.integers(0, 80),
    st.integers(2, 4),
    st.integers(2, 140),
)
@example(prefix="", unit="ab", times=60, repeats=3, min_span=120)  # period 2, span 120
@example(prefix="x", unit="abcdefg", times=18, repeats=3, min_span=120)  # 7 x 18 > 8 x 15
@example(prefix="", unit="  ", times=90, repeats=3, min_span=120)  # blank: never a loop
# the end recurs 2 characters back (not a loop) and again 20 further back (the loop)
@example(prefix="b ", unit="abbbababababababababab", times=8, repeats=3, min_span=120)
def test_the_loop_search_finds_the_period_the_definition_gives(
    prefix: str, unit: str, times: int, repeats: int, min_span: int
) -> None:
    text = prefix + unit * times
    for length in range(len(text) + 1):
        watch = Repetition(repeats=repeats, min_span=min_span, max_period=60)
        tail = text[:length]
        found = watch._periodic(tail)
        assert (watch.period if found else None) == _periodic_by_definition(watch, tail)


def test_a_loop_repeats_at_least_twice() -> None:
    with pytest.raises(ValueError, match="twice"):
        Repetition(repeats=1)


def test_ordinary_answers_are_not_repetition() -> None:
    watch = Repetition()
    text = json.dumps(DRAFT, indent=2) * 1  # indentation repeats, content does not
    assert not any(watch.looping(text[:n]) for n in range(0, len(text) + 1, 8))


def test_raw_newlines_inside_strings_are_read() -> None:
    """SmolLM2-135M writes a raw line break inside a bullet's text; pydantic's strict JSON
    parser refuses it ("control character"), the lenient reading keeps the answer."""
    from briefing.backends.formats import validate

    content = '{"notes": [{"text": "The FTSE 100 rose.\nMiners rallied.", "source_ids": ["a1"]}]}'
    got = validate(Notes, content)
    assert got.notes[0].text == "The FTSE 100 rose.\nMiners rallied."


def _golden_answers() -> list[tuple[str, str]]:
    """Every model answer in the golden cases, as a model would stream it: the hand-written
    ones (compact JSON and indented) and the real model's recorded ones."""
    root = Path(__file__).resolve().parent.parent / "golden"
    out: list[tuple[str, str]] = []
    for path in sorted(root.glob("*/answers.json")):
        for answer in json.loads(path.read_text(encoding="utf-8"))["answers"]:
            name = f"{path.parent.name} {answer['step']}"
            if "content" in answer:
                if "loops" not in answer["why"]:  # golden/final-loop's answer is a loop
                    out.append((name, answer["content"]))
                continue
            out.append((name, json.dumps(answer["answer"], ensure_ascii=False)))
            out.append((f"{name} indented", json.dumps(answer["answer"], indent=2)))
    return out


def test_no_golden_answer_is_taken_for_a_loop() -> None:
    answers = _golden_answers()
    assert len(answers) > 30 and any(len(text) > 6000 for _, text in answers)
    for name, text in answers:
        watch = Repetition()
        assert not any(watch.looping(text[:n]) for n in range(0, len(text) + 1, 64)), name


def test_a_loop_that_varies_is_noticed_where_the_exact_test_is_not() -> None:
    """A model cycling through eight bullets: one stretch repeated, but longer than the exact
    test's longest period (600 characters)."""
    words = ["rose", "fell", "held", "jumped", "slid", "steadied", "climbed", "dipped"]
    text = '{"overview": "Markets moved.", "sections": [' + "".join(
        f'{{"title": "Markets", "bullets": [{{"text": "The FTSE 100 {w} on Thursday as '
        f'miners rallied.", "source_ids": ["a1"]}}]}}, '
        for _ in range(6)
        for w in words
    )
    exact = Repetition(window=10**9)  # the compression test off
    assert not any(exact.looping(text[:n]) for n in range(0, len(text) + 1, 64))
    watch = Repetition()
    stopped = next(n for n in range(0, len(text) + 1, 64) if watch.looping(text[:n]))
    assert stopped <= 2 * watch.window and watch.period is None
    assert "compress to" in watch.describe()


@pytest.mark.parametrize(
    ("fixture", "stopped_by"),
    [("examples-map-counting-loop.json", 1100), ("examples-repair-counting-loop.json", 900)],
)
def test_a_real_loop_that_counts_is_stopped_before_the_output_cap(
    fixture: str, stopped_by: int
) -> None:
    """SmolLM2-135M's map and repair answers on examples/ (recorded as they streamed): the same
    note or fix numbered 1, 2, 3, … until the output cap. No stretch repeats exactly, so the
    loop was not seen; set aside its numbers, it is one stretch repeated."""
    path = Path(__file__).resolve().parent / "data" / "smollm2" / fixture
    recorded = json.loads(path.read_text(encoding="utf-8"))
    text = recorded["content"]
    assert recorded["finish_reason"] == "length" and len(text) > stopped_by + 200
    watch = Repetition()
    at = next((n for n in range(64, len(text) + 1, 64) if watch.looping(text[:n])), None)
    assert at is not None and at <= stopped_by, at
    assert watch.period is not None and "stretch" in watch.describe()
