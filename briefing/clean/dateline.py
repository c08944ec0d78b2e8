"""Datelines and a live blog's entry times at the start of a line.

A dateline ("HOUSTON (AP) — ", "July 23 (Reuters) - ", "OSH, Kyrgyzstan (WNA) — ") stays in an
article's text: it names the agency that a claim's checker may need. ``strip_dateline`` cuts it
(or a live blog's entry time, "14:22 CET — ") from a sentence quoted on its own (an extractive
bullet); ``has_dateline`` tells whether a text opens with a place dateline.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.redact import redact

__all__ = [
    "filed_from",
    "has_dateline",
    "is_bare_dateline",
    "opening_dateline",
    "strip_dateline",
]

# Capital letters of a place in a dateline, accented ones too ("BRASÍLIA", "ŁÓDŹ", "İZMİR").
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
# A date day first, as the wires of Europe and Turkey write it (review34): "15 mars", "5. Mai",
# "4 de junho", "3 jun", "12 Mayıs", "12 Juli"; with its year maybe ("5. Mai 2046").
_DAY_MONTH = r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+(?:de\s+)?\d{4})?"
# The dash after the agency, or a full stop and a dash ("MADRID, 3 jun (EFE).- ")
_AGENCY_DASH = r"\s*(?:\([A-Za-z][\w .&-]{0,25}\)\.?\s*)?[—–-]{1,2}"
_DATELINE = re.compile(
    rf"^(?:[{_CAPS}][{_CAPS}.'’-]+(?:\s+[{_CAPS}][{_CAPS}.'’-]+){{0,3}}"
    r"(?:,\s+[A-Z](?:[^\W\d_]|[.'’])+(?:\s+[A-Z](?:[^\W\d_]|[.'’])+)?)?"
    # the date after the place, month first or day first ("NIAMEY, 15 mars (ASP) -")
    rf"(?:,?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|,\s+{_DAY_MONTH})?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    rf"{_AGENCY_DASH}\s+(?=\S)"
)
_BARE_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}\s+(?=(?:A|An|The|In|On|At|After|When|Two|Three|Police"
    r"|Officials|Authorities|Rescuers|Residents)\s+[a-z])"
)
# A live blog's entry time: "14:22 CET — ", "2:05 p.m. ET – ", "1405 GMT - ".
_ENTRY_TIME = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{4}\s+(?:GMT|UTC))"
    r"\s*[—–-]{1,2}\s+(?=\S)",
    re.I,
)
# A live blog's bare entry time before a capitalised word, with its am/pm, zone or colon:
# "07:10 Around 400 taxis ...", "15:40 CET: Opposition leader ...", "9.05 a.m. Ferries ...".
_BARE_ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4}\b)?:?\s+(?=[A-Z])"
)


def strip_dateline(text: str, *, bare_times: bool = False) -> str:
    """``text`` without a leading dateline ("HOUSTON (AP) — ", "July 23 (Reuters) - ") or a
    live blog's entry time ("14:22 CET — "); with ``bare_times``, also an entry time with no
    dash before a capitalised word ("07:10 Around 400 taxis ..."), for a sentence quoted on
    its own (a line that opens so may be a chapter list, which the clean step must still
    score: "00:00 Intro / 01:40 Cheltenham / ...")."""
    rest = _DATELINE.sub("", text, count=1)
    if rest == text:
        rest = _BARE_DATELINE.sub("", text, count=1)
    if rest == text:
        rest = _ENTRY_TIME.sub("", text, count=1)
    if rest == text and bare_times:
        rest = _BARE_ENTRY_TIME.sub("", text, count=1)
    return rest if rest and (rest[0].isupper() or rest[0] in "\"'“‘(") else text


# What may follow a dateline on a line with no news: a date ("Saturday, February 5", "5 May 2031").
_DATE_ONLY = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8})?(?:,?\s+\d{4})?\.?$"
)
# A place and a dash, then nothing: a dateline cut from its sentence ("Sanremo —", "Palma de
# Mallorca -").
_PARTICLE = r"(?:(?:de|del|de\s+la|la|el|sur|am|upon|on|di|da|du|le|les|van|von|y)\s+)?"
_DANGLING = re.compile(
    rf"^[{_CAPS}][\w'’.]*(?:[ ,]+{_PARTICLE}[{_CAPS}][\w'’.]*){{0,3}}\s+[—–-]{{1,2}}$"
)


# A release's or a wire's whole dateline with its agency and the dash, its sentence on the next
# line: "LORDSTOWN, Ohio, May 15, 2040 /PRNewswire/ --", "HALIFAX, Nova Scotia, May 27, 2040
# (GLOBE NEWSWIRE) --", "Marseille (Agence Méridienne) -", "TORONTO/SANTIAGO, Jan 14 (MMW) -",
# or a full stop after the agency ("TASHKENT, March 6 (Turon).")
_WHOLE_WIRE = re.compile(
    rf"^[{_CAPS}][\w.'’-]+(?:[ /][{_CAPS}][\w.'’-]+){{0,3}}"
    r"(?:,\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?"
    rf"(?:,?\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|{_DAY_MONTH})(?:,\s+\d{{4}})?)?"
    r"\s*(?:/[^/\n]{2,30}/|\([^()\n]{2,30}\))\s*\.?[—–-]{1,2}$"
    # ... or a full stop, after a date only (not "Jane Smith (Labour).")
    rf"|^[{_CAPS}][{_CAPS}.'’-]+(?:[ /][{_CAPS}][{_CAPS}.'’-]+){{0,3}},?\s+"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[a-zà-ÿA-Z][a-zà-ÿ]{2,8}\.?)(?:,\s+\d{4})?\s*\([^()\n]{2,30}\)\s*\.$"
)


# A wire's dateline on a line of its own, in any language: the place, the date with its year,
# the agency's code in brackets, no dash ("Aşgabat, 15-nji aprel, 2058 (GHA)", "Abuja, April 10,
# 2048 (NPA)", "Addis Ababa, March 2/2034 (ANA)"; junk46)
_PLACE_DATE_AGENCY = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2},\s+(?=[^()\n]*\d)"
    r"(?:[\w.-]+[,/]?\s*){1,3}?(?:19|20)\d{2}\s*\((?-i:[A-Z][A-Za-z]{1,7})\)\s*\.?$"
)


# ... or with no year, in any script, the month's word before or after the day and the agency
# between slashes, in brackets or after a dash, nothing after it but a full stop or a dash
# ("<ГЮМРИ>, <month> 4. /<Agency>/.", "<КАРАКОЛ>, 8 <month> — <Agency> <Press>.", "<Town>, <month>
# 13 d. (<AGENCY>)", "<TOWN> (<Country>), 9 <month> (<Agency Name>) -"; junk47); the agency's
# name after a dash in capitalised words only ("<Town>, 4 May — Concert in the park." is none)
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_AGENCY_DATELINE = re.compile(
    rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:\s+\([^()\n]{{2,30}}\))?,\s+"
    r"(?:[^\W\d_]{2,12}\.?\s+\d{1,2}\.?(?:\s+[^\W\d_]{1,3}\.)?|\d{1,2}\.?\s+[^\W\d_]{2,12}\.?"
    # (the day with its suffix or a hyphen: "12-nji <month>", "9-<month>"; junk49)
    r"|\d{1,2}-(?:[^\W\d_]{1,4}\s+)?[^\W\d_]{2,12}\.?)"
    r"(?:,?\s+(?:19|20)\d{2})?\s*"
    r"(?:/(?![^\W\d_]*[a-z]\w*/)[^/\n]{2,30}/|\((?!\s*[a-z])[^()\n]{2,30}\)"
    r"|[—–-]\s+(\S+(?:\s+\S+){0,3}?))\s*[.—–-]{0,2}$"
)


# (junk48) ... with the place's region after it ("DOUGLAS, Isle of Man, June 17 (EVW) -"), or
# the agency in capitals after the date ("RĪGA, 3. jūnijs, BZA.", "<ТОWN>. 14 <month>. <AGENCY
# NAME>"; a place in capitals may end in a full stop then): one line, nothing after it
_REGION_DATELINE = re.compile(
    rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}),\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}},\s+"
    r"(?:[^\W\d_]{2,12}\.?\s+\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d_]{2,12}\.?)"
    r"(?:,?\s+(?:19|20)\d{2})?\s*\((?!\s*[a-z])[^()\n]{2,30}\)\s*[.—–-]{0,2}$"
)
_CAPITAL_AGENCY_DATELINE = re.compile(
    rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})([,.])\s+"
    r"(?:[^\W\d_]{2,12}\.?\s+\d{1,2}\.?|\d{1,2}\.?\s+[^\W\d_]{2,12}\.?)"
    r"(?:,?\s+(?:19|20)\d{2})?[,.]?\s+([^\W\d_]{2,12}(?:\s+[^\W\d_]{2,12}){0,2})\s*\.?$"
)


# ... or a place and its agency in brackets, a dash and nothing else, in a script without case
# too ("<نواكشوط> (<agency>) –"; junk48)
_PLACE_AGENCY_DASH = re.compile(
    rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s*\((?!\s*[a-z])[^()\d\n]{{2,30}}\)\s*[—–-]{{1,2}}$"
)


def _caseless(text: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in text)


def _wire_dateline_more(text: str) -> bool:
    """A dateline with the place's region, or with the agency in capitals after the date, or
    a place and its agency alone (above); the place capitalised (or in a script without case),
    in capitals when a full stop ends it."""
    line = text.strip()
    bare = _PLACE_AGENCY_DASH.match(line)
    if bare is not None:
        return bare.group(1)[:1].isupper() or _caseless(bare.group(1))
    region = _REGION_DATELINE.match(line)
    if region is not None:
        return line[:1].isupper()
    found = _CAPITAL_AGENCY_DATELINE.match(line)
    if found is None or not found.group(3).isupper():
        return False
    place = found.group(1)
    return place.isupper() if found.group(2) == "." else place[:1].isupper()


def _unmarked(text: str) -> str:
    """``text`` without its combining marks and joiners: a word of an Indic script as letters
    only ("<Galle>, <April> 3 (<agency>) -" in Sinhala; junk49)."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Mc", "Cf"))


