"""Shared names: an article left on its own joins the one story whose leads name it too.

Outlets covering one event name the same specific things in their leads: the ship ("the ferry
Nordlys Star"), the company, the person, the named fire. An angle piece on that event ("'We
heard an alarm and then saw smoke': passengers describe ferry escape") may share few other words
with the main reports, so average linkage leaves it alone, but it names the ship in its lead too.
Different events on one topic share topic words and institutions ("budget", "Prime Minister",
"Bank of England"), not such names. So an article alone in its group joins a group of two or
more when

* a *specific name* is in its headline and lead (first 60 words) and in the headline and lead
  of at least half of that group's members. A specific name is a run of two or more
  capitalised words ("Nordlys Star", "Fjordline Nord", "Ridge Fire"), compared whole (so
  "Bank of England Governor Andrew Bailey" is not "Bank of England"), that is not all capitals
  (a dateline), not an outlet of the day (a credit line), and has a word of its own: a word
  that is not a title, function or institution word ("Prime Minister", "State Department"),
  not a place (country and language names: "European Union", "South Korea"), and never
  written in lower case in the day's texts ("Central Bank" beside "the central bank");
* the name belongs to that group alone: no other group of two or more says it anywhere in its
  texts (a name two stories share tells nothing), and its names point to no other group;
* it is linked to the group at all: an edge of the grouping's similarity graph (as for angle
  pieces, ``briefing.angles``); and
* a content word of its headline, other than a place, a figure or a word of the shared name,
  is in the group's headlines and leads: a central banker's speech on AI names the bank, as
  its rate decision does, but says nothing of rates; an airline's fare rise "by about 12%"
  names the airline, as its plane's emergency landing does, and a live page of the landing
  says "12:40 p.m." (fresh41's d984).
* one shared name has a word that is not an English dictionary word (simplemma): "Nordlys" in
  "Nordlys Star". A name made only of dictionary words is mostly an institution ("Supreme
  Court", "World Health Organization"), which different events share: two rulings of one
  court on one day are two stories. (Joining two groups of two or more on such names, tried on
  the tuning part at stricter thresholds, merged a Gaza aid story with a malaria vaccine story
  through "World Health Organization".)

Several lone articles may join one group (each on its own evidence). Lone articles left after
that pair up when they name the same specific name in their leads, neither names anything a
group of two or more says (a digest that leads with one story and names another stays out),
they have an edge between them, and a headline word of one (not a place, not a word of the
name) is in the other's headline or lead: the main reports of an event that average linkage
did not pair. The work is linear in the day's text: names are found by one pattern per article
and indexed by group, and lone pairs are looked for only along the graph's edges.

On the grouping set's tuning days (``bench/eval_cluster.py --tune-only``), each day on its own,
this joined d41's two lone pieces to their ferry fire (single-story days split 4 -> 3 of 16,
pairwise recall 0.874 -> 0.926, precision 1.000); the labelled, seed and held-out sets, and
the pooled tuning part, are unchanged (docs/BENCHMARKS.md). The lone pairs change nothing at
the story threshold there; with a stricter threshold, where fewer main reports pair (0.22:
per-day recall 0.632 -> 0.695, pooled 0.736 -> 0.777), they join only same-story articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefing.angles import headline_words, is_place, lead_text, lone_links
from briefing.features import WORD_PATTERN, content_word, terms
from briefing.ground import is_title_word
from briefing.language import in_dictionary
from briefing.models import Article
from briefing.partition import join_groups

__all__ = [
    "CAPITALISED_RUN",
    "attach_by_names",
    "day_words",
    "opens_sentence",
    "own_word",
    "specific_names",
]

# A run of capitalised words on one line, possibly joined by "of", "the", "de" ("Bank of
# England"); a headline and its lead are on separate lines (``lead_text``). A word may hold
# an apostrophe, a hyphen or a "+" ("O'Neill", "Rolls-Royce", "OPEC+"); a run does not begin
# inside a word or after a hyphen ("x-Ray"), but may after a quotation mark ("'Nordlys
# Star'"). ``CAPITALISED_RUN`` is one word or more (``story_links`` reads single words too),
# ``_NAME_RUN`` two or more: one pattern for both.
_CAPITALISED = r"[A-Z][\w'’+-]*"
_RUN = rf"(?<![\w+-]){_CAPITALISED}(?:[ \t]+(?:(?:of|the|de)[ \t]+)?{_CAPITALISED})"
CAPITALISED_RUN = re.compile(_RUN + "*")
_NAME_RUN = re.compile(_RUN + "+")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")


def own_word(word: str, lower: frozenset[str]) -> bool:
    """A word that makes a run a name of its own (see the module docstring)."""
    low = word.lower()
    return not is_title_word(low) and not is_place(_stem(word)) and low not in lower


# Words of the function and title list that begin a place's own name before a word that is
# neither ("New York City", "New Zealand"; but "New Prime Minister Ines Vidal" is hers).
_NAME_OPENERS = frozenset({"new"})


def _opens_name(words: Sequence[str]) -> bool:
    return len(words) > 1 and words[0].lower() in _NAME_OPENERS and not is_title_word(words[1])


def _stem(word: str) -> str:
    return content_word(word) or word.lower()


def opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``text[pos]`` opens a sentence, a line, a quotation or a clause
    after a dash."""
    prefix = text[max(0, pos - 4) : pos].rstrip(" \t'\"‘“(")
    return not prefix or prefix[-1] in ".!?:\n—–-"


