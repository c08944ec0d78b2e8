"""Angle pieces: an article left on its own joins the story its headline names.

A story told by several outlets comes with pieces that take one angle of it: the families
waiting for the hostages of a truce, the candles and radios of a blackout, the power cuts of a
heat wave. Their text shares little with the main reports (TF-IDF cosine 0.01-0.15 on the
offline eval days), so average linkage leaves them on their own, but their headline names the
event in the same words as the story's own headlines ("... as truce takes hold" beside "Aid
trucks enter Gaza as truce begins" and "Israel, Hamas agree 72-hour truce").

An article alone in its group joins a group of two or more when

* a content word of its headline is in at least two of the group's headlines and in at least
  half of them (the group's *key words*), and that word is not a place: a country or a
  language name, or a word that begins with one ("Spain", "Kenyan", "French"), since
  different events in one country share its name ("Greece expects record tourism" is not the
  Greek wildfire);
* a key word that the group's headlines write only inside a name (a run of two or more
  capitalised words: "harbour" of "Kestrel Harbour Bridge") is matched only where the
  piece writes it inside a name too: "Portmaren harbour: boats sunk, seawall topped" is a
  storm's, not the bridge's;
* exactly one group has such a key word in common with it, counting only the key words of one
  group: a piece whose headline words are key words of two stories ("Power cuts ... as heat
  wave ..." beside a heat wave and rate *cuts*) joins neither, and "strike" in the headlines
  of a port strike and a rail strike says nothing, where "Harlow" still does. When a name of
  its headline, never written in lower case by it or by the story, is a key word of one of
  them, and that one is the nearest of them to the piece, that one is its story: "Ferries
  and roads after the Bosphorus crash: how to get around" names the strait, and an electric
  ferry's "ferry" elsewhere in the batch does not hold it back (pooled fresh15); "Varna
  ferries idle for second day", nearer a ferry strike's reports, is not pulled by "Varna"
  into its mayor's arrest (review18's M3). Nor does a key
  word that a *rival* story's headlines also say: one the piece is linked to, whose headlines
  and leads say every name of its headline, and which is of another country than the story
  (each one's headlines name a place the other's headlines and leads never say). Two
  countries' bans of one product, passed on one day, both say "ban"; a piece on one of them
  that names neither country ("Parliament passes vape ban; kiosks get a year ...") joins
  neither (fresh7's d170);
* it is linked to that group at all: an edge of the grouping's similarity graph (cosine of
  whole texts or of headlines and leads at least 0.05) to one of its members. "Airline stocks
  slide as oil climbs" shares "oil" with every headline of an oil-train derailment, but
  nothing else. Without a link its headline must name something, and the group's headlines
  must name all it names: "What caused the Iberian blackout? Investigators search for
  answers" beside "... as blackout halts trains in Iberia" (its text, on the inquiry, shares
  no word of weight with the reports on trains and candles);
* every name in its headline is found in the group's headlines and leads (first 60 words):
  its capitalised words other than the first word or a word after ``: ? ! .`` (a place
  counts there too), or is a city of a country they name (``in_named_country``, the cities
  that name a time zone in CLDR: "Women's service vote splits lecture halls in Vilnius"
  beside "Lithuania extends military conscription to women", fresh16's d373) when two or
  more of its headline's words are said there too: "Bus drivers in Vilnius strike for second
  day" shares only "strike" with a teachers' strike across Lithuania, another event. "French
  air traffic strike grounds 1,200 flights" shares "strike" with a Chilean mine strike, but
  that story never says "French". A headline in Title Case says nothing by its capitals and
  joins nothing. The headline's first word is a name too when the article's own text writes
  it capitalised inside a sentence, not after another capitalised word, or when it is a
  possessive the article never writes in lower case (``opening_name``): "Quito's cable car
  back after a year" is not the story of a subsea cable laid to an island, nor "Lima Line 2
  date" ("... Lima Metro Line 2 will open ...") a Quito cable car line's; and
* when only topic words of its headline point to the story (no name of its headline is a
  key word), it is not linked more closely to another story that has one of its headline's
  words as a key word too, nor, when it is linked to the story at all, twice as closely to
  any other story: "How the green lights on the track
  shape a record" says the "light" of a telescope's "first light", but its text is nearer
  the record run's reports, whose "record" is another story's key word as well (pooled
  fresh17); "Opinion: One lost day is an accident. Two is a habit" says the "lost" of a lost
  lemur's reports, but is four times as close to a stock exchange's outage (pooled fresh9).

An acronym of the piece's headline that the group's headlines and leads spell out by initials
(``briefing.features.spelled_out``: "SGR", "... a new electric standard-gauge railway ...")
is the name they say, and the words that spell it out are words of its headline: an
abbreviation and its long form are one name.

``cluster`` passes a ``veto``: a piece whose lead names only another country than the story's
headlines does not join it (``briefing.apart.lead_places_apart``: "Motorists queue for hours as
strike bites" across one country, beside another country's ferry strike).

``cluster`` asks this twice: after the similarity grouping, and for the groups that lone
pairs (``briefing.lone_pairs``) made last, which did not exist at the first asking.

Place names are the English names of territories and languages from Babel's CLDR data. The
work is linear: headline words are indexed by group, and a word that is a key word of more
than one group is marked so when it is seen a second time, and then points nowhere.

On the grouping set's tuning days (``bench/eval_cluster.py --tune-only``), each day on its
own, this left 4 of 16 single-story days split instead of 7 (pairwise recall 0.75 to 0.87,
precision 1.000); the labelled, seed and held-out sets stay at 1.000 (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence, Set as AbstractSet
from functools import cache, lru_cache

from babel import Locale
from babel.core import get_global
from babel.languages import get_official_languages

from briefing.features import (
    WORD_PATTERN,
    content_word,
    first_item,
    sentence_start,
    spelled_out,
    terms,
)
from briefing.models import Article

__all__ = [
    "attach_angles",
    "headline_names",
    "headline_words",
    "in_named_country",
    "is_country",
    "is_place",
    "is_region",
    "lead_of",
    "lead_text",
    "lone_links",
    "opening_name",
    "opening_name_of",
    "roots",
]

_HEADLINE_TOKEN = re.compile(r"[.?!:]\s|" + WORD_PATTERN)
_MIN_KEY_HEADLINES = 2  # a key word is in at least two of the group's headlines ...
_KEY_SHARE = 0.5  # ... and in at least half of them
_LEAD_WORDS = 60  # a headline's names must be in the group's headlines and leads (first words)
_FAR = 2.0  # a piece twice as close to another story is that story's, whatever its words say


# Words of a territory's name that on their own name a feast, a date and no place: "Christmas
# service times change after ferry delay" is a parish's notice, not news of Christmas Island.
_FEASTS = frozenset({"christmas", "ascension"})


@cache
def _places() -> frozenset[str]:
    """Stems of the words of every English territory and language name (CLDR, via Babel), but
    the feasts' (``_FEASTS``)."""
    english = Locale("en")
    names = list(english.territories.values()) + list(english.languages.values())
    feasts = {content_word(w) for w in _FEASTS}
    return frozenset(
        w
        for name in names
        for tok in re.findall(WORD_PATTERN, name)
        if (w := content_word(tok)) and w not in feasts
    )


