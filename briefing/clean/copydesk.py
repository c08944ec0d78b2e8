"""The copy desk's working lines left in a story: who helped, what an update changed, where the
story jumps, who made the film. Every wire, paper and video page writes them the same way, so
their shape is the rule. Kinds:

- a wire's update note and helpers' credit: "(Updates with analyst comment in fifth paragraph.)",
  "(Adds background in paragraphs 6-8)", "— With assistance from Ana Ruiz and Li Wei", "With
  material from Harbour Press.";
- a byline of two or more names, however long the names ("By Tran Minh Chau and Diego
  Salvatierra"; a byline of up to six words is ``clean.is_boilerplate``'s), and a byline's role
  alone on its line ("STAFF WRITER", "Contributing reporter");
- a wire's end slug, its code and the desk's initials and filing time ("ALN-DNZ/ko/0912 GMT",
  "PPA/ak/pw 1312", "SAPL jhb/tn/rm 1710 SAST"; two groups of initials, or one between slashes, none
  an English word: "BOE due 1100 GMT" and "BTC/usd 1830" are a diary's items), and its terms of use
  said twice over ("ALN headlines may be embedded with attribution; full texts are for subscribers
  only.", "WAN copy: licensed subscribers only. Headlines may be quoted with a link."), with nothing
  but its terms ("AFP is suing X, saying its copy is copyright and ..." and "NYT stories are for
  subscribers only, and redistribution is prohibited, the paper's new terms say." are news);
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

from briefing.features import STOP_WORDS

__all__ = ["is_desk_line"]

MAX_WORDS = 30

# A person's name: two to five capitalised words, with the particles names have.
_PERSON = (
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|de|da|del|dos|van|von|der|den|bin|al"
    r"|la|le|di|du|ter)){1,4}"
)
_PEOPLE = rf"{_PERSON}(?:\s*,\s*{_PERSON})*\s*,?\s+(?:and|&)\s+{_PERSON}"
# A place's last word, which a person's name is not: "From Gaza's Nasser Hospital", "From
# Trump's White House" are a live page's or a long read's subheadings, not its writer.
_SITE = (
    r"(?:Hospital|House|Office|Palace|Square|Street|Hall|Court|Ministry|Council|Camp|Airport"
    r"|Station|Port|Harbou?r|Bridge|Park|Church|Mosque|Temple|School|University|Embassy"
    r"|Parliament|Stadium|Market|Prison|Border|Coast|Valley|River|Mountains?|Islands?|Quarter"
    r"|District|Province|Region|Front|Line|Base|Plant|Factory|Mine|Field|Road|Avenue)"
)
# Who made a thing: names and bodies, joined by the words credits use. A comma goes on only into
# a list that "and" closes ("Sony Pictures, Universal and Netflix"): a headline's second clause
# ("Designed by Zaha Hadid, Stadium Opens To Fans") is not a maker.
_BODY = (
    r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|the|for|in\s+association\s+with"
    r"|with\s+(?:support|funding|help)\s+from|with|on\s+behalf\s+of))*"
)
_MAKERS = rf"{_BODY}(?:(?:\s*,\s+{_BODY})*\s*,?\s+(?:and|&)\s+{_BODY})?"
# A credit writes a lower-case "by" (or all capitals): "Designed By Women, For Women" is a
# headline in Title Case.
_CREDIT = (
    r"(?i:edited|fact[- ]checked|reviewed|illustrated|produced|directed|filmed|photographed"
    rf"|narrated|designed|animated|music|graphics|video|additional\s+reporting)\s+(?:by|BY)\s+{_MAKERS}"
)

# A wire's update note: "(Updates with analyst comment in fifth paragraph.)", "(Recasts, adds
# details)". What the note changed follows the verb at once (a paragraph, a quote, "with ...",
# "to add ..."): "(Changes to the bus timetable take effect ...)" and "(Corrects the figures
# given on Monday: ...)" are news in brackets.
_UPDATE = re.compile(
    r"\((?:updates|adds|recasts|corrects|rewrites|refiles|repeats|changes|removes|fixes|inserts)"
    r"(?:\s*,|(?=\))|\s+(?:with\s+(?!effect\b)|details?\b|comments?\b|quotes?\b|background\b|reaction\b|context\b"
    r"|byline\b|dateline\b|headline\b|para\w*|grafs?\b|throughout\b|spelling\b|typo\b|figures?\b"
    r"|prices\b|shares\b|chart\b|links?\b|dropped\b|extraneous\b|(?:analyst|official|company)\b"
    r"|to\s+(?:fix|correct|add|show|include|remove|clarify|update)\b))[^()]{0,120}\)\.?",
    re.I,
)
UPDATE_WORDS = 15  # a wire's update note is short
_WHOLE = re.compile(
    # a wire's helpers
    rf"(?:[—–-]{{1,2}}\s*)?[Ww]ith\s+(?:assistance|help)\s+from\s+(?:{_PEOPLE}|{_PERSON})\.?"
    # an agency's share of the copy: "With material from Harbour Press.", "With files from The
    # Canadian Wire and Ana Ruiz"
    rf"|(?:[—–-]{{1,2}}\s*)?\(?[Ww]ith\s+(?:material|files|wires|input|reports|reporting"
    rf"|additional\s+reporting)\s+from\s+(?:the\s+)?{_MAKERS}(?:\s*,\s+{_BODY})?\s*\)?\.?"
    # a byline of several names, a byline's role
    rf"|(?i:by)\s+{_PEOPLE}(?:\s*,\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})?"
    # a live entry's writer: "From WNN's Ana Bermúdez"
    rf"|(?i:from)\s+[A-Z][\w&.-]*['’]s\s+(?!(?:[\w'’.-]+\s+){{1,4}}{_SITE}$){_PERSON}"
    r"|(?i:(?:staff|contributing|special|senior|chief)\s+(?:writer|reporter|correspondent"
    r"|photographer)s?)"
    # a wire's numbered update note: "URGENT-UPDATE 2 adds quote, route plan", "UPDATE 3 recasts
    # with minister's comments" (a headline's "UPDATE 2-Ferry strike ends" stays)
    r"|(?:URGENT[- ])?UPDATE\s+\d{1,2}\s+(?i:adds|updates|recasts|corrects|rewrites|refiles|changes"
    r"|removes|fixes|inserts|tops|writes\s+through)\b[^.!?]{0,60}"
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

# A wire's end slug: its code ("ALN", "ALN-DNZ"), the desk's initials in lower case and the
# filing time ("0912 GMT"); without a time, two initials at least ("SAPL jhb/tn").
_SLUG = re.compile(
    r"[A-Z]{2,6}(?:-[A-Z]{2,6})?(?:\s+|/)[a-z]{2,4}(?:/[a-z]{2,4}){0,4}(?:[/\s]\s*\d{4}"
    r"(?:\s+[A-Z]{2,5})?|(?:/[a-z]{2,4}){1,4})"
)
# ... whose initials are a desk's: two groups of them or more ("NSA/bt/km 0930", "KPA sub/lt"),
# or one between slashes ("MWA-JKT/rs/1408 WIB"), and no English word among them: "BOE due 1100
# GMT", "US cpi 1230 GMT", "BTC/usd 1830", "NATO by 2030" and "EU and/or" are a diary's items.
_INITIALS = re.compile(r"(?<![A-Za-z])[a-z]{2,4}(?![A-Za-z])")
_ONE_BETWEEN_SLASHES = re.compile(r"/[a-z]{2,4}/\d{4}")


# ... in any script, with the time in its digits: "পূবাবাসে/নিঃব/ৰঃবঃ/১৪:২০", "ANP/ab/cd-11:20":
# one token of three letter groups or more between slashes, no space but before a time or a
# zone ("BTC/usd 1830", one slash, is a diary's item)
_GROUP = r"[^\s/\d:.,;!?()\[\]{}<>\"'“”«»|·•–—-]{1,10}"
_SLUG_ANY_SCRIPT = re.compile(
    rf"{_GROUP}(?:-{_GROUP})?(?:/{_GROUP}){{1,4}}(?:[/\s-]\s*\d{{1,2}}[:.]?\d{{2}}"
    r"(?:\s+[A-Z]{2,5})?)?/?"
)


def _slug_any_script(line: str) -> bool:
    return bool(_SLUG_ANY_SCRIPT.fullmatch(line)) and line.count("/") >= 2


def _desk_slug(line: str) -> bool:
    if _slug_any_script(line):
        return True
    if not _SLUG.fullmatch(line):
        return False
    initials = _INITIALS.findall(line)
    if any(w in STOP_WORDS for w in initials):
        return False
    return len(initials) >= 2 or bool(_ONE_BETWEEN_SLASHES.search(line))


# A wire's terms for its copy, after its code ("ALN headlines may ...", "WAN copy: ..."): each
# term is its own phrase, and the note says two of them.
_TERMS_OPENING = re.compile(
    r"[A-Z]{2,6}(?:\s+(?:wire|copy|material|content|texts?|headlines?|stories|photos|service))?"
    r"\s*(?::|\s+(?:is|are|may)\b)"
)
_TERMS = re.compile(
    r"\bfor\s+subscriber(?:s['’]?)?\s+(?:use\s+)?only\b|\bfor\s+subscribers\b"
    r"|\blicensed\s+(?:subscribers|titles|clients|users|media)\b"
    r"|\b(?:may|can)\s+be\s+(?:quoted|embedded|used|reproduced)\s+with\s+(?:a\s+link"
    r"|attribution|credit)\b|\b(?:redistribution|reproduction|republication|quotation)\b[^.;]{0,40}?"
    r"\b(?:is\s+prohibited|needs|requires|is\s+not\s+permitted|is\s+forbidden)\b"
    r"|\b(?:material|copy|content)\s+is\s+copyright\b",
    re.I,
)


# What a note of terms holds besides its terms: what they are for ("full texts", "headlines"),
# "only", "a licence", "a subscription", "in full". Any other word makes the line a sentence about
# terms: "AFP is suing X, saying its copy is copyright ...", "NYT stories are for subscribers
# only, and redistribution is prohibited, the paper's new terms say."
_TERMS_FILLER = frozenset(
    "full texts text headlines headline copy material content stories photos wire service are is "
    "may be a an the licence license subscription link attribution credit only and in use all "
    "strictly".split()
)
_TERM_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _wire_terms(line: str) -> bool:
    """A wire's terms of use after its code, two of them (see ``_TERMS``), and nothing else."""
    if not _TERMS_OPENING.match(line):
        return False
    if len({m.group(0).lower() for m in _TERMS.finditer(line)}) < 2:
        return False
    words = _TERM_WORD.findall(_TERMS.sub(" ", line))[1:]  # past the wire's code
    return all(w.lower() in _TERMS_FILLER for w in words)


def is_desk_line(text: str) -> bool:
    """Whether the line ``text`` is one of the copy desk's working lines (see the module's
    kinds)."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    if _UPDATE.fullmatch(line):
        return len(line.split()) <= UPDATE_WORDS
    return bool(_WHOLE.fullmatch(line)) or _desk_slug(line) or _wire_terms(line)
