"""A page's publication stamp and reading time in its own language, each a whole line:

- the stamp (``is_stamp_row``): an optional label ("Stand:", "Publicado em", "Posted on",
  "Aktualisiert am", "Pubblicato il", a section's name before "|"), a date in the page's
  numbers or month names ("18.05.2038", "20/05/2038", "19 de mayo de 2038", "Domingo 3 de
  agosto", "20. 5. 2038") and an optional clock ("14:32 Uhr", "às 17h48", "8:30 p. m.", "•
  16:40"); and a forum's "Posted by <user> · 4 hr. ago". ``clean.clean_text`` asks it only above
  the article's first paragraph, where a live page's entry time is no entry's;
- the reading time, alone or after the piece's kind (``is_reading_time``): "Lectura de 6
  minutos", "Lesezeit: 3 Min.", "Temps de lecture : 4 min", "A long read · about 9 minutes",
  "Agency copy · 2-minute read", and a date row that ends with it ("Viernes 17 de mayo de 2035 |
  Lectura de 6 minutos").

A line with words of news besides the date stays.
"""

from __future__ import annotations

import re

__all__ = ["is_reading_time", "is_stamp_row"]

MAX_WORDS = 14

# month names (and their short forms) in the main European languages, Turkish and Indonesian
_MONTH = (
    r"(?:jan\w*|jän\w*|feb\w*|fév\w*|fev\w*|mar\w*|apr\w*|avr\w*|abr\w*|may\w*|mai\w*|maj\w*"
    r"|mei|jun\w*|jui\w*|giu\w*|jul\w*|lug\w*|aug\w*|ago\w*|aoû\w*|avg\w*|sep\w*|set\w*|okt\w*"
    r"|oct\w*|ott\w*|out\w*|nov\w*|dec\w*|déc\w*|dez\w*|dic\w*|des\w*|ene\w*|gen\w*|maa\w*"
    r"|stycz\w*|lut\w*|kwie\w*|czerw\w*|lip\w*|sierp\w*|wrze\w*|paźdz\w*|listop\w*|grud\w*|led\w*"
    r"|úno\w*|břez\w*|dub\w*|květ\w*|červ\w*|srp\w*|zář\w*|říj\w*|pros\w*|oca\w*|şub\w*|nis\w*"
    r"|haz\w*|tem\w*|ağu\w*|eyl\w*|eki\w*|kas\w*|ara\w*|agu\w*)\.?"
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|mie|jue|vie|sáb|sab|dom|seg|ter|qua|qui|sex"
    r"|mer|jeu|ven|sam|gio|mo|di|mi|do|fr|sa|so|ma|wo|za|zo|må|ti|on|to|lø|lö|sø|pon|wt|śr|czw"
    r"|pt|sob|nie|út|st|čt|pá|ne|tor|sre|čet|pet|ned|pzt|sal|çar|per|cum|cmt|paz|sen|sel|rab"
    r"|kam|jum)[^\W\d_]*\.?,?"
)
_DATE = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_CLOCK = (
    r"(?:\s*[,·•|–—-]\s*|\s+)(?:(?:um|às|as|a\s+las|alle|ore|à|kl\.?|klo|o|saat|pukul|at|om)\s+)?"
    r"\d{1,2}(?:[:.h]\d{2})(?:\s*(?:uhr|h|hrs|[ap]\.?\s?m\.?|wib|wita|cet|cest|bst|gmt|utc|eet|eest))?"
)
_LABEL = (
    r"(?:stand|publicado(?:\s+(?:em|el|a\s+las|o))?|actualizado(?:\s+el)?|atualizado(?:\s+em)?"
    r"|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|aktualisiert(?:\s+am)?"
    r"|veröffentlicht(?:\s+am)?|erstellt(?:\s+am)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?"
    r"|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?"
    r"|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|opublikowano"
    r"|zaktualizowano|publikováno|aktualizováno|objavljeno|posodobljeno|yayınlanma(?:\s+tarihi)?"
    r"|güncelleme|diterbitkan|diperbarui|δημοσίευση|ενημέρωση)\s*:?"
)
_STAMP = re.compile(
    rf"^(?:{_LABEL}\s+|[^|·•:]{{1,30}}\s*[|·•]\s*)?(?:{_WEEKDAY}\s+)?{_DATE}(?:{_CLOCK})?\s*$"
    # a forum's "Posted by u/<name> · 4 hr. ago"
    r"|^(?:posted|submitted)\s+by\s+\S+\s*[·•|]\s*\d+\s*[^\W\d_]{1,6}\.?\s+ago$",
    re.I,
)
# reading time: "Lectura de 6 minutos", "Lesezeit: 3 Min.", "3 Min. Lesezeit", "A long read ·
# about 9 minutes", "Agency copy · 2-minute read"
_MINUTES = r"(?:min(?:\.|s|ute|utes|uten|uti|utos|uter|utter|uty|ut)?|dk\.?|menit)"
_READ = (
    r"(?:lectura|lesezeit|lesedauer|temps\s+de\s+lecture|tempo\s+di\s+lettura|tempo\s+de\s+leitura"
    r"|leestijd|lästid|lesetid|læsetid|czas\s+czytania|doba\s+čtení|čas\s+branja|okuma\s+süresi"
    r"|waktu\s+baca|reading\s+time|read(?:ing)?)"
)
_READING = re.compile(
    rf"(?:{_READ}\s*(?:de|:)?\s*(?:about\s+|ca\.\s+|circa\s+|unos\s+|environ\s+)?\d{{1,3}}\s*"
    rf"{_MINUTES}|\d{{1,3}}[\s-]*{_MINUTES}\s+(?:de\s+)?{_READ})",
    re.I,
)
# a row of fields: the piece's kind ("A long read", "Agency copy"), a date, a reading time
_FIELD = re.compile(r"\s*[|·•]\s*")
_KIND_FIELD = re.compile(
    r"^(?=.*\b(?:read|copy|essay|analysis|feature|column|explainer|report|story|piece|opinion"
    r"|brief|interview|review|lectura|lecture|lettura|leitura)\b)(?:an?\s+)?(?:[\w'’-]+\s+){0,2}"
    r"[\w'’-]+$",
    re.I,
)
_LENGTH = re.compile(
    rf"^(?:about\s+|around\s+|some\s+)?\d{{1,3}}[\s-]*{_MINUTES}(?:\s+(?:read|long))?$", re.I
)


def is_stamp_row(text: str) -> bool:
    """Whether ``text`` is a publication stamp in the page's language (see the module)."""
    line = text.strip()
    return 0 < len(line.split()) <= MAX_WORDS and _STAMP.match(line) is not None


def is_reading_time(text: str) -> bool:
    """Whether ``text`` is a reading time, alone or in a row of the piece's fields."""
    line = text.strip()
    if not line or len(line.split()) > MAX_WORDS:
        return False
    fields = [field for field in _FIELD.split(line) if field]
    timed = [
        i for i, field in enumerate(fields) if _READING.fullmatch(field) or _LENGTH.match(field)
    ]
    if not timed or len(fields) > 3:
        return False
    others = [field for i, field in enumerate(fields) if i not in timed]
    if not others:  # alone, it names the reading ("Lesezeit: 3 Min.", not a match's "81 min")
        return len(fields) == 1 and _READING.fullmatch(fields[0]) is not None
    return all(
        _STAMP.match(field) or (_KIND_FIELD.match(field) and len(fields) == 2) for field in others
    )