def is_place(stem: str) -> bool:
    """Whether a word stem is (or begins with) a country or language name: "spain", "kenyan"."""
    return _mentions(stem, _places())


def headline_words(title: str) -> set[str]:
    """Stems of a headline's content words."""
    return {w for tok in re.findall(WORD_PATTERN, title) if (w := content_word(tok))}


def headline_names(title: str) -> set[str] | None:
    """Stems of the names in a headline: capitalised words other than the first one or one
    after ``: ? ! .``, which count only when they are places. None for a Title Case headline."""
    out: set[str] = set()
    first = True
    long_words: list[str] = []
    for match in _HEADLINE_TOKEN.finditer(title):
        tok = match.group(0)
        if not tok[0].isalnum():
            first = True
            continue
        word = None if tok[0].isdigit() else content_word(tok)
        if word:
            if len(tok) >= 4:
                long_words.append(tok)
            if tok[0].isupper() and (not first or is_place(word)):
                out.add(word)
        first = False
    if len(long_words) >= 4 and all(t[0].isupper() for t in long_words):
        return None
    return out


def opening_name(art: Article) -> set[str]:
    """The stem of a headline's first word when it is a name: a capitalised word that the
    article's own text writes capitalised inside a sentence, not after another capitalised
    word other than a function word, too ("Lisbon triples tax ...": "... homes in Lisbon are
    empty"; "Lima Line 2 date": "... Lima Metro Line 2 ..."; "ECB holds rates": "The ECB
    held ..."), as no common word is ("Telecom shares slide ..." beside
    "Shares in Safiri Telecom fell" is a firm's word, not its name); or a
    possessive that the article never writes in lower case ("Quito's cable car back after a
    year"; not "Women's ..." beside "women"). Empty otherwise, and for a headline in Title
    Case."""
    return opening_name_of(art.title, art.text)


