"""Settings for one run (the model backend): flags > environment > the config file > defaults.

The API key comes from ``OPENAI_API_KEY`` only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from briefing.exceptions import ConfigError

if TYPE_CHECKING:
    from briefing.config.models import Config

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
        values: dict[str, object] = _model_env(env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)

    @classmethod
    def from_config(
        cls, config: Config, env: Mapping[str, str] | None = None, **flag_overrides: object
    ) -> Settings:
        """Flags (those not None) > environment > the config file > defaults.

        The API key comes from ``OPENAI_API_KEY`` only.
        """
        env = os.environ if env is None else env
        values: dict[str, object] = {"backend": config.backend, "model": config.model}
        if config.base_url:
            values["base_url"] = config.base_url
        values.update(_model_env(env))
        values.update({k: v for k, v in flag_overrides.items() if v is not None})
        return cls.model_validate(values)

    @property
    def resolved_backend(self) -> Literal["offline", "openai"]:
        if self.backend != "auto":
            return self.backend
        return "openai" if (self.api_key or self.base_url) else "offline"


def _model_env(env: Mapping[str, str]) -> dict[str, object]:
    values: dict[str, object] = {}
    if env.get("OPENAI_API_KEY"):
        values["api_key"] = SecretStr(env["OPENAI_API_KEY"])
    base_url = env.get("BRIEFING_BASE_URL") or env.get("OPENAI_BASE_URL")
    if base_url:
        values["base_url"] = base_url
    if env.get("BRIEFING_MODEL"):
        values["model"] = env["BRIEFING_MODEL"]
    backend = env.get("BRIEFING_BACKEND")
    if backend:
        if backend not in ("auto", "offline", "openai"):
            raise ConfigError(
                f"BRIEFING_BACKEND: {backend!r} should be 'auto', 'offline' or 'openai'"
            )
        values["backend"] = backend
    return values
