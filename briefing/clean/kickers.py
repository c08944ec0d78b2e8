"""Rows a page prints above an article's first paragraph: its genre, its date, its writer.

Pages open with a row of parts set apart by separators (" — ", " – ", " - ", " | ", " · ", " ~ ",
" / ", or "|", "·", "~" unspaced), in their own language as often as in English:

- a *genre kicker*: "ANALYSIS — Climate Signal · listening time 6 min", "COLUMN · views of the
  writer", "FILM | Critic's view · spoilers: mild", "EXPLAINER / updated with Danish
  confirmation". The first part is a genre's name (``_GENRES``, the separator may be ": " too)
  and the rest is a note on the piece: a reading or listening time, spoilers, the writer's
  views, an update, or more parts. A headline that opens with a genre ("Review: Oppenheimer is
  a towering achievement", "Books | The best novels of the year") is no kicker; on the first
  paragraph's own line only the label goes ("Analysis: the bank's decision ..." keeps its
  sentence);
- a *dated row*: "CASTRO — Jueves 21 de julio de 2033", "PONTA DELGADA ~ segunda-feira, 1 agosto
  ~ text Rui Cabral", "4 aug 2033, 14:52 · bijgewerkt 16:10": two parts or more, no sentence,
  and a date in them: a day's number beside a month's name, a weekday beside a number or a
  month, a clock time with a colon, or a whole date in figures ("14/10/2033"). A month's or a
  weekday's name is read in any of the languages Babel knows (``_date_words``); alone, or beside
  a year, a decimal or a price, it is no date ("Thousands march in Madrid — police put turnout
  at 20,000", "Plácido Domingo | Opera star ...", "Euro 2028 — England to co-host");
- a *byline row*: "BRIGHSTONE, Thursday | by Sam Whitcombe, chief reporter", "Art Market Column
  — by Philippa Strand, who writes ...": a part that opens "by" (or "text", "door", "por", ...)
  and a person's name (two capitalised words), no sentence; or a byline run into its dates ("By
  CEN staff, published 14/10/2033 09:55, last modified ..."); or a byline alone ("Door Lotte Van
  Damme", "Piše: Marko Vujović", "Live coverage by Pernille Aas"), several writers' names alone
  ("Mirzhan Tulegenov, Aigerim Sadvakasova"), a byline with where its writer was after a comma
  ("Av Eirik Sand Mørk, Bislett stadion"), a live page's time zone ("Times in Helsinki
  (EET)") or a place and its date alone ("KUALA KRAI, 10 Januari 2034"). Names must be names:
  a headline in title case ("Di Maria Joins Benfica", "Trump Wins, Harris Concedes", "Bloody
  Sunday, 30 January 1972") is mostly dictionary words, ends in a verb or names a day.

- a *genre's topic* after a middle dot ("Explainer · Gaming and the state", "Reader service ·
  Step by step"): a short phrase with no clause, as a series or section names its piece;
- a section's *breadcrumb*: two short parts set apart by " | " or " · ", no clause ("Opinion |
  Letters and columns", "Reaction · Track and field");
- a *tagline* after the title ("Lakeside Voice · Siavonga's own newspaper since 2019",
  "Serving the valley since 1911");

- a *note on the writer* below a label ("Column" / "Gaspard Roux is a chef and writes about food
  every fortnight."): a bio or a writer's note, which ``clean_text`` otherwise takes only after
  the text; as a text's first line it may be its lead.

Rows and kickers are asked only above the first paragraph; a list item (a story's key points)
is neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing.clean.credits import is_author_bio, is_columnist_note, on_writer
from briefing.clean.syndication import is_writer_note
from briefing.clean.toprows import is_top_row
from briefing.language import in_dictionary

__all__ = ["drop_kicker_over_row", "drop_kickers", "genre_kicker", "is_genre_name"]

_MAX_WORDS = 25  # a kicker with its note
_ROW_WORDS = 16  # a dated or byline row
_ROW_SEPARATOR = re.compile(r"\s+[—–|·~/│-]\s+|\s*[|·~│]\s*")
_KICKER_SEPARATOR = re.compile(r"\s+[—–|·~/│]\s+|\s*[|·~│]\s*|:\s+")
_SENTENCE_END = re.compile(r"""[.!?…]['"’”)\]]*$""")
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.)]\s)")
_GENRES = (
    frozenset(
        "analysis explainer explained comment commentary column opinion op-ed editorial review "
        "feature interview obituary essay podcast video letters profile factcheck fact-check "
        "q&a briefing newsletter perspective viewpoint film theatre music books opinión opinião "
        "análisis análise analyse kommentar meinung commentaire éditorial editoriale".split()
    )
    | frozenset(
        # a section's service to its reader: "Reader service · Step by step", "Guide · Your rights"
        ("reader service", "service", "guide", "help", "helpdesk", "faq", "long read", "in depth")
    )
    | frozenset(
        # a wire's box of facts or dates beside its story (junk48): "FACTBOX", "TIMELINE"
        ("factbox", "fact box", "factfile", "fact file", "fact sheet", "timeline", "backgrounder")
    )
)
# A kicker's note on the piece: "listening time 6 min", "spoilers: mild", "views of the
# writer", "columnist's views only", "updated with ...".
_NOTE = re.compile(
    r"\b\d+\s*min\b|\bspoilers?\b|\bviews\s+(?:of\s+the\s+(?:writer|author)|only)\b"
    r"|^updated\b|\b(?:reading|listening)\s+time\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b(?!:)|\b\d{3,4}\s?(?:GMT|UTC|[A-Z]{2}T)\b")
