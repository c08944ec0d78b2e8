"""Rows above the first paragraph that the dated and byline rows of ``clean.kickers`` do not
know by their words (junk34), told by shape:

- a date alone, in any language and script: a year, a day's number and at most four words
  (a weekday, a month, a preposition) and a clock ("מאָנטיק, 12טן מערץ 2046", "Lahadi, 12 ga
  Yuli, 2043", "Ku wa 5 Gashyantare 2044 saa 09:30", "2043. nov. 3.");
- an Arabic-script byline of a place or the outlet, a dash and a name ("عمّان - نادية الخطيب");
- a byline whose word for "by" is also a common word of its language ("de", "da", "pa",
  "daga"): the word and a name of two to four capitalised words, then a place, a role or a date
  after a comma ("Pa Djôsèf Lambèrt, li 16 di måss 2046", "Daga Aminu Bello, Kano");
- a post's "published <date> by <name>" in more languages ("Publicatu u 17 di marzu 2046 da
  <Name>");
- (junk35) a byline of a word or two ending in a short word for "by" ("bi", "di", "af"), or
  "from", then a name of two to four capitalised words and after a comma a place or a role of at
  most five words ("Scrievit bi <Name>, oor Buchan scriever", "pubblicatu di <Name>", "From
  <Name>, Kano"); no "to", "of", "the" or "for" among the first words ("Tribute to <Name>,
  poet" is a headline);
- (junk35) a name and a role after a bar ("<Name> | Utilities and growth reporter") or a role
  alone ("Arts and heritage reporter", "Urban transport writer in Colombo"): a few words in
  lower case ending in a newsroom's role.

Only above the first paragraph (``kickers.drop_kickers`` asks): a paragraph's own words never
take this shape, and a live page's dated markers below its first entry stay.
"""

from __future__ import annotations

import re

from briefing.features import CALENDAR_WORDS

__all__ = ["is_top_row"]

_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:\.|[^\W\d_]{1,3})?$")
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?$")
_TOKEN = re.compile(r"[^\s,،]+")
_DATE_WORDS = 4  # a weekday, a month and two small words
_WORD_CHARS = 12
_SEPARATOR = re.compile(r"\s[-–—|]\s")

_NAME = (
    r"(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]+)"
    r"(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]+)|da|de|di|do|dos|van|von|bin|ibn)){1,3}"
)
# a word for "by" that is also a common word ("de", "da", "pa"), then a name, then after a
# comma a place, a role or a date
_AMBIGUOUS_BY = re.compile(
    # ("de", "da", "di" in lower case: capitalised, they open a surname or a place, as in "De
    # Beers Cuts Prices, Shares Fall" or "Da Nang Floods, 12 Dead")
    r"^(?:de|da|di|(?i:pa|par|por|daga|von|door|af|av|od|nga|na|kwa|ng|ni|dening|oleh|tomonidan))"
    # (the comma's tail is needed: "Di Maio Quits Five Star" is a headline)
    rf"\s+{_NAME}\s*,\s*[^\n.!?]{{1,60}}$"
)
# "published <date> by <name>": "Publicatu u 17 di marzu 2046 da <Name>"
_PUBLISHED_BY = re.compile(
    r"^(?:publicatu|publicat|publicado|publicada|publié|publiée|pubblicato|published|posted"
    r"|veröffentlicht|pibliye|objavljeno|opublikowano|gepubliceerd)\s+(?:\S+\s+){1,6}?"
    r"(?:19|20)\d{2}\s*,?\s+(?:da|by|par|por|di|von|de|door|nga|ni|dening|oleh)\s+"
    rf"{_NAME}$",
    re.I,
)
# an Arabic-script place or outlet, a dash, a name: "عمّان - نادية الخطيب"
# (a name has no preposition: "لبنان - انفجار في مرفأ بيروت", Lebanon - a blast in Beirut's
# port, is a headline)
_ARABIC_BYLINE = re.compile(
    r"^[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+){0,3}\s+[-–—]"
    r"(?!.*\s(?:في|من|على|إلى|عن|مع|بعد|قبل)(?:\s|$))\s+[\u0600-\u06FF]+"
    r"(?:\s+[\u0600-\u06FF]+){0,3}$"
)


