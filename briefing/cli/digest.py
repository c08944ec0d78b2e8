"""``brief digest``: deliver today's briefing by email, Slack and/or Apprise push channels,
exactly once."""

from __future__ import annotations

import datetime as dt
import os
import sys

import click

from briefing.cli._common import (
    EXIT_WRITTEN_WITH_FAILURES,
    common_options,
    configure_logging,
    console,
    handle_errors,
    parse_now,
)
from briefing.config import Config, load_config
from briefing.dates import briefing_date
from briefing.deliver import Channel
from briefing.digest import run_digest
from briefing.exceptions import ConfigError, DeliveryError
from briefing.profiles import profile_channels

# Exit code when any delivery failed (cron mails the output of a failing job).
EXIT_DELIVERY_FAILED = DeliveryError.exit_code


def _channels(
    config: Config,
    email: bool,
    slack: bool,
    notify: tuple[str, ...],
    push: bool,
    profiles: tuple[str, ...] = (),
) -> list[Channel]:
    env = dict(os.environ)
    channels: list[Channel] = profile_channels(config, profiles, env) if profiles else []
    if email:
        from briefing.deliver.email import EmailChannel

        channels.append(EmailChannel.from_config(config.email, env, timezone=config.timezone))
    if slack:
        from briefing.deliver.slack import SlackChannel

        channels.append(SlackChannel.from_config(config.slack, env))
    if notify or push:
        from briefing.deliver.push import push_channels

        if push and not config.notify:
            raise ConfigError("--push: the config has no [[notify]] entry (see `brief setup`)")
        channels.extend(push_channels(list(notify), config.notify if push else [], env))
    if not channels:
        raise ConfigError(
            "nothing to deliver to: pass --email, --slack, --push, --notify URL or --profile NAME"
        )
    return channels


@click.command()
@click.option(
    "--email", is_flag=True, help="Email the digest (BRIEFING_SMTP_URL, _EMAIL_FROM, _TO)."
)
@click.option("--slack", is_flag=True, help="Post it to the webhook in BRIEFING_SLACK_WEBHOOK_URL.")
@click.option(
    "--notify",
    "notify",
    multiple=True,
    metavar="URL",
    help="Also send to this Apprise URL (repeatable; e.g. ntfy://host/topic). The URL holds a "
    "secret: prefer [[notify]] in the config, which reads it from the environment.",
)
@click.option("--push", is_flag=True, help="Send to every [[notify]] channel of the config.")
@click.option(
    "--profile",
    "profiles",
    multiple=True,
    metavar="NAME",
    help="Send team NAME's view of the briefing to its own channels ([profiles.NAME]; "
    "repeatable). A view costs no model call.",
)
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send and record nothing.")
@click.option("--force", is_flag=True, help="Send again what was already sent for that date.")
@click.option(
    "--date",
    "day",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Deliver the stored briefing of this date (default: today, made if needed).",
)
@click.option(
    "--batch",
    is_flag=True,
    help="Make the briefing with the map calls sent through the Batch API (half price, "
    "answered within 24 hours).",
)
@common_options
@handle_errors
def digest(
    email: bool,
    slack: bool,
    notify: tuple[str, ...],
    push: bool,
    profiles: tuple[str, ...],
    dry_run: bool,
    force: bool,
    day: dt.datetime | None,
    batch: bool,
    now: str | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Deliver the day's briefings (making one from the configured sources if there is none)
    by email, to Slack and/or to push channels (Discord, Teams, Telegram, ntfy, … through
    Apprise): every daily briefing of the date not yet delivered, one message each, oldest
    first. A rerun sends nothing already sent; a failed or partial send is retried by the
    next run, from the first unsent part. Exit 0 when every delivery succeeded, 7 when any
    failed or lost a recipient, 8 when they did but a source failed while making the briefing
    (one line each; both always reported, even with --quiet), 10 when another run holds the
    lock.

    \b
    Examples:
      brief digest --email --slack
      brief digest --email --slack --dry-run
      brief digest --push
      brief digest --profile markets --profile policy --dry-run
      brief digest --notify ntfy://ntfy.example.org/my-topic
      brief digest --email --batch
      brief digest --slack --date 2026-11-24 --force
    """
    configure_logging(debug, quiet)
    config = load_config()
    channels = _channels(config, email, slack, notify, push, profiles)
    moment = parse_now(now) or dt.datetime.now(dt.UTC)
    date = day.date() if day else briefing_date(moment, config.timezone)
    out = console(quiet=quiet)
    err = console(stderr=True)
    run = run_digest(
        channels,
        config=config,
        date=date,
        now=moment,
        make=day is None,
        batch=batch,
        force=force,
        dry_run=dry_run,
    )
    if run.missing:
        out.print(
            f"no briefing for {date} yet: `brief digest` would make one first "
            f"(`brief today --dry-run{' --batch' if batch else ''}` shows its plan "
            "and cost); nothing sent",
            markup=False,
            highlight=False,
        )
    if dry_run:
        for name in dict.fromkeys(profiles):  # what each team costs: nothing of its own
            out.print(
                f"profile {name}: a view of the day's briefing: 0 model calls, $0.00 "
                "(the day's briefing is made once, for every profile)",
                markup=False,
                highlight=False,
            )
    for outcome in run.outcomes:
        # Success lines are chatter (--quiet drops them); a failure or a loss always shows.
        (out if outcome.ok else err).print(
            outcome.line(),
            markup=False,
            highlight=False,
            soft_wrap=True,  # one line each
        )
    for problem in run.problems:  # sources that failed while making the briefing
        err.print(
            f"failed: {problem.source}: {problem.reason}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if not run.ok:
        sys.exit(EXIT_DELIVERY_FAILED)
    if run.problems:
        sys.exit(EXIT_WRITTEN_WITH_FAILURES)
