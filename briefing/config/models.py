"""What ``config.toml`` may hold: ``Config`` and its sections, and the source and fetch contracts
that the config file, the fetcher and the CLI share."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from briefing.config.settings import (
    DEFAULT_DEADLINE_S,
    DEFAULT_IDLE_TIMEOUT_S,
    DEFAULT_MODEL,
    BackendChoice,
)

__all__ = [
    "Config",
    "EmailConfig",
    "FetchConfig",
    "ModelSettings",
    "NotifyConfig",
    "OutletsConfig",
    "PriceOverride",
    "ProfileConfig",
    "SiteConfig",
    "SlackConfig",
    "SourceConfig",
    "SourceKind",
    "TopicsConfig",
]

# -- Sources and fetching: the contracts the config file, the fetcher and the CLI share -------

SourceKind = Literal["auto", "feed", "page", "folder"]


class SourceConfig(BaseModel):
    """One configured source: a feed URL, an article page URL, or a local folder."""

    model_config = ConfigDict(extra="forbid")

    location: str = Field(description="URL of a feed or page, or a local folder path.")
    kind: SourceKind = "auto"
    name: str | None = Field(default=None, description="Outlet name to use when it has none.")
    full_text: bool = Field(
        default=True,
        description="Feed items with only a teaser fetch their article page (false: keep teasers).",
    )
    allow_private: bool = Field(
        default=False,
        description="Item links and redirects may lead to loopback or private-network addresses "
        "(always allowed when the source itself is on one).",
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
    allow_private: bool = Field(
        default=False,
        description="Every source may lead to loopback or private-network addresses.",
    )


# -- The config file -----------------------------------------------------------------------------


class TopicsConfig(BaseModel):
    """Keywords or topics: stories matching ``favour`` rank higher, ``exclude`` are dropped."""

    model_config = ConfigDict(extra="forbid")

    favour: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)


class OutletsConfig(BaseModel):
    """Outlet names or domains; a non-empty ``allow`` keeps only those, ``block`` drops these."""

    model_config = ConfigDict(extra="forbid")

    allow: list[str] = Field(default_factory=list)
    block: list[str] = Field(default_factory=list)


class PriceOverride(BaseModel):
    """Overrides one row of ``briefing/data/models.toml``: USD per 1M tokens, and limits."""

    model_config = ConfigDict(extra="forbid")

    input: float | None = Field(default=None, ge=0)
    cached_input: float | None = Field(default=None, ge=0)
    output: float | None = Field(default=None, ge=0)
    context: int | None = Field(default=None, ge=1024)
    max_output: int | None = Field(default=None, ge=1)


class ModelSettings(BaseModel):
    """Settings of one model (``[models."NAME"]``), local models above all: its window and
    output cap when the model table does not know them, sampling that keeps a small model from
    repeating itself, and a tag to bump after swapping the model behind the same name (cached
    answers are keyed by what the server says it serves, else by the name and this tag)."""

    model_config = ConfigDict(extra="forbid")

    context: int | None = Field(default=None, ge=512, description="Context window (tokens).")
    max_output: int | None = Field(default=None, ge=16, description="Most output tokens a call.")
    temperature: float | None = Field(default=None, ge=0, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    repeat_penalty: float | None = Field(default=None, ge=0.5, le=2.5)
    cache_tag: str = Field(default="", max_length=64)
    small: bool | None = Field(
        default=None,
        description="Ask in the compact schemas (no quotes to copy); default: detected from "
        "the parameter count in the model's name or what the server serves.",
    )
    output_per_item: int | None = Field(
        default=None,
        ge=0,
        description="Output tokens a call may write per article or note it reads, plus a fixed "
        "128, within the step's cap: a looping model is stopped near what the step needs "
        "(0: the step's whole cap; default: 96 for a small model, else 0).",
    )


class EmailConfig(BaseModel):
    """Email digest settings; the SMTP password comes from BRIEFING_SMTP_PASSWORD only."""

    model_config = ConfigDict(extra="forbid")

    smtp_url: str | None = None
    from_addr: str | None = None
    to: list[str] = Field(default_factory=list)
    subject_prefix: str = "Briefing"
    list_unsubscribe: str | None = None

    @field_validator("smtp_url")
    @classmethod
    def _smtp_scheme(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("smtp", "smtps", "smtp+plain"):
            raise ValueError("should start with smtp://, smtps:// or smtp+plain://")
        return value


class SlackConfig(BaseModel):
    """``[slack]``: how the messages of a briefing are paced and retried. The webhook URL comes
    from BRIEFING_SLACK_WEBHOOK_URL only, and the channel, name and icon are the webhook's own
    (incoming webhooks of Slack apps ignore a ``username`` in the message)."""

    model_config = ConfigDict(extra="forbid")

    min_interval_s: float = Field(
        default=1.0,
        ge=0,
        le=60,
        # Slack allows about one message per second per webhook (docs/FACTS.md).
        description="Seconds between the messages of a split briefing (Slack allows about one "
        "a second per webhook).",
    )
    retry_backoff_s: float = Field(
        default=0.5,
        ge=0,
        le=60,
        description="A 5xx answer is retried after this many seconds, then twice as long each "
        "time (3 retries); a connection that could not be made, once after it.",
    )


class NotifyConfig(BaseModel):
    """A push channel (``[[notify]]``): its Apprise URL holds a secret, so the config names only
    the environment variable that holds it."""

    model_config = ConfigDict(extra="forbid")

    url_env: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Environment variable holding the Apprise URL (e.g. BRIEFING_DISCORD_URL).",
    )
    name: str | None = Field(default=None, description="Shown instead of the service's name.")
    max_chars: int | None = Field(
        default=None, ge=200, description="A smaller message size than the service allows."
    )


class SiteConfig(BaseModel):
    """``[site]``: where the web reader is written. With ``dir`` set, ``brief today`` rebuilds
    it after each briefing, and ``brief site`` and ``brief serve`` use it by default."""

    model_config = ConfigDict(extra="forbid")

    dir: str | None = Field(default=None, description="The site's folder (~ allowed).")
    base_url: str | None = Field(default=None, description="Its public http(s) address.")

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("must be the site's public http(s) address")
        return value

    @property
    def path(self) -> Path | None:
        return Path(self.dir).expanduser() if self.dir else None


class ProfileConfig(BaseModel):
    """``[profiles.NAME]``: one team's digest, a view of the day's briefing
    (``briefing.profiles``) delivered to the team's own channels by
    ``brief digest --profile NAME``."""

    model_config = ConfigDict(extra="forbid")

    topics: list[str] = Field(
        default_factory=list, description="Only sections about these topics (empty: all)."
    )
    favour: list[str] = Field(default_factory=list, description="These sections come first.")
    exclude: list[str] = Field(default_factory=list, description="Sections about these go.")
    outlets: list[str] = Field(
        default_factory=list, description="Only citations of these outlets (empty: all)."
    )
    email_to: list[str] = Field(
        default_factory=list, description="Recipients; the rest of [email] is shared."
    )
    slack_webhook_env: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Environment variable holding the team's Slack webhook URL.",
    )
    notify: list[NotifyConfig] = Field(default_factory=list)


class Config(BaseModel):
    """Everything ``config.toml`` may hold, after environment overrides."""

    model_config = ConfigDict(extra="forbid")

    # The language LLM backends write the briefing in, whatever the sources' (`--language`).
    language: str = Field(default="en", pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
    timezone: str = "UTC"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    backend: BackendChoice = "auto"
    max_cost: float | None = Field(default=None, gt=0)
    verify: bool = Field(
        default=True,
        description="Ask the model to check the bullets code could not prove (LLM backends).",
    )
    sources: list[SourceConfig] = Field(default_factory=list)
    topics: TopicsConfig = Field(default_factory=TopicsConfig)
    outlets: OutletsConfig = Field(default_factory=OutletsConfig)
    prices: dict[str, PriceOverride] = Field(default_factory=dict)
    models: dict[str, ModelSettings] = Field(default_factory=dict)
    idle_timeout_s: float = Field(default=DEFAULT_IDLE_TIMEOUT_S, gt=0)
    deadline_s: float | None = Field(default=DEFAULT_DEADLINE_S, gt=0)
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    email: EmailConfig = Field(default_factory=EmailConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)
    notify: list[NotifyConfig] = Field(default_factory=list)
    profiles: dict[str, ProfileConfig] = Field(default_factory=dict)
    site: SiteConfig = Field(default_factory=SiteConfig)

    @field_validator("profiles")
    @classmethod
    def _profile_names(cls, profiles: dict[str, ProfileConfig]) -> dict[str, ProfileConfig]:
        for name in profiles:
            if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,39}", name):
                raise ValueError(
                    f"profile name {name!r}: use lower-case letters, digits, - and _ "
                    "(it is part of every delivery's key)"
                )
        return profiles

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (use an IANA name like 'Europe/Berlin')"
            ) from None
        return value

    @field_validator("sources")
    @classmethod
    def _no_duplicates(cls, sources: list[SourceConfig]) -> list[SourceConfig]:
        seen: dict[str, int] = {}
        for i, source in enumerate(sources):
            key = _source_key(source.location)
            if key in seen:
                raise ValueError(
                    f"sources[{i}] ({source.location}) duplicates sources[{seen[key]}]"
                )
            seen[key] = i
        return sources

    def model_settings(self, model: str) -> ModelSettings:
        """The ``[models."NAME"]`` settings of ``model`` (defaults when there are none)."""
        return self.models.get(model) or ModelSettings()

    def prices_for(self, model: str) -> dict[str, float]:
        """The overrides for ``model`` in the form ``plan.model_info(prices=...)`` takes."""
        override = self.prices.get(model)
        return {} if override is None else override.model_dump(exclude_none=True)


def _source_key(location: str) -> str:
    """Two locations are the same source when they differ only in case of host or a final /."""
    if "://" not in location:
        return location.rstrip("/") or location
    parts = urlsplit(location)
    return parts._replace(netloc=parts.netloc.lower(), path=parts.path.rstrip("/")).geturl()