# (junk35) "<word> <short by-word> <Name>[, <place or role>]" or "From <Name>, <place>"
_NOT_BY = (
    r"(?!(?:to|of|the|for|and|in|on|at|a|an|as|is|vs|v|or|y|e|et|und|i|ve|o|u|la|le|el|les|los"
    r"|las|il|lo|der|die|das|des|du|al|del)\b)"
)
# a place or a role after the comma: two words at most, or words in lower case ("oor Buchan
# scriever"); "Designed by <Name>, Stadium Opens To Fans" is a headline
_TAIL = (
    r"(?:\s*,\s*(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
    r"|(?=[^\n]*\s(?-i:[a-zà-ÿ]))[^\W\d_][^\n.!?\d,]{0,50}))"
)
_SHORT_BY = re.compile(
    rf"^(?:(?:from|by|von|fra|frae|fae|od|av|af|door|minn|troch|dening|oleh)\s+{_NAME}{_TAIL}"
    # (a capitalised first word needs the comma's tail: "Sindacu di Catania Nova" is a heading)
    rf"|(?-i:[a-zà-ÿ][^\W\d_]{{1,13}})\s+{_NOT_BY}(?-i:[a-zà-ÿ]{{1,3}})\s+{_NAME}{_TAIL}?"
    rf"|[^\W\d_]{{2,14}}\s+{_NOT_BY}(?-i:[a-zà-ÿ]{{1,3}})\s+{_NAME}{_TAIL})$",
    re.I,
)
_ROLE = (
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|photographer|critic|producer"
    r"|redactor|redactora|periodista|corresponsal|reportero|reportera|journaliste|rédacteur"
    r"|rédactrice|correspondant|correspondante|redakteur|redakteurin|korrespondent"
    r"|korrespondentin|reporterin|giornalista|corrispondente|redattore|redattrice|repórter"
    r"|jornalista|correspondente|muhabir|muhabiri|корреспондент|журналист|журналистка"
    r"|wartawan|koresponden|dziennikarz|dziennikarka|verslaggever|redaktor|redaktorka)"
)
# a role alone: words in lower case (the first capitalised), "and" or "&", ending in a role,
# then at most "in <Place>"
_PLACE = r"(?-i:[A-ZÀ-Þ][\w'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’-]+))?"
_ROLE_ALONE = re.compile(
    r"^[^\W\d_][\w'’-]*(?:\s+(?!(?:of|the|a|an|for|to)\b)(?-i:[a-zà-ÿ&][\w'’-]*)){0,3}"
    rf"\s+{_ROLE}(?:\s+in\s+{_PLACE})?\.?$",
    re.I,
)
_NAME_BAR_ROLE = re.compile(
    rf"^{_NAME}(?:\s+[|·]|,)\s+(?:[^\W\d_][^\n|·\d]{{0,40}}?\s)?{_ROLE}\b[^\n|·\d]{{0,30}}$",
    re.I,
)
# a one-word label and names only ("Cubren: <Name> y <Name>", "Author: <Name> (Investigative
# producer), <Name>")
_NAMES_ONLY = rf"{_NAME}(?:\s*\([^()\n]{{1,40}}\))?"
_LABEL_NAMES = re.compile(
    rf"^[^\W\d_]{{2,12}}\s*:\s*{_NAMES_ONLY}(?:\s*(?:,|and|y|et|und|e|&)\s*{_NAMES_ONLY}){{0,3}}$",
    re.I,
)
# a wire's place in capitals, its letters in brackets and a name ("ANKARA (AAH) - <Name>")
_WIRE_PLACE_NAME = re.compile(rf"^(?-i:[A-ZÀ-Þ\s'-]{{3,30}})\s*\([A-Z]{{2,8}}\)\s*[-–—]\s*{_NAME}$")
# a letter's greeting: a word or a few, a comma, its readers in lower case and "!" ("¡Bones,
# collaciones!", "Demat deoc'h, lennerien ger!"); "Goodbye, Lenin!" is a title
_GREETING = re.compile(
    r"^[¡]?[^\W\d_][^,!?\n]{1,40},\s+(?-i:[a-zà-ÿ\u0400-\u04ff][^\s,!?]*)(?:\s+(?-i:[a-zà-ÿ"
    r"\u0400-\u04ff][^\s,!?]*)){0,2}\s*!$"
)


