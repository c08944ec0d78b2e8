"""One reduce stop rule (``Planner.reduce_groups``) for the plan (dry-run cost) and the run."""

from __future__ import annotations

import asyncio
from typing import Any

from briefing.backends.base import LLMRequest
from briefing.backends.function import FunctionBackend
from briefing.models import BriefingDraft, CallRecord, Document
from briefing.plan import MAX_REDUCE_LEVELS, Planner, model_info
from briefing.summarize.reduce import reduce
from briefing.summarize.run import Run
from briefing.tokens import tokenizer_for


def _planner() -> Planner:
    return Planner(
        info=model_info("gpt-4.1-mini"),
        tokenizer=tokenizer_for("gpt-4.1-mini"),
        max_input_tokens=1700,  # room for the schema's evidence field too
    )


def _notes(planner: Planner, count: int, share: float) -> list[Document]:
    """``count`` notes, each about ``share`` of one reduce call's room for notes."""
    room = planner.step_budget("reduce", planner.map_output) - planner.overhead("reduce")
    words = " ".join(f"fact{k}" for k in range(int(room * share / 2)))
    return [
        Document(id=f"n{i}", title="", text=f"Note {i}: {words}", source_ids=[f"src{i}"])
        for i in range(count)
    ]


def _empty_draft(request: LLMRequest[Any]) -> BriefingDraft:
    return BriefingDraft(overview="", sections=[])


def test_when_nothing_merges_plan_and_run_keep_the_same_notes_for_the_final_call() -> None:
    planner = _planner()
    notes = _notes(planner, 4, share=0.6)  # no two notes fit one reduce call
    assert planner.reduce_groups(notes, 1) is None
    kept = planner.prefix_that_fits(notes)
    assert 0 < len(kept) < len(notes)

    (final,) = planner.reduce_steps(notes)
    assert final.step == "final" and final.inputs == [d.id for d in kept]

    backend = FunctionBackend(_empty_draft)
    run = Run(backend=backend, planner=planner, articles={})
    asyncio.run(reduce(run, notes))
    (request,) = backend.requests
    assert request.step == "final" and len(request.documents) == len(kept)
    lost = {f"src{i}" for i in range(len(kept), len(notes))}
    assert set(run.lost) == lost
    assert all(reason.endswith("did not fit the final call") for reason in run.lost.values())
    assert [(r.step, r.level) for r in run.records] == [("final", final.level)] == [("final", 1)]


def test_notes_that_merge_are_reduced_and_levels_are_recorded_as_numbers() -> None:
    planner = _planner()
    notes = _notes(planner, 6, share=0.3)
    groups = planner.reduce_groups(notes, 1)
    assert groups is not None and 1 < len(groups) < len(notes)
    steps = planner.reduce_steps(notes)
    assert [(s.step, s.level) for s in steps if s.step == "reduce"] == [("reduce", 1)] * len(groups)
    assert steps[-1].step == "final" and steps[-1].level >= 2


def test_reduce_stops_after_the_last_allowed_level() -> None:
    planner = _planner()
    notes = _notes(planner, 6, share=0.3)
    assert planner.reduce_groups(notes, MAX_REDUCE_LEVELS) is not None
    assert planner.reduce_groups(notes, MAX_REDUCE_LEVELS + 1) is None


def test_notes_that_fit_the_final_call_are_not_reduced() -> None:
    planner = _planner()
    notes = _notes(planner, 2, share=0.1)
    assert planner.reduce_groups(notes, 1) is None
    assert planner.prefix_that_fits(notes) == notes


def test_records_stored_with_the_level_in_the_step_name_still_load() -> None:
    legacy = {
        "step": "final[2]",
        "prompt": "final",
        "prompt_version": "1",
        "prompt_hash": "abc",
        "model": "m",
        "input_tokens": 1,
        "output_tokens": 1,
        "latency_s": 0.1,
        "mode": "json_schema",
    }
    record = CallRecord.model_validate(legacy)
    assert (record.step, record.level, record.mode) == ("final", 2, "json_schema")
