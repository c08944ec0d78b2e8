"""Settings and the config file: where things live, what the user configured, what overrides it.

Precedence, highest first: command-line flags > environment variables > ``config.toml`` > defaults.
Secrets (the API key, the SMTP password, the Slack webhook URL) come from the environment only;
a config file that holds one is refused, and they are never printed or stored.

Paths: ``BRIEFING_HOME`` moves everything (``$BRIEFING_HOME/config.toml``, ``data/``, ``cache/``);
without it the platform's user config, data and cache directories for "briefing" are used.
``BRIEFING_CACHE_DIR`` moves the cache alone (it holds only what a run can rebuild).

- :mod:`~briefing.config.paths`     where the config, data and cache live
- :mod:`~briefing.config.settings`  ``Settings`` for one run (the model backend)
- :mod:`~briefing.config.models`    ``Config`` and its sections, ``SourceConfig``, ``FetchConfig``
- :mod:`~briefing.config.load`      reading the file, environment overrides, error messages
- :mod:`~briefing.config.edit`      ``brief init`` and ``brief sources add/remove`` (tomlkit)

The default file is ``briefing/data/config.toml``. The editing functions are imported on first
use of their names: only the commands that write the file load tomlkit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from briefing.config.load import ENV_OVERRIDES, SECRET_ENV_VARS, load_config
from briefing.config.models import (
    Config,
    EmailConfig,
    FetchConfig,
    NotifyConfig,
    OutletsConfig,
    PriceOverride,
    ProfileConfig,
    SiteConfig,
    SlackConfig,
    SourceConfig,
    SourceKind,
    TopicsConfig,
)
from briefing.config.paths import APP_NAME as APP_NAME, cache_dir, config_path, data_dir, home_dir
from briefing.config.settings import DEFAULT_MODEL, BackendChoice, Settings

if TYPE_CHECKING:
    from briefing.config.edit import (
        DEFAULT_CONFIG_TOML as DEFAULT_CONFIG_TOML,
        add_source,
        add_sources,
        checked_source,
        remove_source,
        write_default_config,
    )

__all__ = [
    "DEFAULT_CONFIG_TOML",
    "DEFAULT_MODEL",
    "ENV_OVERRIDES",
    "SECRET_ENV_VARS",
    "BackendChoice",
    "Config",
    "EmailConfig",
    "FetchConfig",
    "NotifyConfig",
    "OutletsConfig",
    "PriceOverride",
    "ProfileConfig",
    "Settings",
    "SiteConfig",
    "SlackConfig",
    "SourceConfig",
    "SourceKind",
    "TopicsConfig",
    "add_source",
    "add_sources",
    "cache_dir",
    "checked_source",
    "config_path",
    "data_dir",
    "home_dir",
    "load_config",
    "remove_source",
    "write_default_config",
]


def __getattr__(name: str) -> object:
    """A name of ``__all__`` not bound yet is one of ``briefing.config.edit``'s: loaded now."""
    if name in __all__:
        return getattr(importlib.import_module("briefing.config.edit"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