def _uncased_page(text: str) -> bool:
    """Whether ``text`` has no capital letter and no Latin one: a script whose pages write no
    capitals though it has them (Georgian's Mkhedruli reads as lower case)."""
    return not any(ch.isupper() or ("a" <= ch.lower() <= "z") for ch in text)


def _agency_dateline(text: str) -> bool:
    if _wire_dateline_more(text):
        return True
    line = _unmarked(text.strip())
    found = _AGENCY_DATELINE.match(line)
    if found is None:
        return False
    place = found.group(1)[0]
    if not (place.isupper() or not place.islower() or _uncased_page(line)):
        return False
    agency = found.group(2)
    return agency is None or all(word[0].isupper() for word in agency.rstrip(".").split())


def is_bare_dateline(text: str) -> bool:
    """A dateline with no news after it: only a date ("SAPPORO (NWS) — Saturday, February 5") or
    nothing ("Sanremo —")."""
    if _DANGLING.match(text) or _WHOLE_WIRE.match(text.strip()):
        return True
    if _PLACE_DATE_AGENCY.match(text.strip()) and text.strip()[:1].isupper():
        return True
    if _agency_dateline(text):
        return True
    if _DATELINE.sub("", text.rstrip() + " X", count=1) == "X":
        return True  # a whole dateline, its sentence on the next line: "MELBOURNE, May 21 (MW) -"
    rest = _DATELINE.sub("", text, count=1)
    return rest != text and bool(_DATE_ONLY.match(rest))


