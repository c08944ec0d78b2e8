"""Model backends: the protocol, and a factory that builds one from settings."""

from __future__ import annotations

from briefing.backends.base import Backend, LLMRequest, LLMResponse, RenderedPrompt
from briefing.config import Settings

__all__ = ["Backend", "LLMRequest", "LLMResponse", "RenderedPrompt", "make_backend"]


def make_backend(settings: Settings) -> Backend:
    """The backend the settings ask for (``auto``: OpenAI when a key or base URL is set)."""
    if settings.resolved_backend == "offline":
        from briefing.backends.offline import OfflineBackend

        return OfflineBackend()
    from briefing.backends.openai import OpenAIBackend
    from briefing.backends.options import CallOptions

    options = CallOptions(
        idle_timeout_s=settings.idle_timeout_s,
        deadline_s=settings.deadline_s,
        temperature=settings.temperature,
        frequency_penalty=settings.frequency_penalty,
        repeat_penalty=settings.repeat_penalty,
        one_at_a_time=settings.one_at_a_time,
    )
    return OpenAIBackend(
        model=settings.model,
        api_key=settings.api_key.get_secret_value() if settings.api_key else None,
        base_url=settings.base_url,
        max_concurrency=settings.max_concurrency,
        max_retries=settings.max_retries,
        options=options,
        start_mode=settings.start_mode,
    )
