"""Pure renderers of a ``Briefing``: terminal (rich), Markdown, JSON, and the usage line."""

from __future__ import annotations

from briefing.render.jsonout import render_json
from briefing.render.markdown import escape_markdown, render_markdown
from briefing.render.terminal import render_terminal
from briefing.render.usage import usage_line

__all__ = ["escape_markdown", "render_json", "render_markdown", "render_terminal", "usage_line"]
