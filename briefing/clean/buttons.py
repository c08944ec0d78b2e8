"""A page's buttons, prompts and fields alone on their lines, by the generic words of their kind.

No site's string is written here. Kinds:

- an error report's prompt and its answer ("Found a mistake in this article?", "Report it to
  us.", "Thank you for your report!"), a feedback poll on a summary ("Was this summary
  helpful?");
- a comment's, a bookmark's and a donation's buttons ("Comment on this story", "Add to your
  saved stories", "Donate now"), a link to the outlet's standards ("Read our methodology"), a
  skip link ("Skip next section ...");
- a page's tracking fields printed as text ("Article type: metered", "User Status:", "Campaign
  ID: 1", a paywall product's "<Product> type: free");
- an error report's, a standards page's, a text size's and a mood poll's buttons ("Report an
  error", "Journalistic Standards", "Very large text size", "How does this make you feel?",
  "How would you rate today's <Letter>?", "Questions or Feedback?"), a newsletter's reader count
  ("Over 9,000 subscribers"), a platform's credit ("Powered by Blogger."), a link back or out
  ("Back to District News", "Go to Original Site"), a group's join button ("WhatsApp Group Join
  Now"), a social embed's handle alone and its credit ("A post shared by <Name> (@handle)"), a
  sponsor's band in capitals ("TOGETHER WITH <SPONSOR>") and a print ad's mark ("ADVT.");
- a reading time in other words than ``clean.widgets``' ("Read Time: 2 min", "Time to 2 min.");
- a row of links to other stories under a reading label, after a colon or an arrow ("Keep
  exploring: <headline> · <headline>", "More coast news ▸ <headline> · <headline>",
  "More analysis: <headline> | <headline>", "Also in <Place>: ... | ..."): the label says "also",
  "more", "related", "explore", "like", "read" or "next", and two headlines or more of three words
  at least follow, split by " · " or " | ", none ending a sentence (a results row, "Results:
  Arsenal 2 Chelsea 1 | Spurs 0 Everton 0", has no such label).

Whole lines of a few words (``fullmatch``), or a prompt that ends at its question mark: a
sentence with the same words ("Found a mistake in the budget, the auditor reopened the file.")
is news and stays.
"""

from __future__ import annotations

import re

from briefing.language import in_dictionary

__all__ = ["is_button_line", "is_link_row"]

MAX_WORDS = 12

# A reader's or a meter's state in a tracking field: "anonymous web", "metered", "free".
_STATE = (
    r"(?:free|metered|premium|paid|anonymous|registered|subscribed|subscriber|guest|member"
    r"|logged[- ]?(?:in|out)|unknown|none|null|true|false)(?:\s+(?:web|app|mobile|desktop|users?))?"
)

