"""When a small model's briefing call fails, its map notes stand in for it; and each of its calls
is allowed what its step needs, not the whole output cap.

Shaped on a real run (``brief today examples/`` against SmolLM2-135M on llama-cpp-python,
docs/BENCHMARKS.md): ten articles, one-article map notes of 27 to 151 tokens, and a final call
that ran to the 2,048-token cap, after which the run ended with exit 4 and no briefing. The model
is a scripted function passed in (``FunctionBackend``) or a real HTTP server on 127.0.0.1
(``OpenAIStub``) streaming a recorded answer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from accounting import accounted
from click.testing import CliRunner
from openai_server import (
    OpenAIStub,
    StubReply,
    completion,
    current_request,
    error_body,
    user_message,
)

from briefing.backends.base import LLMRequest
from briefing.backends.function import FunctionBackend
from briefing.cli import cli
from briefing.exceptions import OutputTooLongError
from briefing.ingest import ingest
from briefing.models import Article, Briefing, Document
from briefing.plan import Planner, model_info
from briefing.small import (
    SIZED_OUTPUT_BASE,
    SMALL_OUTPUT_PER_ITEM,
    CompactDraft,
    CompactNotes,
    CompactRepairAnswer,
)
from briefing.summarize import brief, prepare
from briefing.summarize.run import Run
from briefing.tokens import tokenizer_for

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 26, 18, tzinfo=dt.UTC)
SMALL = "SmolLM2-135M-Instruct"
DATA = ROOT / "tests" / "data" / "smollm2"
FINAL_LOOP = "examples-brief-cut-off.json"  # the answer as the real server streamed it


def _examples() -> list[Article]:
    return ingest([str(ROOT / "examples")], now=NOW).articles


def _planner(model: str = SMALL, **info: Any) -> Planner:
    # The window llama-cpp-python served the model with in the measured runs.
    return Planner(info=model_info(model, context=8192, **info), tokenizer=tokenizer_for(model))


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def _notes(request: LLMRequest[Any]) -> CompactNotes:
    """A small model's map notes in its compact schema: each article's first sentence, citing
    nothing (SmolLM2 left ``source_ids`` empty in 12 of its 15 map answers)."""
    return CompactNotes.model_validate(
        {"notes": [{"text": _first_sentence(d.text), "source_ids": []} for d in request.documents]}
    )


def _run(model: Any, planner: Planner, articles: list[Article]) -> tuple[Briefing, list[Any]]:
    backend = FunctionBackend(model)
    prepared = prepare(articles, planner)
    briefing = asyncio.run(brief(prepared, backend, planner, date=NOW.date()))
    return briefing, backend.requests


# -- output caps sized to the step -------------------------------------------------------------


def test_a_small_models_calls_are_allowed_what_their_step_needs() -> None:
    planner = _planner()
    assert planner.info.small and planner.info.output_per_item == SMALL_OUTPUT_PER_ITEM
    assert planner.output_for("map", 1) == SIZED_OUTPUT_BASE + SMALL_OUTPUT_PER_ITEM == 224
    assert planner.output_for("final", 10) == 1088
    assert planner.output_for("repair", 2) == 320
    # Never more than the step's whole allowance.
    assert planner.output_for("final", 100) == planner.final_output == 2048
    assert planner.output_for("map", 100) == planner.map_output
    # A cut-off answer is asked again with more, within the step's whole allowance.
    assert planner.larger_output("map", 448, room=6000) == 448
    assert planner.larger_output("final", 6000, room=6000) == planner.final_output


@pytest.mark.parametrize(
    ("model", "setting", "per_item"),
    [
        ("gpt-4.1-mini", None, 0),  # a capable model: the step's whole allowance
        (SMALL, 0, 0),  # turned off
        ("local", 40, 40),  # set for a model of any size
    ],
)
def test_sizing_is_set_per_model(model: str, setting: int | None, per_item: int) -> None:
    planner = _planner(model, output_per_item=setting)
    assert planner.info.output_per_item == per_item
    expected = min(planner.map_output, SIZED_OUTPUT_BASE + 3 * per_item) if per_item else None
    assert planner.output_for("map", 3) == (expected or planner.map_output)
    assert planner.larger_output("map", 10**6, room=10**6) == (
        planner.map_output if per_item else 10**6
    )


def test_every_call_of_a_small_models_run_is_sized_by_what_it_reads() -> None:
    articles = _examples()
    planner = _planner()

    def model(request: LLMRequest[Any]) -> Any:
        if request.schema is CompactNotes:
            return _notes(request)
        if request.step == "repair":
            return CompactRepairAnswer(bullets=[])
        bullets = [{"text": d.text, "source_ids": d.source_ids} for d in request.documents]
        return CompactDraft.model_validate(
            {"overview": "", "sections": [{"title": "News", "bullets": bullets}]}
        )

    _, requests = _run(model, planner, articles)
    assert {r.step for r in requests} >= {"map", "final", "repair"}
    for request in requests:
        if request.step == "repair":  # so much per failing bullet it lists
            extra = request.max_output_tokens - SIZED_OUTPUT_BASE
            assert extra > 0 and extra % SMALL_OUTPUT_PER_ITEM == 0
            continue
        expected = min(
            planner.map_output if request.step in ("map", "reduce") else planner.final_output,
            SIZED_OUTPUT_BASE + SMALL_OUTPUT_PER_ITEM * len(request.documents),
        )
        assert request.max_output_tokens == expected, request.step
    # The dry run counts the same allowances.
    for step in prepare(articles, planner).plan.steps:
        assert step.max_output_tokens == planner.output_for(step.step, len(step.inputs)) < 2048


# -- a looping model is not asked again the same way -------------------------------------------


def _repeating(step: str) -> OutputTooLongError:
    cut = OutputTooLongError(
        f"step {step}: the model repeated itself and was stopped after 200 tokens"
    )
    cut.repeating = True
    return cut


@pytest.mark.parametrize("repeating", [True, False])
def test_a_note_call_stopped_for_repeating_itself_is_not_asked_again_with_more(
    repeating: bool,
) -> None:
    article = _examples()[0]
    planner = _planner()

    def model(request: LLMRequest[Any]) -> Any:
        if repeating:
            raise _repeating("map")
        raise OutputTooLongError(
            f"step map: the answer was cut off at {request.max_output_tokens} output tokens"
        )

    backend = FunctionBackend(model)
    run = Run(backend=backend, planner=planner, articles={article.id: article})
    assert asyncio.run(run.notes("map", [Document.of(article)], 224)) == []
    caps = [r.max_output_tokens for r in backend.requests]
    if repeating:  # at temperature 0 it would loop again: asked once
        assert caps == [224]
        assert "repeated itself" in run.lost[article.id]
    else:  # cut off: asked again with twice as much, up to the step's whole allowance
        assert caps == [224, 448, 896, 1792, 2048] and planner.map_output == 2048
        assert "cut off at 2048" in run.lost[article.id]


# -- the briefing from the notes -----------------------------------------------------------------

INVENTED = "The Harbour Bridge reopened on Monday after repairs costing 4.2 million euros."


def _invented(request: LLMRequest[Any]) -> CompactDraft:
    """A briefing of facts no article states (SmolLM2 wrote a worked example's facts so)."""
    cited = request.documents[0].source_ids
    return CompactDraft.model_validate(
        {
            "overview": "",
            "sections": [{"title": "Bridge", "bullets": [{"text": INVENTED, "source_ids": cited}]}],
        }
    )


def test_a_final_answer_of_which_nothing_is_grounded_leaves_the_briefing_of_the_notes() -> None:
    articles = _examples()

    def model(request: LLMRequest[Any]) -> Any:
        if request.schema is CompactNotes:
            return _notes(request)
        if request.step == "repair":
            return CompactRepairAnswer(bullets=[])
        return _invented(request)

    briefing, requests = _run(model, _planner(), articles)
    steps = [r.step for r in requests]
    assert "map" in steps and steps.count("final") == 1
    (failed,) = briefing.fallbacks
    assert failed.step == "final"
    assert failed.reason.startswith("no bullet of its answer survived grounding")
    # The invented bullets are still reported as dropped, and none is in the briefing.
    dropped = [d.text for d in briefing.grounding.dropped_bullets]
    assert INVENTED in dropped
    bullets = [b for s in briefing.sections for b in s.bullets]
    assert bullets and all(INVENTED not in b.text for b in bullets)
    # Each bullet is a map note: an article's first sentence, citing that article (and the
    # articles the guards or the near-duplicates add when they say the same).
    by_id = {a.id: a for a in articles}
    for bullet in bullets:
        said = bullet.text.split(" (another report")[0].rstrip(".")
        assert any(said in by_id[i].text for i in bullet.source_ids), bullet
        assert bullet.evidence  # quotes attached by code and verified, as for any bullet
    assert len(accounted(briefing, (a.id for a in articles))) >= 5
    assert any("built from the map notes" in n for n in briefing.notices)


# -- through the CLI, against a server on 127.0.0.1 that streams a recorded loop -------------

_ARTICLE = re.compile(r"<article [^>]*>\n(.*?)\n</article>", re.S)


def _looping_final() -> dict[str, Any]:
    recorded: dict[str, Any] = json.loads((DATA / FINAL_LOOP).read_text(encoding="utf-8"))
    return recorded


def _server(body: dict[str, Any]) -> StubReply:
    """A small model on llama.cpp: notes of one sentence that cite nothing, no repair, and the
    recorded looping answer for the briefing calls."""
    step = current_request().headers.get("x-briefing-step", "")
    if (body.get("response_format") or {}).get("type") == "json_schema":
        return StubReply(500, error_body("Input should be 'text' or 'json_object'"))
    if step.startswith("map"):
        first = _ARTICLE.findall(user_message(body))[0]
        notes = {"notes": [{"text": _first_sentence(first.strip()), "source_ids": []}]}
        return StubReply(200, completion(json.dumps(notes), model=SMALL))
    if step.startswith("repair"):
        return StubReply(200, completion('{"bullets": []}', model=SMALL))
    loop = _looping_final()
    return StubReply(
        200, completion(loop["content"], finish_reason=loop["finish_reason"], model=SMALL)
    )


def test_a_looping_final_call_leaves_the_briefing_of_the_notes_and_exit_8() -> None:
    with OpenAIStub(_server, models=[SMALL]) as server:
        result = CliRunner().invoke(
            cli,
            [
                *("today", str(ROOT / "examples"), "--base-url", server.base_url),
                *("--model", SMALL, "--now", NOW.isoformat(), "--json", "--context", "8192"),
            ],
        )
        steps = [r.headers.get("x-briefing-step") for r in server.chat_requests]
    assert result.exit_code == 8, result.stderr
    assert "Traceback" not in result.stderr
    assert "final" in steps and "map" in steps
    briefing = json.loads(result.stdout)
    (failed,) = briefing["fallbacks"]
    assert failed["step"] == "final"
    # Stopped by the repetition detector long before the recorded answer's end.
    assert failed["reason"].startswith("the model repeated itself and was stopped after")
    line = f"failed: step final: {failed['reason']}; the briefing was built from the map notes"
    assert any(x.startswith(line) for x in result.stderr.splitlines()), result.stderr
    bullets = [b for s in briefing["sections"] for b in s["bullets"]]
    assert bullets
    cited = {i for b in bullets for i in b["source_ids"]}
    left = {x["id"] for x in briefing["left_out"]}
    assert cited | left == {a["id"] for a in briefing["articles"]} and not cited & left