def _date_alone(line: str) -> bool:
    tokens = [t.strip(".:;()") for t in _TOKEN.findall(line)]
    tokens = [t for t in tokens if t]
    # (a label before a colon is a field or a heading: "Opening: March 17, 2036")
    if not 2 <= len(tokens) <= 10 or re.search(r":(?:\s|$)", line):
        return False
    if any(_NUMERIC_DATE.match(t) for t in tokens):
        year = True
        day = True
    else:
        year = any(_YEAR.match(t) for t in tokens)
        day = any(_DAY.match(t) and not _YEAR.match(t) for t in tokens)
    if not (year and day):
        return False
    # a sentence after the date's dash or bar is a lede or a headline ("Kano, 12 July 2046 -
    # Gunmen kill 12 villagers"): a capital, then words in lower case; a byline there has none
    # ("... | Pa Jean-Robert Pierre"), a stamp no capital ("... — atualizada às 09h12")
    tail = _SEPARATOR.split(line, maxsplit=1)[1:]
    words = tail[0].split() if tail else []
    if words and words[0][:1].isupper() and sum(w[:1].islower() for w in words) >= 2:
        return False
    words = [
        t
        for t in tokens
        if not (_YEAR.match(t) or _DAY.match(t) or _CLOCK.match(t) or _NUMERIC_DATE.match(t))
    ]
    if len(words) > _DATE_WORDS + 2:
        return False
    # at most two words before the first number (a weekday, "Ku wa"): "Pune Municipal
    # Corporation results, 12 May 2037" is a heading with its date
    first = next(k for k, t in enumerate(tokens) if any(c.isdigit() for c in t))
    if first > 2 or (first == 2 and not tokens[1][:1].islower()):
        return False  # ("Bloody Sunday, 30 January 1972": a title; "Ku wa 5 ...": a date)
    # the words: short, no digits (a weekday, a month, "ga", "saa", "às", "AM", a time zone)
    return all(len(w) <= _WORD_CHARS and not any(c.isdigit() for c in w) for w in words)


# (junk36) a dateline of a place and a date alone: "Ciudad de México, 11 de marzo de 2048",
# "Maputo, 16 de Março de 2046"; the place of capitalised words and small ones, no weekday or
# month ("Bloody Sunday, 30 January 1972" is a title)
_PLACE_WORDS = re.compile(
    r"^(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]*)(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]*)|de|del|da|do|di|la|el"
    r"|am|an|sur|upon|on|in)){0,4}$"
)


def _place_dateline(line: str) -> bool:
    place, comma, rest = line.partition(",")
    if not comma or not _PLACE_WORDS.match(place.strip()):
        return False
    if any(w.lower().strip(".") in CALENDAR_WORDS for w in place.split()):
        return False
    return _date_alone(rest.strip()) and len(rest.split()) >= 3


# (junk36) "<written> <by> <Name> <on> <date>": a participle, a short word for "by", a
# capitalised name or team, a short word for "on" and a date alone ("Verfàsst vum <Team> àm 25.
# März 2048", "Posted by <Name> on 3 May 2046")
_WRITTEN_ON = re.compile(
    r"^[^\W\d_][\w'’-]{2,15}\s+(?-i:[a-zà-ÿ]{1,4})\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]*)\s+){1,3}"
    r"(?-i:[a-zà-ÿ]{1,4})\s+(?P<date>\d[^\n]{4,30})$"
)


def _written_on(text: str) -> bool:
    found = _WRITTEN_ON.match(text)
    return found is not None and _date_alone(found.group("date"))


# (junk36) a byline in a script without capitals: a name of two to four words, a comma and a
# place of one word ("<name> <surname>, <place>" in Devanagari or Gurmukhi); no figure, no word
# under three characters (a postposition: "बाढ़ से तबाही, अलर्ट" is a headline)
_CASELESS_WORD = r"[^\s\d,،、A-Za-zÀ-ɏЀ-ӿͰ-Ͽ.!?:;|()\"“”«»'’-]{3,}"
_CASELESS_BYLINE = re.compile(
    rf"^(?:{_CASELESS_WORD}\s+){{1,3}}{_CASELESS_WORD}\s*[,،、]\s*{_CASELESS_WORD}$"
)


def is_top_row(line: str) -> bool:
    """Whether ``line`` is a date alone, an Arabic-script place-and-name byline, a byline with a
    common word for "by", or a "published <date> by <name>" row (above the first paragraph)."""
    text = line.strip()
    if not text or len(text.split()) > 12:
        return False
    return bool(
        _date_alone(text)
        or _ARABIC_BYLINE.match(text)
        or _AMBIGUOUS_BY.match(text)
        or _PUBLISHED_BY.match(text)
        or _SHORT_BY.match(text)
        or (len(text.split()) <= 7 and _ROLE_ALONE.match(text))
        or _NAME_BAR_ROLE.match(text)
        or _LABEL_NAMES.match(text)
        or _WIRE_PLACE_NAME.match(text)
        or (len(text.split()) <= 6 and _GREETING.match(text))
        or _place_dateline(text)
        or _written_on(text)
        or bool(_CASELESS_BYLINE.match(text))
    )