def opening_name_of(title: str, text: str) -> set[str]:
    """``opening_name`` of a headline and a text."""
    first = next(
        (m.group(0) for m in _HEADLINE_TOKEN.finditer(title) if m.group(0)[0].isalnum()), ""
    )
    word = content_word(first) if first[:1].isupper() else None
    if word is None or headline_names(title) is None:
        return set()
    if first.endswith(("'s", "’s")):  # "Quito's cable car ..."
        said = title + "\n" + text
        if not any(content_word(t) == word for t in re.findall(r"\b[a-z][\w'’]*", said)):
            return {word}
    for match in re.finditer(WORD_PATTERN, text):
        tok = match.group(0)
        if (
            tok[0].isupper()
            and content_word(tok) == word
            and not sentence_start(text, match.start())
            and not _after_name(text, match.start())
        ):
            return {word}
    return set()


# "Safiri Telecom": a later word of a longer name ("Lima" of "Lima Metro Line 2" is a name).
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def _after_name(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` follows a capitalised word that is no function word: it is
    a later word of a longer name ("Safiri Telecom"; not "The ECB")."""
    before = _CAPITAL_BEFORE.search(text, max(0, pos - 40), pos)
    return before is not None and content_word(before.group(1)) is not None


_NAME_IN_HEADLINE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)+")


def _name_words(title: str) -> set[str]:
    """Stems of the words a headline writes inside a run of two or more capitalised words
    ("harbour" and "bridge" of "Truck overturns on Kestrel Harbour Bridge"); none for a
    headline in Title Case, whose capitals say nothing."""
    if headline_names(title) is None:
        return set()
    return {
        w
        for run in _NAME_IN_HEADLINE.findall(title)
        for tok in re.findall(WORD_PATTERN, run)
        if (w := content_word(tok))
    }


def lead_text(art: Article) -> str:
    """An article's headline and the first words of its text (its lead)."""
    return lead_of(art.title, art.text)


def lead_of(title: str, text: str) -> str:
    """``lead_text`` of a headline and a text."""
    return title + "\n" + " ".join(first_item(text).split()[:_LEAD_WORDS])


# The endings that make a people or an adjective of a place's name ("kenya-n", "chile-an",
# "jordan-ian", "israel-i", "sudan-es(e)", "thai-s"), stemmed as ``content_word`` leaves them.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "i", "es", "ese", "s")
# A people or adjective that no ending makes of its country's name ("Belgian" of Belgium,
# "Lebanese" of Lebanon): CLDR has no demonyms, so the irregular ones are listed.
_IRREGULAR_DEMONYMS = {
    "Afghan": "Afghanistan",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Bangladeshi": "Bangladesh",
    "Belgian": "Belgium",
    "Burmese": "Myanmar",
    "Canadian": "Canada",
    "Comorian": "Comoros",
    "Congolese": "Congo",
    "Cypriot": "Cyprus",
    "Lebanese": "Lebanon",
    "Malagasy": "Madagascar",
    "Mauritian": "Mauritius",
    "Mexican": "Mexico",
    "Monegasque": "Monaco",
    "Montenegrin": "Montenegro",
    "Moroccan": "Morocco",
    "Mozambican": "Mozambique",
    "Panamanian": "Panama",
    "Peruvian": "Peru",
    "Swiss": "Switzerland",
}
# CLDR's territory codes of groupings, not countries: the EU, the eurozone, the UN, outlying
# Oceania, the pseudo-locales and "Unknown Region".
_GROUPINGS = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


@cache
def _languages_and_countries() -> dict[str, frozenset[str]]:
    """A country's stem -> the stem of its first official language, and a language's stem ->
    the countries whose first official language it is (CLDR, via Babel): "germany": "german",
    "german": "germany", "austria", ...; "polish": "poland". Countries of one word only ("United
    States" would make "united" a country)."""
    english = Locale("en")
    links: dict[str, set[str]] = defaultdict(set)
    for code, country in english.territories.items():
        official = get_official_languages(code) or get_official_languages(code, de_facto=True)
        for language in (english.languages.get(lang, "") for lang in official):
            if not country.isalpha() or not language.isalpha():
                continue
            place, tongue = content_word(country), content_word(language)
            if place and tongue and place != tongue:
                links[place].add(tongue)
                links[tongue].add(place)
    return {k: frozenset(v) for k, v in links.items()}


@cache
def _regions() -> frozenset[str]:
    """Stems of the words of CLDR's names of regions and groupings ("Europe", "Southeast
    Asia", "European Union", "United Nations") that are not a country's name of one word."""
    english = Locale("en")
    countries = {content_word(n) for c, n in english.territories.items() if c.isalpha()}
    return frozenset(
        w
        for code, name in english.territories.items()
        if not code.isalpha() or code in _GROUPINGS
        for tok in re.findall(WORD_PATTERN, name)
        if (w := content_word(tok)) and w not in countries
    )


@cache
def _countries() -> frozenset[str]:
    """Stems of CLDR's one-word country names ("belgium", "portugal"; not "catalan", a language,
    nor "south africa")."""
    english = Locale("en")
    return frozenset(
        w
        for code, name in english.territories.items()
        if code.isalpha() and code not in _GROUPINGS and name.isalpha()
        if (w := content_word(name))
    )


@cache
def _cities() -> dict[str, frozenset[str]]:
    """A city's stem -> the stems of its country's one-word name, for the cities that name a
    time zone in CLDR (Babel's ``zone_territories``: "Europe/Vilnius" is Lithuania's, "Asia/
    Karachi" Pakistan's; about 200 capitals and large cities, Antarctica's stations left out).
    A city of two words ("Buenos Aires") or a country of two ("South Africa") is left out, as
    a headline's names are read word by word."""
    english = Locale("en")
    out: dict[str, set[str]] = defaultdict(set)
    for zone, code in get_global("zone_territories").items():
        area, _, city = zone.rpartition("/")
        country = english.territories.get(code, "")
        if not area or area.startswith(("Etc", "Antarctica")) or "_" in city or "-" in city:
            continue
        if country.isalpha() and code not in _GROUPINGS:
            town, land = content_word(city), content_word(country)
            if town and land and town != land:
                out[town].add(land)
    return {k: frozenset(v) for k, v in out.items()}


def in_named_country(stem: str, words: AbstractSet[str]) -> bool:
    """Whether a word stem is a city (one that names a time zone) of a country that ``words``
    name: "vilnius" beside "lithuania" or "lithuanian"."""
    return any(not roots(land).isdisjoint(words) for land in _cities().get(stem, ()))


def is_country(stem: str) -> bool:
    """Whether a word stem is a country's name of one word ("belgium"; not "belgian", "catalan",
    "martin")."""
    return stem in _countries()


def is_region(stem: str) -> bool:
    """Whether a word stem is a word of a region's or grouping's name ("europ", "asia",
    "union"): where an event reaches, not a country it happens in."""
    return stem in _regions()


@lru_cache(maxsize=1 << 16)
def roots(name: str) -> frozenset[str]:
    """``name``, the words it is with a demonym's ending ("iberian": "iberia"; "kenyan":
    "kenya"; "israeli": "israel"), and for a country or language its language or countries
    ("german": "germany"; "italy": "italian"; "polish": "poland"). Cached: a day's words are
    met many times."""
    out = {name} | {
        name[: -len(end)]
        for end in _DEMONYM_ENDINGS
        if name.endswith(end) and len(name) - len(end) >= 4
    }
    out |= _demonyms().get(name, frozenset())
    return frozenset(out | _languages_and_countries().get(name, frozenset()))


@cache
def _demonyms() -> dict[str, frozenset[str]]:
    """``_IRREGULAR_DEMONYMS`` as stems: "belgian": "belgium"."""
    return {
        stem: frozenset({place})
        for people, country in _IRREGULAR_DEMONYMS.items()
        if (stem := content_word(people)) and (place := content_word(country))
    }


def _mentions(name: str, words: AbstractSet[str]) -> bool:
    """``name`` is among ``words``, or is one of them with a demonym's ending ("iberian" and
    "iberia", "kenyan" and "kenya"). Other words that merely begin with one are not: "karasu"
    does not begin a language name ("kara" of "Kara-Kalpak"), nor "landslide" ("land"),
    "national" ("nation"), "station" ("stat") or "Leonardo" ("Leon")."""
    return not roots(name).isdisjoint(words)


def lone_links(
    groups: Sequence[Sequence[int]], edges: Mapping[tuple[int, int], float]
) -> dict[int, set[int]]:
    """For each article alone in its group, the groups it has an edge of ``edges`` to."""
    home = {i: g for g, members in enumerate(groups) for i in members}
    linked: dict[int, set[int]] = defaultdict(set)
    for i, j in edges:
        for a, b in ((i, j), (j, i)):
            if len(groups[home[a]]) == 1:
                linked[a].add(home[b])
    return linked


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")  # "SGR", "ESA": its spelled-out words are its name


def _spelled_out(
    title: str,
    groups: AbstractSet[int],
    out: Sequence[Sequence[int]],
    arts: Sequence[Article],
    leads: dict[int, str],
) -> dict[int, set[str]]:
    """For each of ``groups`` (of two or more articles) whose headlines and leads spell out an
    acronym of ``title`` ("SGR": "... a new electric standard-gauge railway ..."), the stems
    of the words that do: an abbreviation and its long form are one name. ``leads`` keeps
    each group's headlines and leads once read."""
    acronyms = set(_ACRONYM.findall(title))
    found: dict[int, set[str]] = {}
    for g in sorted(groups) if acronyms else ():
        if len(out[g]) < 2:
            continue
        if g not in leads:
            leads[g] = "\n".join(lead_text(arts[j]) for j in out[g])
        text = leads[g]
        for acronym in sorted(acronyms):
            words = spelled_out(acronym, text, capitalised=False)
            if words is not None:
                found.setdefault(g, set()).update(w for t in words if (w := content_word(t)))
    return found


def _rival(
    names: AbstractSet[str],
    g: int,
    h: int,
    out: Sequence[Sequence[int]],
    arts: Sequence[Article],
    said: dict[int, set[str]],
    placed: dict[int, set[str]],
) -> bool:
    """Whether story ``h``, whose headlines say the key word of ``g`` that a piece's headline
    says, is as much the piece's: its headlines and leads say all the piece's headline
    ``names``, and each story's headlines name a place the other's never say."""
    for x in (g, h):  # once per story: a large story is met by many pieces
        if x not in said:
            said[x] = {t for j in out[x] for t in terms(lead_text(arts[j]))}
        if x not in placed:
            placed[x] = {
                w
                for j in out[x]
                for w in headline_names(arts[j].title) or ()
                if is_place(w) and not is_region(w)
            }
    return (
        all(_mentions(n, said[h]) for n in names)
        and bool(placed[g] and placed[h])
        and not any(_mentions(p, said[h]) for p in placed[g])
        and not any(_mentions(p, said[g]) for p in placed[h])
    )


def attach_angles(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    *,
    only: AbstractSet[tuple[int, ...]] | None = None,
    veto: Callable[[int, Sequence[int]], bool] | None = None,
    pair_veto: Callable[[int, Sequence[int]], bool] | None = None,
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with each lone angle piece moved into its story;
    ``edges`` is the grouping's similarity graph (``briefing.stories.story_graph``). With
    ``only`` (groups as sorted tuples), a piece joins only one of those; ``veto`` (a piece,
    a group's members) holds a piece back from a group of another country; ``pair_veto``, when
    given, holds back a pair's piece instead (``_pair_moves``)."""
    out = [list(g) for g in groups]
    linked = lone_links(out, edges)
    closest = _closest(out, edges)
    heads = [headline_words(a.title) for a in arts]
    key_of: dict[str, int] = {}  # key word -> the one group it is a key word of (-1: several)
    key_groups: dict[str, set[int]] = defaultdict(set)  # key word -> every group it is one of
    named = [_name_words(a.title) for a in arts]
    in_names: set[str] = set()  # key words their group's headlines write only inside a name
    for g, members in enumerate(out):
        if len(members) < _MIN_KEY_HEADLINES:
            continue
        counts: dict[str, int] = defaultdict(int)
        for i in members:
            for word in heads[i]:
                counts[word] += 1
        plain = {w for i in members for w in heads[i] - named[i]}
        for word, n in counts.items():
            if n >= _MIN_KEY_HEADLINES and n >= _KEY_SHARE * len(members) and not is_place(word):
                key_of[word] = g if key_of.get(word, g) == g else -1
                key_groups[word].add(g)
                if word not in plain:
                    in_names.add(word)
    headed: dict[str, set[int]] = defaultdict(set)  # key word -> stories whose headlines say it
    for g, members in enumerate(out):
        if len(members) >= _MIN_KEY_HEADLINES:
            for word in {w for i in members for w in heads[i]}:
                if key_of.get(word, -1) >= 0:
                    headed[word].add(g)
    said: dict[int, set[str]] = {}
    placed: dict[int, set[str]] = {}
    leads: dict[int, str] = {}
    story_lower: dict[int, set[str]] = {}
    moves: list[tuple[int, int, int]] = []
    for g0, members in enumerate(out):
        if len(members) != 1:
            continue
        (i,) = members
        names = headline_names(arts[i].title)
        if names is None:
            continue
        names |= opening_name(arts[i])
        spelled = _spelled_out(arts[i].title, linked[i], out, arts, leads)
        words = (heads[i] - (in_names - named[i])).union(*spelled.values())
        keyed = [w for w in words if key_of.get(w, -1) >= 0]
        targets = {key_of[w] for w in keyed}
        by_name = {key_of[w] for w in keyed if w in names}
        near = closest.get(i, {})
        if (  # a name of its headline tells the story, the nearest of those its words point to
            len(targets) > 1
            and len(by_name) == 1
            and all(near.get(t, 0.0) <= near.get(min(by_name), 0.0) for t in targets)
        ):
            (h,) = by_name
            told = {w for w in keyed if w in names}
            if h not in story_lower:  # once per story: a large story is named by many pieces
                story_lower[h] = set().union(*(_lower_words(arts[j]) for j in out[h]))
            if told.isdisjoint(story_lower[h]) and told.isdisjoint(_lower_words(arts[i])):
                targets = by_name  # ... a proper name, never written in lower case
        if len(targets) == 1:
            (key,) = targets
            targets |= {
                h
                for w in keyed
                for h in (headed[w] & linked[i]) - {key}
                if _rival(names, key, h, out, arts, said, placed)
            }
        if len(targets) != 1:
            continue
        (g,) = targets
        if only is not None and tuple(sorted(out[g])) not in only:
            continue
        if not names.intersection(keyed) and any(  # a topic word, and closer to another story
            v > near.get(g, 0.0)
            and (
                any(h in key_groups.get(w, ()) for w in words)
                or (g in near and v >= _FAR * near[g])
            )
            for h, v in near.items()
            if h != g
        ):
            continue
        if g not in linked[i] and not (
            names and all(_mentions(n, {w for j in out[g] for w in heads[j]}) for n in names)
        ):
            continue
        if g not in said:
            said[g] = {t for j in out[g] for t in terms(lead_text(arts[j]))}
        known = said[g] | ({w for w in names if w.isalpha()} if g in spelled else set())
        cities = [n for n in names if not _mentions(n, known)]
        told = {w for w in heads[i] if not is_place(w)} & known
        if (
            all(in_named_country(n, known) for n in cities)
            and (not cities or len(told) >= 2)
            and not (veto and veto(i, out[g]))
        ):
            moves.append((i, g0, g))
    moves += _pair_moves(out, arts, edges, heads, key_groups, said, pair_veto or veto, only)
    for i, g0, g in moves:  # a lone piece may have joined a pair that moves on: it stays put
        out[g].append(i)
        out[g0] = [j for j in out[g0] if j != i]
    return [sorted(g) for g in out if g]


def _closest(
    out: Sequence[Sequence[int]], edges: Mapping[tuple[int, int], float]
) -> dict[int, dict[int, float]]:
    """For each article alone in its group, its strongest edge to each group of two or more."""
    home = {i: g for g, members in enumerate(out) for i in members}
    best: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        for a, b in ((i, j), (j, i)):
            if len(out[home[a]]) == 1 and len(out[home[b]]) >= 2:
                h = home[b]
                best[a][h] = max(best[a].get(h, 0.0), sim)
    return best


def _lower_words(art: Article) -> set[str]:
    """The stems of the words ``art``'s text writes in lower case."""
    return {
        w
        for tok in re.findall(WORD_PATTERN, art.text)
        if tok[0].islower() and (w := content_word(tok))
    }


def _written_lower(words: AbstractSet[str], arts: Sequence[Article]) -> bool:
    """Whether every word of ``words`` is written in lower case in one of ``arts``: a topic's
    word ("euro"), not a firm's or a person's name ("Voltra")."""
    lower = set().union(*map(_lower_words, arts))
    return bool(words) and words <= lower


def _pair_moves(
    out: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    heads: Sequence[set[str]],
    key_groups: Mapping[str, set[int]],
    said: dict[int, set[str]],
    veto: Callable[[int, Sequence[int]], bool] | None,
    only: AbstractSet[tuple[int, ...]] | None,
) -> list[tuple[int, int, int]]:
    """The moves of each *pair* of angle pieces into its story: two articles that average
    linkage paired by the story's own topic word ("Crown firms slightly after euro plan" and
    "Euro in Czechia: what it means for your Prague trip", beside three reports of a euro
    date) make that word a key word of two groups, so neither piece, nor any lone one, finds
    one story for it. A group of two joins a larger group when every key word its members'
    headlines share with other groups is that group's alone, the words the two headlines share
    are all topic words, written in lower case in their texts (two reports of a regulator's
    probe of a firm share only its name with the reports of its takeover), each member is
    linked to half of the group's members or more, and would join it as a lone piece would
    (every name of its headline said in the story's headlines and leads, no veto), and the two
    headlines share no word that the story's headlines do not say (a second wildfire's two
    reports name their own town)."""
    home = {i: g for g, members in enumerate(out) for i in members}
    near: dict[int, Counter[int]] = defaultdict(Counter)  # a pair's piece -> its links by group
    for i, j in edges:
        for a, b in ((i, j), (j, i)):
            if len(out[home[a]]) == 2 and home[b] != home[a]:
                near[a][home[b]] += 1
    moves: list[tuple[int, int, int]] = []
    for g0, members in enumerate(out):
        if len(members) != 2:
            continue
        targets = {g for i in members for w in heads[i] for g in key_groups.get(w, ()) if g != g0}
        if len(targets) != 1:
            continue
        (g,) = targets
        if len(out[g]) <= 2 or (only is not None and tuple(sorted(out[g])) not in only):
            continue
        if g not in said:
            said[g] = {t for j in out[g] for t in terms(lead_text(arts[j]))}
        story_heads = {w for j in out[g] for w in heads[j]}
        a, b = members
        shared = heads[a] & heads[b]
        if not shared <= story_heads or not _written_lower(shared, [arts[a], arts[b]]):
            continue
        if all(
            2 * near[i][g] >= len(out[g])
            and (names := headline_names(arts[i].title)) is not None
            and all(_mentions(n, said[g]) for n in names)
            and not (veto and veto(i, out[g]))
            for i in members
        ):
            moves += [(i, g0, g) for i in members]
    return moves