# (a spaced one too, as Czech and Slovak write it: "22. 5. 2060"; junk48)
_FULL_DATE = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})\b|\b\d{1,2}\.\s\d{1,2}\.\s\d{4}\b"
)
_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.I)
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d+(?:st|nd|rd|th)?")
_GENRE_BY = re.compile(r"^([\w&-]+)\s+by\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$", re.I)
_LOWER = re.compile(r"\b[a-z][a-z'’-]+\b")
_DATE_GLUE = frozenset("de of at the on a um le la el del am".split())
_MERIDIEM = re.compile(r"\s?[ap]\.m\.$", re.I)
_DATE_STOP = re.compile(r"(?<=\d)\.$")  # "Sport | Nikšić, 15.12.2033.": a date's full stop
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z]")
_BY_NAME = re.compile(
    r"^(?i:by|text|texto|door|von|par|por|di|av|af|od)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)
# A byline alone on its row, in any of the languages pages print it in: "Door Lotte Van Damme",
# "Piše: Marko Vujović", "Live coverage by Pernille Aas", "Redacción Valle de Uco" (a newsroom's
# credit): a byword, then only capitalised names (and their particles).
_NAME = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+"
_PARTICLES = frozenset(
    "van von de der den da del della di du dos das le la bin binti al el ter ten".split()
)
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_BYLINE_ALONE = re.compile(
    r"^(?:(?P<credit>(?i:(?:[a-z]+\s+)?(?:coverage|reporting|words|text|photos?|photographs"
    r"|pictures|story|interview|report))\s+by|(?i:by))"
    r"|(?P<word>(?i:door|von|par|por|di|av|af|od|texto?|tekst|piše|napisał|napisala|autor|autora"
    r"|auteur|redacción|redação|redazione|redaktion)))"
    rf"(?P<colon>:?)\s+(?P<names>{_NAME}(?:\s+(?:{_PARTICLE}\s+)?{_NAME}){{0,3}})"
    # where the writer was, after a comma: "Av Eirik Sand Mørk, Bislett stadion"
    rf"(?:,\s+{_NAME}(?:\s+[\w'’-]+){{0,2}})?$"
)
# Two or more writers' names alone: "Mirzhan Tulegenov, Aigerim Sadvakasova".
_NAMES_ALONE = re.compile(rf"^{_NAME}\s+{_NAME}(?:(?:,\s+|\s+(?:and|&)\s+){_NAME}\s+{_NAME})+$")
# A live page's time zone: "Times in Helsinki (EET)", "Heure de Maurice (UTC+2)"; the zones by
# name, as "(VAT)" and "(NFT)" end in a T too.
_ZONES = (
    "CET CEST EET EEST WET WEST BST IST GMT UTC EST EDT CST CDT MST MDT PST PDT AKST HST JST KST "
    "AEST AEDT ACST AWST NZST NZDT MSK SAST WAT EAT CAT PKT ICT WIB SGT HKT PHT MYT ART BRT CLT "
    "COT PET AST ADT NST TRT"
).split()
_TIME_ZONE = re.compile(
    r"^[^\W\d][^.!?()]{0,40}\((?:(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?|"
    + "|".join(_ZONES)
    + r")\)$"
)
_TIME_ZONE_WORDS = 5  # "Times in Helsinki (EET)"; a headline ending in an acronym runs longer
_TOKEN_NAME = re.compile(rf"{_NAME}")


def _mostly_words(names: str) -> bool:
    """Whether more than half of the capitalised tokens of ``names`` (particles aside) are
    English dictionary words: a headline in title case ("Messages Show Minister Knew", "Trump
    Wins, Harris Concedes"), not writers' names ("Lotte Van Damme", "Aigerim Sadvakasova")."""
    tokens = [t for t in _TOKEN_NAME.findall(names) if t.lower() not in _PARTICLES]
    return 2 * sum(in_dictionary(t.lower()) for t in tokens) > len(tokens)


def _byline_alone(line: str) -> bool:
    """A byline alone on its row (``_BYLINE_ALONE``) whose names are names: a capitalised
    byword of another language ("Di Maria Joins Benfica", "Von Der Leyen Re-Elected") needs
    names that neither are mostly dictionary words nor end in a verb's form."""
    found = _BYLINE_ALONE.match(line)
    if found is None or _mostly_words(found["names"]):
        return False
    if found["word"] is None or found["colon"] or found["word"][0].islower():
        return True
    last = found["names"].split()[-1].lower()
    return not (in_dictionary(last) and last.endswith(("s", "ed")))


# A place and a date alone: "KUALA KRAI, 10 Januari 2034"; not a day's name and its date
# ("Bloody Sunday, 30 January 1972", "Election Day, Nov. 5").
_DAY_NAMES = frozenset(("Day", "Day,", "Night", "Night,", "Eve", "Eve,"))
_PLACE_DATE = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{0,3}},\s+(.+)$")
# English months' short names ("Oct. 3"): three letters, read like the others only beside a day.
_ENGLISH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_LOCALES = (
    "en de fr es pt it nl da sv nb nn fi is pl cs sk sl hr sr ro hu tr et lv lt el id fil ms "
    "ca eu gl ga cy sq bg uk ru"
).split()


