"""Named apart: two stories whose headlines name different things are not merged into one.

Average linkage merges two groups when their articles are close on average. Two events of one
kind on one day (nurses' strikes in New Zealand and in Ontario, two central banks' rate
decisions, two wildfires) share their topic's words, and when the day is large those words are
rare in it and weigh much: "nurses" and "strike" made the two strikes one story when the
grouping set's fresh4 days were pooled (105 articles), though each day on its own kept them
apart. What tells them apart is what their headlines name: "New Zealand nurses begin 48-hour
national strike" and "Picket lines at Toronto hospitals as nurses strike". So two groups of two
or more articles are not merged when

* the headlines of each name something (``briefing.angles.headline_names``: capitalised words
  other than a headline's first, or a place; the first too when the article's text writes it
  so, ``briefing.angles.opening_name``: "ECB holds rates" beside "Chile's central bank cuts
  rate", pooled tune part's two rate decisions, pairwise precision 0.961 -> 0.992; not a
  word the day writes in lower case, as the
  "Airport" of "Dublin Airport" beside "Frankfurt airport halts flights after drone spotted":
  pooled fresh6's two airports' drone closures, pairwise precision 0.961 -> 0.987), and
* no name of either is said in the other's headlines and leads (a demonym counts as its
  place: "Kenyan" for "Kenya").

Reports of one event name the same place, firm or person somewhere in their leads. On the
grouping set this changes one merge: the pooled fresh4 part's two nurses' strikes (pairwise
precision 0.965 -> 0.993, recall unchanged); nothing else, per day or pooled, at the story
threshold or stricter ones (docs/BENCHMARKS.md).

A lone article is held back only by *places* (a country or language name, or one with a
demonym's ending: ``briefing.angles.is_place``): when its headline names a place, the group's
headlines name a place, and neither names one the other's headlines and leads say ("Poland
sets 2033 minimum wage" beside "German commission proposes 15.60 euro minimum wage" and
"Germany: minimum wage to rise"). Other names do not hold it back: an angle piece's headline
often names what the story's leads do not yet say (a gang claiming a hack, a minister), and
holding lone articles back by every name cost per-day recall on the grouping set. Two lone
articles are told apart the same way (``places_apart``, for ``briefing.lone_pairs``).

A lone piece whose headline names no country is held back by its lead
(``lead_places_apart``, for ``briefing.angles`` and ``briefing.story_links``): when its lead
names a country by its one-word name ("Belgium") that the group's headlines and leads never
say, the group's headlines name a country, and the piece never names it. Two rail strikes on one
day share "strike" in their headlines; a colour piece on commuters switching to cars "as strike
bites" names only its own country ("Traffic jams across Belgium"), never the other strike's.
On the grouping set this took fresh8's d195 apart (per-day pairwise precision 0.985 -> 1.000,
recall unchanged, at the story threshold and at 0.19, 0.22 and 0.25; nothing else moves).

One wire's reports filed from two places are two events (``filed_apart``): two rulings from
one agency's template ("MILAN, March 14 (CLW) - A Milan civil court on Tuesday ordered ..." and
"SOFIA, March 14 (CLW) - Bulgaria's Supreme Administrative Court on Tuesday ordered ...") are
as close as one event's reports, and the Sofia report even names Milan. Two groups are held
apart when one agency filed each from other places and their headlines share no name of their
own; one event filed from two places (a cyclone's landfall and the port it crossed next) names
the event in both headlines. On fresh15 this took d354 apart (per-day pairwise precision 0.975
-> 1.000), and nothing else moved.

An article that calls another event separate names it apart (``told_apart``): "The crash came
hours after a separate hard landing in Turkey's Cappadocia injured 14 people." is a Luxor
balloon crash's report, not the Cappadocia landing's, however alike the two reports read. Two
groups are held apart when one side's phrase with "a separate", "two separate", "unrelated"
or "not linked to" names what the other side's headlines name and its own headlines do not; not
"separately, the ministry said" nor "in separate statements", which add to the same event.
On fresh16 this took d377's two balloon accidents apart.

Each group's names (with their demonym roots) and its headline-and-lead words are kept as sets
and merged smaller into larger, so the bookkeeping is O(n log n) set insertions; a check
costs the smaller of the sets it compares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set as AbstractSet
from functools import lru_cache

from briefing.angles import (
    headline_names,
    is_country,
    is_place,
    is_region,
    lead_of,
    lead_text,
    opening_name_of,
    roots,
)
from briefing.clean.dateline import filed_from, opening_dateline
from briefing.features import CALENDAR_WORDS, WORD_PATTERN, content_word, terms
from briefing.models import Article
from briefing.shared_names import CAPITALISED_RUN, day_words, opens_sentence
from briefing.text import split_sentences

_CACHED = 4096  # articles whose lead words are kept (``_said``)

__all__ = [
    "NamedApart",
    "angle_apart",
    "dated_apart",
    "datelines_apart",
    "filed_apart",
    "headline_places",
    "headlines_share_no_own_name",
    "lead_apart",
    "lead_places_apart",
    "named_apart",
    "named_regions",
    "named_towns",
    "places_apart",
    "qualified_place",
    "said",
    "text_names",
    "told_apart",
]


def headline_places(title: str, lower: frozenset[str]) -> set[str]:
    """The countries and languages a headline names, with their roots (``briefing.angles.roots``:
    "kenyan" is "kenya", "german" is "germany"). A word written in lower case, in the headline
    or anywhere in the day's texts (``lower``: "unions", "city", "heard"), is none, and nor is a
    region's ("Europe", "Asia", "Union"): an outage "across Europe" and its card payments failing
    in Austria are one event."""
    out: set[str] = set()
    for tok in re.findall(WORD_PATTERN, title):
        word = content_word(tok)
        if (
            word
            and tok[0].isupper()
            and tok.lower() not in lower
            and is_place(word)
            and not is_region(word)
        ):
            out |= roots(word)
    return out


def said(art: Article) -> set[str]:
    """The words an article's headline and lead say, with their roots (a new set: callers may
    grow it)."""
    return set(_said(art.title, art.text))


@lru_cache(maxsize=_CACHED)
def _said(title: str, text: str) -> frozenset[str]:
    """``said``, once per headline and text: the lone-piece vetoes read every member of a
    story that holds the day for every piece they judge."""
    return frozenset(r for t in terms(lead_of(title, text)) for r in roots(t))


def _apart(names_a: set[str], said_a: set[str], names_b: set[str], said_b: set[str]) -> bool:
    """Both sides name something and neither names anything the other says."""
    if not names_a or not names_b:
        return False
    return names_a.isdisjoint(said_b) and names_b.isdisjoint(said_a)


def places_apart(a: Sequence[Article], b: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether the headlines of ``a`` and of ``b`` (two groups of articles) both name a place
    and neither group names one that the other's headlines and leads say."""

    return _apart(
        set().union(*(headline_places(x.title, lower) for x in a)),
        set().union(*map(said, a)),
        set().union(*(headline_places(x.title, lower) for x in b)),
        set().union(*map(said, b)),
    )


