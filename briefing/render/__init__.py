"""Pure renderers of a ``Briefing``: terminal (rich), Markdown, JSON, the email digest (text and
HTML), Slack Block Kit messages, push messages (Apprise services), and the usage line."""

from __future__ import annotations

from briefing.render.email import EmailContent, render_email
from briefing.render.jsonout import render_json
from briefing.render.markdown import escape_markdown, render_markdown
from briefing.render.push import PushMessage, push_messages
from briefing.render.slack import slack_messages
from briefing.render.terminal import render_terminal
from briefing.render.usage import usage_line

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