@functools.lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Months' and weekdays' names, wide and abbreviated, in the languages of ``_LOCALES``, lower
    case and without a final dot; short ones (three letters or fewer) left out, as they are
    words too ("set", "die"), but for English months' short names; a name counts only beside a
    day's number (``_dated``), as "march", "august" and "domingo" are words and names too."""
    from babel.dates import get_day_names, get_month_names

    names: set[str] = set()
    for locale in _LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for table in (
                    get_month_names(width, context, locale=locale),
                    get_day_names(width, context, locale=locale),
                ):
                    names.update(n.lower().rstrip(".") for n in table.values())
    return frozenset(n for n in names if len(n) > 3) | _ENGLISH_ABBREVIATIONS


def _dated(text: str) -> bool:
    """Whether ``text`` holds a date: a clock time with a colon, a whole date in figures, or a
    month's or weekday's name with a day's number at most two words away ("Jueves 21 de julio",
    "1 agosto", "Oct. 3"), or a weekday next to a month's name."""
    if _CLOCK.search(text) or _FULL_DATE.search(text):
        return True
    names = _date_words()
    tokens = _TOKEN.findall(text)
    for k, token in enumerate(tokens):
        if token.lower() not in names:
            continue
        near = tokens[max(0, k - 2) : k] + tokens[k + 1 : k + 3]
        if any(_DAY.fullmatch(t) or t.lower() in names for t in near):
            return True
    return False


