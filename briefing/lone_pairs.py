"""Lone pairs: two articles each left on its own, each the other's nearest, and whose headlines
name the event in a word of their own, are one story.

Average linkage pairs two articles only when they are as close as the story threshold. Two
reports of one event by different outlets can be less close than that when they tell it from
different sides (the deal that ended a rail strike, and the farmers relieved by it; a cartel's
output cut, and a minister defending it; an olive oil export record, and the growers who want
more of it), and then each is left on its own although the other is plainly its nearest
article of the day. So two lone articles join when their headlines do not name different
places (below) and either

* each is the other's nearest: the strongest edge of each in the grouping's similarity graph
  (``briefing.stories.story_graph``), to any article of the day, is the one between them, and
  their headlines share a content word that is not a place nor a figure ("rail", "swarms",
  "olive", "SkyEuro"; two stories of one region give one count: "Pistoia to plant 1,200 trees
  ..." and "Carrara bans marble trucks ..., diverting 1,200 daily trips", fresh41's d987),
  or a name of one headline (not a place; its first word only when that is no English
  dictionary word) is said in the other's headline or lead ("Olkiluoto 3 outage:
  winter prices worry households" beside "Finland's largest reactor shut for weeks", whose
  lead says "Finland's Olkiluoto 3 nuclear reactor"): two pieces that are only each other's
  least distant neighbour say different things ("Fares, timetable: what to know about the new
  SGR" and "German train drivers call 24-hour strike" were each other's nearest when the
  grouping set's days were pooled), or a word of one headline (not a place) is said in the
  other's lead and by no other article of a day that has two or more others, and their leads
  share three or more words that no other article has ("Tunis begins restoration of medina's
  covered souks" beside "Perfume sellers and shoemakers wary as scaffolding goes up", whose
  lead is at "Souk El Attarine": a local piece tells the event in its own words, and its lead
  says the one word of the report's headline that is the event's own; the SGR's "trains" and
  the strike's "train" are in other reports of both days, and on a day of two articles
  nothing tells a word of the event's from a word of the topic's; one such word alone pairs
  "Measles outbreak grows to 600 cases" with "Congo reports rise in mpox deaths", whose lead
  counts "cases", where a medina's two reports share "souk", "vault", "repair", "market" and
  "open"); or
* each is the other's nearest *lone* article, and their headlines share such a word that no
  headline of a story of two or more has: the two reports of a second wildfire, each nearer
  the first fire's story ("wildfire", "fire") than to the other, both name its town
  ("Oristano") and the first fire's headlines do not. A word of a story's headlines tells the
  topic, not the event; or
* each is the other's nearest lone article and their texts say four or more local names that no
  other article of the day says (``_LOCAL_NAMES``): single capitalised words the day never
  writes in lower case, not a title, a country or a people, not a month or a weekday. A wire's
  flood report and a local paper's piece that opens on a farmer ("Arne Bakken has farmed on the
  flats below Sjoa for 46 years") share no headline word and no name in their leads, but both
  name the valley's villages and river further down (Sjoa, Otta, Kvam, Ringebu, Lågen:
  fresh27's d641); a drought declaration and "The year the rain forgot Salinas" name the
  altiplano's towns. Two events of one region on one day share the region's one or two names,
  which other articles of the day often say too, not four that only these two say. Two events
  of one town told by its paper share four or more (its streets, river, market and mayor), so
  two pieces in one language must also share as many words of the event that no other article
  says (``_LOCAL_NAMES``: a bakery fire and a council's vote on the market of one street share
  "street" and "traders" beside seven names; the flood's two reports share 17 words beside 5).

No pair is made on a link barely above the graph's floor (``_MIN_EDGE``): on a small day of
unrelated stories each piece is some other's nearest by chance. On d1-d580 this took away 3 of
5 false pairs and none of 62 right ones (per-day pairwise precision of fresh7 0.981 -> 0.987,
fresh9 0.959 -> 0.972, recall the same everywhere).

Headlines name different places when both name a country (by its name, its people or its
language) and neither names one that the other's headline or lead says
(``briefing.apart.places_apart``). Two budget fights, strikes or wildfires on one day share
their topic's words but happen in different countries ("Pakistan unveils tax-heavy budget" and
"Belgium's budget talks collapse"); "Kenya's budget" and "Kenyan MPs walk out over budget"
name one.

Pairs are read from the graph's edges, so the work is linear in the number of edges.

On the grouping set (``bench/eval_cluster.py``), each day on its own, the word said in the
other's lead paired the halves of six more stories (fresh6's d141, fresh7's d162, fresh8's d188
and d190, fresh16's d386 and d387; pairwise recall of fresh6 0.974 -> 0.981, fresh7 0.975 ->
0.981, fresh8 0.948 -> 0.961, fresh16 0.954 -> 0.965), with precision unchanged on every part,
per day and pooled. Before it, this paired the halves of twelve stories (pairwise recall of
the fresh part 0.36 -> 0.52, fresh2 0.96 -> 1.00, fresh5 0.88 -> 0.95), with precision
unchanged on every part, also with each part's days pooled (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from briefing.angles import headline_names, headline_words, is_place, lead_text
from briefing.apart import named_towns, places_apart
from briefing.features import CALENDAR_WORDS, WORD_PATTERN, content_word, terms
from briefing.language import article_language, in_dictionary
from briefing.models import Article
from briefing.partition import join_groups
from briefing.shared_names import day_words, own_word
from briefing.tokens import common_word

__all__ = ["pair_lone"]

# Two pieces whose only link is barely above the graph's floor (0.05) are each other's nearest
# by chance on a small day of unrelated stories: a chess tournament that "opens" and a
# desalination plant that "opens" (0.051), a moai on Easter Island and a bell's Easter ringing
# (0.051), a kakapo count and a lynx count that "pass" a mark (0.055). Pairs of one event linked
# so faintly had 0.066 or more (d1-d580: 62 pairs).
_MIN_EDGE = 0.06

_LOCAL_NAMES = 4
"""How many local names two lone articles must share, said by no other article of the day (see
the module docstring). On the offline eval's tuning days, pairs of lone articles that are each
other's nearest lone one and share this many: 5, all of one story (three or more: 6, also all
of one story; ``/work/notes/lead31/lonenames.py``). When both are written in one language,
they must also share as many other words (terms, not local names nor figures) that no other
article of the day says as they share names: the event's own words. Two events of one town on
one day, told by its paper or by a wire and its paper, share the town's streets, river, market
and mayor, three to eleven names only they say, but two to six other words ("street",
"traders", "mayor"); a wire's report and a local paper's of one event shared 11 to 16 beside 4
to 7 names (review36's probe, ``/work/notes/review36_probes/run_pairs_deep.py``; a match's two
reports, 5 beside 10, pair by their other links), fresh27's d641 flood report and farmer's piece
17 beside 5. A page in another language shares none of its words (fresh28's d674 Malay page)."""

_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*\w")
_POSSESSIVE = re.compile(r"['’]s$")


def local_names(text: str, lower: frozenset[str]) -> set[str]:
    """The single-word names of ``text``, lower-cased: capitalised words of three letters or more,
    not all capitals, that the day never writes in lower case (``lower``), not a title word, a
    country or a people (``shared_names.own_word``), a month or a weekday."""
    out = set()
    for match in _CAPITALISED.finditer(text):
        word = _POSSESSIVE.sub("", match.group(0))
        low = word.lower()
        if len(word) < 3 or word.isupper() or low in CALENDAR_WORDS:
            continue
        if own_word(word, lower):
            out.add(low)
    return out


def _nearest(edges: Mapping[tuple[int, int], float]) -> dict[int, int]:
    """Each article's nearest article: its strongest edge (ties to the lower index)."""
    best: dict[int, tuple[float, int]] = {}
    for (i, j), sim in edges.items():
        for a, b in ((i, j), (j, i)):
            if (sim, -b) > best.get(a, (-1.0, 0)):
                best[a] = (sim, -b)
    return {a: -b for a, (_, b) in best.items()}


def _shared(a: Article, b: Article) -> set[str]:
    """The content words of both headlines that are not places nor figures."""
    both = headline_words(a.title) & headline_words(b.title)
    return {w for w in both if not is_place(w) and not w[:1].isdigit()}


def _named(a: Article, b: Article) -> bool:
    """A name of one headline, not a place, is said in the other's headline or lead
    ("Olkiluoto 3 outage: winter prices worry households" beside "Finland's largest reactor
    shut for weeks", whose lead says "Finland's Olkiluoto 3 nuclear reactor"). A headline's
    first word is a name when it is no English dictionary word ("Olkiluoto", not "Train")."""
    # a town either text calls so ("Yanshui district") is where, no name of one event, unless
    # a lead says the other's headline's event: a feature on a noodle maker there beside a court
    # ruling on its festival (fresh45's d1074), not a local piece on a landslide in a district
    # beside the wire's "Landslide ... kills nine" (fresh27's d648)
    towns = named_towns(f"{a.title}\n{a.text}") | named_towns(f"{b.title}\n{b.text}")
    if towns and _told_event(a, b, towns):
        towns = set()
    for x, y in ((a, b), (b, a)):
        names = set(headline_names(x.title) or ())
        first = re.match(WORD_PATTERN, x.title)
        if first and first.group(0)[0].isupper() and not in_dictionary(first.group(0).lower()):
            names.add(content_word(first.group(0)) or "")
        if {n for n in names if n and not is_place(n) and n not in towns} & set(
            terms(lead_text(y))
        ):
            return True
    return False


def _told_event(a: Article, b: Article, towns: set[str]) -> bool:
    """Whether one lead says a rare word of the other's headline (``tokens.common_word``: not
    "old" nor "court"), not a place, a figure or one of ``towns``: "landslide"."""
    for x, y in ((a, b), (b, a)):
        said = set(terms(lead_text(y)))
        for tok in re.findall(WORD_PATTERN, x.title):
            w = content_word(tok)
            if w and w in said and not (is_place(w) or w in towns or common_word(tok.lower())):
                return True
    return False


def _led(a: Article, b: Article, leads: tuple[set[str], set[str]], only: Counter[str]) -> bool:
    """A content word of one headline, not a place, is said in the other's lead (``leads``:
    the terms of ``a``'s and ``b``'s) and by no other article of the day (``only``: in how
    many articles each word is)."""
    for x, said in ((a, leads[1]), (b, leads[0])):
        if any(only[w] <= 2 for w in headline_words(x.title) if w in said and not is_place(w)):
            return True
    return False


def pair_lone(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    *,
    lower: frozenset[str] | None = None,
    bags: Sequence[Collection[str]] | None = None,
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with each two lone articles that are each other's
    nearest and name the same event joined; ``edges`` is the grouping's similarity graph,
    ``lower`` the words the day writes in lower case (``shared_names.day_words``) and ``bags``
    each article's terms (the keys of its vector, ``stories.vectorise``), when already read."""
    if lower is None:
        lower = day_words(arts)[0]
    counted: list[Counter[str]] = []

    def only() -> Counter[str]:  # in how many articles each term is, counted once if needed
        if not counted:
            read = bags if bags is not None else [terms(a.title + "\n" + a.text) for a in arts]
            counted.append(Counter(w for bag in read for w in set(bag)))
        return counted[0]

    def led(i: int, j: int) -> bool:  # a headline's word in the other's lead, and 3 rare words
        leads = (set(terms(lead_text(arts[i]))), set(terms(lead_text(arts[j]))))
        rare = sum(1 for w in leads[0] & leads[1] if only()[w] <= 2)
        return rare >= 3 and _led(arts[i], arts[j], leads, only())

    home = {i: g for g, members in enumerate(groups) for i in members}
    lone = {i for i, g in home.items() if len(groups[g]) == 1}
    local: list[set[str]] = []
    by_articles: Counter[str] = Counter()  # in how many articles each local name is

    def locally_named(i: int, j: int) -> bool:  # four local names only these two say ...
        if not local:
            local.extend(local_names(a.title + "\n" + a.text, lower) for a in arts)
            by_articles.update(w for names in local for w in names)
        named = sum(1 for w in local[i] & local[j] if by_articles[w] == 2)
        if named < _LOCAL_NAMES:
            return False
        # ... and, in one language, as many of the event's words: only these two say them
        if article_language(arts[i].title, arts[i].text) != article_language(
            arts[j].title, arts[j].text
        ):
            return True
        names = {s for w in local[i] | local[j] for s in (w, content_word(w) or w)}
        bag = (
            [set(bags[i]), set(bags[j])]
            if bags is not None
            else [set(terms(a.title + "\n" + a.text)) for a in (arts[i], arts[j])]
        )
        own = [w for w in bag[0] & bag[1] if only()[w] <= 2 and w not in names and not w.isdigit()]
        return len(own) >= named

    nearest = _nearest(edges)
    near_lone = _nearest({(i, j): sim for (i, j), sim in edges.items() if i in lone and j in lone})
    told = {w for g in groups if len(g) >= 2 for i in g for w in headline_words(arts[i].title)}
    pairs = []
    for i, j in sorted(near_lone.items()):
        if i >= j or near_lone.get(j) != i or places_apart([arts[i]], [arts[j]], lower):
            continue
        if edges.get((i, j), edges.get((j, i), 0.0)) < _MIN_EDGE:
            continue
        shared = _shared(arts[i], arts[j])
        mutual = nearest[i] == j and nearest[j] == i
        if (
            (mutual and (shared or _named(arts[i], arts[j]) or (len(arts) >= 4 and led(i, j))))
            or shared - told
            or locally_named(i, j)
        ):
            pairs.append((home[i], home[j]))
    return [sorted(g) for g in join_groups(groups, pairs) if g]
