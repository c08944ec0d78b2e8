"""``brief models``: what OpenAI-compatible servers were found to support."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys

import click
from rich.console import Console

from briefing.backends.capabilities import learn
from briefing.cli._common import common_options, configure_logging, handle_errors
from briefing.config import Settings, load_config
from briefing.store import ServerCapabilities, Store

__all__ = ["models"]


def _row(caps: ServerCapabilities) -> dict[str, object]:
    data = dataclasses.asdict(caps)
    data["learned_at"] = caps.learned_at.isoformat()
    return data


@click.command()
@click.option(
    "--base-url",
    help="Ask this server now (and keep what it says); default: list what was learned.",
)
@click.option("--model", help="The model to ask about (default: the configured model).")
@click.option("--forget", is_flag=True, help="Forget what was learned (of --base-url, or all).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows as a JSON array.")
@common_options
@handle_errors
def models(
    base_url: str | None,
    model: str | None,
    forget: bool,
    as_json: bool,
    now: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Show what model servers were found to support: the answer format (json_schema,
    json_object or text), the context window, what is served under the name (model file or
    digest), and whether the server runs one request at a time.

    Learned on the first run against a server and kept; `--base-url` asks the server again.

    \b
    Examples:
      brief models
      brief models --base-url http://127.0.0.1:8765/v1 --model local
      brief models --base-url http://127.0.0.1:8765/v1 --forget
    """
    configure_logging(debug, quiet)
    with Store.default() as store:
        if forget:
            gone = store.forget_servers(base_url)
            click.echo(f"forgot {gone} learned server model(s)", err=True)
            return
        if base_url is not None:
            settings = Settings.from_config(load_config(), model=model, base_url=base_url)
            key = settings.api_key.get_secret_value() if settings.api_key else None
            caps = asyncio.run(learn(store, base_url, settings.model, api_key=key, refresh=True))
            rows = [caps]
        else:
            rows = store.list_servers()
    if as_json:
        sys.stdout.write(json.dumps([_row(r) for r in rows], indent=2) + "\n")
        return
    console = Console(highlight=False)
    if not rows:
        console.print(
            "nothing learned yet: run `brief today --base-url URL` or "
            "`brief models --base-url URL`",
            markup=False,
        )
        return
    for caps in rows:
        console.print(_describe(caps), markup=False, soft_wrap=True)


def _describe(caps: ServerCapabilities) -> str:
    """One server and model as a few labelled lines."""
    at_once = {None: "", 1: " (one request at a time)"}.get(
        caps.parallel, f" ({caps.parallel} requests at a time)"
    )
    window = f"{caps.context_window:,} tokens" if caps.context_window else "not said"
    served = caps.served or "not said (cached answers are keyed by the model name)"
    lines = [
        f"{caps.base_url}  {caps.model}",
        f"  server   {caps.kind or 'unknown'}{at_once}",
        f"  format   {caps.mode or 'not tried yet'}",
        f"  window   {window}",
        f"  serves   {served}",
        f"  learned  {caps.learned_at:%Y-%m-%d %H:%M %Z}",
    ]
    if caps.details.get("unanswered"):
        lines.append("  (the server did not answer now: busy computing? nothing was kept)")
    offered = caps.details.get("models")
    if isinstance(offered, list) and offered:
        lines.append("  offers   " + ", ".join(map(str, offered)))
    return "\n".join(lines)