def lead_places_apart(piece: Article, group: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether a lone ``piece`` is of another country than ``group``'s story: its headline and
    lead name a country by its name, a capitalised word of its own ("Belgium"; not "Catalan",
    a region's language, nor "Martin" of "Martin Fink"), that the group's headlines and leads
    never say, the group's headlines name a country, and the piece's text never names one of
    those, nor anything else the group's headlines and leads name (a capitalised word its
    headline and lead write mid-sentence, not in brackets as an agency's code, that the day
    never writes in lower case). A colour
    piece on commuters switching to cars "as strike bites" has no country in its headline, but
    its lead's "Traffic jams across Belgium" tells it from a rail strike in Portugal; a
    reaction abroad to an event names the event's country somewhere, and a piece on a power
    plant's repair that names its operator is that plant's, though the spare part comes from
    Germany."""
    mine: set[str] = set()
    for run in CAPITALISED_RUN.finditer(lead_text(piece)):
        word = content_word(run.group(0))  # one word: "Belgium's", not "Jordan Okafor"
        if word and is_country(word) and run.group(0).lower() not in lower:
            mine |= roots(word)
    if not mine:
        return False
    theirs = set().union(*(headline_places(x.title, lower) for x in group))
    told = set().union(*map(said, group))
    if not theirs or not mine.isdisjoint(told):
        return False
    named = _lead_names(lead_text(piece), lower)
    if not named.isdisjoint(told):
        return False  # it names the story's firm or plant: a part shipped from abroad
    text = piece.title + "\n" + piece.text
    return theirs.isdisjoint({r for t in terms(text) for r in roots(t)})


def _lead_names(lead: str, lower: frozenset[str]) -> set[str]:
    """The stems of the capitalised words a lead writes mid-sentence that the day never writes
    in lower case, but for a lone word in brackets (an agency's code, "(NW)")."""
    return {
        w
        for run in CAPITALISED_RUN.finditer(lead)
        for k, tok in enumerate(re.findall(WORD_PATTERN, run.group(0)))
        if tok[0].isupper()
        and tok.lower() not in lower
        and not (k == 0 and opens_sentence(lead, run.start()))
        and not (
            lead[run.start() - 1 : run.start()] == "(" and lead[run.end() : run.end() + 1] == ")"
        )
        and (w := content_word(tok))
    }


def text_names(text: str, lower: frozenset[str]) -> set[str]:
    """The names a text says, as written: capitalised words it writes mid-sentence that the
    day never writes in lower case (``lower``), but for a month's or a weekday's name and a
    lone word in brackets (an agency's code), as ``_lead_names`` reads a lead."""
    return {
        tok
        for run in CAPITALISED_RUN.finditer(text)
        for k, tok in enumerate(re.findall(WORD_PATTERN, run.group(0)))
        if tok[0].isupper()
        and tok.lower() not in lower
        and tok.lower() not in CALENDAR_WORDS
        and not (k == 0 and opens_sentence(text, run.start()))
        and not (
            text[run.start() - 1 : run.start()] == "(" and text[run.end() : run.end() + 1] == ")"
        )
    }


def _names(art: Article, lower: frozenset[str] = frozenset()) -> set[str]:
    """What a headline names (``angles.headline_names``, and its first word when that is a
    name: ``angles.opening_name``), with the names' roots; with ``lower`` (the day's
    lower-case words), not a name whose stem is one of theirs. A new set: callers may grow it."""
    return set(_named(art.title, art.text, lower))


@lru_cache(maxsize=_CACHED)
def _named(title: str, text: str, lower: frozenset[str]) -> frozenset[str]:
    """``_names``, once per headline, text and day (an article is read for every piece
    judged)."""
    named = headline_names(title)
    if named is None:
        return frozenset()
    common = _stems(lower) if lower else frozenset()
    return frozenset(
        r for n in named | opening_name_of(title, text) if n not in common for r in roots(n)
    )


@lru_cache(maxsize=4)
def _stems(lower: frozenset[str]) -> frozenset[str]:
    """The stems of a day's lower-case words ("bridges": "bridg"), once per day."""
    return frozenset(w for t in lower if (w := content_word(t)))


def named_apart(
    a: Sequence[Article], b: Sequence[Article], lower: frozenset[str] = frozenset()
) -> bool:
    """Whether two groups of two or more articles name different things (the veto's test; for
    a lone piece and a story that holds the day, ``angle_apart`` reads the piece's whole text).
    A name whose word the day writes in ``lower`` case is no name of a thing here: the
    "Airport" of "Dublin Airport" is what a Frankfurt report's "Frankfurt airport" says too.
    Two groups whose datelines qualify one place by two countries are apart (``dated_apart``)."""
    if dated_apart(_datelines(a), _datelines(b)):
        return True
    return _apart(
        set().union(*(_names(x, lower) for x in a)),
        set().union(*map(said, a)),
        set().union(*(_names(x, lower) for x in b)),
        set().union(*map(said, b)),
    )


# The words of newspapers' names that are no place: "Post", "Times", "Evening", "Metropolitan".
_MASTHEAD = frozenset(
    "the a of and post mail times news daily evening morning herald gazette tribune journal "
    "courier chronicle independent observer express standard telegraph guardian star sun metro "
    "metropolitan review press wire bulletin record today weekly online international globe "
    "mirror voice english edition desk agency service radio tv network media report monitor "
    "insider inquirer sentinel examiner dispatch leader advertiser argus register digest free "
    "new sky gulf city county local lokal hoy diario region regional national world live hub "
    "sunday week magazine notes bureau business financial times-dispatch".split()
)


def outlet_town(outlet: str | None) -> set[str]:
    """The place an outlet's name gives ("Barcelona Metropolitan Post": "barcelona", "Larvik
    Lokal": "larvik"): its capitalised words but for a masthead's ("Post", "Evening") and a
    country's, a language's or a region's name ("Irish Times" names a country, which is no town
    its readers take as read)."""
    out: set[str] = set()
    for tok in re.findall(WORD_PATTERN, outlet or ""):
        word = content_word(tok)
        if word and tok[0].isupper() and tok.lower() not in _MASTHEAD and not is_place(word):
            out |= roots(word)
    return out


def _whole(piece: Article) -> set[str]:
    """Every term of an article's headline and text, with its roots, and the town its outlet's
    name gives: what it says, its local paper's name included."""
    said = {r for t in terms(f"{piece.title}\n{piece.text}") for r in roots(t)}
    return said | outlet_town(piece.outlet)


def angle_apart(piece: Article, story: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether a lone ``piece`` is of another event than a ``story`` that holds the day: its
    headline names a thing the story's headlines and leads never say, and the story's
    headlines name one that the piece's whole text never says (an angle piece names its own
    people and town in its headline and lead, and the event further down: "At Tromsø's fish
    market, the old cash tin saved the day" names the Nordics' card outage later on; another
    event on the same topic never names this one; its outlet's name counts as its text, as a
    local paper's name holds the town its reports need not name), or their headlines name
    different countries (``places_apart``, on headlines and leads alone: Poland's minimum wage
    names Germany's in its text), or its lead names only another country
    (``lead_places_apart``); never when its headline holds a member's whole headline
    (``_quotes_headline``: "... as Nordic card outage hits")."""
    # A local paper's name says its town, which its own reports take as read: "In the Gothic
    # Quarter, relief" in the "Barcelona Metropolitan Post" never writes "Barcelona".
    whole = _whole(piece)
    if any(_quotes_headline(piece.title, member.title) for member in story):
        return False
    told = set().union(*map(said, story))
    apart = _apart(_names(piece), whole, set().union(*map(_names, story)), told)
    return apart or places_apart([piece], story, lower) or lead_places_apart(piece, story, lower)


def lead_apart(piece: Article, story: Sequence[Article], lower: frozenset[str]) -> bool:
    """Whether a lone ``piece``'s lead names, mid-sentence, a word of its own (one the day
    never writes in lower case) that the story's headlines and leads never say, while the
    story's headlines name something its whole text never says: a bank's own app outage
    ("Customers of Harwick Savings ...") beside a cloud provider's ("Nimbus ...")."""
    mine = {r for w in _lead_names(lead_text(piece), lower) for r in roots(w)}
    whole = _whole(piece)
    return _apart(mine, whole, set().union(*map(_names, story)), set().union(*map(said, story)))


_QUOTED_WORDS = 3  # a headline of three content words or more, whole in another


def _quotes_headline(title: str, other: str) -> bool:
    """Whether ``title`` holds all of ``other``, a headline of three content words or more, in
    order: "Estonians caught out on Stockholm ferry as Nordic card outage hits" holds a teaser's
    "Nordic card outage", so it tells of that event whatever countries it names. Two events of
    one kind are never named so ("Belgium budget fight drags on" does not hold "Pakistan budget
    fight")."""
    words = [w for w in (content_word(t) for t in re.findall(WORD_PATTERN, other)) if w]
    if len(words) < _QUOTED_WORDS:
        return False
    mine = [w for w in (content_word(t) for t in re.findall(WORD_PATTERN, title)) if w]
    n = len(words)
    return any(mine[k : k + n] == words for k in range(len(mine) - n + 1))


def _filings(arts: Sequence[Article]) -> dict[str, set[str]]:
    """The places each agency filed ``arts`` from (``clean.dateline.filed_from``)."""
    out: dict[str, set[str]] = {}
    for art in arts:
        if (filed := filed_from(art.text)) is not None:
            out.setdefault(filed[0], set()).add(filed[1])
    return out


def _filed_apart(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    shared = a.keys() & b.keys()
    return bool(shared) and all(a[agency].isdisjoint(b[agency]) for agency in shared)


# A dateline's place and the country or state that qualifies it: "ALEXANDRIA, Egypt, May 26
# (NDW) -", "ALEXANDRIA, Va., May 26 (PRW) -", "OSH, Kyrgyzstan (WNA) —"; not a date ("SOFIA,
# March 14 (CLW) -": a capitalised word before a figure is a month; "DUBLIN, Friday (IPW) -":
# a paper's dateline may give the weekday for the date, review47's probe).
_QUALIFIED = re.compile(
    r"^(?P<place>[^\W\d_][^,()\n]*?)\s*,\s+"
    r"(?P<qualifier>[A-Z][^\W\d_.'’]*\.?(?:\s+[A-Z][^\W\d_.'’]*\.?){0,2})"
    r"(?=\s*(?:,|\(|[—–-]|$))"
)


def _qualified(art: Article) -> dict[str, set[str]]:
    """The place a dateline names with the country or state it qualifies it by, case-folded,
    the qualifier's letters only ("ALEXANDRIA, Va., May 26 (PRW) -": ``{"alexandria": {"va"}}``);
    empty for a dateline with no qualifier, or none."""
    found = _qualified_place(art.dateline, art.text)
    return {found[0]: {found[1]}} if found else {}


@lru_cache(maxsize=_CACHED)
def _qualified_place(dateline: str | None, text: str) -> tuple[str, str] | None:
    """``_qualified``'s place and qualifier, once per article: the vetoes ask it of every
    member of two groups for every merge they judge."""
    dateline = dateline or opening_dateline(text)
    match = _QUALIFIED.match(dateline.strip()) if dateline else None
    if match is None:
        return None
    place = " ".join(match.group("place").split()).casefold()
    qualifier = "".join(ch for ch in match.group("qualifier").casefold() if ch.isalpha())
    if qualifier in CALENDAR_WORDS:  # a weekday or a month: the date, no country
        return None
    return (place, qualifier) if place and qualifier else None


# A country's short and long names share their end or their first five letters: "Korea" and
# "South Korea", "Czechia" and "Czech Republic"; "Va." and "W.Va.", "Missouri" and "Mississippi"
# (two states) share fewer.
_NAME_LETTERS = 5


def _same_qualifier(a: str, b: str) -> bool:
    """Whether two qualifiers of one place name one country or state: the same word, the
    shorter an abbreviation of the longer (its first letter, then its others in order: "va"
    of "virginia", "calif" of "california", "ny" of "newyork"), or a country's short and long
    names (``_NAME_LETTERS``): the end of the longer ("korea" of "southkorea", "macedonia" of
    "northmacedonia"), or its first five letters ("czechia", "czechrepublic"; review47's
    probe: wires of one event qualify its place by either)."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) >= _NAME_LETTERS and (
        long.endswith(short) or short[:_NAME_LETTERS] == long[:_NAME_LETTERS]
    ):
        return True
    if not short or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


def dated_apart(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """Whether two groups' datelines (``_qualified``, each group's places and their
    qualifiers) name one place qualified by two countries or states, never by one: "ALEXANDRIA,
    Egypt" (storm waves breaching the Corniche's seawall) beside "ALEXANDRIA, Va." (a
    warehouse roof caving in on the Potomac), fresh40's d961. A wire qualifies a place's name
    to tell it from its namesakes; one event's reports qualify it alike."""
    return any(
        not any(_same_qualifier(x, y) for x in a[place] for y in b[place])
        for place in a.keys() & b.keys()
    )


def qualified_place(art: Article) -> tuple[str, str] | None:
    """The place an article's dateline names and the country or state qualifying it
    (``_qualified``), or None."""
    return _qualified_place(art.dateline, art.text)


def datelines_apart(a: Article, b: Article) -> bool:
    """Whether two articles' datelines name one place qualified by two countries or states
    (``dated_apart``, for a pair) and neither text says the other's qualifier: "VICTORIA,
    Seychelles" (a market shut over rats) and "VICTORIA, British Columbia" (sea lions on a
    ferry dock), fresh45's d1081. One event's reports may qualify its town by its province and
    by its country ("BANAUE, Ifugao" and "BANAUE, Philippines", fresh44's d1045), and then the
    country's report names the province."""
    qa, qb = _qualified(a), _qualified(b)
    if not dated_apart(qa, qb):
        return False
    said_a, said_b = _spelled(f"{a.title}\n{a.text}"), _spelled(f"{b.title}\n{b.text}")
    return not any(q in said_b for qs in qa.values() for q in qs) and not any(
        q in said_a for qs in qb.values() for q in qs
    )


_SPELLED_WORDS = 3  # a qualifier of up to three words ("Bosnia and Herzegovina" is three)


@lru_cache(maxsize=_CACHED)
def _spelled(text: str) -> frozenset[str]:
    """A text's words and runs of up to three words, case-folded, their letters only and run
    together, as ``_qualified`` writes a qualifier ("british columbia": "britishcolumbia")."""
    words = ["".join(ch for ch in w.casefold() if ch.isalpha()) for w in text.split()]
    words = [w for w in words if w]
    return frozenset(
        "".join(words[k : k + n])
        for n in range(1, _SPELLED_WORDS + 1)
        for k in range(len(words) - n + 1)
    )


def _datelines(arts: Sequence[Article]) -> dict[str, set[str]]:
    """The qualified places of ``arts``' datelines (``_qualified``), merged."""
    out: dict[str, set[str]] = {}
    for art in arts:
        for place, qualifiers in _qualified(art).items():
            out.setdefault(place, set()).update(qualifiers)
    return out


def _headline_words(art: Article) -> set[str]:
    """The stems of every word of a headline, with their roots (a name it opens with too)."""
    return {
        r for t in re.findall(WORD_PATTERN, art.title) if (w := content_word(t)) for r in roots(w)
    }


def _filed_apart_unnamed(
    filed: tuple[dict[str, set[str]], dict[str, set[str]]],
    names: tuple[set[str], set[str]],
    heads: tuple[set[str], set[str]],
) -> bool:
    """One agency's two places, and no headline of either side says a name of its own that the
    other's headlines name (not a country's or a bloc's: "EU" is in both rulings' headlines)."""
    return _filed_apart(*filed) and _no_own_name_shared(names, heads)


def _no_own_name_shared(
    names: tuple[set[str], set[str]],
    heads: tuple[set[str], set[str]],
    regions: AbstractSet[str] = frozenset(),
) -> bool:
    """No side's headline names a thing of its own (not a country, a region or a bloc, which two
    events of one kind share, nor one of ``regions``) that the other side's headlines say."""
    own = [
        {n for n in side if len(n) > 2 and not is_place(n) and n not in regions} for side in names
    ]
    return own[0].isdisjoint(heads[1]) and own[1].isdisjoint(heads[0])


def headlines_share_no_own_name(
    a: Article,
    b: Article,
    lower: frozenset[str] = frozenset(),
    regions: AbstractSet[str] = frozenset(),
) -> bool:
    """Whether neither headline of ``a`` and ``b`` names a thing of its own that the other's
    headline says (``filed_apart``'s test of one wire's two filings, for two articles); a name
    of ``regions`` (stems: the states or provinces their texts name, ``named_regions``) is
    none."""
    return _no_own_name_shared(
        (_names(a, lower), _names(b, lower)), (_headline_words(a), _headline_words(b)), regions
    )


# A state's or a province's name, as a text calls it so: "India's Kerala state", "the southern
# Indian state of Kerala", "Aceh province", "the province of Aceh". The kind word in lower case:
# "Islamic State" and "Ohio State University" are no state's name. A region's, a province's
# kind word may be capitalised as part of its name ("the Moravian-Silesian Region", "Aceh
# Province", fresh47's d1131: one wire's job cuts and stranded train, both "in the ...
# Region"); a "State" so written is not.
_REGION_KIND = (
    r"(?:state|[Pp]rovince|[Rr]egion|[Pp]refecture|[Gg]overnorate|[Oo]blast|territory|emirate)"
)
_REGION_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
# ... and a town's, as a text calls it so: "Yanshui district", "the town of Yanshui".
_TOWN_KIND = r"(?:district|town|city|village|county|municipality|township)"


def _kind_patterns(kind: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?<![\w'’-])({_REGION_NAME})[ \t]+{kind}\b"),
        re.compile(rf"\b{kind}[ \t]+of[ \t]+({_REGION_NAME})"),
    )


_REGIONS = _kind_patterns(_REGION_KIND)
_TOWNS = _kind_patterns(_TOWN_KIND)


def named_regions(text: str) -> set[str]:
    """The stems of the names a text calls a state, a province or a region ("Kerala" of "the
    southern Indian state of Kerala" and of "India's Kerala state"): where an event happens,
    which another event of the day in the same state names too, not a thing of its own."""
    return _named_kinds(text, _REGIONS)


def named_towns(text: str) -> set[str]:
    """The stems of the names a text calls a state, a province, a region, a district, a town, a
    city or a village ("Yanshui" of "local businesses in Yanshui district"): a place, which
    another piece of the same town names too."""
    return _named_kinds(text, _REGIONS) | _named_kinds(text, _TOWNS)


def _named_kinds(text: str, patterns: Sequence[re.Pattern[str]]) -> set[str]:
    out: set[str] = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            for tok in re.findall(WORD_PATTERN, match.group(1)):
                if (word := content_word(tok)) is not None:
                    out.add(word)
    return out


def filed_apart(a: Sequence[Article], b: Sequence[Article]) -> bool:
    """Whether one wire filed reports of ``a`` and of ``b`` from different places, and never
    from one place, and their headlines share no name: "MILAN, March 14 (CLW) - A Milan civil
    court on Tuesday ordered ..." and "SOFIA, March 14 (CLW) - Bulgaria's Supreme
    Administrative Court on Tuesday ordered ..." are two rulings, however alike the wire's
    template makes them (and though the second names the first: "in a separate case from a
    ruling in Milan"). A wire also files one big event from several places (a hurricane's
    landfall from Sarasota and its damage from Tampa, a strike on Kyiv and the Kremlin's word on
    it from Moscow, a school strike in Gaza and the UN's condemnation); their headlines then
    name the event's own name ("Milton", "Kyiv", "Gaza"), which two events of one kind do not
    share. Only the headlines are read: the Sofia report's lead names Milan."""
    names = (set().union(*map(_names, a)), set().union(*map(_names, b)))
    heads = (set().union(*map(_headline_words, a)), set().union(*map(_headline_words, b)))
    return _filed_apart_unnamed((_filings(a), _filings(b)), names, heads)


# "a separate crash", "two separate attacks", "an unrelated fire", "not linked to an accident
# near Cusco": another event. Not "separately, the ministry said ..." nor "in separate
# statements", which add to the same one.
_SEPARATE = re.compile(
    r"\b(?:(?:a|two|three|four)\s+separate|unrelated|not\s+(?:linked|connected|related)\s+to)\b",
    re.I,
)


# Another day's event is not among the day's reports: telling it apart can only split.
_PAST = re.compile(
    r"\b(?:last (?:year|month|week|spring|summer|autumn|winter)(?:'s)?|(?:years|months) ago"
    r"|in (?:19|20)\d\d)\b",
    re.I,
)
# A cue's phrase that is only an event's noun ("In a separate incident, ...") leaves the event
# to the next clause.
_EVENT_ONLY = re.compile(
    r"\s*(?:incident|accident|attack|crash|case|fire|shooting|blast|explosion|raid|strike"
    r"|collision|event|operation|development)s?\s*",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:()]|\s[-\u2013\u2014]\s")


def told_apart(art: Article) -> set[str]:
    """The names (with their roots) an article writes in the phrase that calls something
    separate or unrelated, up to the clause's end: "... after a separate hard landing in
    Turkey's Cappadocia" names Cappadocia's event as another than the article's; "In a
    separate incident, a coach overturned near Arequipa" names Arequipa. Not a phrase that
    dates the other event to another day ("a gas leak at the site last year"), nor a name the
    article's own headline and lead say outside such phrases (a site both events share: "the
    collision was unrelated to a separate near miss at Reagan National" in a report whose lead
    is at Reagan National), nor the speaker of the sentence ("National Grid said the outage
    was unrelated to a fault in Kent": only Kent)."""
    if not _SEPARATE.search(art.text):
        return set()
    out: set[str] = set()
    for sentence in split_sentences(art.text):
        for cue in _SEPARATE.finditer(sentence):
            parts = _CLAUSE_END.split(sentence[cue.end() :], maxsplit=2)
            scope = parts[0]
            if _EVENT_ONLY.fullmatch(scope) and len(parts) > 1:
                scope = parts[1]
            if _PAST.search(scope):
                continue
            for run in CAPITALISED_RUN.finditer(scope):
                for tok in re.findall(WORD_PATTERN, run.group(0)):
                    if tok[0].isupper() and (word := content_word(tok)):
                        out |= roots(word)
    if out:
        lead = " ".join(s for s in split_sentences(lead_text(art)) if not _SEPARATE.search(s))
        out -= {r for t in terms(lead) for r in roots(t)}
    return out


def _separated(told: tuple[set[str], set[str]], names: tuple[set[str], set[str]]) -> bool:
    """One side calls separate a name the other's headlines name and its own do not."""
    return any((told[k] & names[1 - k]) - names[k] for k in (0, 1))


class NamedApart:
    """The veto of ``briefing.stories.group_stories`` over ``arts``: groups are known by the
    ids that ``group_stories`` gives them (an article's index, then the id a merge keeps)."""

    def __init__(self, arts: Sequence[Article], lower: frozenset[str] | None = None) -> None:
        if lower is None:
            lower = day_words(arts)[0]
        self._names: dict[int, set[str]] = {}
        self._places: dict[int, set[str]] = {}
        self._said: dict[int, set[str]] = {}
        self._size: dict[int, int] = {}
        self._filed: dict[int, dict[str, set[str]]] = {}
        self._heads: dict[int, set[str]] = {}
        self._told: dict[int, set[str]] = {}
        self._dated: dict[int, dict[str, set[str]]] = {}
        for i, art in enumerate(arts):
            self._told[i] = told_apart(art)
            self._dated[i] = _qualified(art)
            self._filed[i] = _filings([art])
            self._heads[i] = _headline_words(art)
            self._names[i] = _names(art, lower)
            self._places[i] = headline_places(art.title, lower)
            self._said[i] = said(art)
            self._size[i] = 1

    def veto(self, a: int, b: int) -> bool:
        """Whether groups ``a`` and ``b`` name different things (see the module docstring)."""
        if _filed_apart_unnamed(
            (self._filed[a], self._filed[b]),
            (self._names[a], self._names[b]),
            (self._heads[a], self._heads[b]),
        ) or _separated((self._told[a], self._told[b]), (self._names[a], self._names[b])):
            return True
        if dated_apart(self._dated[a], self._dated[b]):
            return True
        names = self._places if self._size[a] < 2 or self._size[b] < 2 else self._names
        return _apart(names[a], self._said[a], names[b], self._said[b])

    def merged(self, keep: int, gone: int) -> None:
        """Group ``gone`` was merged into ``keep``."""
        for sets in (self._names, self._places, self._said, self._heads, self._told):
            small, large = sorted((sets.pop(gone), sets[keep]), key=len)
            large |= small
            sets[keep] = large
        self._size[keep] += self._size.pop(gone)
        filed, kept = self._filed.pop(gone), self._filed[keep]
        for agency, places in filed.items():
            kept.setdefault(agency, set()).update(places)
        dated, kept_dated = self._dated.pop(gone), self._dated[keep]
        for place, qualifiers in dated.items():
            kept_dated.setdefault(place, set()).update(qualifiers)


def headlines_apart(piece: Article, story: Sequence[Article]) -> bool:
    """Whether a ``piece``'s headline names a thing no headline of ``story`` says, while the
    story's headlines name one that the piece's whole text (and its outlet's town) never says:
    the two reports of a pilot-whale stranding on the Chatham Islands beside the refloating at
    Farewell Spit, whose explainer's lead says "Chatham Islands" too. Headlines alone on the
    story's side: an explainer carried into the wrong story must not lend it its lead."""
    whole = _whole(piece)
    heads = {r for member in story for t in terms(member.title) for r in roots(t)}
    return _apart(_names(piece), whole, set().union(*map(_names, story)), heads)
