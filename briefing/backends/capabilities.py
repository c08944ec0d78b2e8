"""Knowing an OpenAI-compatible server: what it is, what it serves, how large its window is.

``probe`` asks the server once (cheap GET requests, no model call):

- ``GET /v1/models``: the model ids, and what some servers add to them: vLLM's
  ``max_model_len``, llama.cpp's ``meta.n_ctx_train``, LM Studio's and others'
  ``context_length``; ``owned_by`` tells llama.cpp (``llamacpp``), vLLM (``vllm``), Ollama
  (``library``) and llama-cpp-python (``me``) apart;
- llama.cpp's ``GET /props`` (next to ``/v1``): the window the server runs with
  (``default_generation_settings.n_ctx``), the model file and its parallel slots;
- Ollama's ``GET /api/tags``: the digest of the model behind the name;
- LM Studio's ``GET /api/v0/models``: its loaded and maximum context length.

What is learned goes to the store (``ServerCapabilities``) so the next run starts from it; the
answer format is learned by the backend on its first call (a rejection names
``response_format``) and added then. Errors that carry the window
(``exceed context window of 2048``, llama.cpp's ``n_ctx``) are read with ``window_in_error``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from briefing.store.servers import ServerCapabilities, server_key
from briefing.tls import httpx_context

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ONE_AT_A_TIME_KINDS",
    "PROBE_TIMEOUT_S",
    "ServerMemory",
    "learn",
    "probe",
    "remember",
    "window_in_error",
]

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 10.0
ONE_AT_A_TIME_KINDS = frozenset({"llama-cpp-python"})
"""Servers that compute one request at a time whatever they are sent (llama-cpp-python's
server holds one model behind a lock; llama.cpp's own server says so in ``/props``)."""
_OWNERS = {"llamacpp": "llama.cpp", "vllm": "vllm", "library": "ollama", "me": "llama-cpp-python"}
_WINDOW_ERRORS = (
    # llama-cpp-python: "Requested tokens (9437) exceed context window of 8192"
    re.compile(r"exceed(?:s)? context window of (\d+)", re.I),
    # llama.cpp: "request (4476 tokens) exceeds the available context size (4096 tokens)"
    re.compile(r"available context size \((\d+) tokens?\)", re.I),
    # vLLM / OpenAI: "This model's maximum context length is 4096 tokens"
    re.compile(r"maximum context length is (\d+)", re.I),
)


def window_in_error(message: str) -> int | None:
    """The context window a server named in an error about a too-long request, if any."""
    for pattern in _WINDOW_ERRORS:
        match = pattern.search(message)
        if match:
            return int(match.group(1))
    return None


def _root(base_url: str) -> str:
    """The server root of an OpenAI base URL (``http://h:p/v1`` → ``http://h:p``)."""
    parts = urlsplit(server_key(base_url))
    path = parts.path
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


class _Unanswered(Exception):
    """The server took the connection but sent no answer in time."""


async def _get(client: httpx.AsyncClient, url: str, *, timeouts: bool = False) -> Any:
    """JSON of a GET, or None on any failure (a probe never fails a run); with ``timeouts``,
    a timed-out read is ``_Unanswered`` instead."""
    import httpx  # here, not at the top: a run from files needs no httpx

    try:
        response = await client.get(url)
    except httpx.ReadTimeout as exc:
        if timeouts:
            raise _Unanswered from exc
        log.debug("probe %s: %s", url, type(exc).__name__)
        return None
    except httpx.HTTPError as exc:
        log.debug("probe %s: %s", url, type(exc).__name__)
        return None
    if response.status_code != 200:
        return None
    with contextlib.suppress(ValueError):
        return response.json()
    return None


def _from_models(entry: dict[str, Any], caps: dict[str, Any]) -> None:
    owner = str(entry.get("owned_by", ""))
    if owner in _OWNERS:
        caps["kind"] = _OWNERS[owner]
    raw_meta = entry.get("meta")
    meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
    window = (
        _int(entry.get("max_model_len"))
        or _int(entry.get("context_length"))
        or _int(entry.get("loaded_context_length"))
        or _int(meta.get("n_ctx_train"))
    )
    if window:
        caps["context_window"] = window
    for key in ("max_model_len", "context_length", "owned_by", "root"):
        if key in entry:
            caps["details"][key] = entry[key]
    if meta:
        caps["details"]["meta"] = {
            k: meta[k] for k in ("n_ctx_train", "n_params", "size") if k in meta
        }


async def probe(
    base_url: str, model: str, *, api_key: str | None = None, transport: Any = None
) -> ServerCapabilities:
    """What ``base_url`` says about itself and ``model`` (nothing is raised: what cannot be
    learned stays None). ``transport`` is for tests (an httpx transport)."""
    import httpx  # here, not at the top: a run from files needs no httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    caps: dict[str, Any] = {"details": {}}
    root = _root(base_url)
    async with httpx.AsyncClient(
        headers=headers, timeout=PROBE_TIMEOUT_S, transport=transport, verify=httpx_context()
    ) as client:
        try:
            listing = await _get(client, f"{server_key(base_url)}/models", timeouts=True)
        except _Unanswered:
            # llama-cpp-python answers no GET while it computes a request: nothing to learn.
            caps["details"]["unanswered"] = True
            listing = None
        entries = listing.get("data", []) if isinstance(listing, dict) else []
        entries = [e for e in entries if isinstance(e, dict)]
        caps["details"]["models"] = sorted(str(e.get("id")) for e in entries)[:50]
        entry = next((e for e in entries if e.get("id") == model), None)
        if entry is None and len(entries) == 1:
            entry = entries[0]  # a one-model server answers any name with its model
        if entry is not None:
            _from_models(entry, caps)
        props = await _get(client, f"{root}/props")
        if isinstance(props, dict) and "default_generation_settings" in props:
            caps["kind"] = "llama.cpp"
            settings = props.get("default_generation_settings") or {}
            window = _int(settings.get("n_ctx")) if isinstance(settings, dict) else None
            caps["context_window"] = window or caps.get("context_window")
            caps["parallel"] = _int(props.get("total_slots"))
            if isinstance(props.get("model_path"), str):
                caps["served"] = props["model_path"].replace("\\", "/").rsplit("/", 1)[-1]
        if caps.get("kind") == "ollama":
            tags = await _get(client, f"{root}/api/tags")
            for item in tags.get("models", []) if isinstance(tags, dict) else []:
                if isinstance(item, dict) and model in (item.get("name"), item.get("model")):
                    caps["served"] = item.get("digest")
        elif caps.get("kind") is None:
            studio = await _get(client, f"{root}/api/v0/models")
            for item in studio.get("data", []) if isinstance(studio, dict) else []:
                if isinstance(item, dict) and item.get("id") == model:
                    caps["kind"] = "lmstudio"
                    window = _int(item.get("loaded_context_length")) or _int(
                        item.get("max_context_length")
                    )
                    caps["context_window"] = window or caps.get("context_window")
    if caps.get("kind") in ONE_AT_A_TIME_KINDS:
        caps["parallel"] = 1
    if urlsplit(base_url).hostname == "api.openai.com":
        caps["kind"] = "openai"
    return ServerCapabilities(
        base_url=server_key(base_url),
        model=model,
        context_window=caps.get("context_window"),
        served=caps.get("served"),
        parallel=caps.get("parallel"),
        kind=caps.get("kind"),
        details=caps["details"],
    )


class ServerMemory(Protocol):
    """Where learned capabilities are kept (the ``Store``)."""

    def get_server(self, base_url: str, model: str) -> ServerCapabilities | None: ...

    def put_server(self, caps: ServerCapabilities) -> None: ...


async def learn(
    memory: ServerMemory,
    base_url: str,
    model: str,
    *,
    api_key: str | None = None,
    refresh: bool = False,
    transport: Any = None,
) -> ServerCapabilities:
    """What is known of ``base_url`` and ``model``: from ``memory`` when it was learned before
    (unless ``refresh``), else probed now and kept. A refresh keeps the answer format learned
    from earlier calls (a probe cannot see it)."""
    known = memory.get_server(base_url, model)
    if known is not None and not refresh:
        return known
    found = await probe(base_url, model, api_key=api_key, transport=transport)
    if found.details.get("unanswered"):
        # A busy or absent server taught nothing: keep what was known, and probe next time.
        log.warning(
            "%s did not answer GET /models within %.0f s (busy computing another request?); "
            "nothing learned",
            found.base_url,
            PROBE_TIMEOUT_S,
        )
        return known or found
    if known is not None:
        found = dataclasses.replace(
            found,
            mode=known.mode,
            context_window=found.context_window or known.context_window,
        )
    memory.put_server(found)
    log.info(
        "learned %s %s: %s, window %s, serves %s",
        found.base_url,
        model,
        found.kind or "unknown server",
        found.context_window or "unknown",
        found.served or "(not said)",
    )
    return found


def remember(memory: ServerMemory, base_url: str, model: str, **changes: Any) -> None:
    """Add what a call found out (``mode=``, ``context_window=``) to what is kept."""
    known = memory.get_server(base_url, model) or ServerCapabilities(
        base_url=server_key(base_url), model=model
    )
    updated = dataclasses.replace(known, **changes)
    if updated != known:
        memory.put_server(updated)
