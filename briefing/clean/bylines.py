"""A byline's other shapes, alone on its line (``clean.is_boilerplate`` takes "By <Name>"):

- under a label: "Staff reporter: Lindiwe Moyo", "Text and pictures: Ana Ruiz", "Story and
  photo: Ben Holt";
- a writer (or a photographer) and the outlet the piece was made for: "Reported by Hana Ito
  for Coast Radio", "Photographs by Ana Ruiz for The Slow Journal";
- an office, a team or a desk as the writer, with the day it posted: "By the Flood & Climate data
  team", "Posted by the parish office · 3 May", "Issued by the growers' association
  secretariat", "Posted to the Eastside residents' list", "Written up by the desk's health
  reporter", and after a section's name: "Garden notes · posted by the editors", "Local voices
  · guest writer", "Phone-in topics, written up by the evening desk";
- where the text comes from: "Transcribed from the morning broadcast";
- another language's "by" and a name: "Par Amadou Diallo", "Por Lucía Ferrer", "Av Jonas
  Berg" (not "di" or "von", which open surnames: "Di Maria Joins Benfica" is a headline); a
  blog's "— by Ana Ruiz";
- a writer's label in the page's language, then a name in any script ("Penulis: Rina
  Wulandari", "Mwandishi: Juma Ali", "كتب: سامي حداد", "记者：王芳", "Autorius: Jonas
  Petraitis"), and a Korean byline ("홍길동 기자");
- a byline with the writer's e-mail ("By Ana Ruiz aruiz@example.org"), a labelled "by" with a
  colon ("Written by : Staff Correspondent"), a bio cut from the name its link held ("is a news
  writer covering apps and mobility."), a writer's beat and how to reach them ("Ana Ruiz covers
  farming for the Ledger. Reach her at 555-0142.").

A sentence of news that opens alike stays: it has a verb or a clause after the name ("By the
council's count, 40 homes flooded.", "Posted to the list, the warning reached 3,000 homes.").
"""

from __future__ import annotations

import functools
import re

__all__ = ["is_byline_shape"]

