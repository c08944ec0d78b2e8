"""The fake OpenAI server, through the real ``openai`` client and the real ``OpenAIBackend``."""

from __future__ import annotations

import asyncio
import json
import os
import select
import signal
import subprocess
import sys
import urllib.request
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import openai
import pytest
from clients import async_client
from fake_openai import (
    FAULT_KINDS,
    LLAMA_CPP_REJECTION,
    REFUSAL,
    UNKNOWN_ID,
    BatchOptions,
    FakeOpenAI,
    Faults,
)
from loopback import reserved_port
from pydantic import BaseModel

from briefing.backends.base import LLMRequest, LLMResponse, Step
from briefing.backends.openai import OpenAIBackend
from briefing.exceptions import (
    ConnectionFailedError,
    InvalidOutputError,
    LLMError,
    OutputTooLongError,
    RefusalError,
    ServerIdleError,
)
from briefing.models import BriefingDraft, Bullet, Document, Notes
from briefing.prompts import format_documents, load_prompt
from briefing.tokens import tokenizer_for
from golden import FAKE_KEY, GOLDEN, Case, _brief

ROOT = Path(__file__).resolve().parent.parent
MODEL = "gpt-4o-mini"
T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

DOCS = [
    Document(
        id=f"a{k:09d}",
        title=f"Story {k}",
        outlet="Wire",
        text=(
            f"The council of town {k} approved a budget of {k + 3} million euros on Monday. "
            f"The mayor said the plan funds {k + 10} new buses. "
            f"Opposition members voted against the plan after a debate of {k + 2} hours."
        ),
        source_ids=[f"a{k:09d}"],
    )
    for k in range(1, 4)
]
GIVEN = {d.id for d in DOCS}


def llm_request(
    schema: type[M], docs: list[Document] = DOCS, *, max_output_tokens: int = 2000
) -> LLMRequest[M]:
    name: Step = "brief" if schema is BriefingDraft else "map"
    prompt = load_prompt(name).render(
        documents=docs,
        documents_block=format_documents(docs, as_notes=False),
        note_budget=max_output_tokens,
    )
    return LLMRequest(
        step=name,
        prompt=prompt,
        schema=schema,
        documents=docs,
        max_output_tokens=max_output_tokens,
    )


def bullets_of(answer: BaseModel) -> list[Bullet]:
    if isinstance(answer, BriefingDraft):
        return [b for s in answer.sections for b in s.bullets]
    assert isinstance(answer, Notes)
    return answer.notes


def generate(server: FakeOpenAI, request: LLMRequest[M], **options: Any) -> LLMResponse[M]:
    async def go() -> LLMResponse[M]:
        options.setdefault("max_retries", 0)
        async with OpenAIBackend(
            model=MODEL, api_key=FAKE_KEY, base_url=server.base_url, **options
        ) as backend:
            return await backend.generate(request)

    return asyncio.run(go())


def with_client(
    server: FakeOpenAI, use: Callable[[openai.AsyncOpenAI], Awaitable[T]], **options: Any
) -> T:
    async def go() -> T:
        async with async_client(
            api_key=FAKE_KEY, base_url=server.base_url, max_retries=0, **options
        ) as client:
            return await use(client)

    return asyncio.run(go())


def chat_body(system: str = "You take notes as JSON.", docs: list[Document] = DOCS) -> Any:
    return {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": "Notes:\n\n" + format_documents(docs, as_notes=False)},
        ],
        "response_format": {"type": "json_object"},
    }


# -- answers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("schema", [Notes, BriefingDraft])
def test_strict_json_schema_answer_validates_and_cites_only_given_ids(
    schema: type[BaseModel],
) -> None:
    with FakeOpenAI() as server:
        response = generate(server, llm_request(schema))
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    assert response.attempts == 1 and response.mode == "json_schema"
    bullets = bullets_of(response.parsed)
    assert bullets and all(b.source_ids and set(b.source_ids) <= GIVEN for b in bullets)
    if schema is Notes:  # map notes keep something of every article
        assert {i for b in bullets for i in b.source_ids} == GIVEN
    texts = " ".join(d.text for d in DOCS)
    assert all(b.text in texts for b in bullets)  # sentences of the given articles


