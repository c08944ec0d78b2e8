"""Where things live: ``$BRIEFING_HOME`` when set, else the platform's user directories."""

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
    home = home_dir(env)
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
