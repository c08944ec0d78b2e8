"""``brief init`` and ``brief config …``: the config file from the shell (``brief sources …``
is in ``sources.py``).

Each command parses its options and calls ``briefing.config``; errors are ``ConfigError`` (exit 2).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
import tomlkit

from briefing.cli._common import configure_logging, handle_errors
from briefing.config import (
    SECRET_ENV_VARS,
    config_path,
    load_config,
    write_default_config,
)
from briefing.exceptions import redact

__all__ = ["config_group", "init", "log_options", "say"]

F = TypeVar("F", bound=Callable[..., Any])


def log_options(func: F) -> F:
    """--debug and --quiet (common_options also adds --now, which means nothing here)."""
    func = click.option("--debug", is_flag=True, help="Show debug logs and tracebacks.")(func)
    func = click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")(func)
    return func


def say(message: str, *, quiet: bool) -> None:
    if not quiet:
        click.echo(message, err=True)


@click.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@log_options
@handle_errors
def init(force: bool, quiet: bool, debug: bool) -> None:
    """Write a commented config file documenting every setting, and say where.

    The file lives at the platform's user config path, or under $BRIEFING_HOME when set
    (see `brief config path`). An existing file is kept unless --force.
    """
    configure_logging(debug, quiet)
    path = write_default_config(config_path(), force=force)
    click.echo(str(path))
    say("wrote the default config; add a source with: brief sources add URL", quiet=quiet)


@click.group("config")
def config_group() -> None:
    """Show the effective configuration and where the config file lives."""


@config_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON instead of TOML.")
@log_options
@handle_errors
def config_show(as_json: bool, quiet: bool, debug: bool) -> None:
    """Show the effective config: the file, then environment overrides, then defaults.

    Secrets are never shown, only whether each is set in the environment.
    """
    configure_logging(debug, quiet)
    path = config_path()
    # only settings that act: not sections without any
    data = load_config(path).model_dump(mode="json", exclude_none=True)
    data = {k: v for k, v in data.items() if v != {}}
    if data["email"].get("smtp_url"):  # BRIEFING_SMTP_URL may carry user:password@
        data["email"]["smtp_url"] = redact(data["email"]["smtp_url"])
    secrets = {var: "set" if os.environ.get(var) else "not set" for var in SECRET_ENV_VARS.values()}
    if as_json:
        payload = {"path": str(path), "exists": path.exists(), "config": data, "secrets": secrets}
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    header = [f"# {path}" + ("" if path.exists() else " (not written yet: defaults)")]
    header += [f"# {var}: {state}" for var, state in secrets.items()]
    sys.stdout.write("\n".join(header) + "\n\n" + tomlkit.dumps(data))


@config_group.command("path")
@handle_errors
def config_path_command() -> None:
    """Print the path of the config file ($BRIEFING_HOME/config.toml when set)."""
    click.echo(str(config_path()))