def test_json_object_and_plain_text_requests_get_json_too() -> None:
    async def use(client: openai.AsyncOpenAI) -> list[str | None]:
        plain = {"model": MODEL, "messages": [{"role": "user", "content": DOCS[0].text}]}
        answers = []
        for body in (chat_body(), plain):
            completion = await client.chat.completions.create(**body)
            answers.append(completion.choices[0].message.content)
        return answers

    with FakeOpenAI() as server:
        structured, plain = with_client(server, use)
    assert Notes.model_validate_json(structured or "").notes
    notes = Notes.model_validate_json(plain or "").notes  # untagged text: one document, "text"
    assert notes and all(n.source_ids == ["text"] for n in notes)


def test_usage_is_billed_as_tiktoken_counts_it() -> None:
    request = llm_request(Notes)
    with FakeOpenAI() as server:
        response = generate(server, request)
    body = server.requests[0]
    enc = tokenizer_for(MODEL)
    schema = body["response_format"]["json_schema"]["schema"]
    expected = enc.count(json.dumps(schema, separators=(",", ":"))) + 3  # reply priming
    for message in body["messages"]:
        expected += 3 + enc.count(message["role"]) + enc.count(message["content"])
    assert response.input_tokens == expected
    assert response.output_tokens == enc.count(response.parsed.model_dump_json())
    stats = server.stats
    assert (stats.prompt_tokens, stats.completion_tokens, stats.cached_tokens) == (
        response.input_tokens,
        response.output_tokens,
        0,
    )


def test_cached_tokens_appear_for_a_repeated_long_prefix() -> None:
    long_system = "Follow the house style. " * 400  # about 2,000 tokens of static prefix
    first_docs, second_docs = DOCS[:1], DOCS[1:]

    async def use(client: openai.AsyncOpenAI) -> list[int]:
        cached = []
        for body in (
            chat_body("Short."),  # under 1,024 tokens: never cached
            chat_body("Short."),
            chat_body(long_system, first_docs),
            chat_body(long_system, second_docs),
        ):
            completion = await client.chat.completions.create(**body)
            assert completion.usage and completion.usage.prompt_tokens_details
            cached.append(completion.usage.prompt_tokens_details.cached_tokens or 0)
        return cached

    with FakeOpenAI() as server:
        short1, short2, first, second = with_client(server, use)
    assert (short1, short2, first) == (0, 0, 0)
    shared = 3 + 1 + tokenizer_for(MODEL).count(long_system)  # framing, role, system text
    assert second >= 1024 and second % 128 == 0 and shared - 128 < second <= shared
    assert server.stats.cached_tokens == second


def test_answers_keep_to_max_tokens_or_are_cut_off() -> None:
    with FakeOpenAI() as server:
        full = generate(server, llm_request(Notes))
        budget = full.output_tokens * 2 // 3
        short = generate(server, llm_request(Notes, max_output_tokens=budget))
        with pytest.raises(OutputTooLongError):
            generate(server, llm_request(Notes, max_output_tokens=3))
    assert short.output_tokens <= budget
    kept = short.parsed.notes
    assert 0 < len(kept) < len(full.parsed.notes) and all(n in full.parsed.notes for n in kept)
    assert {i for n in kept for i in n.source_ids} == GIVEN


# -- faults ----------------------------------------------------------------------------------


