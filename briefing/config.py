"""Settings: where the model is and which one, from flags and the environment.

Secrets (the API key) come from the environment only and are never printed or stored.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["DEFAULT_MODEL", "BackendChoice", "Settings"]

DEFAULT_MODEL = "gpt-4.1-mini"

BackendChoice = Literal["auto", "offline", "openai"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: BackendChoice = "auto"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, repr=False)
    max_concurrency: int = Field(default=4, ge=1, le=64)
    timeout_s: float = Field(default=120.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Environment first (OPENAI_API_KEY, OPENAI_BASE_URL, BRIEFING_MODEL), then flags."""
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("OPENAI_API_KEY"):
            values["api_key"] = SecretStr(env["OPENAI_API_KEY"])
        base_url = env.get("BRIEFING_BASE_URL") or env.get("OPENAI_BASE_URL")
        if base_url:
            values["base_url"] = base_url
        if env.get("BRIEFING_MODEL"):
            values["model"] = env["BRIEFING_MODEL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)

    @property
    def resolved_backend(self) -> Literal["offline", "openai"]:
        if self.backend != "auto":
            return self.backend
        return "openai" if (self.api_key or self.base_url) else "offline"


# -- Sources and fetching: the contracts the config file, the fetcher and the CLI share -------

SourceKind = Literal["auto", "feed", "page", "folder"]


class SourceConfig(BaseModel):
    """One configured source: a feed URL, an article page URL, or a local folder."""

    model_config = ConfigDict(extra="forbid")

    location: str = Field(description="URL of a feed or page, or a local folder path.")
    kind: SourceKind = "auto"
    name: str | None = Field(default=None, description="Outlet name to use when it has none.")
    full_text: bool = Field(
        default=False, description="Feed items with only a teaser: fetch the article page."
    )


class FetchConfig(BaseModel):
    """Limits for fetching; every figure here is documented in the README."""

    model_config = ConfigDict(extra="forbid")

    concurrency: int = Field(default=8, ge=1, le=64)
    per_host: int = Field(default=2, ge=1, le=16)
    timeout_s: float = Field(default=20.0, gt=0)
    max_bytes: int = Field(default=5_000_000, ge=10_000)
    max_redirects: int = Field(default=5, ge=0, le=20)
    user_agent: str = "briefing/0.1 (+https://pypi.org/project/briefing/)"
