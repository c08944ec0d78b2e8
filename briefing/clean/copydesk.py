"""The copy desk's working lines left in a story: who helped, what an update changed, where the
story jumps, who made the film. Every wire, paper and video page writes them the same way, so
their shape is the rule. Kinds:

- a wire's update note and helpers' credit: "(Updates with analyst comment in fifth paragraph.)",
  "(Adds background in paragraphs 6-8)", "— With assistance from Ana Ruiz and Li Wei";
- a byline of two or more names, however long the names ("By Tran Minh Chau and Diego
  Salvatierra"; a byline of up to six words is ``clean.is_boilerplate``'s), and a byline's role
  alone on its line ("STAFF WRITER", "Contributing reporter");
- a print page's jump lines: "See BARRIER, Page A5", "Continued from Page A3", "(Continued on
  page 12)";
- a film's, a podcast's or an article's credits: "Directed by Ines Barrow. Produced by Delta
  Report with support from the Coastal Journalism Fund.", "Edited by Fenwick Hale", 'Music:
  "Low Tide" by Marlow Strings, licensed via Artlist.', "Read the accompanying story:
  example.org/cannery".

Whole lines only (``fullmatch``): a credit that goes on into a sentence ("Directed by Ines
Barrow, the film won the jury prize.") or a jump in a sentence ("Continued from page 3, the
report lists ...") is news and stays.
"""

from __future__ import annotations

import re

__all__ = ["is_desk_line"]

MAX_WORDS = 30

# A person's name: two to five capitalised words, with the particles names have.
_PERSON = (
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|de|da|del|dos|van|von|der|den|bin|al"
    r"|la|le|di|du|ter)){1,4}"
)
_PEOPLE = rf"{_PERSON}(?:\s*,\s*{_PERSON})*\s*,?\s+(?:and|&)\s+{_PERSON}"
# Who made a thing: names and bodies, joined by the words credits use.
_MAKERS = (
    r"[A-Z][\w.'’&-]*(?:(?:\s+|\s*,\s+)(?:[A-Z][\w.'’&-]*|and|&|of|the|for|in\s+association\s+with"
    r"|with\s+(?:support|funding|help)\s+from|with|on\s+behalf\s+of))*"
)
_CREDIT = (
    r"(?i:edited|fact[- ]checked|reviewed|illustrated|produced|directed|filmed|photographed"
    rf"|narrated|designed|animated|music|graphics|video|additional\s+reporting)\s+(?i:by)\s+{_MAKERS}"
)

# A wire's update note: "(Updates with analyst comment in fifth paragraph.)".
_UPDATE = re.compile(
    r"\((?:updates|adds|recasts|corrects|rewrites|refiles|repeats|changes|removes|fixes|inserts)"
    r"\b[^()]{1,150}\)\.?",
    re.I,
)
_WHOLE = re.compile(
    # a wire's helpers
    rf"(?:[—–-]{{1,2}}\s*)?(?i:with\s+(?:assistance|help)\s+from)\s+(?:{_PEOPLE}|{_PERSON})\.?"
    # a byline of several names, a byline's role
    rf"|(?i:by)\s+{_PEOPLE}"
    r"|(?i:(?:staff|contributing|special|senior|chief)\s+(?:writer|reporter|correspondent"
    r"|photographer)s?)"
    # a print page's jump lines
    r"|(?i:(?:please\s+)?(?:see|turn\s+to))\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}\s*,?\s+"
    r"(?i:(?:on\s+)?(?:page|pg\.?|p\.))\s*[A-Z]?\d{1,3}\.?"
    r"|\(?(?i:(?:continued|cont['’]?d\.?)\s+(?:from|on)\s+(?:page|pg\.?|p\.))\s*[A-Z]?\d{1,3}\)?\.?"
    # credits
    rf"|{_CREDIT}(?:\s*[.;|·]\s*{_CREDIT})*\s*\.?"
    r"|(?i:music)\s*:\s*[\"“][^\"”]{1,60}[\"”]\s+(?i:by)\s+[^.;:]{1,60}"
    r"(?:[,;]\s*(?i:licensed|courtesy|used\s+(?:with|under))\b[^.]{0,60})?\.?"
    r"|(?i:(?:read|see|watch)\s+the\s+(?:accompanying|related|companion|full)\s+(?:story|article"
    r"|report|piece|film|video))\s*:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?",
)
# What a wire's update note names: a paragraph, a part of the story, what was added.
_UPDATE_WORDS = re.compile(
    r"\b(?:para(?:graph)?s?|grafs?|throughout|headline|byline|dateline|details?|comments?"
    r"|quotes?|background|reaction|context|with|typo|spelling|figures?|chart|link)\b",
    re.I,
)


def is_desk_line(text: str) -> bool:
    """Whether the line ``text`` is one of the copy desk's working lines (see the module's
    kinds)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _UPDATE.fullmatch(line):
        return bool(_UPDATE_WORDS.search(line))
    return bool(_WHOLE.fullmatch(line))
