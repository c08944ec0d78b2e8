"""Text segmentation shared by chunking, extraction and grounding: paragraphs and sentences.

Rules are deliberately general (no site strings): a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) before whitespace and an upper-case letter
of any script, a letter of a script without case (Arabic, Hebrew, Devanagari, Georgian, ...), a
digit or an opening quote, unless the word before the stop is a known abbreviation or an initial,
or one that stands before a number and a digit follows ("the No. 3 shaft", "Art. 12");
at a full stop of its own script (Chinese and Japanese 。！？, Devanagari ।, Arabic ؟, Urdu ۔,
Armenian ։, Ethiopic ።, Myanmar ။, Khmer ។); and never inside a word. Scripts written without
spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are counted in words by
their letters (``word_count``), so that a Chinese article is not "one word".
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CASELESS_LOWER",
    "QUOTES",
    "SENTENCE_END",
    "SENTENCE_STOPS",
    "normalize_space",
    "split_paragraphs",
    "split_sentences",
    "word_count",
    "written_without_spaces",
]

QUOTES = "\"'“‘’”«"
"""Quotation marks a sentence or headline may open or close with."""

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    vs etc approx dept est inc ltd corp fig jan feb mar apr jun jul aug sep sept oct
    nov dec u.s u.k u.n e.g i.e a.m p.m
    """.split()
)

# Abbreviations that stand before a number and keep the sentence going when a digit follows
# ("in the No. 3 shaft", "Art. 12 of the constitution", "vol. 14", "pp. 3-7", "Nr. 5", "núm. 8",
# "kl. 16.20", "ca. 300", "godz. 14", "ok. 4,5 tys.", "ст. 105", "тел. 112"): lower-cased,
# without the dot. Before a word they may end a sentence ("The answer was no. Then ..."), so
# they glue only before a digit.
_BEFORE_NUMBER = frozenset(
    """
    no nos nr nrs núm nº art arts vol vols pp pg pag pág págs ch chap cap kap sec sect para par
    abs bd tel ca cca env aprox kl godz ok br sz čl ст стр рис тел гл арт ок
    """.split()
)

# Abbreviations of other scripts and languages that stand before a name, after which a capital
# (or an opening quote) goes on the sentence: a street, square or boulevard ("ул. Ленина",
# "вул. Хрещатик", "бул. „Витоша“" in fresh48's d1149, "пл. Славейков", "ul. Marszałkowska",
# "nám. Míru", "Avda. de la Constitución"), a town ("гр. Пловдив"), a saint
# ("sv. Jakub", "św. Anny"), a title ("проф.", "κ.", "डॉ.", "प्रो.", "Sra.", "Dra.", "dhr.",
# "mevr.", "dott."), and German's joining abbreviations, which a capitalised noun follows
# ("bzw. Gemeinden", "vgl. Abschnitt", "ggf. Anwohner", "inkl. Mehrwertsteuer").
_TITLES = frozenset(
    """
    ул вул бул пл просп пр-т гр проф акад доц κ κα डॉ प्रो ul nám tř sv św avda sra srta dra
    dña dhr mevr dott bzw vgl ggf evtl inkl zzgl
    """.split()
)
# A town or a village written as one small letter of Cyrillic before its name ("г. Москва",
# "с. Долна баня"); after a year the same "г." ends its sentence ("... в 2020 г. Затем ..."),
# so it goes on the sentence only where no number stands before it.
_PLACE_LETTERS = frozenset("г с".split())

# Stops a space follows; Chinese and Japanese stops need none (``_CJK_END``).
_SPACED_STOPS = ".!?…।॥؟۔։።။។"
_CJK_STOPS = "。！？"
SENTENCE_STOPS = _SPACED_STOPS + _CJK_STOPS
"""Marks that end a sentence, in the scripts this module splits."""

SENTENCE_END = re.compile(rf"""[{re.escape(SENTENCE_STOPS)}]['"’”)\]」』）»]*$""")
"""A text that ends as a sentence does: a stop, then closing quotes or brackets at most."""

