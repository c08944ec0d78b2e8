"""Start-up cost of the exact tokenizer: tiktoken parsing its rank file vs the kept parameters.

Usage::

    python bench/bench_tokens.py [--repeat 7] [--encoding o200k_base]

Each measurement is a new process (``sys.executable``, as every ``brief`` run is) under a
private BRIEFING_HOME whose cache holds the rank file copy and the kept parameters, that loads
the encoding and counts one word; it reports the child's CPU time (user + sys) for the load, so
the figure does not depend on the machine's load. *Parse* is tiktoken's own loader over the same
rank file (what every run did before the parameters were kept); *kept* is ``briefing.tokens``.
Prints the median of each and the ratio kept/parse, both measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

_PARSE = """
import json, os, resource, tiktoken
os.environ["TIKTOKEN_CACHE_DIR"] = os.environ["RANKS"]
r0 = resource.getrusage(resource.RUSAGE_SELF)
tiktoken.get_encoding(os.environ["ENCODING"]).encode("hello")
r1 = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime))
"""

_KEPT = """
import json, os, resource, tiktoken
from briefing.tokens import _load
r0 = resource.getrusage(resource.RUSAGE_SELF)
_load(os.environ["ENCODING"]).encode("hello")
r1 = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime))
"""


def _child(code: str, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--encoding", default="o200k_base")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "BRIEFING_HOME": home,
            "ENCODING": args.encoding,
            "RANKS": str(Path(home) / "cache" / "tiktoken"),
        }
        env.pop("TIKTOKEN_CACHE_DIR", None)
        _child(_KEPT, env)  # the first run copies the rank file and keeps the parameters
        parse = [_child(_PARSE, env) for _ in range(args.repeat)]
        kept = [_child(_KEPT, env) for _ in range(args.repeat)]
    p, k = statistics.median(parse), statistics.median(kept)
    print(f"{args.encoding}, median of {args.repeat} processes, CPU seconds to load")
    print(f"parse (tiktoken's loader)  {p:.3f}")
    print(f"kept parameters            {k:.3f}   ratio kept/parse {k / p:.2f}")


if __name__ == "__main__":
    main()
