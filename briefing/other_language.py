"""A piece written in another language than the day's coverage joins the story whose names it
says: a step of grouping (``briefing.cluster``), after the lone pairs.

The grouping's similarity reads words, and words do not cross languages: a Spanish local
paper's report of a ransomware attack on San José's city hall ("Piden 5 millones de dólares
por liberar los sistemas de la Municipalidad") shares almost no word with the English wire's
("Ransomware freezes Costa Rica capital's city systems"), and a report whose headline is in
Spanish over an English text ("Paro docente: aulas vacías en Guaymallén y Las Heras") loses
the headline's weight. What survives translation is names: the mayor both quote ("Andrea
Solís"), the province and the governor ("Mendoza", "Ortiz").

So a lone piece whose language differs from the day's (the language most of the day's
articles are written in: its text's, ``article_language``, or only its headline's,
``headline_in_another_language``) joins the one group with which it shares two names or more
that no other article of the day says: words of four letters or more, accents aside,
capitalised in the piece and in a member of the group, that are no stop word ("Some", "When"
opening a sentence), month or weekday, nor written in lower case anywhere that day
("Governor", "State" open sentences; "governor" is said mid-sentence too), and not all of them
a country's or language's name (two events of one country share its name). A name said
outside the piece and the group tells nothing of which group it belongs to: on fresh28's d671
"San José" is said by the ransomware's report and by two reports of onion growers in San
Jose, Mindoro, and only the mayor's name tells the piece's story. When two groups or more
qualify, the piece stays on its own. English dictionary words are not left out as names are
(simplemma's English list holds "Andrea", "Jamaica" and "Santiago").

Two events of one kind told in two languages (a Spanish report of a port strike in
Valparaíso beside an English one of a wharf strike in Fremantle) share the kind's words,
which are no names, and no name of either event; they stay apart.

Measured with the offline days split into fold A (odd day numbers, tuned on) and fold B
(even, held out; ``/work/notes/group29_folds.py``): on fold A it joins three pieces, each
rightly (fresh26's d617 and d627, whose local papers head an English text in Spanish, and
fresh28's d671); on fold B three more, each rightly (fresh28's d656, the Nouméa paper's
French report, and d674's Malay and Vietnamese reports, each to its English report).

Not on main (group29): with it, the offline summarizer opens the English story's section with
the other language's sentences (ROUGE-2 on d671 24.1 -> 12.7, d656 10.1 -> 3.7, d674 20.1 ->
12.2; fresh28 14.3 -> 13.7 with ``attach_last_piece``'s several pieces beside it). It wants the
summarizer to prefer bullets in the day's language first.

The day's language is read only when a lone piece is not plainly English (a batch of English
pieces loads no language model: ``bench/bench_scale.py``'s varied shape keeps its 149 MB).
The work is linear in the day's words: each article's names are read once, a name's count of
articles tells what outside a group says it, and a piece is weighed only against the groups
that say one of its names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from briefing.angles import is_place
from briefing.features import CALENDAR_WORDS, STOP_WORDS, content_word
from briefing.language import (
    DEFAULT_LANGUAGE,
    article_language,
    headline_in_another_language,
    plainly_english,
)
from briefing.models import Article
from briefing.partition import join_groups

__all__ = ["attach_other_language"]

_MIN_LENGTH = 4  # a name of four letters or more ("Solís", "Ortiz"; not "San", "Las")
_MIN_NAMES = 2  # a piece joins the group it shares two such names with
_TOKEN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """``word`` in lower case without accents: "Solís" is "solis", "José" is "jose"."""
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def _words(art: Article) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every word of an article's headline and text (folded: ``_fold``), those of them
    written capitalised there, and those written in lower case."""
    words: set[str] = set()
    capital: set[str] = set()
    small: set[str] = set()
    for token in _TOKEN.findall(f"{art.title}\n{art.text}"):
        word = _fold(token)
        words.add(word)
        (capital if token[0].isupper() else small).add(word)
    return frozenset(words), frozenset(capital), frozenset(small)


def _names(capital: frozenset[str], lower: set[str]) -> frozenset[str]:
    """The capitalised words (folded) that can be names: four letters or more, no stop word
    ("Some", "When" opening a sentence), month or weekday ("Wednesdays"), and never written in
    lower case that day (``lower``: "governor", "state")."""
    return frozenset(
        w
        for w in capital
        if len(w) >= _MIN_LENGTH
        and w not in STOP_WORDS
        and w.removesuffix("s") not in CALENDAR_WORDS
        and w not in lower
    )


def _place(word: str) -> bool:
    stem = content_word(word)
    return stem is not None and is_place(stem)


def attach_other_language(
    groups: Sequence[Sequence[int]], arts: Sequence[Article]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``, the whole day) with every lone piece written in
    another language than the day's moved into the one group whose names it says (the
    module's rule)."""
    out = [list(g) for g in groups]
    if len(out) < 2:
        return out
    pieces = [g[0] for g in out if len(g) == 1]

    def other(j: int, main: str) -> bool:
        if main == DEFAULT_LANGUAGE and plainly_english(arts[j].title, arts[j].text):
            return False  # no model read for an English teaser
        return article_language(arts[j].title, arts[j].text) != main or (
            headline_in_another_language(arts[j].title, main)
        )

    if not any(other(j, DEFAULT_LANGUAGE) for j in pieces):
        return out  # every lone piece in English: no other article's language is read
    main = Counter(article_language(a.title, a.text) for a in arts).most_common(1)[0][0]
    lone = [k for k, g in enumerate(out) if len(g) == 1 and other(g[0], main)]
    if not lone:
        return out
    read = [_words(a) for a in arts]
    words = [w for w, _, _ in read]
    lower = {w for _, _, low in read for w in low}
    names = [_names(capital, lower) for _, capital, _ in read]
    said = Counter(w for bag in words for w in bag)  # in how many articles each word is
    home = {i: g for g, members in enumerate(out) for i in members}
    saying: dict[str, list[int]] = {}  # a name -> the articles that say it (any case)
    wanted = {w for k in lone for w in names[out[k][0]]}
    for i, bag in enumerate(words):
        for w in bag & wanted:
            saying.setdefault(w, []).append(i)
    moves: list[tuple[int, int]] = []
    for k in lone:
        j = out[k][0]
        near = {home[i] for w in names[j] for i in saying.get(w, ()) if i != j}
        fits = []
        for h in sorted(near):
            group = out[h]
            inside = Counter(w for i in group for w in words[i] & names[j])
            theirs = set().union(*(names[i] for i in group)) & names[j]
            shared = {w for w in theirs if said[w] == inside[w] + 1}  # said by none outside
            if len(shared) >= _MIN_NAMES and not all(map(_place, shared)):
                fits.append(h)
        if len(fits) == 1:
            moves.append((k, fits[0]))
    return [g for g in join_groups(out, moves) if g]
