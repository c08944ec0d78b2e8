"""Settings and the config file: where things live, what the user configured, what overrides it.

Precedence, highest first: command-line flags > environment variables > ``config.toml`` > defaults.
Secrets (the API key, the SMTP password, the Slack webhook URL) come from the environment only;
a config file that holds one is refused, and they are never printed or stored.

Paths: ``BRIEFING_HOME`` moves everything (``$BRIEFING_HOME/config.toml``, ``data/``, ``cache/``);
without it the platform's user config, data and cache directories for "briefing" are used.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
import tomlkit
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from tomlkit.items import AoT, Array, Table, Whitespace

from briefing.exceptions import ConfigError

__all__ = [
    "DEFAULT_MODEL",
    "ENV_OVERRIDES",
    "SECRET_ENV_VARS",
    "BackendChoice",
    "Config",
    "EmailConfig",
    "FetchConfig",
    "OutletsConfig",
    "PriceOverride",
    "Settings",
    "SlackConfig",
    "SourceConfig",
    "SourceKind",
    "TopicsConfig",
    "add_source",
    "cache_dir",
    "config_path",
    "data_dir",
    "home_dir",
    "load_config",
    "remove_source",
    "write_default_config",
]

DEFAULT_MODEL = "gpt-4.1-mini"

BackendChoice = Literal["auto", "offline", "openai"]

APP_NAME = "briefing"

#: What each secret is called in the environment, the only place it may come from.
SECRET_ENV_VARS = {
    "API key": "OPENAI_API_KEY",
    "SMTP password": "BRIEFING_SMTP_PASSWORD",
    "Slack webhook URL": "BRIEFING_SLACK_WEBHOOK_URL",
}

# Keys refused anywhere in the file, and the environment variable to use instead.
_SECRET_KEYS = {
    "api_key": "OPENAI_API_KEY",
    "openai_api_key": "OPENAI_API_KEY",
    "key": "OPENAI_API_KEY",
    "password": "BRIEFING_SMTP_PASSWORD",
    "smtp_password": "BRIEFING_SMTP_PASSWORD",
    "webhook_url": "BRIEFING_SLACK_WEBHOOK_URL",
    "slack_webhook_url": "BRIEFING_SLACK_WEBHOOK_URL",
    "webhook": "BRIEFING_SLACK_WEBHOOK_URL",
}


# -- Paths ---------------------------------------------------------------------------------------


def home_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """``$BRIEFING_HOME`` when set (everything lives under it), else None (platform dirs)."""
    env = os.environ if env is None else env
    home = env.get("BRIEFING_HOME")
    return Path(home).expanduser() if home else None


def config_path(env: Mapping[str, str] | None = None) -> Path:
    home = home_dir(env)
    base = home if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return base / "config.toml"


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    home = home_dir(env)
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    home = home_dir(env)
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


# -- Settings for one run (the model backend) ----------------------------------------------------


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
    """Slack settings; the webhook URL comes from BRIEFING_SLACK_WEBHOOK_URL only."""

    model_config = ConfigDict(extra="forbid")

    username: str | None = None


class Config(BaseModel):
    """Everything ``config.toml`` may hold, after environment overrides."""

    model_config = ConfigDict(extra="forbid")

    language: str = Field(default="en", pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
    timezone: str = "UTC"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    backend: BackendChoice = "auto"
    max_cost: float | None = Field(default=None, gt=0)
    sources: list[SourceConfig] = Field(default_factory=list)
    topics: TopicsConfig = Field(default_factory=TopicsConfig)
    outlets: OutletsConfig = Field(default_factory=OutletsConfig)
    prices: dict[str, PriceOverride] = Field(default_factory=dict)
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    email: EmailConfig = Field(default_factory=EmailConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)

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

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def prices_for(self, model: str) -> dict[str, float]:
        """The overrides for ``model`` in the form ``plan.model_info(prices=...)`` takes."""
        override = self.prices.get(model)
        return {} if override is None else override.model_dump(exclude_none=True)


# Environment variable → the config key it overrides (after the file, before flags).
ENV_OVERRIDES: dict[str, tuple[str, ...]] = {
    "BRIEFING_MODEL": ("model",),
    "OPENAI_BASE_URL": ("base_url",),
    "BRIEFING_BASE_URL": ("base_url",),  # applied after OPENAI_BASE_URL, so it wins
    "BRIEFING_BACKEND": ("backend",),
    "BRIEFING_TIMEZONE": ("timezone",),
    "BRIEFING_EMAIL_FROM": ("email", "from_addr"),
    "BRIEFING_EMAIL_TO": ("email", "to"),
    "BRIEFING_SMTP_URL": ("email", "smtp_url"),
}


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read ``path`` (default :func:`config_path`), then apply environment overrides.

    A missing file gives the defaults. Every problem raises one :class:`ConfigError` that names
    the file or environment variable, the key and what is wrong.
    """
    env = os.environ if env is None else env
    path = config_path(env) if path is None else path
    raw = _read_toml(path)
    config = _validate(raw, where=str(path))
    overrides: dict[str, Any] = config.model_dump()
    applied: list[str] = []
    for var, keys in ENV_OVERRIDES.items():
        value = env.get(var, "").strip()
        if not value:
            continue
        target = overrides
        for key in keys[:-1]:
            target = target[key]
        addresses = [a.strip() for a in value.split(",") if a.strip()]
        target[keys[-1]] = addresses if var == "BRIEFING_EMAIL_TO" else value
        applied.append(var)
    if not applied:
        return config
    try:
        return Config.model_validate(overrides)
    except ValidationError as exc:
        by_key = {".".join(k): var for var, k in ENV_OVERRIDES.items() if var in applied}
        lines = [
            f"{by_key.get(_dotted(e['loc'][:2]), 'environment')}: {_problem(e)}"
            for e in exc.errors()
        ]
        raise ConfigError("; ".join(lines)) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_error(path, str(exc))) from None
    _refuse_secrets(raw, path)
    return raw


