"""Reading ``config.toml``: the file, then environment overrides, each problem one clear error.

Secrets (the API key, the SMTP password, the Slack webhook URL) come from the environment only;
a config file that holds one is refused.
"""

from __future__ import annotations

import difflib
import logging
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_args, get_origin
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from briefing.config.models import Config
from briefing.config.paths import config_path
from briefing.exceptions import ConfigError
from briefing.language import check_language

__all__ = ["ENV_OVERRIDES", "SECRET_ENV_VARS", "apply_env_overrides", "load_config"]

logger = logging.getLogger(__name__)

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


# Environment variable → the config key it overrides (after the file, before flags).
ENV_OVERRIDES: dict[str, tuple[str, ...]] = {
    "BRIEFING_MODEL": ("model",),
    "OPENAI_BASE_URL": ("base_url",),
    "BRIEFING_BASE_URL": ("base_url",),  # applied after OPENAI_BASE_URL, so it wins
    "BRIEFING_BACKEND": ("backend",),
    "BRIEFING_TIMEZONE": ("timezone",),
    "BRIEFING_IDLE_TIMEOUT": ("idle_timeout_s",),
    "BRIEFING_DEADLINE": ("deadline_s",),
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
    config = apply_env_overrides(_validate(raw, where=str(path)), env)
    try:
        language = check_language(config.language)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return config.model_copy(update={"language": language})


def apply_env_overrides(config: Config, env: Mapping[str, str]) -> Config:
    """``config`` with the variables of :data:`ENV_OVERRIDES` that are set in ``env`` applied.

    The one place these variables are read; applying them twice changes nothing. A bad value
    raises one :class:`ConfigError` naming the variable.
    """
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
