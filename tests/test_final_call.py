"""The final call's retries and the fallbacks around it, through the public engine (``prepare``
and ``brief``) with a scripted model passed in, and one run through the CLI against the fake
OpenAI server.

- A refusal or output still invalid after its repair: the briefing call is asked once more;
  a second failure ends the run (exit 4), with no third call.
- A length cut-off: asked once more with the model's full allowance (what its context leaves
  after the prompt); cut off again, the briefing is built from the map notes
  (``Briefing.fallbacks``).
- A single call cut off even at the full allowance: the run switches to map-reduce.
- A reduce call that fails is split; a note that still fails is kept as the map call wrote it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from accounting import accounted
from click.testing import CliRunner
from fake_openai import REFUSAL, FakeOpenAI, Faults

from briefing.backends.base import LLMRequest
from briefing.backends.function import FunctionBackend
from briefing.cli import cli
from briefing.exceptions import InvalidOutputError, LLMError, OutputTooLongError, RefusalError
from briefing.models import Article, Briefing, BriefingDraft, Bullet, Notes, Section
from briefing.plan import Planner, model_info
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC)
MODEL = "gpt-4.1-mini"

Model = Callable[[LLMRequest[Any]], Any]


def _articles(n: int, words: int = 120) -> list[Article]:
    """``n`` distinct stories (no two cluster together), each a few sentences long."""
    return [
        Article.create(
            title=f"Harbour {i} reopens",
            outlet=f"Outlet {i}",
            source=f"s{i}",
            text=" ".join(
                f"Port{i} officials said crane{j} in Harbour{i} moved {i * 10 + j} containers."
                for j in range(words // 9)
            ),
        )
        for i in range(n)
    ]


def _planner(model: str = MODEL, **kw: Any) -> Planner:
    return Planner(info=model_info(model), tokenizer=tokenizer_for(model), **kw)


def _run(articles: list[Article], model: Model, planner: Planner) -> tuple[Briefing, list[Any]]:
    backend = FunctionBackend(model)
    result = asyncio.run(brief(prepare(articles, planner), backend, planner, date=NOW.date()))
    return result, backend.requests


def _failed_run(
    articles: list[Article], model: Model, planner: Planner
) -> tuple[LLMError, list[Any]]:
    """The error that ended a run, and the requests the model was sent before it."""
    backend = FunctionBackend(model)
    with pytest.raises(LLMError) as caught:
        asyncio.run(brief(prepare(articles, planner), backend, planner, date=NOW.date()))
    return caught.value, backend.requests


def _notes(request: LLMRequest[Any]) -> Notes:
    """One note per document: its first sentence, citing what the document cites."""
    return Notes(
        notes=[
            Bullet(text=d.text.split(". ")[0].rstrip(".") + ".", source_ids=d.source_ids)
            for d in request.documents
        ]
    )


def _draft(request: LLMRequest[Any]) -> BriefingDraft:
    """A bullet per document, its first sentence, so grounding passes."""
    return BriefingDraft(
        overview="Harbours reopened.",
        sections=[
            Section(
                title="Harbours",
                bullets=[
                    Bullet(text=d.text.split(". ")[0].rstrip(".") + ".", source_ids=d.source_ids)
                    for d in request.documents
                ],
            )
        ],
    )


def _answer(request: LLMRequest[Any]) -> Notes | BriefingDraft:
    return _notes(request) if request.step in ("map", "reduce") else _draft(request)


def _steps(requests: list[Any]) -> list[str]:
    return [r.step for r in requests]


# -- refusal and invalid output: asked once more ---------------------------------------------


@pytest.mark.parametrize("error", [RefusalError, InvalidOutputError])
def test_a_failed_single_call_is_asked_once_more_and_the_briefing_is_written(
    error: type[Exception],
) -> None:
    articles = _articles(3)
    failures = [error("the first answer failed")]

    def model(request: LLMRequest[Any]) -> Any:
        if failures:
            raise failures.pop()
        return _answer(request)

    result, requests = _run(articles, model, _planner())
    assert _steps(requests) == ["brief", "brief"]
    assert requests[0].prompt == requests[1].prompt  # the same request, asked again
    assert requests[0].max_output_tokens == requests[1].max_output_tokens
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}


def test_the_final_call_of_map_reduce_is_asked_once_more() -> None:
    articles = _articles(8)
    failures = [InvalidOutputError("still invalid after its repair")]

    def model(request: LLMRequest[Any]) -> Any:
        if request.step == "final" and failures:
            raise failures.pop()
        return _answer(request)

    result, requests = _run(articles, model, _planner(max_input_tokens=1500))
    steps = _steps(requests)
    assert steps[0] == "map" and steps[-2:] == ["final", "final"] and steps.count("final") == 2
    assert requests[-1].documents == requests[-2].documents
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}


def test_two_failures_of_the_final_call_end_the_run_without_a_third_call() -> None:
    def model(request: LLMRequest[Any]) -> Any:
        raise RefusalError("the model refused: no")

    error, requests = _failed_run(_articles(3), model, _planner())
    assert isinstance(error, RefusalError) and str(error) == "the model refused: no"
    assert _steps(requests) == ["brief", "brief"]


# -- length cut-off: once more with the model's full allowance -------------------------------


def test_a_cut_off_final_call_is_retried_once_with_the_full_allowance() -> None:
    articles = _articles(8)
    planner = _planner(max_input_tokens=1500)
    cut = [OutputTooLongError("cut off")]

    def model(request: LLMRequest[Any]) -> Any:
        if request.step == "final" and cut:
            raise cut.pop()
        return _answer(request)

    result, requests = _run(articles, model, planner)
    first, again = [r for r in requests if r.step == "final"]
    assert first.max_output_tokens == planner.final_output
    sent = planner.step_tokens(first.documents, "final", as_notes=True)
    full = min(planner.info.max_output, planner.info.context - sent)
    assert again.max_output_tokens == full > first.max_output_tokens
    assert again.documents == first.documents
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}


def test_a_final_call_cut_off_at_the_full_allowance_leaves_the_briefing_of_the_map_notes() -> None:
    articles = _articles(8)
    planner = _planner(max_input_tokens=1500)

    def model(request: LLMRequest[Any]) -> Any:
        if request.step == "final":
            raise OutputTooLongError("step final: the answer was cut off at 4096 output tokens")
        return _answer(request)

    result, requests = _run(articles, model, planner)
    finals = [r for r in requests if r.step == "final"]
    assert len(finals) == 2 and finals[1].max_output_tokens > finals[0].max_output_tokens
    assert [f.model_dump() for f in result.fallbacks] == [
        {
            "step": "final",
            "reason": "the answer was cut off at 4096 output tokens",
            "instead": "the map notes, one bullet per note",
        }
    ]
    # One bullet per map note, as the note says it, citing the article the note cited (the
    # model saw per-run aliases: the article is told by its text). A bullet may gain what
    # another report of its story says ("… (another report says 60 containers)").
    notes = sorted(b.text.rstrip(".") for r in requests if r.step == "map" for b in _notes(r).notes)
    bullets = [b for s in result.sections for b in s.bullets]
    said = sorted(b.text.split(" (another report says")[0].rstrip(".") for b in bullets)
    assert said == notes and len(bullets) == len(articles)
    by_id = {a.id: a for a in articles}
    assert all(b.text[:40] in by_id[b.source_ids[0]].text for b in bullets)
    # Titled with the stories' headlines (the guards merge these look-alike harbour stories).
    assert {s.title for s in result.sections} <= {a.title for a in articles}
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}
    assert any("step final failed" in n and "map notes" in n for n in result.notices)
    assert result.overview  # written from the first bullets


def test_a_single_call_cut_off_even_at_the_full_allowance_falls_back_to_map_reduce() -> None:
    articles = _articles(6)
    planner = _planner()
    assert prepare(articles, planner).plan.strategy == "single"

    def model(request: LLMRequest[Any]) -> Any:
        if request.step == "brief":
            raise OutputTooLongError("cut off")
        return _answer(request)

    result, requests = _run(articles, model, planner)
    steps = _steps(requests)
    assert steps[:2] == ["brief", "brief"]
    assert requests[1].max_output_tokens > requests[0].max_output_tokens
    assert "map" in steps[2:] and steps[-1] == "final" and "brief" not in steps[2:]
    mapped = [i for r in requests if r.step == "map" for d in r.documents for i in d.source_ids]
    assert len(set(mapped)) == len(mapped) == len(articles)  # each article mapped once
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}
    assert [r.step for r in result.usage.records][-1] == "final"


# -- reduce: a failing group is split, what still fails is reported --------------------------


def test_a_failing_reduce_call_is_split_and_the_note_that_still_fails_is_kept_as_it_was() -> None:
    """An 8k local model: the map notes do not fit the final call, so they are reduced; the
    reduce call refuses whatever includes the first article's note, which the final call then
    reads as the map call wrote it. (The model sees per-run aliases, not article ids: the note
    is told by its text.)"""
    planner = _planner("local-model")
    articles = _articles(10, words=400)
    target = articles[0].id

    def has_target(request: LLMRequest[Any]) -> bool:
        return any("Port0 " in d.text for d in request.documents)

    def model(request: LLMRequest[Any]) -> Any:
        if request.step == "map":  # long notes: 40 sentences each
            return Notes(
                notes=[
                    Bullet(text=d.text[:2400], source_ids=d.source_ids) for d in request.documents
                ]
            )
        if request.step == "reduce":
            if has_target(request):
                raise RefusalError("the model refused: not this one")
            return Notes(
                notes=[Bullet(text=d.text[:60], source_ids=d.source_ids) for d in request.documents]
            )
        return _draft(request)

    result, requests = _run(articles, model, planner)
    reduces = [r for r in requests if r.step == "reduce"]
    with_target = [len(r.documents) for r in reduces if has_target(r)]
    assert with_target[0] > 1 and with_target[-1] == 1  # split down to the one note
    assert with_target == sorted(with_target, reverse=True)
    (final,) = [r for r in requests if r.step == "final"]
    kept = [d.text for d in final.documents if "Port0 " in d.text]
    assert kept == [articles[0].text[:2400]]  # the map note, not rewritten, not lost
    assert target not in run_lost(result)
    assert accounted(result, (a.id for a in articles)) == {a.id for a in articles}


def run_lost(result: Briefing) -> set[str]:
    return {x.id for x in result.left_out if x.reason.startswith("not summarized")}


# -- through the CLI, against the fake OpenAI server -----------------------------------------


def test_cli_a_final_call_refused_twice_is_one_error_line_exit_4_after_two_calls() -> None:
    with FakeOpenAI(faults=Faults(always="refusal")) as server:
        result = CliRunner().invoke(
            cli,
            [
                *("today", str(ROOT / "examples"), "--base-url", server.base_url),
                *("--model", MODEL, "--now", NOW.isoformat(), "--json"),
            ],
            env={"OPENAI_API_KEY": "sk-final-call-0123456789abcdef"},
        )
        # (the GET requests before them learn what the server supports)
        steps = [c.headers.get("x-briefing-step") for c in server.calls if c.method == "POST"]
    assert result.exit_code == 4, result.stderr
    assert steps == ["brief", "brief"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: the model refused: {REFUSAL}"]
    assert "Traceback" not in result.stderr and result.stdout == ""
