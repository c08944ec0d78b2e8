"""The prompt lock: ``prompts/prompts.lock`` records every prompt's version and hash.

A prompt's text (either template, or a partial it includes) cannot change without a version bump:
``tests/test_prompt_lock.py`` fails, and this script refuses to rewrite the lock, until the
version in the prompt's ``system.md`` front matter changes too. After an intended change::

    # 1. bump ``version:`` in prompts/<name>/system.md
    python tests/prompt_lock.py        # 2. rewrite prompts/prompts.lock
    python tests/golden.py --record    # 3. re-record the goldens, then read ``git diff``
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.prompts import load_prompt, prompt_names  # noqa: E402

PROMPTS = ROOT / "prompts"
LOCK = PROMPTS / "prompts.lock"
UPDATE = "python tests/prompt_lock.py"
HEADER = f"""\
# Every prompt's version and hash (both templates, partials expanded).
# Written by `{UPDATE}`, checked by tests/test_prompt_lock.py:
# a prompt's text cannot change without a version bump in its system.md.
"""


@dataclass(frozen=True)
class Entry:
    version: str
    hash: str


def current(directory: Path = PROMPTS) -> dict[str, Entry]:
    """Every prompt's version and hash as the files are now."""
    out: dict[str, Entry] = {}
    for name in prompt_names(directory):
        prompt = load_prompt.__wrapped__(name, directory)  # as the files are now: no cache
        out[name] = Entry(prompt.version, prompt.hash)
    return out


def read(path: Path = LOCK) -> dict[str, Entry]:
    if not path.exists():
        return {}
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: Entry(str(v["version"]), str(v["hash"])) for name, v in raw.items()}


def render(entries: dict[str, Entry]) -> str:
    blocks = [
        f'[{name}]\nversion = "{e.version}"\nhash = "{e.hash}"\n'
        for name, e in sorted(entries.items())
    ]
    return HEADER + "\n" + "\n".join(blocks)


def unbumped(locked: dict[str, Entry], now: dict[str, Entry]) -> list[str]:
    """Prompts whose text changed while their version did not: the lock cannot be updated."""
    return [
        f"prompt {name!r} changed (hash {locked[name].hash} -> {e.hash}) but its version is "
        f"still {e.version}: bump `version:` in prompts/{name}/system.md, then run `{UPDATE}`"
        for name, e in sorted(now.items())
        if name in locked and e.hash != locked[name].hash and e.version == locked[name].version
    ]


def stale(locked: dict[str, Entry], now: dict[str, Entry]) -> list[str]:
    """Lock entries that differ from the prompts for any other reason: run the update."""
    out = [
        f"prompt {name!r} is not in the lock: run `{UPDATE}`" for name in now if name not in locked
    ]
    out += [
        f"the lock lists prompt {name!r}, which does not exist: run `{UPDATE}`"
        for name in locked
        if name not in now
    ]
    out += [
        f"the lock has {name!r} at version {locked[name].version}, the prompt is at "
        f"{e.version}: run `{UPDATE}`"
        for name, e in sorted(now.items())
        if name in locked and e.version != locked[name].version
    ]
    return out


def main() -> int:
    locked, now = read(), current()
    refused = unbumped(locked, now)
    if refused:
        print("\n".join(refused), file=sys.stderr)
        return 1
    LOCK.write_text(render(now), encoding="utf-8")
    print(f"{LOCK.relative_to(ROOT)}: {len(now)} prompts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
