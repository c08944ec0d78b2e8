"""Cost and speed against LangChain's map-reduce summarization, on a fake OpenAI server.

Usage::

    pip install -e '.[bench]'
    python bench/run.py                     # sizes 10, 100, 1000
    python bench/run.py --sizes 10,100      # a quick run

One fake OpenAI-compatible server (``tests/fake_openai``, in a subprocess: 300 ms per call plus
0.5 ms per output token, no faults) answers both systems, and its counters are the bill: the
same tiktoken accounting for both. Per size, the day of ``bench/corpus.py`` is written to a temp
folder and summarized, each run in its own subprocess (so peak memory and CPU time are that
run's alone, and the server's CPU is not counted):

* **ours**: ``run_today`` with the folder as explicit input, a fresh ``BRIEFING_HOME`` (store
  and response cache), ``OpenAIBackend`` against the server, default planner settings — ingest
  and cleaning included; then rendering to Markdown and JSON; then ``run_today`` again on the
  same day, which must bill nothing (the store's response cache);
* **LangChain**: ``load_summarize_chain(ChatOpenAI(...), chain_type="map_reduce")`` from
  ``langchain-classic`` with its default prompts and ``token_max``, over every article as a
  ``Document`` (title and text) split by ``RecursiveCharacterTextSplitter()`` with its defaults,
  run with ``ainvoke(..., config={"max_concurrency": N})``. That chain does not honour
  ``max_concurrency`` (it starts every map call at once), so the same bound is set on its HTTP
  connection pool (``httpx.Limits(max_connections=N)``); ``--langchain-unbounded`` leaves it
  out. Its articles are handed over already parsed: its time has no file reading or cleaning.

The floor is every distinct article (title and text) read once, counted with tiktoken
o200k_base. Step times for ours are exclusive CPU times of the library functions (a step's
time does not include the steps it calls), measured by wrapping them in the worker process,
after a warm-up that loads the tokenizer and trafilatura (one-time costs of a process).
CPU per article is ``time.process_time()`` of the worker around the whole run / articles.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import wraps
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Corpus, build_corpus, floor_tokens, write_corpus

ROOT = Path(__file__).resolve().parent.parent
MODEL = "gpt-4.1-mini"
API_KEY = "sk-fake"
STEPS = ("ingest", "clean", "cluster", "chunk", "plan", "ground", "store", "render")

F = TypeVar("F", bound=Callable[..., Any])


# -- the fake server ---------------------------------------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen[str]
    base_url: str

    @property
    def stats_url(self) -> str:
        return self.base_url.removesuffix("/v1") + "/_stats"


@contextmanager
def fake_server(latency_ms: float, per_token_ms: float) -> Iterator[Server]:
    """``python -m tests.fake_openai`` in a subprocess (its CPU is not the client's)."""
    cmd = [
        sys.executable,
        "-m",
        "tests.fake_openai",
        "--port",
        "0",
        "--latency-ms",
        str(latency_ms),
        "--per-token-ms",
        str(per_token_ms),
        "--models",
        MODEL,
    ]
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "listening on" not in line:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"the fake server did not start: {line}{err}")
        yield Server(proc, line.rsplit(" ", 1)[-1].strip())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def server_stats(stats_url: str) -> dict[str, int]:
    data = httpx.get(stats_url, timeout=10).json()
    keys = ("chat_requests", "answered", "prompt_tokens", "cached_tokens", "completion_tokens")
    return {k: int(data[k]) for k in keys}


def stats_delta(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: after[k] - before[k] for k in after}


# -- step timing (worker side) -----------------------------------------------------------------


