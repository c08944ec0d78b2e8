"""Golden cases: run a case end to end, compare with (or rewrite) its expected files.

Each ``golden/<case>/`` holds ``case.json`` (inputs, reference time, backend, model, budget),
``input/`` (the articles) and the expected ``briefing.json`` and ``briefing.md``. A case that
replays a model also holds (see golden/README.md):

- ``answers.json``: the model's answers, **written by hand** and reviewed like code (abstractive
  bullets, evidence quotes, and on purpose some mistakes the pipeline must catch). No tool writes
  this file; nothing in briefing/ or tests/fake_openai makes its answers
  (tests/test_golden.py checks). Keyed by step and the documents asked about
  (``"map a3 a7"``), so a reworded prompt does not force rewriting an answer.
- ``requests.json``: what the pipeline asked, under the answer each request got; written by
  ``--record``, read by a reviewer in the diff.

A case recorded from a real model (``"recorded_from"`` in case.json, e.g. local-smollm2:
SmolLM2-135M on llama-cpp-python) keeps ``exchanges.json`` instead (whole requests and the
server's answers, errors included); only ``--upstream URL`` records it again.

Replay runs the real ``OpenAIBackend`` and the real ``openai`` client against a server on
127.0.0.1 that answers only what is written; a request with no answer fails the run, naming the
step and the documents of the request and the answer to write.

After an intended change, rewrite the expected files and read the diff this prints::

    python tests/golden.py                 # expected outputs (fails if a request changed)
    python tests/golden.py --record        # also refresh requests.json (never answers.json)
    python tests/golden.py --record seed   # only some cases
    python tests/golden.py --upstream URL local-smollm2   # a real model's case, from its server

A test never writes a golden file. When a request changed so much that no answer fits it
(other articles in a map call, a new step), ``--record`` fails naming the answer to rewrite;
write it in answers.json and run again.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import difflib
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from answers import REQUESTS_FILE, AnswerBook  # noqa: E402
from httpserver import HTTPServer, Route  # noqa: E402
from openai_server import OpenAIStub, StubReply  # noqa: E402
from replay import Cassette  # noqa: E402

from briefing.backends.base import Backend  # noqa: E402
from briefing.backends.offline import OfflineBackend  # noqa: E402
from briefing.backends.openai import OpenAIBackend  # noqa: E402
from briefing.config import Config, Settings, SourceConfig  # noqa: E402
from briefing.daily import TodayOptions, run_today  # noqa: E402
from briefing.ingest import ingest  # noqa: E402
from briefing.models import Briefing  # noqa: E402
from briefing.plan import DEFAULT_MAX_INPUT_TOKENS, Planner, model_info  # noqa: E402
from briefing.render import render_json, render_markdown  # noqa: E402
from briefing.select import parse_since  # noqa: E402
from briefing.store import Store  # noqa: E402
from briefing.summarize import brief, prepare  # noqa: E402
from briefing.tokens import tokenizer_for  # noqa: E402

GOLDEN = ROOT / "golden"
FAKE_KEY = "sk-golden-test-key-0000000000"


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    inputs: list[str]
    now: dt.datetime
    backend: str
    model: str
    max_input_tokens: int | None = None
    context_window: int | None = None
    max_output: int | None = None  # the model's output cap (a cut-off case sets a small one)
    # Output per document a call may write (Planner.output_for; None: the model's default, 0:
    # off, as when a real model's case was recorded before answers were sized).
    output_per_item: int | None = None
    recorded_from: str | None = None  # a real model's answers: never re-recorded by --record
    expect: dict[str, Any] = field(default_factory=dict)
    feeds: str | None = None  # a folder of feed files served on 127.0.0.1 as the sources
    since: str | None = None
    language: str | None = None  # the briefing's language (brief today --language)
    # Characters per streamed chunk from the stub. A case whose answer the loop watch cuts
    # records the tokens received before the cut, which depend on it (final-loop: 12).
    piece_chars: int = 48

    @classmethod
    def load(cls, folder: Path) -> Case:
        raw = json.loads((folder / "case.json").read_text())
        return cls(
            name=folder.name,
            folder=folder,
            inputs=raw.get("inputs", []),
            now=dt.datetime.fromisoformat(raw["now"]),
            backend=raw.get("backend", "replay"),
            model=raw.get("model", "gpt-4.1-mini"),
            max_input_tokens=raw.get("max_input_tokens"),
            context_window=raw.get("context_window"),
            max_output=raw.get("max_output"),
            output_per_item=raw.get("output_per_item"),
            recorded_from=raw.get("recorded_from"),
            expect=raw.get("expect", {}),
            feeds=raw.get("feeds"),
            since=raw.get("since"),
            language=raw.get("language"),
            piece_chars=raw.get("piece_chars", cls.piece_chars),
        )

    @property
    def exchanges(self) -> Path:
        return self.folder / "exchanges.json"

    @property
    def hand_written(self) -> bool:
        """Its model answers are written by hand (answers.json), not recorded."""
        return (self.folder / "answers.json").exists()


def cases() -> list[Case]:
    return [Case.load(p.parent) for p in sorted(GOLDEN.glob("*/case.json"))]


# -- running a case ------------------------------------------------------------------------


def normalize(briefing: Briefing) -> Briefing:
    """Zero what legitimately varies run to run (latency)."""
    records = [r.model_copy(update={"latency_s": 0.0}) for r in briefing.usage.records]
    return briefing.model_copy(
        update={"usage": briefing.usage.model_copy(update={"records": records})}
    )


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


async def _brief(case: Case, backend: Backend) -> Briefing:
    # Paths relative to the repository, so the expected files do not depend on the checkout.
    with contextlib.chdir(ROOT):
        inputs = [_relative(case.folder / i) for i in case.inputs]
        result = ingest(inputs, now=case.now)
    model = "extractive" if case.backend == "offline" else case.model
    planner = Planner(
        info=model_info(
            model,
            context=case.context_window,
            max_output=case.max_output,
            output_per_item=case.output_per_item,
        ),
        tokenizer=tokenizer_for(case.model),
        max_input_tokens=case.max_input_tokens or DEFAULT_MAX_INPUT_TOKENS,
    )
    prepared = prepare(result.articles, planner)
    try:
        return await brief(
            prepared,
            backend,
            planner,
            date=case.now.date(),
            notices=[f"skipped {p.source}: {p.reason}" for p in result.problems],
            language=case.language,
        )
    finally:
        await backend.aclose()


@dataclass
class Outcome:
    briefing: Briefing
    problems: list[str]  # unanswered requests, answers never asked for, changed requests
    requests: str | None = None  # requests.json as this run asks (hand-written cases)


FEEDS_HOST = "http://feeds.test"  # the served feeds' address in expected files


def _feed_routes(folder: Path) -> dict[str, Route]:
    types = {
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".json": "application/feed+json",
    }
    return {
        f"/{p.name}": Route(body=p.read_bytes(), headers={"Content-Type": types[p.suffix]})
        for p in sorted(folder.iterdir())
        if p.suffix in types
    }


def _run_feeds_case(case: Case, backend: Backend, home: Path) -> Briefing:
    """The daily job against the case's feeds, served on 127.0.0.1, with a fresh store."""
    assert case.feeds
    with (
        HTTPServer(_feed_routes(case.folder / case.feeds)) as server,
        Store(home / "briefing.db") as store,
    ):
        config = Config(
            sources=[SourceConfig(location=server.url(p), full_text=False) for p in server.routes]
        )
        # The server the backend talks to (what the run learns of it is kept in the store).
        base_url = getattr(backend, "base_url", None)
        settings = Settings(backend="openai", model=case.model, base_url=base_url)
        options = TodayOptions(
            now=case.now, since=parse_since(case.since), max_input_tokens=case.max_input_tokens
        )
        outcome = asyncio.run(
            run_today(
                options,
                config=config,
                settings=settings,
                store=store,
                backend_factory=lambda _: backend,
            )
        )
        assert outcome.briefing is not None
        text = outcome.briefing.model_dump_json().replace(server.base_url, FEEDS_HOST)
        return Briefing.model_validate_json(text)