def _toml_error(path: Path, message: str) -> str:
    # tomllib: "Expected '=' after a key in a key/value pair (at line 12, column 5)"
    head, sep, tail = message.rpartition(" (at line ")
    if not sep:
        return f"{path}: {message}"
    line, _, column = tail.rstrip(")").partition(", column ")
    text = head[:1].lower() + head[1:]
    return f"{path} line {line}, column {column}: {text}"


def _refuse_secrets(node: Any, path: Path, where: str = "") -> None:
    if isinstance(node, list):
        for i, item in enumerate(node):
            _refuse_secrets(item, path, f"{where}[{i}]")
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        dotted = f"{where}.{key}" if where else key
        var = _SECRET_KEYS.get(key.lower())
        if var:
            raise ConfigError(
                f"{path}: {dotted}: secrets belong in the environment, not the config file; "
                f"remove it and set {var} instead"
            )
        if key == "smtp_url" and isinstance(value, str) and urlsplit(value).password:
            raise ConfigError(
                f"{path}: {dotted}: holds a password; keep only the user "
                "(smtp://user@host:587) and set BRIEFING_SMTP_PASSWORD instead"
            )
        _refuse_secrets(value, path, dotted)


def _validate(raw: dict[str, Any], *, where: str) -> Config:
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        problems = [_located(_dotted(e["loc"]), _problem(e)) for e in exc.errors()]
    if len(problems) == 1:
        raise ConfigError(f"{where}: {problems[0]}")
    raise ConfigError(f"{where}: {len(problems)} problems:\n  " + "\n  ".join(problems))