# A letter of the Latin alphabet (accented or not): a place written without one is written in
# another script.
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")


def _other_script_dateline(line: str) -> bool:
    """Whether ``line`` is a wire's dateline on a line of its own whose place is written in
    another script than Latin ("<نواكشوط> (<agency>) –", "<Ош>, 9 <month> (<AGENCY>)."): the
    forms any language writes (``is_bare_dateline``'s), the place with no Latin letter."""
    head = re.split(r"[,(/—–-]", line, maxsplit=1)[0].strip()
    if not head or _LATIN_LETTER.search(head) or not any(c.isalpha() for c in head):
        return False
    return _agency_dateline(line) or bool(_PLACE_DATE_AGENCY.match(line))


# Lines above a lede that a dateline may sit under: a kicker, a byline, a section row.
_ABOVE_LEDE = 4
_LEDE_WORDS = 12  # a line this long that opens with no dateline is the lede: none follows
_SENTENCE_WORDS = 6  # ... and so is a shorter one that ends as a sentence does


# An editor's advisory on a line of its own above a wire's dateline, wholly in brackets: "(Adds
# rising toll, suspensions)", "(Corrects number of people evacuated in paragraph 3 to 1,500, not
# 2,500)": no lede, however long, so the dateline under it is still the report's.
_ADVISORY = re.compile(r"^\([^()]+\)$")


def opening_dateline(text: str) -> str | None:
    """The place dateline a raw article text opens with, as written: on a line of its own above
    the lede ("NAIROBI, April 12 (SLN) -", which the clean step drops: a line with no news) or
    at the lede's start ("HOUSTON (AP) — A man ..."); None when the text opens otherwise. Read
    before cleaning, it marks a report filed from where the news is, whose lede tells it
    (``Article.dateline``)."""
    seen = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        found = None
        if (
            _WHOLE_WIRE.match(line)
            or _DATELINE.sub("", line + " X", count=1) == "X"
            or _other_script_dateline(line)  # "<نواكشوط> (<agency>) –"
        ):
            found = line
        elif has_dateline(line):
            found = line[: len(line) - len(strip_dateline(line))].strip()
        if found is not None and _is_place_dateline(found, line[len(found) :]):
            return found
        seen += 1
        if _ADVISORY.match(line):
            continue  # an editor's note above the lede ("(Corrects number ... to 1,500)")
        words = len(line.split())
        ended = words >= _SENTENCE_WORDS and line.rstrip("\"'”’)").endswith((".", "!", "?"))
        if seen >= _ABOVE_LEDE or words >= _LEDE_WORDS or ended:
            return None
    return None


