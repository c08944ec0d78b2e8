"""Lines that are chrome because of their neighbours: a page's fields, an aggregator's list
without its spacing, a syndicated story's source above it, a consent dialog's heading.

- An event page's fields: two or more labelled rows in a row ("When: 17-23 February 2041",
  "Where: <venue>, <street>", "Price: Free; ..."), none a sentence, one of them a field only a
  listing has (price, tickets, venue, admission, organiser, website, ages): a news story's own
  fact rows ("When: ..." / "Where: ..." of a strike, "Age: 14" / "Location: ..." of a police
  appeal) stay; and after the text, labels alone each over its short value ("Venue" / "Pack
  Square Park" / "Organizer" / "<Body> Inc."), two pairs or more. One such row alone stays (a
  service piece's "When: Saturday" heads news), and so does a venue's name that no label sits
  over.
- An aggregator's cluster of one story with each headline and its outlet on lines of their own
  ("<headline>" / "<Outlet>" three times or more) and no paragraph: every line of it.
- A feed's list of other outlets' items, "<headline> - <Outlet>" three rows or more in a row,
  each headline four words or more (an awards list's "Best Picture - <Film>" rows stay).
- A syndicated story's source named above its first paragraph ("The <Paper>") when a line of
  the text says the story was first published there ("Originally published by The <Paper>").
- A letter's sign-off at the end ("Saludos desde Rosario," / "Mariana", "Cheers,").
- A consent dialog's heading ("Privacy at <Outlet>", "Your privacy") right above the dialog's
  dropped text about cookies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "drop_dashed_rows",
    "drop_event_fields",
    "drop_origin_name",
    "drop_outlet_pairs",
    "drop_privacy_head",
    "drop_sign_off",
]

_FIELD_LABEL = (
    r"(?:when|where|price|prices|cost|tickets?|venue|date|dates|time|times|admission|location"
    r"|address|organi[sz]ers?|host|website|phone|contact|details|age|ages)"
)
_FIELD_ROW = re.compile(rf"^{_FIELD_LABEL}\s*:\s+\S[^!?]{{0,100}}$", re.I)
# a field only a listing has: a news story's own fact rows ("When: 6 a.m. Tuesday to midnight
# Thursday", "Where: every route", "Age: 14", "Location: last seen near ...") say when, where
# and who, never what a seat costs or who runs the event
_LISTING_ROW = re.compile(
    r"^(?:price|prices|cost|tickets?|venue|admission|organi[sz]ers?|host|website|ages)\s*:", re.I
)
_FIELD_ALONE = re.compile(rf"^{_FIELD_LABEL}:?$", re.I)
_SENTENCE = re.compile(r"[.!?]['\"’”)]*$")
_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|St|Ave|Rd|Jr|Sr|Dr|LLC|Plc|No)\.$")
_FIELD_WORDS = 16
_VALUE_WORDS = 8
_ROWS = 2
_PAIRS = 2


def _filled(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip()]


def _no_sentence(text: str) -> bool:
    return not _SENTENCE.search(text) or bool(_ABBREVIATION.search(text))


def drop_event_fields(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop an event page's fields (see the module), in place."""
    filled = _filled(lines)
    run: list[int] = []
    for i in [*filled, -1]:
        text = lines[i].strip() if i >= 0 else ""
        row = (
            i >= 0
            and bool(_FIELD_ROW.match(text))
            and len(text.split()) <= _FIELD_WORDS
            and _no_sentence(text)
        )
        if row:
            run.append(i)
            continue
        if len(run) >= _ROWS and any(_LISTING_ROW.match(lines[j].strip()) for j in run):
            for j in run:
                keep[j] = False
        run = []
    seen_body = False
    k = 0
    while k < len(filled):
        i = filled[k]
        pairs = 0
        while k + 2 * pairs + 1 < len(filled):
            label, value = filled[k + 2 * pairs], filled[k + 2 * pairs + 1]
            text = lines[value].strip()
            if not (
                _FIELD_ALONE.match(lines[label].strip())
                and len(text.split()) <= _VALUE_WORDS
                and _no_sentence(text)
                and not _FIELD_ALONE.match(text)
            ):
                break
            pairs += 1
        if seen_body and pairs >= _PAIRS:
            for j in filled[k : k + 2 * pairs]:
                keep[j] = False
            k += 2 * pairs
            continue
        seen_body = seen_body or (keep[i] and is_body(lines[i]))
        k += 1


