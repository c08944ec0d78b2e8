"""What ties a lone article to a story besides its words: the story's *names* and *figures*.

Read by ``briefing.story_links`` (see its docstring for when each counts):

- :func:`story_names`: a text's specific names (``briefing.shared_names``) and its single
  capitalised words of their own, lower-cased, with the words that open a sentence apart;
- :func:`fold_plural` and :func:`surnamed`: a name compared without a plural's "s" and, for a
  name of several words, by its last word when that is no dictionary word (a surname);
- :func:`term_said`: a headline's term that is no dictionary word ("polymetallic") said in
  half of a story's leads, and :func:`term_told`: such a term of half of a story's headlines
  said in a lead ("chambo"); :func:`phrase_said`: two words a headline writes side by side
  that a story's headline and half of its leads write so, and no other article of the day;
- :func:`figures`: the quantities a text states that can name an event ("320 kg").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from briefing.angles import headline_names, is_country, lead_of, lead_text, opening_name, roots
from briefing.features import CALENDAR_WORDS, MONTHS, WORD_PATTERN, content_word, terms
from briefing.ground import is_title_word, number_spans
from briefing.language import DEFAULT_LANGUAGE, article_language, in_dictionary
from briefing.models import Article
from briefing.shared_names import CAPITALISED_RUN, opens_sentence, own_word, specific_names

__all__ = [
    "ACRONYM",
    "figures",
    "fold_plural",
    "lead_phrases",
    "phrase_counts",
    "phrase_said",
    "story_names",
    "surnamed",
    "term_said",
    "term_told",
]

_CALENDAR = CALENDAR_WORDS | {m[:3] for m in MONTHS} | {"sept"}  # with "Dec", "Sept"
ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
"""An acronym as a headline or text writes it ("AMI", "SGR")."""


def story_names(
    text: str, *, lower: frozenset[str], outlets: frozenset[str]
) -> tuple[set[str], set[str]]:
    """The names of ``text`` that can tie it to a story, lower-cased, and the single words
    among its candidates that open a sentence (a name only where the day also writes them
    capitalised mid-sentence: "Karlsruhe", not "Shoppers"). The names are its specific names
    (``shared_names.specific_names``) and its single capitalised words of their own (see
    ``briefing.story_links``' docstring) that do not open a sentence."""
    names = specific_names(text, lower=lower, outlets=outlets)
    opening: set[str] = set()
    for match in CAPITALISED_RUN.finditer(text):
        words = match.group(0).split()
        lead = 0
        while lead < len(words) - 1 and is_title_word(words[lead]):  # "The Stratocell"
            lead += 1
        if len(words) - lead != 1 or _bracketed(text, match.start(), match.end()):
            continue  # a run of two or more is read whole by ``specific_names``
        word = re.sub(r"['’]s$", "", words[lead].rstrip("'’")).rstrip("+")
        low = word.lower()
        if (
            (word.isupper() and len(word) <= 2)
            or low in _CALENDAR
            or low in outlets
            or not own_word(word, lower)
        ):
            continue
        (opening if lead == 0 and opens_sentence(text, match.start()) else names).add(low)
    return names, opening


_LOWER_TERM = re.compile(r"(?<![\w'’-])[a-z][a-z-]{5,}(?![\w'’])")


def _rare(term: str) -> bool:
    """Whether a lower-case term is no English dictionary word, nor a compound of such words
    ("cyber-attack", "cost-of-living", "e-scooter" are words; "tirzepatide" is not)."""
    parts = [p for p in term.split("-") if len(p) >= 3] or [term]
    return any(not in_dictionary(p) for p in parts)


def _english(art: Article) -> bool:
    """Whether an article is written in English, whose dictionary tells a term from a word."""
    return article_language(art.title, art.text) == DEFAULT_LANGUAGE


def term_said(title: str, members: Sequence[Article], piece: Article | None = None) -> bool:
    """Whether a term of ``title`` that is no English dictionary word ("polymetallic",
    "tirzepatide") is said in the headline or lead of at least half of ``members``. Not for a
    ``piece`` in another language, whose every word the English dictionary lacks."""
    rare = {w for w in _LOWER_TERM.findall(title) if _rare(w)}
    if not rare or (piece is not None and not _english(piece)):
        return False
    said = sum(bool(rare & set(_LOWER_TERM.findall(lead_text(a)))) for a in members)
    return 2 * said >= len(members)


_PHRASE_TOKEN = re.compile(WORD_PATTERN + r"|[.?!:;,]")


def _phrases(text: str) -> set[tuple[str, str]]:
    """The pairs of content words written next to each other in ``text`` (stems, no number,
    no stop word or punctuation between): "interstellar comet", "brine pumping"."""
    out: set[tuple[str, str]] = set()
    before: str | None = None
    for tok in _PHRASE_TOKEN.findall(text):
        word = None if tok[0].isdigit() else content_word(tok)
        if word is not None and before is not None:
            out.add((before, word))
        before = word
    return out


@lru_cache(maxsize=4096)
def _lead_phrases(title: str, text: str) -> frozenset[tuple[str, str]]:
    return frozenset(_phrases(lead_of(title, text)))


def lead_phrases(art: Article) -> frozenset[tuple[str, str]]:
    """The pairs of words an article's headline or lead writes side by side (``_phrases``)."""
    return _lead_phrases(art.title, art.text)


def _lead_countries(piece: Article) -> set[str]:
    """The countries a piece's lead names by a capitalised word: where a headline that names
    nothing ("Teachers strike shuts schools for a second day") tells its event to be ("...
    the Kenya National Union of Teachers said")."""
    return {
        w
        for tok in re.findall(WORD_PATTERN, lead_text(piece))
        if tok[0].isupper() and (w := content_word(tok)) and is_country(w)
    }


def phrase_counts(arts: Iterable[Article]) -> Counter[tuple[str, str]]:
    """In how many of ``arts`` each pair of words is written side by side in the headline or
    lead: what ``phrase_said`` asks of the day."""
    return Counter(p for art in arts for p in lead_phrases(art))


def phrase_said(
    piece: Article, members: Sequence[Article], day: Mapping[tuple[str, str], int]
) -> bool:
    """Whether two words that the headline of ``piece`` writes side by side ("Interstellar
    comet: your questions answered") are written side by side in a headline of ``members``
    ("Chilean telescope spots third known interstellar comet"), in the headline or lead of at
    least half of them (a phrase of the wire's lead alone, "minor injuries", tells a topic,
    not the story), and in those of no other article of the ``day`` (``phrase_counts`` of the
    day's articles: two teachers' strikes both say "teachers strike"), and every name of the
    headline, and every country its lead names, is said in a member's lead: "Forest fire near
    Coyhaique ..." is another fire than the one near Tolhuin, "Kemi's first ice road ..."
    another road than Yellowknife's, and "Teachers strike shuts schools for a second day",
    whose lead names Kenya, another strike than Ontario's."""
    mine = _phrases(piece.title)
    names = headline_names(piece.title)
    if not mine or names is None:
        return False
    names |= opening_name(piece) | _lead_countries(piece)
    known = {t for a in members for t in terms(lead_text(a))}
    if any(roots(n).isdisjoint(known) for n in names):  # "Forest fire near Coyhaique ..."
        return False
    count = Counter(p for a in members for p in mine & lead_phrases(a))
    headed = {p for a in members for p in mine & _phrases(a.title)}
    own = lead_phrases(piece)
    return any(
        2 * n >= len(members) and p in headed and day.get(p, 0) <= n + (p in own)
        for p, n in count.items()
    )


def term_told(piece: Article, members: Sequence[Article]) -> bool:
    """Whether the lead of ``piece`` (``lead_text``) says a term that is no English dictionary
    word and that the headlines of two or more and at least half of ``members`` say: the
    story's own thing, named by a word of its own ("chambo" of "Malawi halts chambo fishing on
    its lake" and "Three-month chambo ban starts on Lake Malawi", in a lead on fishers beached
    by the ban). Not for a piece in another language than English."""
    mine = set(_LOWER_TERM.findall(lead_text(piece)))
    if not mine:
        return False
    count = Counter(w for a in members for w in set(_LOWER_TERM.findall(a.title)) & mine)
    told = [w for w, n in count.items() if n >= 2 and 2 * n >= len(members) and _rare(w)]
    return bool(told) and _english(piece)


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def figures(text: str) -> set[float]:
    """The figures ``text`` states that can name an event: quantities at their full scale with
    at least two significant digits, at least 100, no year and no percentage ("a 320-kg
    stingray", "3.6 million passengers", "$1.1bn"; not "2022", "300 kg", "52", "4.1 metres"
    or "9.5%"). A report's own measure of its event is as specific as a name; a round number
    or a small count is said of many things, and a rate (a percentage) is what events of one
    kind share: two central banks hold at the same level."""
    out: set[float] = set()
    for span in number_spans(text):
        digits = f"{span.value:.6g}".split("e")[0].replace(".", "").strip("0")
        if span.percent or span.value < 100 or len(digits) < 2 or _YEAR.fullmatch(span.written):
            continue
        out.add(span.value)
    return out


def fold_plural(name: str) -> str:
    """``name`` with a plural's final "s" taken off each word of four letters or more
    ("social democrats": "social democrat"; not "press" or "bus")."""
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in name.split()
    )


def surnamed(names: set[str]) -> set[str]:
    """``names`` and the last word of each name of several words when that word is no English
    dictionary word of three letters or more: "cerro tavora" is "tavora" too, "helena sá" is
    "sá" (a later mention by surname); "coastal road" is not "road"."""
    out = set(names)
    for name in names:
        head, _, last = name.rpartition(" ")
        if head and len(last) >= 3 and not in_dictionary(last):
            out.add(last)
    return out


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"