# Capitals before a dash that are a kicker or a page's row, not a place (review33's probes):
# "BREAKING NEWS —", "OPINION —", "TRANSCRIPT —", "ADVERTISEMENT —" on a line above the lede.
_NO_PLACE = frozenset("news advertisement sponsored transcript watch listen".split())
# ... and the kickers and section rows of the languages the wires write day first (review34):
# "EN VIVO -", "ÉDITO -", "WIRTSCHAFT -", "SON DAKİKA -" (the head's words, case-folded)
_NO_PLACE_ABROAD = frozenset(
    {
        *"direct direkt diretta canlı langsung urgente flash eilmeldung terkini".split(),
        *"édito éditorial editoriale opinión opinião opinione meinung kommentar tribune".split(),
        *"chronique columna kolumne görüş opini tajuk analyse análisis análise analisi".split(),
        *"analiz analisis entretien entrevista intervista röportaj wawancara wirtschaft".split(),
        *"politik kultur économie politique société monde sport sports culture economía".split(),
        "política",
        *"deportes internacional cultura sociedad economia esporte esportes mundo esteri".split(),
        *"cronaca ekonomi politika spor dünya kültür gündem nasional internasional".split(),
        *"olahraga nachrichten noticias notícias notizie actualités haberler berita".split(),
        "en vivo",
        "en directo",
        "en direct",
        "ao vivo",
        "in diretta",
        "última hora",
        "ultima ora",
        "dernière minute",
        "son dakika",
    }
)
_LOWER = re.compile(r"[^\W\d_]")


def _is_place_dateline(found: str, rest: str) -> bool:
    """Whether ``found`` (a dateline's match, ``rest`` the line after it) names a place: not a
    kicker ("BREAKING —", "EXCLUSIVE (Reuters) -", the words of ``filed_from``'s kickers), and
    not a page's row of sections, in capitals on both sides of its dash ("UK — EUROPE", "HOME
    - NEWS - LOCAL", "SPORT — FOOTBALL"), and nothing a secret's shape (``briefing.redact``)."""
    head = re.split(r"[,(/—–-]", found, maxsplit=1)[0].split()
    if not head or head[0].casefold() in _KICKERS | _NO_PLACE | _NO_PLACE_ABROAD:
        return False
    if " ".join(head).casefold().replace("\u0307", "") in _NO_PLACE_ABROAD:
        return False  # (Turkish "İ" folds to "i" and a dot above)
    letters = "".join(_LOWER.findall(rest))
    if letters and letters.isupper():
        return False
    # an agency's code is a name: a key's shape in its slashes or brackets ("/sk-.../ --") is
    # kept out of the field that the store and ``brief ingest --json`` show
    return redact(found) == found


def has_dateline(text: str) -> bool:
    """Whether ``text`` opens with a place dateline that ``strip_dateline`` cuts ("HOUSTON (AP)
    — ", "OSH, Kyrgyzstan (WNA) — "): the mark of a report filed from where the news is (a live
    blog's entry time is not one)."""
    place = _DATELINE.sub("", text, count=1)
    if place == text:
        place = _BARE_DATELINE.sub("", text, count=1)
    return place != text and strip_dateline(text) != text


# The place and the agency of a wire's dateline: "SOFIA, March 14 (CLW) - ", "OSH, Kyrgyzstan
# (WNA) — " (the place is the capitals before a comma or the bracket).
_FILED = re.compile(rf"^([{_CAPS}][{_CAPS}.'’ -]*?)\s*(?:,[^(\n]*)?\(([A-Za-z][\w .&-]{{0,25}})\)")


# A kicker in capitals before an agency's code is no place: "EXCLUSIVE (Reuters) -",
# "FACTBOX (Reuters) -", "PHOTOS (AP) —", "LIVE (Updated) -".
_KICKERS = frozenset(
    "exclusive analysis factbox explainer insight breakingviews photos photo video videos live "
    "breaking update updated corrected correction refile opinion column commentary comment "
    "feature interview timeline graphic graphics poll fact check fact-check".split()
)


def filed_from(text: str) -> tuple[str, str] | None:
    """The agency and the place of the wire dateline ``text`` opens with, case-folded
    ("SOFIA, March 14 (CLW) - ...": ``("clw", "sofia")``); None for a text with no dateline, or
    one without an agency's code ("OTTAWA — ")."""
    if not _DATELINE.match(text):
        return None
    match = _FILED.match(text)
    if match is None:
        return None
    place = " ".join(match.group(1).split()).casefold()
    if place in _KICKERS or place.split()[0] in _KICKERS:
        return None
    return match.group(2).strip().casefold(), place
