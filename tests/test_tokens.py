"""The exact tokenizer offline: the rank file from the bundled copy, and the parsed parameters
kept beside it so that later runs skip the parse."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import tiktoken

from briefing import tokens
from briefing.config.paths import cache_dir

TEXT = "Ukraine's $322m arms sale — Bradley vehicles, Hawk missiles; 1,000 prisoners. 東京 🚀"


@pytest.fixture
def fresh_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache under this test's own home, not the session's shared one. The tests call
    ``load``, which reads that cache on every call: clearing ``_load``'s per-process memo
    instead would make the worker's later tests build their encodings again."""
    monkeypatch.delenv("BRIEFING_CACHE_DIR")


load = tokens._build  # _load without its per-process memo


# The rebuild tests use the smaller rank file (100,000 ranks, half the parse of o200k_base's):
# what they test does not depend on the encoding.
REBUILT = "cl100k_base"


def _kept(encoding: str) -> Path:
    return tokens._spec_file(encoding, cache_dir() / "tiktoken")


@pytest.mark.parametrize("encoding", ["o200k_base", "cl100k_base"])
def test_kept_parameters_give_the_same_tokens(encoding: str, fresh_load: None) -> None:
    parsed = load(encoding).encode(TEXT)
    assert _kept(encoding).is_file()
    spec = tokens._read_spec(_kept(encoding))
    assert spec is not None and spec["name"] == encoding
    assert load(encoding).encode(TEXT) == parsed
    assert load(encoding).decode(parsed) == TEXT


def test_a_damaged_copy_is_rebuilt(fresh_load: None) -> None:
    expected = load(REBUILT).encode(TEXT)
    kept = _kept(REBUILT)
    blob = bytearray(kept.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    kept.write_bytes(bytes(blob))
    assert tokens._read_spec(kept) is None
    assert load(REBUILT).encode(TEXT) == expected
    assert tokens._read_spec(kept) is not None  # written again, whole


def test_a_truncated_copy_is_rebuilt(fresh_load: None) -> None:
    expected = load(REBUILT).encode(TEXT)
    kept = _kept(REBUILT)
    kept.write_bytes(kept.read_bytes()[:20])
    assert load(REBUILT).encode(TEXT) == expected


def test_a_copy_that_cannot_be_kept_only_costs_a_parse(fresh_load: None) -> None:
    kept = _kept(REBUILT)
    kept.mkdir(parents=True)  # neither readable nor replaceable as a file
    assert load(REBUILT).encode("hello world") == [15339, 1917]
    assert kept.is_dir()
    assert not [p for p in kept.parent.iterdir() if p.name.endswith(".tmp")]


def test_threads_asking_at_once_share_one_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first requests of a run (or of the fake server's request threads) ask for the
    encoding together: one builds it, the others wait for that one instead of each building
    their own (twelve builds at once were seen, about 0.2 s of CPU each)."""
    monkeypatch.setattr(tokens, "_built", {})  # an empty per-process memo, restored after
    start = threading.Barrier(8)

    def ask(_: int) -> tiktoken.Encoding:
        start.wait()
        return tokens._load(REBUILT)

    with ThreadPoolExecutor(8) as pool:
        encodings = list(pool.map(ask, range(8)))
    assert len({id(e) for e in encodings}) == 1
    assert encodings[0].encode("hello world") == [15339, 1917]
