"""Where things live: ``$BRIEFING_HOME`` when set, else the platform's user directories.

The cache (the tokenizer's files, rebuilt when missing) can be put elsewhere on its own with
``$BRIEFING_CACHE_DIR``: several homes, or a CI job that keeps its cache between runs, then
share one copy."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "cache_dir", "config_path", "data_dir", "home_dir"]

APP_NAME = "briefing"


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
    """``$BRIEFING_CACHE_DIR`` when set, else ``cache/`` under ``$BRIEFING_HOME``, else the
    platform's user cache directory."""
    env = os.environ if env is None else env
    own = env.get("BRIEFING_CACHE_DIR")
    if own:
        return Path(own).expanduser()
    home = home_dir(env)
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