def _dated_rest(parts: list[str]) -> list[str]:
    """What a dated part says beside its date ("Schools shut on Friday 8 March": "Schools shut
    on"), to be read like a row's other parts."""
    names = _date_words()
    return [
        " ".join(
            t
            for t in _TOKEN.findall(p)
            if t.lower() not in names and not t[0].isdigit() and t.lower() not in _DATE_GLUE
        )
        for p in parts
    ]


def genre_kicker(line: str, *, body: bool) -> str | None:
    """What is left of ``line`` without its genre kicker: "" when the whole line is the kicker
    and its note ("COLUMN · views of the writer"), the rest of the line when the line is a
    paragraph (``body``: "Analysis: the bank's decision ..."), and None when the line opens with
    no genre's name or is a headline ("Review: Oppenheimer is a towering achievement")."""
    if len(line.split()) > _MAX_WORDS:
        return None
    by = _GENRE_BY.match(line.strip())
    if by and by.group(1).lower() in _GENRES:
        return None if body else ""  # "Explainer by Sam Whitcombe", "ANALYSIS BY SAM WHITCOMBE"
    parts = _KICKER_SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or parts[0].strip().lower() not in _GENRES:
        return None
    rest = parts[1].strip()
    if body:
        return rest
    noted = _NOTE.search(rest) is not None or _KICKER_SEPARATOR.search(rest) is not None
    service = parts[0].strip().lower() in _SERVICE_GENRES
    return "" if noted or (service and _dotted_topic(line, rest)) else None


# The genres whose kicker names a series or a topic, not the piece ("Explainer · Gaming and the
# state", "Reader service · Step by step"); an opinion's, a review's or an interview's names the
# piece itself, a headline in a noun phrase ("Opinion · The case for a wealth tax", "Review ·
# Hamlet at the Globe"), which stays.
_SERVICE_GENRES = frozenset(
    "explainer|explained|analysis|reader service|service|guide|help|helpdesk|faq|in depth".split(
        "|"
    )
)
_DOT = re.compile(r"\s+·\s+")
_TOPIC_WORDS = 6
# a topic's phrase joins its words ("Gaming and the state", "Step by step", "Nuclear energy in
# plain words"); a headline's telegraphic clause seldom does ("Thai lottery error exposes
# software risk", which stays)
_TOPIC_GLUE = re.compile(r"\b(?:and|the|of|in|by|for|after|with|from|on|at|&)\b", re.I)
# a verb of a headline's clause: "Explainer · Why the lottery draw was rerun" is a headline
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|said|says|do|does"
    r"|did|why|how|what|who|when|where)\b|\b\w+ed\b",
    re.I,
)


def _dotted_topic(line: str, rest: str) -> bool:
    """Whether a genre's kicker is set apart by a middle dot and names its series or topic
    ("Explainer · Gaming and the state", "Reader service · Step by step"): a short phrase
    joined by a function word, no sentence and no clause. A headline after a genre ("Explainer ·
    Why the draw was rerun", "Books | The best novels of the year", "Review: Oppenheimer is a
    towering achievement") stays."""
    dot = _DOT.search(line)
    return (
        dot is not None
        and dot.start() < line.find(rest)
        and len(rest.split()) <= _TOPIC_WORDS
        and _TOPIC_GLUE.search(rest) is not None
        and not _SENTENCE_END.search(rest)
        and not _CLAUSE.search(rest)
    )