_OUTLET = re.compile(r"^(?:[A-ZÀ-Þ][\w'’&.-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’&.-]*|of|de|&|the)){0,4}$")
_HEADLINE_WORDS = 4
_PAIR_ROWS = 3


def drop_outlet_pairs(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop an aggregator's list of headlines, each with its outlet on the next line, when it is
    the whole text (see the module), in place."""
    filled = _filled(lines)
    if len(filled) < 2 * _PAIR_ROWS or len(filled) % 2:
        return
    for k in range(0, len(filled), 2):
        headline, outlet = lines[filled[k]].strip(), lines[filled[k + 1]].strip()
        if (
            is_body(headline)
            or len(headline.split()) < _HEADLINE_WORDS
            or not _OUTLET.match(outlet)
            or any(ch.isdigit() for ch in outlet)
        ):
            return
    for i in filled:
        keep[i] = False


# "<headline> - <Outlet>": a feed's item rows, the outlet after a spaced hyphen
_DASHED_ROW = re.compile(
    r"^(?=(?:\S+\s+){3})[^\n]{10,200}?[^\s.!?;:]\s+[-–]\s+((?:[A-ZÀ-Þ][\w'’&.-]*)(?:\s+"
    r"(?:[A-ZÀ-Þ][\w'’&.-]*|of|de|do|da|del|&|the)){0,5})$"
)
_DASHED_ROWS = 3
# a headline's words before the dash: an awards or results list's rows ("Best Picture -
# <Film>", "Best Supporting Actress - <Name>") name a category in two or three words
_DASHED_HEAD_WORDS = 4


def drop_dashed_rows(lines: list[str], keep: list[bool]) -> None:
    """Drop a run of three or more "<headline> - <Outlet>" rows in a row (a feed's list of other
    outlets' items), none a sentence, each headline four words or more and no outlet with
    figures, in place."""
    filled = _filled(lines)
    run: list[int] = []
    for i in [*filled, -1]:
        text = lines[i].strip() if i >= 0 else ""
        row = _DASHED_ROW.match(text) if i >= 0 else None
        if (
            row
            and not any(ch.isdigit() for ch in row.group(1))
            and not _SENTENCE.search(text)
            and len(text[: row.start(1)].rstrip(" -–").split()) >= _DASHED_HEAD_WORDS
        ):
            run.append(i)
            continue
        if len(run) >= _DASHED_ROWS:
            for j in run:
                keep[j] = False
        run = []


_ORIGIN = re.compile(
    r"^(?:originally\s+(?:published|appeared|posted)|first\s+(?:published|appeared))\s+(?:by|in"
    r"|on|at)\s+(.{3,60}?)\.?$",
    re.I,
)


def drop_origin_name(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop the name of the paper a syndicated story comes from above its first paragraph, when a
    line of the text says it first ran there (see the module), in place."""
    origins = set()
    for line in lines:
        found = _ORIGIN.match(line.strip())
        if found:
            origins.add(found.group(1).strip().casefold())
    if not origins:
        return
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if keep[i] and is_body(text):
            return
        if keep[i] and text.casefold() in origins:
            keep[i] = False


_SIGN_OFF = re.compile(
    r"^(?:saludos|un\s+abrazo|abrazos|hasta\s+la\s+próxima|hasta\s+pronto|à\s+bientôt|bises"
    r"|amitiés|cheers|best(?:\s+wishes)?|(?:warm|kind|best)\s+regards|regards|warmly|yours"
    r"|liebe\s+grüße|viele\s+grüße|herzliche\s+grüße|groetjes|hartelijke\s+groet|hilsen"
    r"|vänliga\s+hälsningar|ciao|a\s+presto|un\s+saluto|abraços|até\s+a\s+próxima"
    r"|until\s+next\s+time|see\s+you\s+next\s+(?:week|time|month|\w+day))"
    r"(?:\s+(?:desde|from|aus|de|da|van|fra|från)\s+[A-ZÀ-Þ][\w\s'’-]{1,30})?\s*[,.!—–-]?$",
    re.I,
)
_SIGNATURE = re.compile(r"^[—–-]?\s*[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}$")


def drop_sign_off(lines: list[str], keep: list[bool], is_body: Callable[[str], bool]) -> None:
    """Drop a letter's sign-off at the end of the text ("Saludos desde Rosario,", "Cheers,") and
    the writer's name under it ("Mariana"), after a paragraph, in place."""
    kept = [i for i in _filled(lines) if keep[i]]
    if len(kept) < 2:
        return
    last = kept[-1]
    if len(kept) >= 3 and _SIGNATURE.match(lines[last].strip()):
        off = kept[-2]
        if _SIGN_OFF.match(lines[off].strip()) and is_body(lines[kept[-3]]):
            keep[off] = keep[last] = False
            return
    if _SIGN_OFF.match(lines[last].strip()) and is_body(lines[kept[-2]]):
        keep[last] = False


_PRIVACY_HEAD = re.compile(
    r"^(?:your\s+)?privacy(?:\s+(?:at|on|with)\s+[^.!?:]{2,40}|\s+(?:matters|choices|settings"
    r"|preferences))?$",
    re.I,
)
# (junk39) a consent dialog's heading in any wording and language: a short line without a
# sentence's end with a word of privacy, consent, cookies or personal data in it ("Your privacy,
# your choice", "Datenschutz-Einstellungen", "Tu privacidad es importante", "Gizlilik tercihleri")
_PRIVACY_WORD = re.compile(
    r"(?<!\w)(?:privacy|privacidad|privacidade|confidentialité|vie\s+privée|datenschutz\w*"
    r"|privatsphäre\w*|riservatezza|gizlilik\w*|kişisel\s+veri\w*|конфиденциальност\w*"
    r"|персональн\w+\s+данн\w+|privasi|الخصوصية|خصوصيتك|गोपनीयता|cookies?|consent|consentimiento"
    r"|consentement|einwilligung|zustimmung|consenso|consentimento|çerez\w*|согласи\w*|куки"
    r"|persetujuan|ملفات\s+تعريف\s+الارتباط|personal\s+data|datos\s+personales"
    r"|données\s+personnelles|dati\s+personali|dados\s+pessoais)(?!\w)"
    r"|プライバシー|隐私|隱私|개인정보|쿠키|クッキー",
    re.I,
)
_HEAD_WORDS = 8
_COOKIES = re.compile(
    r"(?<!\w)(?:cookies?|vendors|partners|partenaires|socios|parceiros|partnern?|ortaklar\w*"
    r"|партн[её]р\w*|mitra|trackers?|traceurs|tracker|rastreo|çerez\w*|куки|شركاؤنا|شركائنا)(?!\w)"
    r"|パートナー|クッキー|合作伙伴|쿠키",
    re.I,
)


def _privacy_head(text: str) -> bool:
    """A consent dialog's heading: the English shapes, or a short line without a sentence's end
    that has a word of privacy or consent in it."""
    if _PRIVACY_HEAD.match(text):
        return True
    return (
        len(text.split()) <= _HEAD_WORDS
        and not text.endswith((".", "!", "?", "。"))
        and bool(_PRIVACY_WORD.search(text))
    )


def drop_privacy_head(lines: list[str], keep: list[bool]) -> None:
    """Drop a consent dialog's heading right above its dropped text (see the module), in place."""
    filled = _filled(lines)
    for k, i in enumerate(filled[:-1]):
        after = filled[k + 1]
        if (
            keep[i]
            and _privacy_head(lines[i].strip())
            and not keep[after]
            and _COOKIES.search(lines[after])
        ):
            keep[i] = False