def _outcome(kind_of: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[str]]:
    async def classify() -> str:
        try:
            completion = await kind_of()
        except openai.RateLimitError as exc:
            assert exc.response.headers["retry-after"] == "1"
            return "rate_limit"
        except openai.InternalServerError as exc:
            return {500: "server_error", 503: "unavailable"}[exc.status_code]
        except openai.APITimeoutError:
            return "slow"
        except openai.APIConnectionError:
            return "reset"
        choice = completion.choices[0]
        if choice.finish_reason == "length":
            return "truncated"
        if choice.message.refusal:
            assert choice.message.content is None and choice.message.refusal == REFUSAL
            return "refusal"
        try:
            notes = Notes.model_validate_json(choice.message.content or "")
        except ValueError:
            return "malformed"
        if any(UNKNOWN_ID in n.source_ids for n in notes.notes):
            return "unknown_ids"
        return "ok"

    return classify


def _run_many(
    server: FakeOpenAI, n: int, *, timeout: float = 5, parallel: int = 16
) -> Counter[str]:
    async def use(client: openai.AsyncOpenAI) -> Counter[str]:
        limit = asyncio.Semaphore(parallel)

        async def one() -> str:
            async with limit:
                return await _outcome(lambda: client.chat.completions.create(**chat_body()))()

        return Counter(await asyncio.gather(*(one() for _ in range(n))))

    return with_client(server, use, timeout=timeout)


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_each_fault_kind_takes_exactly_its_rate_of_draws(kind: str) -> None:
    """A request's fault is ``pick`` of one uniform draw: over an even grid of draws, each kind
    takes exactly its rate (the server's seeded draws then give it at that rate)."""
    faults = Faults.from_dict(
        {kind: 0.25, "unknown_ids" if kind != "unknown_ids" else "reset": 0.1}
    )
    picks = Counter(faults.pick(i / 1000) for i in range(1000))
    assert picks[kind] == 250 and sum(picks.values()) - picks[None] == 350


@pytest.mark.slow
@pytest.mark.parametrize(
    "kind", [pytest.param(k, marks=pytest.mark.waits) if k == "slow" else k for k in FAULT_KINDS]
)
def test_each_fault_kind_maps_to_its_client_error(kind: str) -> None:
    """Every request the server gave a fault is seen by the openai client as that fault, and
    every other one is a good answer (half of 40 requests, or of 12 for "slow"; seeded: both
    kinds come)."""
    n, rate = 40, 0.5
    timeout = 30.0
    if kind == "slow":
        # A slow answer comes after 60 s (cut short when the server stops) and the client waits
        # 2 s, which the test then sits out: so 12 requests (seeded: 5 slow), and a good answer
        # needs the CPU of at most 7 (about 10 ms each here) within those 2 s, even on a loaded
        # machine. The tokenizer is loaded first: a cold load is not a slow answer.
        n, timeout = 12, 2.0
        tokenizer_for(MODEL).count("warm up")
    faults = Faults.from_dict({kind: rate, "seed": 11, "slow_s": 60.0})
    with FakeOpenAI(faults=faults) as server:
        seen = _run_many(server, n, timeout=timeout, parallel=64)
        injected = server.stats.faults
    assert set(seen) == {kind, "ok"}
    assert seen[kind] == injected[kind] == server.stats.chat_requests - seen["ok"]


@pytest.mark.slow
def test_faults_are_deterministic_for_a_seed_and_mixed_at_the_total_rate() -> None:
    def kinds(seed: int) -> list[str | None]:
        with FakeOpenAI(
            faults=Faults.uniform(0.3, kinds=FAULT_KINDS[:3] + FAULT_KINDS[5:]), seed=seed
        ) as server:
            _run_many(server, 120, parallel=1)
            return [c.fault for c in server.calls]

    first, again, other = kinds(7), kinds(7), kinds(8)
    assert first == again and first != other
    assert abs(sum(k is not None for k in first) / 120 - 0.3) < 0.12
    assert len({k for k in first if k}) == 7


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("rate_limit", LLMError),
        ("server_error", LLMError),
        ("unavailable", LLMError),
        ("reset", ConnectionFailedError),
        ("slow", ServerIdleError),  # connected, then nothing for the idle timeout
        ("truncated", OutputTooLongError),
        ("refusal", RefusalError),
        ("malformed", InvalidOutputError),
    ],
)
def test_always_failing_server_maps_onto_backend_errors_and_recovers(
    kind: str, error: type[Exception]
) -> None:
    with FakeOpenAI(faults=Faults(always=kind, slow_s=2.0)) as server:
        with pytest.raises(error):
            generate(server, llm_request(Notes), timeout_s=0.5)
        server.set_faults(Faults())
        assert generate(server, llm_request(Notes)).parsed.notes