_PARA_SPLIT = re.compile(r"\n\s*\n")
# A stop before whitespace; whether the next character opens a sentence is ``_opens``.
_SENT_END = re.compile(rf"""([{_SPACED_STOPS}]+['"’”)\]»]*)(\s+)(?=(['"“‘(\[«„]?)(.))""")
# A full stop of Chinese and Japanese needs no space after it.
_CJK_END = re.compile(rf"""([{_CJK_STOPS}]+[」』”’）)\]]*)(\s*)(?=\S)""")
# A Japanese quote's full stop before the particle that goes on the sentence: 「…。」と話した.
_JAPANESE_CLOSE = "」』"
_QUOTING = ("と", "って")
_LATIN_OPEN = re.compile(r"[A-Z0-9\u00C0-\u024F]")
# Georgian's Mkhedruli letters are lower-case in Unicode but open sentences, having no capitals.
CASELESS_LOWER = re.compile(r"[\u10D0-\u10FF]")
"""Letters that are lower-case in Unicode yet open a sentence (Georgian's Mkhedruli)."""
# Letters of the scripts written without spaces between words, and how many make a word on
# average: a Chinese or Japanese word is one to three characters, a Thai, Lao, Khmer or
# Burmese word three or four letters (their vowel signs and tone marks are marks, not letters).
_HAN_KANA = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SOUTHEAST_ASIAN = r"\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f"
_UNSPACED = (
    (re.compile(f"[{_HAN_KANA}]"), 1.5),
    (re.compile(f"[{_SOUTHEAST_ASIAN}]"), 3.5),
)
_ANY_UNSPACED = re.compile(f"[{_HAN_KANA}{_SOUTHEAST_ASIAN}]")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalize_space(text: str) -> str:
    """NFC, unify spaces, strip each line, collapse runs of blank lines into one."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; single newlines inside a paragraph become spaces."""
    paras = (p.strip() for p in _PARA_SPLIT.split(text))
    return [" ".join(line.strip() for line in p.splitlines() if line.strip()) for p in paras if p]


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".!?…'\"’”)]").split()
    if not words:
        return False
    word = words[-1].lstrip("(\"'“‘")
    last = word.lower()
    if last in _ABBREVIATIONS or last in _TITLES:
        return True
    if last in _PLACE_LETTERS and not (len(words) > 1 and words[-2][-1:].isdigit()):
        return True
    if last.rsplit("-", 1)[-1] in _ABBREVIATIONS:
        return True  # the second part of a hyphenated name: "Saguenay-St. Lawrence"
    # A single initial ("J. Smith", "А. С. Петров"), or a dotted acronym ("U.S.").
    # A dotted abbreviation of single letters in any script ("т.е.", "z.B.", "d.h.", "u.a.").
    return _initial(word) or bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]?", last))


def _before_number(chunk: str) -> bool:
    """Whether ``chunk`` ends with an abbreviation that stands before a number ("No.", "Art.")."""
    words = chunk.rstrip(".").split()
    return bool(words) and words[-1].lstrip("(\"'“‘").lower() in _BEFORE_NUMBER


def _initial(word: str) -> bool:
    """Whether ``word`` is one letter read as an initial: a Latin letter ("J. Smith"), a capital
    of another script ("А. С. Петров", "Б. Энхбаяр"), or a letter of a script without case
    ("د. أحمد", "க. முருகேசன்"). Not another script's small letter, which ends sentences
    ("23:00 ч.", "letters such as ä, ö and ş."), nor a letter of a script written without
    spaces, where it is a unit ("10:20 น.")."""
    if len(word) != 1 or not word.isalpha():
        return False
    if word.isascii() or word.isupper():
        return True
    return not word.islower() and not any(letters.match(word) for letters, _ in _UNSPACED)


def _opens(char: str) -> bool:
    """Whether a sentence may begin with ``char``: a capital of any script, a digit, a letter
    of a script without case, or Georgian's. A lower-case letter after a stop is the rest of the
    sentence ("approx. three", "the U.S. said")."""
    if _LATIN_OPEN.match(char) or char.isupper() or char.isdigit():
        return True
    if not char.isalpha() or char.islower():
        return bool(CASELESS_LOWER.match(char))
    return True  # a letter with no case: Arabic, Hebrew, Devanagari, Han, Thai, ...


def _ends(para: str) -> list[tuple[int, int, str]]:
    """Where the sentences of ``para`` end: (end of the stop, start of the next, the stop)."""
    ends = [
        (m.end(1), m.end(2), m.group(1)) for m in _SENT_END.finditer(para) if _opens(m.group(4))
    ]
    ends += [
        (m.end(1), m.end(2), m.group(1))
        for m in _CJK_END.finditer(para)
        if not (m.group(1)[-1] in _JAPANESE_CLOSE and para.startswith(_QUOTING, m.end(2)))
    ]
    return sorted(set(ends))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph (or a whole text) into sentences; never splits inside a word."""
    sentences: list[str] = []
    for para in split_paragraphs(text) if "\n" in text else [text.strip()]:
        start = 0
        pending = ""
        for end, after, stop in _ends(para):
            if end <= start:
                continue
            piece = para[start:end]
            glued = _ends_with_abbreviation(piece) or (
                _before_number(piece) and para[after : after + 1].isdigit()
            )
            if glued and stop == ".":
                pending += piece + para[end:after]
            else:
                sentences.append((pending + piece).strip())
                pending = ""
            start = after
        tail = (pending + para[start:]).strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]


def word_count(text: str) -> int:
    """Words in ``text``: its whitespace-separated tokens, where a token of a script written
    without spaces counts its letters by that script's average word length (a 60-character
    Chinese sentence is about 40 words, not one)."""
    if not _ANY_UNSPACED.search(text):  # the common case, on the extractive step's hot path
        return len(text.split())
    total = 0
    for token in text.split():
        unspaced = 0.0
        rest = token
        for letters, per_word in _UNSPACED:
            found = sum(c.isalpha() for c in letters.findall(rest))
            if found:
                unspaced += found / per_word
                rest = letters.sub("", rest)
        if not unspaced:
            total += 1
            continue
        total += max(1, round(unspaced)) + (1 if any(c.isalnum() for c in rest) else 0)
    return total


def written_without_spaces(text: str) -> bool:
    """Whether most of ``text``'s letters are of a script written without spaces between words
    (Chinese, Japanese, Thai, Lao, Khmer, Burmese): a text whose whitespace-separated tokens
    are clauses, not words, so that two of its sentences share no token."""
    if not _ANY_UNSPACED.search(text):
        return False
    letters = sum(c.isalpha() for c in text)
    unspaced: int = sum(c.isalpha() for c in _ANY_UNSPACED.findall(text))
    return unspaced * 2 > letters