def forwarding_handler(cassette: Cassette, upstream: str) -> Any:
    """Answer by asking the real server at ``upstream`` and keep each exchange as it answered
    (errors too). A streamed request is asked whole upstream; the stub streams the answer."""
    import httpx

    client = httpx.Client(timeout=None)

    def handler(body: dict[str, Any]) -> StubReply:
        whole = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}
        response = client.post(f"{upstream.rstrip('/')}/chat/completions", json=whole)
        try:
            answer: Any = response.json()
        except ValueError:
            answer = response.text
        exchange = cassette.add(body, response.status_code, answer)
        return StubReply(int(exchange["response"]["status"]), exchange["response"]["body"])

    return handler


def _run_against(
    case: Case, handler: Any, home: Path | None, *, upstream: str | None = None
) -> Briefing:
    with OpenAIStub(handler, piece_chars=case.piece_chars) as stub:
        backend = OpenAIBackend(
            model=case.model,
            api_key=FAKE_KEY,
            base_url=stub.base_url,
            max_retries=0,
            max_concurrency=1,
            # Recording asks the real server for each answer whole (nothing streams until it is
            # done): a CPU model may take longer than the idle timeout.
            timeout_s=1800 if upstream else None,
        )
        if case.feeds:
            with tempfile.TemporaryDirectory() as tmp:
                return _run_feeds_case(case, backend, home or Path(tmp))
        return asyncio.run(_brief(case, backend))


