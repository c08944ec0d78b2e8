"""``python -m tests.fake_openai``: run the fake server until SIGTERM or Ctrl-C.

Prints ``fake OpenAI server listening on http://127.0.0.1:PORT/v1`` on stdout when ready, and the
final counters as one JSON line on stderr when stopped.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading

from .batches import BatchOptions
from .faults import FAULT_KINDS, Faults
from .server import FakeOpenAI

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fake_openai",
        description="A fake OpenAI-compatible server on 127.0.0.1 (GET /_stats for counters, "
        "POST /_faults with a JSON Faults to change faults).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--latency-ms", type=float, default=0, help="fixed latency per chat call")
    parser.add_argument("--per-token-ms", type=float, default=0, help="latency per output token")
    parser.add_argument("--fault-rate", type=float, default=0, help="spread evenly over --kinds")
    parser.add_argument("--kinds", default=",".join(FAULT_KINDS), help="comma-separated kinds")
    parser.add_argument("--always", choices=FAULT_KINDS, help="inject this fault into every call")
    parser.add_argument("--retry-after-s", type=float, default=1, help="Retry-After of a 429")
    parser.add_argument(
        "--retry-after-5xx-s", type=float, help="Retry-After of a 500 or 503 (default: none)"
    )
    parser.add_argument("--slow-s", type=float, default=5.0, help="delay of a 'slow' fault")
    parser.add_argument(
        "--stall-s", type=float, default=0, help="a streamed answer pauses this long halfway"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reject-json-schema", action="store_true", help="behave like llama.cpp")
    parser.add_argument(
        "--batch-polls", type=int, default=2, help="retrieves until a batch is done"
    )
    parser.add_argument("--models", default="gpt-4o-mini,gpt-4.1-mini", help="for GET /v1/models")
    args = parser.parse_args(argv)
    try:
        faults = Faults.uniform(
            args.fault_rate,
            kinds=[k for k in args.kinds.split(",") if k],
            always=args.always,
            retry_after_s=args.retry_after_s,
            slow_s=args.slow_s,
            retry_after_5xx_s=args.retry_after_5xx_s,
        )
    except ValueError as exc:
        parser.error(str(exc))
    server = FakeOpenAI(
        faults=faults,
        latency_ms=args.latency_ms,
        per_token_ms=args.per_token_ms,
        seed=args.seed,
        reject_json_schema=args.reject_json_schema,
        stall_s=args.stall_s,
        batch=BatchOptions(polls=args.batch_polls),
        models=[m for m in args.models.split(",") if m],
        host=args.host,
        port=args.port,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        server.start()
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"fake OpenAI server listening on {server.base_url}", flush=True)
    while not stop.wait(0.2):
        pass
    server.stop()
    print(json.dumps(server.stats.as_dict()), file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
