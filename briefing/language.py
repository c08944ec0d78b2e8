"""The reader's language: its name for prompts, the language an article is written in, and
what the support checks need to compare a claim with evidence in another language.

- ``language_name("de")`` is "German / Deutsch" (Babel's names), for the prompt line that asks
  an LLM to write the briefing in that language; ``None`` for English, whose prompts need no
  such line.
- ``article_language`` guesses an article's language from its title and text (py3langid,
  cached by text).
- ``is_common_word`` tells a word of a language's dictionary (simplemma) from a proper name:
  across languages a capitalised word of a German bullet ("Erdbeben") is not a name to find in
  an English quote, but "Lagarde" is.
- ``plain_numbers`` rewrites the numbers of a decimal-comma language ("1,5", "12.000") in the
  English notation the number checks read ("1.5", "12000").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError

from briefing.exceptions import ConfigError

__all__ = [
    "DEFAULT_LANGUAGE",
    "article_language",
    "base_language",
    "check_language",
    "function_words",
    "headline_in_another_language",
    "in_dictionary",
    "is_common_word",
    "language_name",
    "languages_differ",
    "plain_numbers",
    "plainly_english",
    "reads_as",
]

DEFAULT_LANGUAGE = "en"
_DETECT_CHARS = 3000  # enough text to tell a language; more only costs time

# Languages that write "1,5" for 1.5 and "12.000" (or "12 000") for 12000.
_DECIMAL_COMMA = frozenset(
    "de fr es it pt nl da sv nb no fi pl cs sk sl hr sr ro hu tr ru uk bg el id vi ca eu gl "
    "et lv lt is".split()
)


def base_language(code: str) -> str:
    """The language of a tag, lower-case: "de-AT" and "de_at" are "de"."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def check_language(code: str) -> str:
    """``code`` normalised ("de-at" → "de-AT"), or ConfigError naming it when Babel does not
    know the language."""
    try:
        locale = Locale.parse(code.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise ConfigError(
            f"language {code!r} is not a known language tag (e.g. de, fr, pt-BR)"
        ) from None
    return str(locale).replace("_", "-") if locale.territory else locale.language


@lru_cache(maxsize=32)
def language_name(code: str) -> str | None:
    """How a prompt names the language: "German / Deutsch"; None for English."""
    if base_language(code) == DEFAULT_LANGUAGE:
        return None
    locale = Locale.parse(check_language(code).replace("-", "_"))
    english = locale.get_display_name("en") or code
    native = locale.get_display_name(locale) or ""
    return english if native.lower() == english.lower() or not native else f"{english} / {native}"


# English's own function words: frequent in any English prose, rare in other languages' (words
# that other languages share, "a", "in", "on", "me", "die", are left out).
_ENGLISH_WORDS = frozenset(
    "the and of to is was that with for said are were has have it its this by from which "
    "would will be at an their they he she not but been who had after".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CLEARLY_ENGLISH_WORDS = 20  # enough words to tell...
_CLEARLY_ENGLISH_SHARE = 0.2  # ...and at least this share of them English function words
_FOREIGN_SHARE = 0.1  # at most this share with letters beyond ASCII


def _clearly_english(text: str) -> bool:
    """Whether ``text`` is plainly English prose: at least 20 words, a fifth of them English
    function words, at most one in ten with letters beyond ASCII (names). Such a text needs
    no model (loading py3langid's costs about 0.6 s of CPU, once per process); anything else
    goes to it."""
    words = _WORD.findall(text.lower())
    if len(words) < _CLEARLY_ENGLISH_WORDS:
        return False
    foreign = sum(not w.isascii() for w in words)  # names ("Kraków") are a few words, no more
    english = sum(w in _ENGLISH_WORDS for w in words)
    return foreign <= _FOREIGN_SHARE * len(words) and english >= _CLEARLY_ENGLISH_SHARE * len(words)


@lru_cache(maxsize=4096)
def _detect(text: str) -> str:
    if _clearly_english(text):
        return DEFAULT_LANGUAGE
    import py3langid  # here, not at the top: it loads numpy and its model (~0.6 s of CPU)

    lang, _score = py3langid.classify(text)
    return str(lang)


# Languages a headline is told apart in: widely written ones. The full model reads many short
# English headlines as a creole or a small language ("Kenya doubles Lake Turkana wind farm" as
# Nigerian Pidgin), with some confidence; among these its doubts stay low.
_HEADLINE_LANGUAGES = (
    "en fr es pt de it nl ca pl ro sv da no fi cs sk hr tr id sw hu el ru uk bg".split()
)
_HEADLINE_SURE = 0.9  # the identifier's probability that a headline's language is told
_HEADLINE_KNOWN = 0.7  # a headline whose lower-case words are this share in the dictionary ...
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # ... is not checked


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` written all in lower case: not "Đà", "Łódź" or "Şanlıurfa", whose
    capitals are beyond A-Z ("Đà Nẵng bridge opens" reads as English as "Kraków mayor quits"
    does), nor "iPhone"."""
    return [w for w in _LETTERS.findall(text) if w.islower()]


@lru_cache(maxsize=8)
def _headline_identifier(extra: str) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # ~0.4 s of CPU, once

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(sorted({*_HEADLINE_LANGUAGES, extra} & set(identifier.nb_classes)))
    return identifier


def reads_as(title: str, language: str) -> bool:
    """Whether a headline has no lower-case words to tell a language by (an untitled note,
    "BREXIT: 52%"), or most of them are that language's dictionary words: "Kenya doubles Lake
    Turkana wind farm" reads as English, "Choum : vingt wagons couchés dans le sable" not."""
    words = _lower_words(title)
    known = sum(in_dictionary(w, base_language(language)) for w in words)
    return not words or known >= _HEADLINE_KNOWN * len(words)


@lru_cache(maxsize=4096)
def headline_in_another_language(title: str, language: str) -> bool:
    """Whether a headline is plainly written in another language than ``language``: "GR20 : la
    Solitude rouvre, les gardiens de refuge respirent" beside English text. Short headlines say
    little, so only a confident guess among widely written languages counts ("Lava again near
    Grindavík" is no other language's)."""
    want = base_language(language)
    if reads_as(title, want):
        return False  # no model to load (~0.4 s of CPU)
    guess, probability = _headline_identifier(want).classify(title)
    return bool(guess != want and probability >= _HEADLINE_SURE)


def plainly_english(title: str, text: str) -> bool:
    """Whether an article is plainly English without asking the model (whose first load costs
    ~0.6 s of CPU and writes its unpacked file to a temporary one): English prose of 20 words
    or more, or a shorter text (a teaser) whose headline and text both read as English
    dictionary words (``reads_as``) and write no letter of a script without capitals: a Korean
    or a Chinese page has no lower-case word to read, and Chinese writes a sentence as one
    word ("珠海市下月起横琴大桥通行费减半" is no English teaser)."""
    if _clearly_english(text):
        return True
    short = len(_WORD.findall(text)) < _CLEARLY_ENGLISH_WORDS
    return (
        short
        and reads_as(title, DEFAULT_LANGUAGE)
        and reads_as(text, DEFAULT_LANGUAGE)
        and not any(_caseless(c) for c in f"{title}{text}")
    )


def _caseless(c: str) -> bool:
    """Whether ``c`` is a letter of a script without capitals (Hangul, Chinese, Devanagari,
    Arabic, ...), no Latin letter."""
    return c > "\u024f" and c.isalpha() and c.lower() == c.upper()


def article_language(title: str, text: str) -> str:
    """The language an article is written in (a base code, "en")."""
    return _detect(f"{title}\n{text}"[:_DETECT_CHARS])


@lru_cache(maxsize=64)
def function_words(language: str) -> frozenset[str]:
    """The function words of a language other than English, lower case (the ``stop-words``
    lists: 33 languages; "de", "la", "que", "los" in Spanish): words that say nothing about
    which story a text is about, as ``features.STOP_WORDS`` are for English. Empty for English
    (those lists cover it) and for a language without a list. Read per article, never as one
    union: "war", "die" and "man" are German function words and English news words.

    A list's entries are read as words, without the quotes and commas some lists write around
    them (the Hebrew list's '"אבל",' matched no word of a page). A language whose list is of
    another form of it (the Greek list is of Ancient Greek, polytonic "τοῦ", "καί", and shares 4
    of its 78 words with the modern language's commonest) has its commonest words instead
    (``_commonest_words``): fresh47's two Greek pages of two events, a wildfire and a rockfall,
    were one story on "το", "και", "με", "από", which their day's IDF, of English articles,
    weighed as names. A language without a list keeps none: its commonest words (Wikipedia's:
    "godine", "grad") held apart a Serbian page and its teaser, and an Icelandic page from its
    story (d1012, d1075)."""
    lang = base_language(language)
    if lang == DEFAULT_LANGUAGE:
        return frozenset()
    from stop_words import StopWordError, get_stop_words  # here: English days never need it

    try:
        words = get_stop_words(lang)
    except StopWordError:
        return frozenset()
    if lang == "tr":  # the list was read as Latin-1 from Windows-1254: "altý" is "altı"
        words = [_windows_1254(w) for w in words]
    listed = frozenset(w for w in map(_entry, words) if w)
    common = _commonest_words(lang)
    if len(listed & common) < _SAME_FORM * min(len(listed), len(common)):
        return common
    return listed


_SAME_FORM = 0.1  # a list and the commonest words share at least this share of the shorter
_QUOTES = "\"'\u201c\u201d\u2018\u2019,;"


def _entry(word: str) -> str:
    """A list's entry as a word, lower case, without the quotes and commas around it."""
    return word.strip().strip(_QUOTES).strip().casefold()


def _commonest_words(lang: str) -> frozenset[str]:
    """The commonest words of a language: jusText's stoplist of it (the words commonest in its
    Wikipedia; jusText comes with trafilatura), the words of letters alone; none for a language
    it has no list of."""
    import justext  # here: English days never need it

    try:
        name = Locale(lang).get_display_name("en")
    except (UnknownLocaleError, ValueError):
        return frozenset()
    if not name:
        return frozenset()
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    try:  # "Norwegian_Bokmal"
        words = justext.get_stoplist(plain.replace(" ", "_"))
    except ValueError:
        return frozenset()
    return frozenset(w for w in map(_entry, words) if _WORD.fullmatch(w))


def _windows_1254(word: str) -> str:
    """A Turkish word whose Windows-1254 bytes were decoded as Latin-1 ("birþey"), mended
    ("birşey"); a word that is not such text stays as it is."""
    try:
        return word.encode("latin-1").decode("cp1254")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return word


def languages_differ(language: str, texts: Iterable[tuple[str, str]]) -> bool:
    """Whether any of the (title, text) pairs is written in another language than
    ``language``."""
    want = base_language(language)
    return any(article_language(title, text) != want for title, text in texts)


def _known(word: str, lang: str) -> bool:
    import simplemma  # here, not at the top: only briefings in a language other than English use it

    return bool(simplemma.is_known(word, lang=lang) or simplemma.is_known(word.lower(), lang))


@lru_cache(maxsize=8192)
def in_dictionary(word: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """Whether ``word`` itself is in the dictionary of ``language`` (simplemma; compounds not
    counted, unlike ``is_common_word``): "supreme", "health" in English; not "Nordlys",
    "Vidal". False for a language simplemma has no dictionary for."""
    try:
        return _known(word, base_language(language))
    except ValueError:
        return False


_MIN_PART = 4  # the shortest part of a compound: shorter ones match too much ("Lag", "arde")
_LINKS = ("", "s", "es", "n", "en")  # German linking letters: Arbeit-s-markt, Einlage-n-zins


@lru_cache(maxsize=8192)
def is_common_word(word: str, language: str) -> bool:
    """Whether ``word`` is in the dictionary of ``language`` (so not a proper name there):
    "Erdbeben", "Zentralbank", "Deutschland" in German; not "Lagarde". A compound of two
    dictionary words counts ("Einlagenzins", "Viertelpunkt"), so a name that is one (say
    "Rosenberg") is not told from a word. A language simplemma has no dictionary for has no
    common words: every capitalised word is then a name."""
    lang = base_language(language)
    try:
        if _known(word, lang):
            return True
    except ValueError:  # a language simplemma has no dictionary for
        return False
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not _known(tail.capitalize(), lang):
            continue
        for link in _LINKS:
            stem = head[: len(head) - len(link)] if link and head.endswith(link) else head
            if (not link or stem != head) and len(stem) >= _MIN_PART and _known(stem, lang):
                return True
    return False


# "11 Prozent", "3 pour cent": a percentage, as "11%" is in English.
_PERCENT_WORDS = re.compile(
    r"(\d)\s*(?:Prozent|procent|pour\s?cent|por\s?ciento|por\s?cento|per\s?cento|"
    r"procento|prosent)\b",
    re.I,
)
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.\u00a0\u202f\u2009]\d{3})+)(?:,(\d+))?(?![\d])")
# Languages that group thousands with a space ("1 200", "3 000"), after whitespace was cleaned.
_SPACE_GROUPING = frozenset("fr ru uk pl cs sk sv nb no fi et lv lt hu bg".split())
_SPACED = re.compile(r"(?<![\d.,])(\d{1,3}(?: \d{3})+)(?![\d])")
_DECIMAL = re.compile(r"(?<![\d.,])(\d+),(\d+)(?![\d,])")


def plain_numbers(text: str, language: str) -> str:
    """``text`` with the numbers of a decimal-comma language written as in English: "1,5"
    → "1.5", "12.000" → "12000", "3.500,25" → "3500.25", "3 000" (French) → "3000",
    "11 Prozent" → "11%". Other
    languages' text is returned as it is."""
    if base_language(language) not in _DECIMAL_COMMA:
        return text

    def grouped(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        return digits + (f".{match.group(2)}" if match.group(2) else "")

    text = _GROUPED.sub(grouped, text)
    if base_language(language) in _SPACE_GROUPING:
        text = _SPACED.sub(lambda m: m.group(1).replace(" ", ""), text)
    text = _PERCENT_WORDS.sub(r"\1%", text)
    return _DECIMAL.sub(r"\1.\2", text)