def day_words(arts: Sequence[Article]) -> tuple[frozenset[str], frozenset[str]]:
    """The words written in lower case in the day's texts, and the day's outlets (lower-cased)."""
    lower = frozenset(_LOWER_WORD.findall(" ".join(a.text for a in arts)))
    outlets = frozenset(a.outlet.strip().lower() for a in arts if a.outlet and a.outlet.strip())
    return lower, outlets


def specific_names(
    text: str,
    *,
    lower: frozenset[str] | None = None,
    outlets: frozenset[str] = frozenset(),
    own: bool = True,
) -> set[str]:
    """The specific names of ``text``, lower-cased: runs of two or more capitalised words, not
    all capitals, not in ``outlets`` (lower-cased), without a possessive "'s". Leading titles
    and function words are dropped, and a place or its people before a title ("Portuguese
    Prime Minister Rui Carvalho" is "rui carvalho", as other outlets write him); with
    ``lower`` (the words written in lower case in the day's texts), so is a common word that
    opens a sentence ("Ferry Nordlys Star left"), and with ``own`` only runs with a word of
    their own are kept."""
    out: set[str] = set()
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        words[-1] = re.sub(r"['’]s$", "", words[-1].rstrip("'’"))  # a quote's end, "'s"
        if (
            lower is not None
            and opens_sentence(text, match.start())
            and words[0].lower() in lower
            and not _opens_name(words)  # "New York City officials said ..."
        ):
            words = words[1:]
        while len(words) > 1 and is_title_word(words[1]) and is_place(_stem(words[0])):
            words = words[1:]  # "Portuguese Prime Minister Rui Carvalho": the person's name
        while words and is_title_word(words[0]) and not _opens_name(words):
            words = words[1:]  # "In Madrid", "President Jorge Salas"
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) < 2 or all(w.isupper() for w in capitals):
            continue
        name = " ".join(w.lower() for w in words)
        if name in outlets:
            continue
        if own and lower is not None and not any(own_word(w, lower) for w in capitals):
            continue
        out.add(name)
    return out


def attach_by_names(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    *,
    day: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with each lone article that names a story's specific
    name moved into it; ``edges`` is the grouping's similarity graph."""
    out = [list(g) for g in groups]
    linked = lone_links(out, edges)
    lower, outlets = day or day_words(arts)
    said: dict[str, set[int]] = defaultdict(set)  # name -> groups of two or more that say it
    leads: dict[int, set[str]] = {}
    for g, members in enumerate(out):
        if len(members) < 2:
            continue
        for i in members:
            text = arts[i].title + ". " + arts[i].text
            for name in specific_names(text, lower=lower, outlets=outlets, own=False):
                said[name].add(g)
            leads[i] = specific_names(lead_text(arts[i]), lower=lower, outlets=outlets)
    moves: list[tuple[int, int, int]] = []
    names: dict[int, set[str]] = {}  # lone article -> the specific names of its lead
    for g0, members in enumerate(out):
        if len(members) != 1:
            continue
        (i,) = members
        names[i] = specific_names(lead_text(arts[i]), lower=lower, outlets=outlets)
        targets: dict[int, set[str]] = defaultdict(set)
        for name in names[i]:
            if len(said[name]) == 1:
                (g,) = said[name]
                if 2 * sum(name in leads[j] for j in out[g]) >= len(out[g]):
                    targets[g].add(name)
        if len(targets) != 1:
            continue
        ((g, shared),) = targets.items()
        if (
            g in linked.get(i, set())
            and _on_topic(arts[i], shared, out[g], arts)
            and _distinctive(shared)
        ):
            moves.append((i, g0, g))
    for i, g0, g in moves:
        out[g].append(i)
        out[g0] = []
    # Lone articles left that name the same specific name, and nothing a group of two or more
    # says: an event no two articles had been grouped on yet. Pairs come from the graph's edges.
    home = {i: g for g, members in enumerate(out) for i in members}
    pairs = [
        (home[a], home[b])
        for a, b in sorted(edges)
        if a in names
        and b in names
        and len(out[home[a]]) == 1
        and len(out[home[b]]) == 1
        and not any(said[n] for n in names[a] | names[b])
        and (shared := names[a] & names[b])
        and (_on_topic(arts[a], shared, [b], arts) or _on_topic(arts[b], shared, [a], arts))
        and _distinctive(shared)
    ]
    return [sorted(g) for g in join_groups(out, pairs) if g]


def _distinctive(names: set[str]) -> bool:
    """Whether one of ``names`` has a word that is not an English dictionary word ("nordlys" in
    "nordlys star"). Names made only of dictionary words are mostly institutions ("supreme
    court", "world health organization"), which different events of a day share. Asked last,
    so the dictionary is loaded only when a move is otherwise decided."""
    return any(not in_dictionary(w) for name in names for w in re.findall(WORD_PATTERN, name))


def _on_topic(
    art: Article, shared: set[str], members: Sequence[int], arts: Sequence[Article]
) -> bool:
    """A content word of ``art``'s headline, not a place nor a word of the ``shared`` names, is
    in the headline or lead of one of ``members``."""
    own = {
        w for name in shared for tok in re.findall(WORD_PATTERN, name) if (w := content_word(tok))
    }
    head = {w for w in headline_words(art.title) if not is_place(w) and not w[:1].isdigit()} - own
    return bool(head & {t for j in members for t in terms(lead_text(arts[j]))})