@dataclass
class StepTimer:
    """Exclusive CPU time per step (``time.process_time``; the client has one thread): time in
    nested timed calls is charged to the inner step."""

    totals: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 0.0))
    _stack: list[list[float]] = field(default_factory=list)  # [start, time in children]

    def wrap(self, step: str, fn: F) -> F:
        @wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._stack.append([time.process_time(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                start, children = self._stack.pop()
                elapsed = time.process_time() - start
                self.totals[step] += elapsed - children
                if self._stack:
                    self._stack[-1][1] += elapsed

        return timed  # type: ignore[return-value]

    def patch(self, owner: Any, name: str, step: str) -> None:
        setattr(owner, name, self.wrap(step, getattr(owner, name)))


def _instrument(timer: StepTimer) -> None:
    """Wrap the library's stage functions where the pipeline looks them up."""
    import briefing.daily
    import briefing.ingest
    import briefing.plan
    import briefing.summarize.pipeline
    import briefing.summarize.repair
    from briefing.plan import Planner
    from briefing.store import Store

    timer.patch(briefing.daily, "ingest", "ingest")
    timer.patch(briefing.ingest, "clean_text", "clean")
    timer.patch(briefing.summarize.pipeline, "cluster", "cluster")
    timer.patch(briefing.plan, "chunk_article", "chunk")
    for name in ("plan", "map_groups", "group", "fits"):
        timer.patch(Planner, name, "plan")
    timer.patch(briefing.summarize.repair, "check_draft", "ground")
    for name in ("upsert_articles", "record_briefing"):
        timer.patch(Store, name, "store")


def _rusage_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- worker: ours ------------------------------------------------------------------------------


async def _ours(inputs: str, base_url: str, concurrency: int) -> dict[str, Any]:
    import briefing.backends.openai  # noqa: F401  (imported before timing, as LangChain's is)
    from briefing.config import Config, Settings
    from briefing.daily import TodayOptions, run_today
    from briefing.ingest import ingest
    from briefing.render import render_json, render_markdown
    from briefing.store import Store
    from briefing.tokens import tokenizer_for

    # One-time costs a long-running process pays once, kept out of the step growth figures:
    # the tokenizer's rank file, and trafilatura's lazy imports on the first HTML page.
    tokenizer_for(MODEL).count("warm up")
    ingest([str(ROOT / "examples" / "bbc-style-article.html")])
    timer = StepTimer()
    _instrument(timer)
    render_json_t = timer.wrap("render", render_json)
    render_md_t = timer.wrap("render", render_markdown)
    stats_url = base_url.removesuffix("/v1") + "/_stats"
    settings = Settings(
        backend="openai",
        model=MODEL,
        base_url=base_url,
        api_key=API_KEY,
        max_concurrency=concurrency,
    )
    options = TodayOptions(inputs=[inputs], now=dt.datetime(2031, 3, 4, 22, 0, tzinfo=dt.UTC))
    config = Config()

    before = server_stats(stats_url)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    with Store.default() as store:
        outcome = await run_today(options, config=config, settings=settings, store=store)
    assert outcome.briefing is not None
    markdown = render_md_t(outcome.briefing)
    render_json_t(outcome.briefing)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    steps = dict(timer.totals)  # the first run's (the second run is timed on its own)
    billed = stats_delta(server_stats(stats_url), before)
    peak = _rusage_mib()

    before2 = server_stats(stats_url)
    wall1 = time.perf_counter()
    with Store.default() as store:
        again = await run_today(options, config=config, settings=settings, store=store)
    second_wall = time.perf_counter() - wall1
    second = stats_delta(server_stats(stats_url), before2)
    assert again.briefing is not None
    b = outcome.briefing
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_mib": peak,
        "billed": billed,
        "steps": steps,
        "plan": {
            "strategy": outcome.plan.strategy,
            "calls": outcome.plan.calls,
            "input_tokens": outcome.plan.input_tokens,
        },
        "records": [
            {
                "step": r.step,
                "input": r.input_tokens,
                "output": r.output_tokens,
                "latency_s": r.latency_s,
            }
            for r in b.usage.records
        ],
        "articles": outcome.articles,
        "bullets": sum(len(s.bullets) for s in b.sections),
        "sections": len(b.sections),
        "left_out": len(b.left_out),
        "markdown_chars": len(markdown),
        "second": {
            "billed": second,
            "wall_s": second_wall,
            "same": again.briefing.sections == b.sections,
        },
    }


# -- worker: LangChain -------------------------------------------------------------------------


async def _langchain(corpus_json: str, base_url: str, concurrency: int) -> dict[str, Any]:
    from briefing.tokens import tokenizer_for

    # tiktoken cannot download its rank files here; briefing unpacks the bundled ones into
    # $BRIEFING_HOME/cache/tiktoken, which is where LangChain's tiktoken then looks.
    tokenizer_for(MODEL).count("warm up")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(Path(os.environ["BRIEFING_HOME"]) / "cache/tiktoken")

    from langchain_classic.chains.summarize import load_summarize_chain
    from langchain_core.callbacks import BaseCallbackHandler
    from langchain_core.documents import Document
    from langchain_openai import ChatOpenAI
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    class InFlight(BaseCallbackHandler):
        run_inline = True

        def __init__(self) -> None:
            self.now = self.peak = self.calls = 0

        def on_chat_model_start(self, *args: Any, **kwargs: Any) -> None:
            self.now += 1
            self.calls += 1
            self.peak = max(self.peak, self.now)

        def on_llm_end(self, *args: Any, **kwargs: Any) -> None:
            self.now -= 1

        def on_llm_error(self, *args: Any, **kwargs: Any) -> None:
            self.now -= 1

    records = json.loads(Path(corpus_json).read_text(encoding="utf-8"))
    stats_url = base_url.removesuffix("/v1") + "/_stats"
    tracker = InFlight()
    before = server_stats(stats_url)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    docs = [
        Document(page_content=f"{r['title']}\n\n{r['text']}", metadata={"source": r["url"]})
        for r in records
    ]
    split = RecursiveCharacterTextSplitter().split_documents(docs)
    # The legacy chain ignores max_concurrency (it gathers every map call at once: 106 in
    # flight at n=100), so the same bound as ours is set on its HTTP connection pool.
    # A negative concurrency (--langchain-unbounded) leaves the pool at the openai default.
    bounded = concurrency > 0
    concurrency = abs(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    llm = ChatOpenAI(
        model=MODEL,
        base_url=base_url,
        api_key=API_KEY,
        http_async_client=httpx.AsyncClient(limits=limits) if bounded else None,
    )
    chain = load_summarize_chain(llm, chain_type="map_reduce")
    error = None
    result: dict[str, Any] = {}
    try:
        result = await chain.ainvoke(
            {"input_documents": split},
            config={"max_concurrency": concurrency, "callbacks": [tracker]},
        )
    except Exception as exc:  # reported with what was billed until then
        error = f"{type(exc).__name__}: {exc}"
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    billed = stats_delta(server_stats(stats_url), before)
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_mib": _rusage_mib(),
        "billed": billed,
        "chunks": len(split),
        "peak_in_flight": tracker.peak,
        "pool_bounded": bounded,
        "callback_calls": tracker.calls,
        "summary_chars": len(str(result.get("output_text", ""))),
        "error": error,
    }


# -- the orchestrator --------------------------------------------------------------------------


def run_worker(kind: str, arg: str, server: Server, concurrency: int, home: Path) -> dict[str, Any]:
    env = {**os.environ, "BRIEFING_HOME": str(home)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    cmd = [sys.executable, __file__, "--worker", kind, arg, server.base_url, str(concurrency)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed:\n{proc.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@dataclass
class SizeResult:
    n: int
    floor: int
    distinct: int
    described: str
    ours: dict[str, Any]
    langchain: dict[str, Any] | None


def run_size(
    n: int, server: Server, concurrency: int, langchain: bool, *, unbounded: bool = False
) -> SizeResult:
    corpus: Corpus = build_corpus(n)
    with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as tmp:
        folder = Path(tmp)
        write_corpus(corpus, folder / "day")
        records = [
            {"title": a.title, "text": a.text, "url": a.url, "outlet": a.outlet}
            for a in corpus.articles
        ]
        (folder / "corpus.json").write_text(json.dumps(records), encoding="utf-8")
        print(f"n={n}: {corpus.describe()}", file=sys.stderr, flush=True)
        ours = run_worker("ours", str(folder / "day"), server, concurrency, folder / "home-ours")
        print(f"  ours: {ours['wall_s']:.1f} s", file=sys.stderr, flush=True)
        lc = None
        if langchain:
            lc = run_worker(
                "langchain",
                str(folder / "corpus.json"),
                server,
                -concurrency if unbounded else concurrency,
                folder / "home-lc",
            )
            print(f"  langchain: {lc['wall_s']:.1f} s", file=sys.stderr, flush=True)
    return SizeResult(n, floor_tokens(corpus), len(corpus.distinct), corpus.describe(), ours, lc)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "-"


def _nlogn(n: int) -> float:
    return n * math.log(n)


def report(results: Sequence[SizeResult], args: argparse.Namespace) -> str:
    out: list[str] = []
    add = out.append
    add(
        f"fake server: {args.latency_ms:g} ms per call + {args.per_token_ms:g} ms per output "
        f"token; concurrency {args.concurrency}; {MODEL}; python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, {platform.machine()}; {dt.date.today().isoformat()}"
    )
    for r in results:
        add(f"  n={r.n}: {r.described}; floor {r.floor:,} tokens ({r.distinct} distinct texts)")
    add("")
    head = (
        f"{'n':>5} {'system':<9} {'calls':>6} {'input tok':>10} {'output tok':>10} "
        f"{'in/floor':>8} {'wall s':>7} {'peak MiB':>8} {'CPU ms/art':>10}"
    )
    add(head)
    for r in results:
        rows = [("ours", r.ours)] + ([("langchain", r.langchain)] if r.langchain else [])
        for name, d in rows:
            billed = d["billed"]
            name += "*" if d.get("error") else ""
            add(
                f"{r.n:>5} {name:<9} {billed['answered']:>6} {billed['prompt_tokens']:>10,} "
                f"{billed['completion_tokens']:>10,} "
                f"{billed['prompt_tokens'] / r.floor:>8.2f} {d['wall_s']:>7.1f} "
                f"{d['peak_mib']:>8.0f} {1000 * d['cpu_s'] / r.n:>10.2f}"
            )
        if r.langchain:
            o, lc = r.ours, r.langchain
            ob, lb = o["billed"], lc["billed"]
            add(
                f"{r.n:>5} {'ours/LC':<9} {_ratio(ob['answered'], lb['answered']):>6} "
                f"{_ratio(ob['prompt_tokens'], lb['prompt_tokens']):>10} "
                f"{_ratio(ob['completion_tokens'], lb['completion_tokens']):>10} "
                f"{'':>8} {_ratio(o['wall_s'], lc['wall_s']):>7} "
                f"{_ratio(o['peak_mib'], lc['peak_mib']):>8} "
                f"{_ratio(o['cpu_s'], lc['cpu_s']):>10}"
            )
    if any(r.langchain and r.langchain.get("error") for r in results):
        add("* did not finish (see below): billed until it failed, a lower bound")
    add("")
    add("second run of the same day (ours, same store): billed tokens and calls")
    for r in results:
        s = r.ours["second"]
        add(
            f"  n={r.n}: {s['billed']['answered']} calls, {s['billed']['prompt_tokens']} input "
            f"+ {s['billed']['completion_tokens']} output tokens, {s['wall_s']:.2f} s, "
            f"same briefing: {s['same']}"
        )
    add("")
    add("ours: plan and calls")
    for r in results:
        steps: dict[str, list[int]] = {}
        for rec in r.ours["records"]:
            steps.setdefault(rec["step"], []).append(rec["input"])
        calls = ", ".join(f"{k} {len(v)}× (max {max(v):,} in)" for k, v in steps.items())
        p = r.ours["plan"]
        add(
            f"  n={r.n}: {r.ours['articles']} articles after ingest; plan {p['strategy']}, "
            f"{p['calls']} calls, {p['input_tokens']:,} input tokens estimated; made: {calls}; "
            f"{r.ours['sections']} sections, {r.ours['bullets']} bullets, "
            f"{r.ours['left_out']} left out"
        )
    for r in results:
        if r.langchain:
            lc = r.langchain
            add(
                f"  langchain n={r.n}: {lc['chunks']} chunks, {lc['callback_calls']} LLM calls, "
                f"{lc['peak_in_flight']} started at once (max_concurrency={args.concurrency}), "
                + ("HTTP pool bounded to the same" if lc["pool_bounded"] else "pool unbounded")
                + (f"; FAILED: {lc['error']} (figures: billed until then)" if lc["error"] else "")
            )
    add("")
    add("ours: CPU time per step, s (exclusive), and its growth from one size to the next")
    pairs = list(pairwise(results))
    add(
        f"{'step':<8} "
        + " ".join(f"{'n=' + str(r.n):>9}" for r in results)
        + "  "
        + " ".join(f"{'t' + str(b.n) + '/t' + str(a.n):>11}" for a, b in pairs)
    )
    for step in [*STEPS, "other"]:
        values = [
            r.ours["cpu_s"] - sum(r.ours["steps"].values())
            if step == "other"
            else r.ours["steps"][step]
            for r in results
        ]
        ratios = " ".join(_ratio(b, a).rjust(11) for a, b in pairwise(values))
        add(f"{step:<8} " + " ".join(f"{v:>9.3f}" for v in values) + "  " + ratios)
    pad = " " * (10 * len(results))
    add(f"{'n ratio':<8} {pad}" + " ".join(f"{b.n / a.n:>11.2f}" for a, b in pairs))
    add(f"{'nlogn':<8} {pad}" + " ".join(f"{_nlogn(b.n) / _nlogn(a.n):>11.2f}" for a, b in pairs))
    add("('other' = client CPU outside the timed steps: prompts, HTTP client, JSON, asyncio)")
    return "\n".join(out)


def main(argv: Sequence[str]) -> int:
    if argv and argv[0] == "--worker":
        kind, arg, base_url, concurrency = argv[1], argv[2], argv[3], int(argv[4])
        work = _ours if kind == "ours" else _langchain
        print(json.dumps(asyncio.run(work(arg, base_url, concurrency))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated article counts")
    parser.add_argument("--latency-ms", type=float, default=300)
    parser.add_argument("--per-token-ms", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=4, help="for both systems")
    parser.add_argument("--no-langchain", action="store_true", help="only ours")
    parser.add_argument(
        "--langchain-unbounded",
        action="store_true",
        help="do not bound LangChain's HTTP pool (its chain starts every map call at once)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument(
        "--evidence-cost",
        action="store_true",
        help="only measure the output tokens that evidence quotes add (bench/evidence_cost.py)",
    )
    args = parser.parse_args(argv)
    if args.evidence_cost:
        from evidence_cost import evidence_cost

        print(evidence_cost([int(s) for s in args.sizes.split(",") if s.strip()]))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = []
    with fake_server(args.latency_ms, args.per_token_ms) as server:
        for n in sizes:
            results.append(
                run_size(
                    n,
                    server,
                    args.concurrency,
                    not args.no_langchain,
                    unbounded=args.langchain_unbounded,
                )
            )
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1))
    print(report(results, args))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
