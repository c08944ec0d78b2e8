"""Settings for one run (the model backend): flags > environment > the config file > defaults.

The environment overrides are those of ``briefing.config.load.ENV_OVERRIDES`` (the one table);
the API key comes from ``OPENAI_API_KEY`` only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

if TYPE_CHECKING:
    from briefing.config.models import Config

__all__ = [
    "DEFAULT_DEADLINE_S",
    "DEFAULT_IDLE_TIMEOUT_S",
    "DEFAULT_MODEL",
    "BackendChoice",
    "Settings",
]

DEFAULT_MODEL = "gpt-4.1-mini"
# A local server sends nothing while it reads the prompt (SmolLM2-135M on a 2-core CPU reads
# ~150 tokens/s, so 8k tokens take ~55 s); a call may take several minutes while tokens flow.
DEFAULT_IDLE_TIMEOUT_S = 300.0
DEFAULT_DEADLINE_S = 1800.0

BackendChoice = Literal["auto", "offline", "openai"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: BackendChoice = "auto"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, repr=False)
    max_concurrency: int = Field(default=4, ge=1, le=64)
    idle_timeout_s: float = Field(default=DEFAULT_IDLE_TIMEOUT_S, gt=0)
    deadline_s: float | None = Field(default=DEFAULT_DEADLINE_S, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)
    # Per model (config ``[models."NAME"]``, flags) and per server (what it was found to do).
    temperature: float | None = Field(default=None, ge=0, le=2)
    frequency_penalty: float | None = None
    repeat_penalty: float | None = None
    one_at_a_time: bool = False
    start_mode: Literal["json_schema", "json_object", "text"] | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """The defaults, then the environment, then flags (those not None)."""
        from briefing.config.models import Config

        return cls.from_config(Config(), env, **overrides)

    @classmethod
    def from_config(
        cls, config: Config, env: Mapping[str, str] | None = None, **flag_overrides: object
    ) -> Settings:
        """Flags (those not None) > environment > the config file > defaults.

        The environment is applied to ``config`` by ``apply_env_overrides`` (a config from
        ``load_config`` already has it; applying it again changes nothing). The API key comes
        from ``OPENAI_API_KEY`` only.
        """
        from briefing.config.load import SECRET_ENV_VARS, apply_env_overrides

        env = os.environ if env is None else env
        config = apply_env_overrides(config, env)
        values: dict[str, object] = {
            "backend": config.backend,
            "model": config.model,
            "idle_timeout_s": config.idle_timeout_s,
            "deadline_s": config.deadline_s,
        }
        if config.base_url:
            values["base_url"] = config.base_url
        api_key = env.get(SECRET_ENV_VARS["API key"])
        if api_key:
            values["api_key"] = SecretStr(api_key)
        values.update({k: v for k, v in flag_overrides.items() if v is not None})
        per_model = config.model_settings(str(values["model"]))
        for key in ("temperature", "frequency_penalty", "repeat_penalty"):
            if values.get(key) is None and getattr(per_model, key) is not None:
                values[key] = getattr(per_model, key)
        return cls.model_validate(values)

    @property
    def resolved_backend(self) -> Literal["offline", "openai"]:
        if self.backend != "auto":
            return self.backend
        return "openai" if (self.api_key or self.base_url) else "offline"