def test_unknown_ids_are_schema_valid_but_cite_an_id_never_given() -> None:
    with FakeOpenAI(faults=Faults(always="unknown_ids")) as server:
        notes = generate(server, llm_request(Notes)).parsed.notes
    assert notes[0].source_ids == [UNKNOWN_ID]
    assert all(UNKNOWN_ID in n.source_ids for n in notes)


def test_a_malformed_answer_is_repaired_on_the_second_try() -> None:
    attempts = []
    with FakeOpenAI(faults=Faults(malformed=0.3), seed=3) as server:
        for _ in range(8):
            try:
                response = generate(server, llm_request(Notes))
            except InvalidOutputError:  # malformed twice in a row
                attempts.append(0)
                continue
            attempts.append(response.attempts)
            assert {i for n in response.parsed.notes for i in n.source_ids} == GIVEN
    assert 1 in attempts and 2 in attempts
    assert server.stats.faults["malformed"] == sum({0: 2, 1: 0, 2: 1}[a] for a in attempts)


@pytest.mark.parametrize("kind", ["rate_limit", "server_error", "unavailable"])
def test_retries_of_the_openai_client_get_through_429s_and_5xx(kind: str) -> None:
    faults = Faults.from_dict(
        {kind: 0.5, "retry_after_s": 0.01, "retry_after_5xx_s": 0.01, "seed": 1}
    )
    with FakeOpenAI(faults=faults) as server:
        response = generate(server, llm_request(Notes), max_retries=8)
    assert response.parsed.notes and server.stats.chat_requests == len(server.requests)
    assert server.stats.faults[kind] == len(server.requests) - 1 >= 1


@pytest.mark.parametrize(("kind", "status"), [("server_error", 500), ("unavailable", 503)])
def test_a_5xx_carries_a_retry_hint_only_when_asked(kind: str, status: int) -> None:
    """``retry_after_5xx_s``: a 500 or 503 says when to try again, as a 429 does (the openai
    client then waits that long instead of its own back-off); unset, it says nothing."""

    async def headers(client: openai.AsyncOpenAI) -> dict[str, str]:
        try:
            await client.chat.completions.create(**chat_body())
        except openai.InternalServerError as exc:
            assert exc.status_code == status
            return {k: v for k, v in exc.response.headers.items() if "retry" in k}
        raise AssertionError("no error")

    for hint, expected in ((0.25, {"retry-after": "1", "retry-after-ms": "250"}), (None, {})):
        faults = Faults.from_dict({"always": kind, "retry_after_5xx_s": hint})
        with FakeOpenAI(faults=faults) as server:
            assert with_client(server, headers) == expected


# -- llama.cpp mode --------------------------------------------------------------------------


def test_llama_cpp_mode_rejects_json_schema_and_the_backend_falls_back() -> None:
    async def raw(client: openai.AsyncOpenAI) -> Any:
        return await client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "hi"}],
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "Notes", "schema": {"type": "object"}},
            },
        )

    with FakeOpenAI(reject_json_schema=True) as server:
        with pytest.raises(openai.InternalServerError) as caught:
            with_client(server, raw)
        assert LLAMA_CPP_REJECTION in caught.value.message
        response = generate(server, llm_request(Notes))
    assert response.mode == "json_object" and response.parsed.notes
    formats = [r["response_format"]["type"] for r in server.requests]
    assert formats == ["json_schema", "json_schema", "json_object"]
    assert server.stats.chat_requests == 1  # rejections are not answers