# A title's tagline after a separator: "<Title> · Siavonga's own newspaper since 2019",
# "<Title> | Serving the valley since 1911", "<Title> - since 1868".
_TAGLINE = re.compile(
    r"^(?:[\w.'’-]+(?:['’]s|s['’])\s+)?(?:own|oldest|favou?rite|only|independent|trusted"
    r"|leading)\s+(?:[\w-]+\s+){0,2}?(?:newspaper|paper|news\s*(?:site|paper|service)|voice|radio"
    r"|weekly|daily|magazine)(?:\s+since\s+\d{4})?"
    r"|^(?:serving|covering|informing)\s+[^.!?]{1,40}\s+since\s+\d{4}|^since\s+\d{4}",
    re.I,
)


def _tagline_row(line: str) -> bool:
    """A title and its tagline, set apart: no sentence, the tagline last (``_TAGLINE``)."""
    parts = [p.strip() for p in _ROW_SEPARATOR.split(line) if p.strip()]
    if len(parts) != 2 or len(line.split()) > _ROW_WORDS or _SENTENCE_END.search(line):
        return False
    return _TAGLINE.fullmatch(parts[1]) is not None


# A section's breadcrumb: two short parts set apart by " | " or " · " ("Opinion | Letters and
# columns", "Reaction · Track and field", "Background reading | Rail building"), each of three
# words at most, capitalised, with no clause and no figure; a headline after a genre runs longer
# ("Opinion · The case for a wealth tax", "Review · Hamlet at the Globe" stay).
_CRUMB = re.compile(r"\s+[|·]\s+")
_CRUMB_WORDS = 3


def _breadcrumb(line: str) -> bool:
    parts = _CRUMB.split(line.strip())
    return (
        len(parts) == 2
        and not _SENTENCE_END.search(line)
        and not any(ch.isdigit() for ch in line)
        and all(
            0 < len(p.split()) <= _CRUMB_WORDS and p[:1].isupper() and not _CLAUSE.search(p)
            for p in parts
        )
    )


def _is_row(line: str) -> bool:
    """A dated or byline row: two parts or more, or a byline run into its dates ("By CEN staff,
    published 14/10/2033 09:55, last modified ..."), no sentence (a clock's final "p.m." is
    none), no list item."""
    if len(line.split()) > _ROW_WORDS or _LIST_ITEM.match(line):
        return False
    if _SENTENCE_END.search(_MERIDIEM.sub("", _DATE_STOP.sub("", line))):
        return False
    if _byline_alone(line) or (_NAMES_ALONE.match(line) and not _mostly_words(line)):
        return True
    if _TIME_ZONE.match(line) and len(line.split()) <= _TIME_ZONE_WORDS:
        return True
    place_date = _PLACE_DATE.match(line)
    if place_date and _dated(place_date.group(1)) and not _LOWER.search(place_date.group(1)):
        place = line[: place_date.start(1)]
        return not any(
            t.lower().rstrip(",") in _date_words() or t in _DAY_NAMES for t in place.split()
        )
    if _BYLINE.match(line):
        return bool(_CLOCK.search(line) or _FULL_DATE.search(line))
    parts = [p.strip() for p in _ROW_SEPARATOR.split(line) if p.strip()]
    if len(parts) < 2:
        return False
    if any(_BY_NAME.match(p) for p in parts):
        return True
    # a date part, and no other part that reads like a headline's clause ("Tuesday 14 May —
    # Sunak calls a July election": two words or more in lower case)
    dated = [p for p in parts if _dated(p)]
    others = [p for p in parts if p not in dated]
    return bool(dated) and all(len(_LOWER.findall(p)) <= 1 for p in others + _dated_rest(dated))


def _writer(line: str) -> bool:
    """A note on the piece's writer: a bio (``credits.is_author_bio``), a writer's or a
    column's note."""
    return is_author_bio(line) or (
        (is_writer_note(line) or is_columnist_note(line)) and on_writer(line)
    )


_LABEL_WORDS = 3