_WORDS = 14
_NAME = r"(?:[A-ZÀ-ÞŁŚŻ][\w.'’-]*|(?:de|da|del|dos|van|von|der|al|el|bin|ibn|la|le|mint|ould))"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{1,5}}"
_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2})(?:,?\s+\d{4})?"
_ROLE_LABEL = re.compile(
    r"^(?i:staff\s+(?:reporter|writer|correspondent|photographer)|reporter|correspondent|writer"
    r"|author|(?:text|words|story|report|photos?|pictures?|photographs?)(?:\s+(?:and|&)\s+"
    rf"(?:text|words|photos?|pictures?|photographs?))?)\s*:\s*{_NAMES}$"
)
_FOR_OUTLET = re.compile(
    rf"^(?i:reported|written|words|story|report|filed|produced|photographs|photos|pictures"
    rf"|illustrations)\s+(?i:by)\s+{_NAMES}\s+(?i:for)\s+"
    rf"(?:the\s+)?{_NAME}(?:\s+(?:{_NAME}|&|of)){{0,5}}$"
)
# an office, a team or a desk as the writer: the words before its kind carry no clause
_BODY = (
    r"(?:team|desk|office|secretariat|editors|newsroom|staff|committee|board|council|department"
    r"|unit|bureau|list|mailing\s+list|forum|group)"
)
_OFFICE = re.compile(
    r"^(?:by|posted\s+(?:by|to)|issued\s+by|written(?:\s+up)?\s+by|compiled\s+by|reported\s+by"
    r"|prepared\s+by)\s+(?:the\s+)?(?:[^\s.!?;:,]+\s+){0,5}?"
    rf"(?:{_BODY}|(?:desk|newsroom|paper|station)['’]s\s+[\w-]+(?:\s+[\w-]+)?)"
    rf"(?:\s+[·|•]\s+{_DATE})?$",
    re.I,
)
_GUEST = re.compile(
    r"^(?:guest\s+(?:writer|column|columnist|contributor|post)|staff\s+writer|columnist"
    r"|contributor|reader\s+contribution)$",
    re.I,
)
_SECTION = re.compile(r"^[^.!?;:,·|]{1,40}$")
_JOIN = re.compile(r"\s+[·|•]\s+|,\s+(?=(?:posted|written|compiled|issued)\b)", re.I)
_SOURCE = re.compile(
    r"^(?:transcribed|adapted|abridged|condensed|edited)\s+from\s+(?:the|our|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,4}(?:broadcast|programme|program|show|bulletin|podcast|interview"
    r"|recording|radio\s+show)\.?$",
    re.I,
)
# a byline with the writer's e-mail ("By Ana Ruiz aruiz@example.org", "BY A B
# [ab@example.org]"), a labelled "by" with a colon ("Written by : Staff Correspondent"), a bio
# cut from its name ("is a news writer covering apps and mobility."), and a writer's beat with
# the way to reach them ("Ana Ruiz covers farming for the Ledger. Reach her at 555-0142.")
_STAFF = r"(?:(?:our|a|the)\s+)?(?:staff|special|own|senior)\s+(?:correspondent|reporter|writer)s?"
_BY_MAIL = re.compile(
    rf"^(?i:by)\s+{_NAMES}\s*[|·,]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\[(<]\s*[\w.+-]+@[\w-]+"
    r"(?:\.[\w-]+)+\s*[\])>])$"
)
_BY_COLON = re.compile(
    rf"^(?i:written|reported|posted|compiled|edited|text)\s+(?i:by)\s*:\s*(?:{_NAMES}|(?i:{_STAFF}))$"
)
_ROLE = (
    r"(?:writer|reporter|editor|correspondent|journalist|columnist|producer|contributor"
    r"|photographer|critic)"
)
_BIO_CUT = re.compile(
    rf"^is\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}\b[^.!?]{{0,80}}\.?$", re.I
)
_BEAT_CONTACT = re.compile(
    rf"^{_NAMES}\s+(?i:covers|writes\s+about|reports\s+on)\s+[^.!?]{{1,100}}\.\s+"
    r"(?i:reach|contact|e-?mail|call|write\s+to)\s+(?i:him|her|them)\s+(?i:at|on|via)\s+"
    r"\S[^!?]{0,60}$"
)
# the outlet's or a place's role before the writer's names: "Herald correspondent A B", "<Town>
# bureau chief A B" (a verb after them makes a headline: "... correspondent A B wins award")
_ROLE_BEFORE = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s+){1,3}(?i:bureau\s+chief|(?:chief|senior|staff|special|foreign"
    rf"|political|local|regional)\s+(?:correspondent|reporter|writer)|correspondent|reporter)\s+{_NAMES}$"
)
# a live page's compilers: "Live blog compiled by the <Outlet> newsroom: A B, C D and E F"
_LIVE_DESK = re.compile(
    r"^(?i:live\s+(?:blog|coverage|page|updates)|this\s+(?:live\s+)?(?:blog|page))\s+"
    r"(?i:compiled|written|edited|run|curated|put\s+together)\s+(?i:by)\s+(?i:the\s+)?"
    r"[^.!?:;]{1,50}\b(?i:newsroom|desk|team|staff|bureau)"
    # ... and its names, in any script's capitals ("Rina Ōhama")
    r"(?:\s*:\s*(?:[^\W\d_a-zß-ÿ][\w.'’-]*(?:,?\s+(?:and\s+)?|$))+)?$"
)
# (Malay's and Indonesian's "Oleh", Tagalog's "Ni:", Swahili's "Na", Turkish's name before
# "tarafından" is not a row; a role or a programme may follow a comma: "Par A B, Initiative de
# journalisme local")
_ROLE_TAIL = r"(?:,\s+[^\W\d][^.!?,;:]{2,50})?"
_BY_ABROAD = re.compile(
    rf"^(?i:par|por|door|av|przez|od|oleh|ni\s*:|na|kwa)\s+{_NAMES}{_ROLE_TAIL}$"
    rf"|^[—–-]\s*(?i:by)\s+{_NAMES}$"
)


# a writer's or an editor's label in the page's language, then a name in any script: "Penulis:
# Rina Wulandari", "Mwandishi: Juma Ali", "Muhabir: Ayşe Kaya", "Autor: Tomás Ruiz", "كتب: سامي
# حداد", "خبرنگار: م.ر", "প্রতিবেদক: রহিম", "लेखक: अमित शर्मा", "Phóng viên: Lan Anh"
_ROLE_ABROAD = re.compile(
    # (the label twice, in the page's script and in English: "記者 Reporter: Hsu Mei-ling")
    r"^(?:(?:记者|記者|기자|कवि)\s+)?(?:avtor|avtorica|skrywer|yazar|аутор|ауторка|autori|forfattar"
    r"|forfatter|författare|kirjoittanut|muallif|penulis|pewarta|penyunting|redaktur|wartawan|mwandishi|mhariri|muhabir|editör|autor|autora"
    r"|autore|auteur|auteure|redacción|redação|reportagem|verfasser|verfasserin|rédaction|كتب|بقلم"
    r"|تحرير|إعداد|رپورٹ|رپورٹر|تحریر|خبرنگار|نویسنده|دبیر|লেখক|প্রতিবেদক|लेखक|रिपोर्ट|संवाददाता"
    r"|tác\s+giả|phóng\s+viên|ผู้เขียน|автор|корреспондент|συντάκτης|wakilin\s+mu|marubuci"
    r"|autorius|autors|toimittaja|kirjoittaja|skribent|journalist|reporter|szerző|记者|記者|编辑"
    r"|編輯|责任编辑|文|기자|취재)"
    # names, or a broadcaster's and its reporter's ("Avtor: Radio Barje, Tina Kovač")
    r"\s*[:：]\s*[^.!?:;,\d]{2,40}(?:,\s*[^.!?:;,\d]{2,40})?$",
    re.I,
)
_ROLE_ABROAD_WORDS = 5
# two writers' names and the page's word for "and", alone on the line above the text ("Sipho
# Ndlovu en Marietjie van Wyk", "Ana Ruiz y Pablo Gil"): each two to four names, capitalised
# but for a particle
_PAIR_NAME = (
    r"(?-i:[A-ZÀ-ÞĀ-ŽА-Я][\w'’-]+)(?:\s+(?:(?:van|von|der|de|da|du|del|la|le|ter|ten|bin|al|el"
    r"|dos|das)\s+){0,2}(?-i:[A-ZÀ-ÞĀ-ŽА-Я])[\w'’-]+){1,2}"
)
# The pair's languages, whose names for countries and territories a pair of names may be
# ("Costa Rica y El Salvador", "Papúa Nueva Guinea y Nueva Zelanda": a subhead, not two writers).
_PAIR_LOCALES = (
    "en", "nl", "af", "de", "fr", "es", "pt", "it", "ca", "hr", "sr", "bs", "sl", "nb", "nn", "da",
    "sv", "fi", "et", "id", "ms", "tr", "sq", "ru", "bg", "hu",
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    """Names of countries and territories in the pair's languages (Babel), lower case; built on
    the first pair of names that needs it, once."""
    from babel import Locale

    names: set[str] = set()
    for code in _PAIR_LOCALES:
        try:
            names.update(n.casefold() for n in Locale.parse(code).territories.values())
        except (ValueError, LookupError):
            continue
    return frozenset(names)


def _names_territory(line: str) -> bool:
    """Whether one side of a pair of names is a country's or territory's name."""
    sides = re.split(
        r"\s+(?:en|und|et|y|e|i|og|och|ja|dan|ve|dhe|и|és)\s+", line.strip(), maxsplit=1
    )
    names = _territories()
    return any(side.casefold() in names for side in sides)


_PAIR = re.compile(
    # (not English "and": a title-cased headline has it; "By A and B" is a byline by its "By")
    rf"^{_PAIR_NAME}\s+(?-i:en|und|et|y|e|i|og|och|ja|dan|ve|dhe|и|és)"
    rf"\s+{_PAIR_NAME}$",
    re.I,
)
# ... under the label of the text's writers: "Tekst: <Name> og <Name>", "Text: <Name> and
# <Name>" (fresh48's look; English "and" after a label is a byline's, not a headline's)
_LABELLED_PAIR = re.compile(
    r"^(?:text|tekst|texte|texto|testo|teksti|tekstas|teksts|szöveg|words|reporting|reporters"
    r"|writers|authors|autores|auteurs|autoren|autori|forfattere|författare|journalister"
    r"|toimittajat|reportasje|reportage|reportaje|reportagem)\s*[:：]\s*"
    rf"{_PAIR_NAME}\s+(?-i:and|&|en|und|et|y|e|i|og|och|ja|dan|ve|dhe|и|és|a|ir|un)"
    rf"\s+{_PAIR_NAME}$",
    re.I,
)
# a Korean byline: the name, then "reporter" or "correspondent", and maybe the e-mail, bare or
# in brackets ("김민지 기자(mj.kim@example.org)")
_KOREAN = re.compile(
    r"^[\uac00-\ud7a3]{2,4}\s*(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+|\s*\(\s*[\w.+-]+@[\w.-]+\s*\))?$"
)


def _one(part: str) -> bool:
    return bool(
        _ROLE_LABEL.match(part)
        or _FOR_OUTLET.match(part)
        or _OFFICE.match(part)
        or _SOURCE.match(part)
        or _BY_ABROAD.match(part)
        or _BY_MAIL.match(part)
        or _BY_COLON.match(part)
        or _BIO_CUT.match(part)
        or _ROLE_BEFORE.match(part)
        or _LIVE_DESK.match(part)
    )


def is_byline_shape(text: str) -> bool:
    """A byline of one of the module's shapes, alone on its line."""
    if _BEAT_CONTACT.match(text.strip()) and len(text.split()) <= 2 * _WORDS:
        return True
    line = text.strip().rstrip(".")
    if _LIVE_DESK.match(line) and len(line.split()) <= 2 * _WORDS:
        return True
    if not line or len(line.split()) > _WORDS:
        return False
    if _one(line):
        return True
    if _KOREAN.match(line):
        return True
    if _PAIR.match(line) and not _names_territory(line):
        return True
    if _LABELLED_PAIR.match(line):
        return True
    role = _ROLE_ABROAD.match(line)
    if role and len(line.split(":", 1)[-1].split()) <= _ROLE_ABROAD_WORDS:
        return True
    parts = _JOIN.split(line)
    if len(parts) != 2:
        return False
    section, byline = parts
    return bool(_SECTION.match(section)) and (_one(byline) or bool(_GUEST.match(byline)))