# -- a whole day through the pipeline --------------------------------------------------------


def test_a_golden_day_briefs_against_the_server_and_bills_what_it_reports() -> None:
    case = Case.load(GOLDEN / "day-30")
    with FakeOpenAI(latency_ms=5, per_token_ms=0.01) as server:
        backend = OpenAIBackend(
            model=case.model, api_key=FAKE_KEY, base_url=server.base_url, max_retries=0
        )
        briefing = asyncio.run(_brief(case, backend))
        stats = server.stats
    cited = {i for s in briefing.sections for b in s.bullets for i in b.source_ids}
    assert cited | {x.id for x in briefing.left_out} == {a.id for a in briefing.articles}
    assert briefing.usage.calls == stats.answered == len(server.requests)
    assert briefing.usage.input_tokens == stats.prompt_tokens
    assert briefing.usage.output_tokens == stats.completion_tokens
    assert briefing.usage.cached_tokens == stats.cached_tokens


# -- files and batches -----------------------------------------------------------------------


def _batch_file(ids: list[str]) -> bytes:
    lines = [
        {"custom_id": i, "method": "POST", "url": "/v1/chat/completions", "body": chat_body()}
        for i in ids
    ]
    return "".join(json.dumps(line) + "\n" for line in lines).encode()


def _run_batch(server: FakeOpenAI, ids: list[str]) -> tuple[Any, list[str], dict[str, Any]]:
    """Upload, create, poll until done; the final batch, the statuses seen, lines by custom_id."""

    async def use(client: openai.AsyncOpenAI) -> tuple[Any, list[str], dict[str, Any]]:
        uploaded = await client.files.create(file=("in.jsonl", _batch_file(ids)), purpose="batch")
        assert (await client.files.retrieve(uploaded.id)).bytes == len(_batch_file(ids))
        batch = await client.batches.create(
            input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
        )
        statuses: list[str] = [batch.status]
        for _ in range(10):
            if batch.status in ("completed", "expired", "failed", "cancelled"):
                break
            batch = await client.batches.retrieve(batch.id)
            statuses.append(batch.status)
        lines: dict[str, Any] = {}
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                text = (await client.files.content(file_id)).text
                lines |= {(x := json.loads(line))["custom_id"]: x for line in text.splitlines()}
        return batch, statuses, lines

    return with_client(server, use)


def test_a_batch_runs_end_to_end_with_the_official_client() -> None:
    with FakeOpenAI(batch=BatchOptions(polls=3)) as server:
        batch, statuses, lines = _run_batch(server, ["x", "y", "z"])
        stats = server.stats
    assert statuses == ["validating", "in_progress", "in_progress", "completed"]
    assert batch.request_counts.model_dump() == {"total": 3, "completed": 3, "failed": 0}
    assert batch.error_file_id is None and set(lines) == {"x", "y", "z"}
    for line in lines.values():
        assert line["error"] is None and line["response"]["status_code"] == 200
        content = line["response"]["body"]["choices"][0]["message"]["content"]
        assert {i for n in Notes.model_validate_json(content).notes for i in n.source_ids} == GIVEN
    assert batch.usage and batch.usage.input_tokens == stats.prompt_tokens > 0
    assert stats.batch_lines == 3 and stats.chat_requests == 0


def test_failed_lines_go_to_the_error_file() -> None:
    with FakeOpenAI(batch=BatchOptions(polls=1, fail_ids=frozenset({"y"}))) as server:
        batch, _, lines = _run_batch(server, ["x", "y", "z"])
    assert batch.status == "completed" and batch.error_file_id and batch.output_file_id
    assert batch.request_counts.model_dump() == {"total": 3, "completed": 2, "failed": 1}
    assert lines["y"]["response"]["status_code"] == 500 and lines["y"]["error"] is None
    assert lines["y"]["response"]["body"]["error"]["type"] == "server_error"
    assert lines["x"]["response"]["status_code"] == 200