def _label(line: str) -> bool:
    """A page's label above a text: a short line with no sentence end ("Column", "Comment &
    Criticism", "Opinion · Energy policy"), a genre kicker or a row; not a headline."""
    words = [w for w in line.split() if any(ch.isalnum() for ch in w)]
    short = len(words) <= _LABEL_WORDS and not _SENTENCE_END.search(line)
    return short or genre_kicker(line, body=False) is not None or _is_row(line)


def drop_kickers(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Above the first paragraph (the first kept line that ``is_body`` and is no row), unmark
    dated and byline rows and genre kickers with their notes; on the first paragraph's own line,
    cut a kicker's label off. A row that ends like a sentence ("... | Oct. 3, 2033, 12:31 p.m.")
    is no paragraph. Nothing goes from a text with no paragraph (a teaser is all it has)."""
    if not any(
        keep[i] and is_body(line) and not _is_row(line) and not _writer(line)
        for i, line in enumerate(lines)
    ):
        return
    labelled = False  # just below a label: a note on the writer there is no lead
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not keep[i]:
            labelled = _label(line)
            continue
        if labelled and _writer(line):
            keep[i] = False  # "Column" / "Gaspard Roux is a chef and writes about food ..."
            continue
        labelled = _label(line)
        body = is_body(line) and not _is_row(line)
        rest = genre_kicker(line, body=body)
        if rest == "":
            keep[i] = False
        elif rest is not None:
            lines[i] = rest
        elif not body and (
            _is_row(line) or _tagline_row(line) or _breadcrumb(line) or is_top_row(line)
        ):
            keep[i] = False
        if body:
            return


# (junk48) A series' or a section's kicker as the text's first line, right above a row the
# cleaner took (its byline, a stamp, a place and its date) and then the first paragraph:
# "Earth science, in plain words" / "By <Name>", "Lives on the plateau" / "Story and pictures:
# <Name>", "<Street> | People of the street" / "By <Name>". A short phrase: six words at most,
# no figure, no sentence's or a clause's end (",", ":", ";" end a letter's greeting or a lead-in:
# "Dear residents,"), no list item; the row under it short too (a paragraph dropped there is no
# row). A headline in title case stays (a text file's title over its date); one in sentence case
# above its byline goes the same way, which the article's title already gives.
_LONE_KICKER_WORDS = 6
_LONE_ROW_WORDS = 12
_OPEN_END = re.compile(r"""[.!?…,:;'"’”)\]]$""")


def drop_kicker_over_row(
    lines: list[str], keep: list[bool], is_body: Callable[[str], bool]
) -> None:
    """Unmark the text's first line when it is a short kicker over a dropped row and the first
    paragraph (above)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return
    top, row, first = filled[:3]
    kicker = lines[top].strip()
    if not keep[top] or keep[row] or not keep[first] or not is_body(lines[first]):
        return
    words = [w for w in kicker.split() if any(ch.isalnum() for ch in w)]
    if (
        len(words) > _LONE_KICKER_WORDS
        or len(lines[row].split()) > _LONE_ROW_WORDS
        or any(ch.isdigit() for ch in kicker)
        or _OPEN_END.search(kicker)
        or _LIST_ITEM.match(kicker)
        or is_body(kicker)
        or (_title_cased(words) and ":" not in kicker)
    ):
        return
    keep[top] = False


def _title_cased(words: list[str]) -> bool:
    """A headline in title case ("<Name> Wins Award"), a text file's title over its date: every
    word of four letters or more capitalised, two such words at least (a label and its names,
    "Zdroj: <Agency>, <Name>", is a credit: asked with no colon only)."""
    long = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return len(long) >= 2 and all(w[0].isupper() for w in long)


def is_genre_name(line: str) -> bool:
    """Whether ``line`` is a genre's name alone ("FACTBOX", "Analysis:"): a kicker, never the
    heading of a text's first section (junk48)."""
    return line.strip().rstrip(":").strip().lower() in _GENRES