def _located(key: str, problem: str) -> str:
    # a list validator's message already names the entry: "sources[1] (…) duplicates sources[0]"
    return problem if problem.startswith(f"{key}[") else f"{key}: {problem}"


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _problem(error: Any) -> str:
    if error["type"] == "extra_forbidden":
        return _unknown_key(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    value = error.get("input")
    if error["type"] not in ("value_error", "missing") and isinstance(value, str | int | float):
        message += f" (got {value!r})"
    return message


def _unknown_key(loc: tuple[int | str, ...]) -> str:
    """'unknown key' plus the keys allowed there and the nearest match."""
    model: type[BaseModel] | None = Config
    skip_dict_key = False
    for part in loc[:-1]:
        if isinstance(part, int) or skip_dict_key or model is None:
            skip_dict_key = False
            continue
        field = model.model_fields.get(part)
        annotation = field.annotation if field else None
        skip_dict_key = get_origin(annotation) is dict
        candidates = [annotation, *get_args(annotation)]
        model = next(
            (c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None
        )
    if model is None:
        return "unknown key"
    known = sorted(model.model_fields)
    close = difflib.get_close_matches(str(loc[-1]), known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown key; {hint}known keys: {', '.join(known)}"


# -- Writing and editing the file (comments and layout kept) -------------------------------------


def write_default_config(path: Path | None = None, *, force: bool = False) -> Path:
    """Write the commented default config to ``path``; refuse to overwrite unless ``force``."""
    path = config_path() if path is None else path
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists; use --force to overwrite it")
    _write_atomic(path, DEFAULT_CONFIG_TOML)
    return path


def add_source(
    path: Path | None,
    location: str,
    kind: SourceKind = "auto",
    name: str | None = None,
    full_text: bool = False,
) -> SourceConfig:
    """Validate and append a source to the config file (created if missing)."""
    path = config_path() if path is None else path
    source = _checked_source(location, kind, name, full_text)
    config = load_config(path, env={})
    key = _source_key(source.location)
    for i, existing in enumerate(config.sources):
        if _source_key(existing.location) == key:
            raise ConfigError(f"{source.location} is already configured (sources[{i}])")
    if not path.exists():
        write_default_config(path)
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    entry = {k: v for k, v in source.model_dump(exclude_defaults=True).items()}
    entry["location"] = source.location
    entry.setdefault("kind", source.kind)
    existing_sources = doc.get("sources")
    if isinstance(existing_sources, Array):
        inline = tomlkit.inline_table()
        inline.update(entry)
        existing_sources.append(inline)
    else:
        table = tomlkit.table()
        for k in ("location", "kind", "name", "full_text"):
            if k in entry:
                table.add(k, entry[k])
        table.add(tomlkit.nl())
        if isinstance(existing_sources, AoT):
            _end_with_blank_line(existing_sources)
            existing_sources.append(table)
        else:
            doc.append("sources", tomlkit.aot())
            sources = doc["sources"]
            assert isinstance(sources, AoT)
            sources.append(table)
    _save(doc, path)
    return source


def remove_source(path: Path | None, location: str) -> SourceConfig:
    """Remove the source at ``location`` from the config file and return it."""
    path = config_path() if path is None else path
    config = load_config(path, env={})
    key = _source_key(_normalise_location(location))
    index = next((i for i, s in enumerate(config.sources) if _source_key(s.location) == key), None)
    if index is None:
        raise ConfigError(f"no source {location!r} in {path} (see: brief sources list)")
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    sources = doc["sources"]
    assert isinstance(sources, AoT | Array)
    if len(sources) == 1:
        del doc["sources"]
    else:
        del sources[index]
    _save(doc, path)
    return config.sources[index]


def _checked_source(
    location: str, kind: SourceKind, name: str | None, full_text: bool
) -> SourceConfig:
    location = location.strip()
    if not location:
        raise ConfigError("source location is empty")
    if "://" in location:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"{location}: a source URL must start with http:// or https://")
        if kind == "folder":
            raise ConfigError(f"{location}: --kind folder needs a local folder, not a URL")
    else:
        if kind in ("feed", "page"):
            raise ConfigError(f"{location}: --kind {kind} needs an http(s) URL")
        folder = Path(location).expanduser()
        if not folder.is_dir():
            problem = "is not a folder" if folder.exists() else "does not exist"
            raise ConfigError(f"{location}: {problem} (a source is a URL or a local folder)")
        location, kind = str(folder.resolve()), "folder"
    return SourceConfig(location=location, kind=kind, name=name or None, full_text=full_text)


def _normalise_location(location: str) -> str:
    location = location.strip()
    if "://" in location:
        return location
    folder = Path(location).expanduser()
    return str(folder.resolve()) if folder.exists() else location


def _source_key(location: str) -> str:
    """Two locations are the same source when they differ only in case of host or a final /."""
    if "://" not in location:
        return location.rstrip("/") or location
    parts = urlsplit(location)
    return parts._replace(netloc=parts.netloc.lower(), path=parts.path.rstrip("/")).geturl()


def _end_with_blank_line(aot: AoT) -> None:
    if len(aot):
        last: Table = aot[-1]
        body = last.value.body
        if not body or not isinstance(body[-1][1], Whitespace):
            last.add(tomlkit.nl())


def _save(doc: tomlkit.TOMLDocument, path: Path) -> None:
    text = tomlkit.dumps(doc)
    _validate(_loads_checked(text, path), where=str(path))  # never write a file we cannot read
    _write_atomic(path, text)


def _loads_checked(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - tomlkit wrote invalid TOML
        raise ConfigError(_toml_error(path, str(exc))) from None


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


DEFAULT_CONFIG_TOML = """\
# briefing configuration. Written by `brief init`; edit freely, comments are kept.
#
# Precedence, highest first: command-line flags > environment variables > this file > defaults.
# Secrets never go here; set them in the environment:
#   OPENAI_API_KEY              the model API key
#   BRIEFING_SMTP_PASSWORD      the SMTP password for the email digest
#   BRIEFING_SLACK_WEBHOOK_URL  the Slack incoming webhook
# Show the effective settings with `brief config show`.

# Output language of the briefing (an ISO 639 code like "en", "de", "pt-BR").
# language = "en"

# Time zone of "today" and of the dates shown (IANA name). Env: BRIEFING_TIMEZONE.
# timezone = "Europe/Berlin"

# Model and server. Env: BRIEFING_MODEL, BRIEFING_BASE_URL (or OPENAI_BASE_URL), BRIEFING_BACKEND.
# model = "gpt-4.1-mini"
# base_url = "http://localhost:8000/v1"    # any OpenAI-compatible server
# backend = "auto"                         # auto | offline | openai

# Refuse a run whose estimated cost is above this many US dollars.
# max_cost = 0.50

# Topics or keywords: stories that match `favour` rank higher; stories that match `exclude`
# are left out.
[topics]
# favour = ["ukraine", "markets"]
# exclude = ["celebrity"]

# Outlets by name or domain: a non-empty `allow` keeps only those; `block` drops these.
[outlets]
# allow = ["reuters.com", "apnews.com"]
# block = ["example-tabloid.com"]

# Fetching limits for feeds and pages.
[fetch]
# concurrency = 8        # requests in flight at once
# per_host = 2           # at once to one host
# timeout_s = 20.0       # seconds per request
# max_bytes = 5000000    # larger responses are cut off and reported
# max_redirects = 5
# user_agent = "briefing/0.1 (+https://pypi.org/project/briefing/)"

# Email digest. Env: BRIEFING_SMTP_URL, BRIEFING_EMAIL_FROM, BRIEFING_EMAIL_TO (comma-separated);
# the password comes from BRIEFING_SMTP_PASSWORD only.
[email]
# smtp_url = "smtp://me@mail.example.org:587"    # smtps://...:465, smtp+plain:// for a local relay
# from_addr = "Briefing <briefing@example.org>"
# to = ["me@example.org"]
# subject_prefix = "Briefing"
# list_unsubscribe = "<mailto:briefing@example.org?subject=unsubscribe>"

# Slack; the webhook URL comes from BRIEFING_SLACK_WEBHOOK_URL only.
[slack]
# username = "Briefing"

# Price and limit overrides for a model, when yours differ from the built-in table
# (USD per 1M tokens; context and max_output in tokens).
# [prices."my-local-model"]
# input = 0.0
# cached_input = 0.0
# output = 0.0
# context = 32768
# max_output = 4096

# Sources: a feed (RSS, Atom, JSON Feed), an article page, or a local folder of files.
# Add them with `brief sources add LOCATION`, or by hand:
#   kind      = auto | feed | page | folder (auto: decided from what the URL returns)
#   name      = the outlet name to use when the source gives none
#   full_text = true: feed items with only a teaser fetch the article page
#
# [[sources]]
# location = "https://example.org/world/rss"
# kind = "feed"
# name = "Example World"
# full_text = true

"""