def run_case(
    case: Case, *, record: bool = False, home: Path | None = None, upstream: str | None = None
) -> Outcome:
    """Run ``case``; ``home`` is where a feeds case keeps its store (default: a temp dir).

    A hand-written case is answered from its answers.json; ``record`` only stops a changed
    request from counting as a problem (the caller writes ``Outcome.requests``). A real model's
    case replays its exchanges.json, or with ``upstream`` records them again from that server
    (the only case where this function writes a file). No answer is ever made here."""
    if case.backend == "offline":
        return Outcome(normalize(asyncio.run(_brief(case, OfflineBackend()))), [])
    if case.hand_written and not upstream:
        book = AnswerBook.load(case.folder)
        briefing = _run_against(case, book.handler(), home)
        problems = book.problems(requests_too=not record)
        return Outcome(normalize(briefing), problems, book.requests_text())
    if upstream:
        cassette = Cassette(case.exchanges)
        handler = forwarding_handler(cassette, upstream)
    elif case.exchanges.exists():
        cassette = Cassette.load(case.exchanges)
        handler = cassette.replay_handler()
    else:
        raise FileNotFoundError(
            f"{case.folder}: a replay case needs answers.json, written by hand "
            "(golden/README.md), or a real model's exchanges.json (--upstream URL)"
        )
    try:
        briefing = _run_against(case, handler, home, upstream=upstream)
    finally:
        if upstream:  # a real model's answers are kept even when the run fails
            cassette.save()
    return Outcome(normalize(briefing), cassette.problems())


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` and print the unified diff of what changed."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old == text:
        return
    rel = _relative(path)
    sys.stdout.writelines(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"a/{rel}",
            tofile=f"b/{rel}",
        )
    )
    path.write_text(text, encoding="utf-8")


def write_expected(case: Case, outcome: Outcome, *, requests: bool = False) -> None:
    """Rewrite the expected outputs (and, with ``requests``, requests.json), printing the diff."""
    if requests and outcome.requests is not None:
        _write(case.folder / REQUESTS_FILE, outcome.requests)
    _write(case.folder / "briefing.json", render_json(outcome.briefing))
    _write(case.folder / "briefing.md", render_markdown(outcome.briefing))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument(
        "--record",
        action="store_true",
        help="refresh requests.json (hand-written answers are never touched)",
    )
    parser.add_argument(
        "--upstream", metavar="URL", help="record the named cases from this real server"
    )
    args = parser.parse_args(argv)
    if args.upstream and not args.cases:
        parser.error("--upstream records only the cases named")
    for case in cases():
        if args.cases and case.name not in args.cases:
            continue
        record = args.record or bool(args.upstream)
        outcome = run_case(case, record=record, upstream=args.upstream)
        if outcome.problems:
            print(f"{case.name}: not written", *outcome.problems, sep="\n  ", file=sys.stderr)
            return 1
        write_expected(case, outcome, requests=record)
        g = outcome.briefing.grounding
        print(
            f"{case.name}: {outcome.briefing.usage.calls} calls, "
            f"{sum(len(s.bullets) for s in outcome.briefing.sections)} bullets, "
            f"grounding {g.checked}/{g.repaired}/{g.dropped}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
