"""Pure renderers of a ``Briefing``: terminal (rich), Markdown, JSON, the email digest (text and
HTML), Slack Block Kit messages, push messages (Apprise services), and the usage line.

The delivery renderers (email: Jinja2 and css-inline; Slack; push) are imported on first use of
their names, so that ``brief today`` and ``brief show`` do not load them at start-up."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from briefing.render.jsonout import render_json
from briefing.render.markdown import escape_markdown, render_markdown
from briefing.render.terminal import render_terminal
from briefing.render.usage import usage_line

if TYPE_CHECKING:
    from briefing.render.email import EmailContent, render_email
    from briefing.render.push import PushMessage, push_messages
    from briefing.render.slack import slack_messages

__all__ = [
    "EmailContent",
    "PushMessage",
    "escape_markdown",
    "push_messages",
    "render_email",
    "render_json",
    "render_markdown",
    "render_terminal",
    "slack_messages",
    "usage_line",
]

_DELIVERY = {
    "EmailContent": "email",
    "render_email": "email",
    "PushMessage": "push",
    "push_messages": "push",
    "slack_messages": "slack",
}


def __getattr__(name: str) -> object:
    if name in _DELIVERY:
        return getattr(importlib.import_module(f"briefing.render.{_DELIVERY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
