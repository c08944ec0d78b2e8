"""What a run takes from knowing its model server (``briefing.backends.capabilities``).

Before a run against an OpenAI-compatible server (``--base-url``), what was learned of it is
read from the store, or probed once and kept: the answer format to start with (no json_schema
probing again), whether it computes one request at a time (then one request, no retries), its
context window (which the planner uses), what it serves under the model name (the response
cache key), and whether that is a small model (``briefing.small``: a parameter count in what it
serves or in llama.cpp's metadata). During the run, what calls find out is added: the format
that worked, a window that an overflow error named. The user's flags and ``[models."NAME"]``
settings win over all of it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass

from briefing.backends.base import Backend
from briefing.backends.capabilities import learn, remember, window_in_error
from briefing.config import Config, Settings
from briefing.exceptions import LLMError
from briefing.small import is_small
from briefing.store import ServerCapabilities, Store

__all__ = ["KnownServer", "know_server", "window_from", "with_window"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KnownServer:
    """The run's settings and limits after what is known of the server and the model."""

    settings: Settings
    caps: ServerCapabilities | None
    context: int | None  # the window to plan for (None: the model table's)
    max_output: int | None  # the output cap per call (None: the model table's)
    served: str | None  # the cache identity of the model (None: its name)
    small: bool | None = None  # a small model (briefing.small); None: judged from its name
    output_per_item: int | None = None  # ``[models."NAME"] output_per_item`` (None: by size)

    def attach(self, backend: Backend, store: Store) -> None:
        """Keep, for the next run, each answer format the server is found to accept."""
        listen: Callable[[Callable[[str], None]], None] | None = getattr(backend, "listen", None)
        caps = self.caps
        if listen is None or caps is None:
            return
        listen(lambda mode: remember(store, caps.base_url, caps.model, mode=mode))


async def know_server(
    settings: Settings, config: Config, store: Store, *, context: int | None = None
) -> KnownServer:
    """What is known of ``settings.base_url`` for ``settings.model`` (probed on first contact),
    and the run's settings with it. ``context``: the ``--context`` flag, which wins."""
    per_model = config.model_settings(settings.model)
    context = context or per_model.context
    tag = f"{settings.model}#{per_model.cache_tag}" if per_model.cache_tag else None
    if settings.resolved_backend != "openai" or not settings.base_url:
        return KnownServer(
            settings,
            None,
            context,
            per_model.max_output,
            tag,
            per_model.small,
            per_model.output_per_item,
        )
    key = settings.api_key.get_secret_value() if settings.api_key else None
    caps = await learn(store, settings.base_url, settings.model, api_key=key)
    updates: dict[str, object] = {}
    if caps.parallel == 1:
        updates["one_at_a_time"] = True
    if caps.mode in ("json_schema", "json_object", "text"):
        updates["start_mode"] = caps.mode
    if updates:
        settings = settings.model_copy(update=updates)
    served = f"{settings.model}@{caps.served}" if caps.served else tag
    small = per_model.small
    if small is None and is_small(settings.model, caps.served, n_params=_n_params(caps)):
        small = True  # what the server serves says it (a model file, llama.cpp's metadata)
    return KnownServer(
        settings,
        caps,
        context or caps.context_window,
        per_model.max_output,
        served,
        small,
        per_model.output_per_item,
    )


def _n_params(caps: ServerCapabilities) -> int | None:
    meta = caps.details.get("meta")
    value = meta.get("n_params") if isinstance(meta, dict) else None
    return value if isinstance(value, int) and value > 0 else None


def window_from(exc: LLMError, known: KnownServer, store: Store) -> int | None:
    """The context window an error about a too-long request names, kept for the next runs;
    None when it names none, or the same window the run already planned for."""
    window = window_in_error(str(exc))
    caps = known.caps
    if window is None or caps is None or window == known.context:
        return None
    remember(store, caps.base_url, caps.model, context_window=window)
    log.warning(
        "%s runs %s with a %d-token window; planning for it", caps.base_url, caps.model, window
    )
    return window


def with_window(known: KnownServer, window: int) -> KnownServer:
    return dataclasses.replace(known, context=window)