_WHOLE = re.compile(
    # an error report's prompt and answer, a feedback poll on a summary
    r"(?:found|spotted|see|notice[d]?)\s+an?\s+(?:mistake|error|typo|inaccuracy)(?:\s+in\s+this"
    r"\s+(?:article|story|report|page))?\s*\?|report\s+it\s+to\s+us[.!]?"
    r"|thanks?\s+(?:you\s+)?for\s+your\s+(?:report|submission)[.!]?"
    r"|(?:was|is)\s+this\s+(?:summary|answer)\s+(?:helpful|useful|accurate)\s*\?"
    r"(?:\s+yes\s*/?\s*no|\s*[👍👎✓✗]+(?:\s*[👍👎✓✗]+)?)?"
    # a comment's, a bookmark's and a donation's buttons, the outlet's standards, a skip link
    r"|comment\s+on\s+this\s+(?:story|article)|add\s+to\s+(?:your\s+)?(?:saved\s+(?:stories"
    r"|articles|items)|reading\s+list|favou?rites|bookmarks)|donate(?:\s+(?:now|today|here))?[.!]?"
    r"|read\s+(?:our|the)\s+(?:full\s+)?(?:methodology|editorial\s+(?:policy|standards|guidelines)"
    r"|corrections\s+policy|ethics\s+policy|comment\s+policy)\.?"
    r"|skip\s+(?:next|previous)\s+section(?:\s+[\w'’-]+){0,4}|explore\s+more"
    # a page's tracking fields: "Article type: metered", "User Status:", "Campaign ID: 1"; the
    # value is empty, a code or a reader's or a meter's state ("Access level: restricted" and
    # "Campaign status: suspended" can be news's)
    r"|(?:article|content|page|story|user|visitor|campaign|paywall|access|meter|reader)\s+"
    rf"(?:type|status|id|segment|level)\s*:\s*(?:[a-z_-]*\d[a-z0-9_-]*|{_STATE})?"
    # a reading time: "Read Time: 2 min", "Time to 2 min."
    r"|(?:(?:read|listen(?:ing)?)\s+time|time\s+to(?:\s+read)?)\s*:?\s*\d{1,3}\s*"
    r"(?:min(?:ute)?s?)\.?(?:\s+read)?"
    # an error report's, a standards page's, a text size's and a mood poll's buttons
    r"|report\s+an?\s+(?:error|mistake|typo|inaccuracy)|(?:our\s+)?(?:journalistic|editorial)\s+"
    r"(?:standards|guidelines|principles|policies)|(?:very\s+|extra\s+)?(?:small|normal|medium"
    r"|large|larger)\s+text\s+size|how\s+does\s+this\s+(?:story\s+|article\s+)?make\s+you\s+feel\s*\?"
    r"|how\s+would\s+you\s+rate\s+(?:today['’]s|this\s+week['’]s)\s+(?:[\w'’-]+\s*){1,3}\?"
    r"|questions\s+or\s+feedback\s*\?"
    # a newsletter's count, a platform's credit, a link back or out, a group's join button
    r"|(?:over|more\s+than)\s+[\d,.]+k?\s+(?:subscribers|readers|members|followers)"
    r"|powered\s+by\s+(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}\.?"
    r"|back\s+to\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}(?:news|stories|articles|blog|home|homepage|top"
    r"|list|results|index)|go\s+to\s+(?:the\s+)?original\s+(?:site|article|page|story)"
    r"|(?:whatsapp|telegram|signal|facebook)\s+(?:group|channel|community)\s+join\s+now"
    # a social embed's handle and credit, a sponsor's band, a print ad's mark
    r"|@[\w.]{2,30}|an?\s+(?:post|video|photo|reel)\s+shared\s+by\s+[^()]{1,60}\(@[\w.]+\)"
    r"|(?-i:TOGETHER WITH [A-Z0-9&'’ .-]{2,40})|advt\.?",
    re.I,
)

# A paywall product's field, named by the product: "<Product> type: free". The name is no English
# word ("Ticket type: free" is an event's listing).
_PRODUCT_FIELD = re.compile(rf"([\w-]+)\s+type\s*:\s*{_STATE}", re.I)


_ROW_LABEL = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?:also|more|related|explor\w*|like|read|reading|next|elsewhere"
    r"|recommended)\b[^:.!?▸›»→]{0,30}(?::\s+|\s+[▸›»→]\s+)",
    re.I,
)
_ROW_SEPARATOR = re.compile(r"\s+[·|]\s+")
_ROW_ITEM_WORDS = 3
_ROW_LABEL_WORDS = 6
_ROW_MAX_WORDS = 40


def is_link_row(text: str) -> bool:
    """A row of two or more headlines under a reading label (see the module's kinds). Its
    headlines may hold a verb of reporting ("What tree rings told us ..."), so ``clean`` asks it
    before its attribution check."""
    line = text.strip()
    if len(line.split()) > _ROW_MAX_WORDS:
        return False
    label = _ROW_LABEL.match(line)
    if label is None or len(label.group(0).split()) > _ROW_LABEL_WORDS:
        return False
    items = _ROW_SEPARATOR.split(line[label.end() :])
    if _members(label.group(0), items):
        return False
    return len(items) >= 2 and all(
        len(item.split()) >= _ROW_ITEM_WORDS and item[0].isupper() and item[-1] not in ".!?"
        for item in items
    )


_READING_NOUNS = frozenset(
    "stories story news articles article videos video reads read reading coverage features "
    "podcasts podcast headlines analysis explainers opinion".split()
)


def _members(label: str, items: list[str]) -> bool:
    """Whether every item opens with the label's last word, singular or plural: the items are
    members of what the label names ("More storms: Storm Bert in November | Storm Darragh in
    December"), not headlines."""
    words = label.rstrip(": ").split()
    if not words:
        return False
    noun = words[-1].lower()
    if noun in _READING_NOUNS:
        return False  # "More stories: Stories from the quay | ..." is a row of links
    forms = {noun, noun.removesuffix("s"), noun.removesuffix("es"), noun + "s"}
    return all(item.split()[0].lower() in forms for item in items if item.split())


def is_button_line(text: str) -> bool:
    """Whether the line ``text`` is a page's button, prompt or field (see the module's kinds)."""
    line = text.strip()
    if is_link_row(line):
        return True
    if not 0 < len(line.split()) <= MAX_WORDS:
        return False
    if _WHOLE.fullmatch(line):
        return True
    field = _PRODUCT_FIELD.fullmatch(line)
    return field is not None and not in_dictionary(field.group(1).lower())
