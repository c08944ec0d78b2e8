"""A page's buttons, prompts and fields alone on their lines, by the generic words of their kind.

No site's string is written here. Kinds:

- an error report's prompt and its answer ("Found a mistake in this article?", "Report it to
  us.", "Thank you for your report!"), a feedback poll on a summary ("Was this summary
  helpful?");
- a comment's, a bookmark's and a donation's buttons ("Comment on this story", "Add to your
  saved stories", "Donate now"), a link to the outlet's standards ("Read our methodology"), a
  skip link ("Skip next section ...");
- a page's tracking fields printed as text ("Article type: metered", "User Status:", "Campaign
  ID: 1");
- a reading time in other words than ``clean.widgets``' ("Read Time: 2 min", "Time to 2 min.").

Whole lines of a few words (``fullmatch``), or a prompt that ends at its question mark: a
sentence with the same words ("Found a mistake in the budget, the auditor reopened the file.")
is news and stays.
"""

from __future__ import annotations

import re

__all__ = ["is_button_line"]

MAX_WORDS = 12

_WHOLE = re.compile(
    # an error report's prompt and answer, a feedback poll on a summary
    r"(?:found|spotted|see|notice[d]?)\s+an?\s+(?:mistake|error|typo|inaccuracy)(?:\s+in\s+this"
    r"\s+(?:article|story|report|page))?\s*\?|report\s+it\s+to\s+us[.!]?"
    r"|thanks?\s+(?:you\s+)?for\s+your\s+(?:report|submission)[.!]?"
    r"|(?:was|is)\s+this\s+summary\s+(?:helpful|useful)\s*\?(?:\s+yes\s+no)?"
    # a comment's, a bookmark's and a donation's buttons, the outlet's standards, a skip link
    r"|comment\s+on\s+this\s+(?:story|article)|add\s+to\s+(?:your\s+)?(?:saved\s+(?:stories"
    r"|articles|items)|reading\s+list|favou?rites|bookmarks)|donate(?:\s+(?:now|today|here))?[.!]?"
    r"|read\s+(?:our|the)\s+(?:full\s+)?(?:methodology|editorial\s+(?:policy|standards|guidelines)"
    r"|corrections\s+policy|ethics\s+policy|comment\s+policy)\.?"
    r"|skip\s+(?:next|previous)\s+section(?:\s+[\w'’-]+){0,4}|explore\s+more"
    # a page's tracking fields: "Article type: metered", "User Status:", "Campaign ID: 1"
    r"|(?:article|content|page|story|user|visitor|campaign|paywall|access|meter|cxense|reader)\s+"
    r"(?:type|status|id|segment|level)\s*:\s*(?:[a-z0-9_-]+(?:\s+[a-z0-9_-]+){0,2})?"
    # a reading time: "Read Time: 2 min", "Time to 2 min."
    r"|(?:(?:read|listen(?:ing)?)\s+time|time\s+to(?:\s+read)?)\s*:?\s*\d{1,3}\s*"
    r"(?:min(?:ute)?s?)\.?(?:\s+read)?",
    re.I,
)


def is_button_line(text: str) -> bool:
    """Whether the line ``text`` is a page's button, prompt or field (see the module's kinds)."""
    line = text.strip()
    return 0 < len(line.split()) <= MAX_WORDS and _WHOLE.fullmatch(line) is not None