def test_an_expired_batch_reports_the_remaining_lines_as_batch_expired() -> None:
    with FakeOpenAI(batch=BatchOptions(polls=1, expire_after=1)) as server:
        batch, statuses, lines = _run_batch(server, ["x", "y", "z"])
    assert statuses[-1] == "expired" and batch.expired_at
    assert batch.request_counts.model_dump() == {"total": 3, "completed": 1, "failed": 2}
    assert lines["x"]["response"]["status_code"] == 200
    for custom_id in ("y", "z"):
        assert lines[custom_id]["response"] is None
        assert lines[custom_id]["error"]["code"] == "batch_expired"


def test_a_batch_completes_after_a_time_and_can_be_cancelled_or_fail_validation() -> None:
    async def use(client: openai.AsyncOpenAI) -> list[str]:
        good = await client.files.create(file=("a.jsonl", _batch_file(["x"])), purpose="batch")
        bad = await client.files.create(file=("b.jsonl", b'{"custom_id": 1}\n'), purpose="batch")
        args: Any = {"endpoint": "/v1/chat/completions", "completion_window": "24h"}
        timed = await client.batches.create(input_file_id=good.id, **args)
        cancelled = await client.batches.create(input_file_id=good.id, **args)
        failed = await client.batches.create(input_file_id=bad.id, **args)
        seen: list[str] = [(await client.batches.retrieve(timed.id)).status]  # not yet due
        # Now due 0.2 s after its creation: at least that has passed after the sleep, however
        # loaded the machine (a 0.2 s batch from the start could be done at its first poll).
        server.set_batch(BatchOptions(seconds=0.2))
        await asyncio.sleep(0.25)
        seen.append((await client.batches.retrieve(timed.id)).status)
        seen.append((await client.batches.cancel(cancelled.id)).status)
        seen.append((await client.batches.retrieve(cancelled.id)).status)
        seen.append(failed.status)
        with pytest.raises(openai.NotFoundError):
            await client.batches.retrieve("batch_missing")
        return seen

    with FakeOpenAI(batch=BatchOptions(seconds=3600)) as server:
        statuses = with_client(server, use)
    assert statuses == ["in_progress", "completed", "cancelling", "cancelled", "failed"]


# -- the command line ------------------------------------------------------------------------


@pytest.mark.slow
def test_the_command_line_server_answers_and_stops_on_sigterm() -> None:
    with reserved_port() as port:  # the server in the child process binds it in turn
        _command_line_server(port)


def _command_line_server(port: int) -> None:
    command = [sys.executable, "-m", "tests.fake_openai", "--port", str(port), "--seed", "7"]
    process = subprocess.Popen(
        [*command, "--fault-rate", "0.3", "--latency-ms", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 30)
        assert ready, "the server did not start within 30 s"
        line = process.stdout.readline()
        assert line.strip().endswith(f"http://127.0.0.1:{port}/v1"), line
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/v1/models", timeout=5) as response:
            models = json.load(response)
        assert {m["id"] for m in models["data"]} >= {"gpt-4o-mini"}
        recover = urllib.request.Request(f"{base}/_faults", data=b"{}", method="POST")
        recover.add_header("Content-Type", "application/json")
        urllib.request.urlopen(recover, timeout=5).close()
        with urllib.request.urlopen(f"{base}/_stats", timeout=5) as response:
            assert json.load(response)["requests"] == 3  # this one included
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=120)  # only a hang guard: no speed is asserted
        assert process.returncode == 0
        assert json.loads(err.strip().splitlines()[-1])["requests"] == 3
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
