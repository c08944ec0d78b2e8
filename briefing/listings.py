"""A digest's headline and the things it lists: "Island Morning Letter: Penghu rations water,
Kinmen festival off, Basco runway back" is a newsletter's, which leads with its first item and
then tells other stories in a line each. The grouping reads it so: a piece's edge to the
digest counts for no story when the piece tells one of its later items (``another_item``,
asked by ``briefing.story_links``), unless the piece's headline says a word of the label: then
the label is the story's topic, not a letter's or a show's name ("Gaza ceasefire: hostages
freed, aid trucks enter, Israeli troops pull back" is one story's headline, and "Israeli troops
pull back from Rafah under Gaza ceasefire" is of that story).

A newsletter may list its other stories in its text instead, a line each under the lead
story, each line labelled by its place ("Thunder Bay: The port says grain shipments are off to
their fastest start in a decade ..."; fresh39's d932, a morning letter led by a lock's cracked
gate). A piece whose headline says a word of such a line's label and more of that line's words
than of the letter's headline and lead, and at most one of the latter, tells that later item
(``later_line``; a storm's live page lists the storm's own towns the same way, and a town's
report of the storm says the storm's words), and goes back
out of the letter's story when a grouping step put it there (``send_out_later_lines``, asked
of every group at the end of grouping: Thunder Bay's report joined through the letter's
words, which name every item's). A line's label is one to four capitalised words, not all
capitals ("THE LEAD:", "ONE NUMBER:" are the letter's own parts) and with no lower-case word
("Why it matters:") nor one the day writes in lower case ("Flights:" of a live page); the
letter lists three such lines or more, each label once (a transcript
repeats its speakers), after a lead of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.features import WORD_PATTERN, content_word
from briefing.models import Article

__all__ = [
    "another_item",
    "headed_item",
    "later_item",
    "later_line",
    "listed_items",
    "send_out_later_lines",
]

_LIST_ITEMS = 3  # a headline after its label that lists three things or more is a digest's
_LABEL = re.compile(r"^[^:]{1,40}:\s+(?P<items>.+)$")
_ITEM_BREAK = re.compile(r"\s*(?:,(?!\d)|[;|·]|\band\b|&)\s*")  # not a number's "12,000"
# A live page's label names no letter or show: "Live: Storm Darragh latest, roads closed,
# trains cancelled" is one story's page ("LIVE", "Live updates", "En direct", "En vivo", "Ao
# vivo", "Na żywo", "Liveticker", "Latest", "As it happened").
_LIVE_LABEL = re.compile(
    r"(?:live(?:\s+(?:updates?|blog|coverage|report(?:ing)?))?|latest(?:\s+updates?)?"
    r"|as\s+it\s+happened|breaking|en\s+direct|en\s+vivo|ao\s+vivo|in\s+diretta|na\s+żywo"
    r"|liveticker|live-ticker|direct|directo|diretta)",
    re.I,
)


def listed_items(title: str) -> list[set[str]]:
    """The content words of each thing a digest's headline lists after its label ("Island
    Morning Letter: Penghu rations water, Kinmen festival off, Basco runway back"; "Episode
    412: Thistle River's Gold Cup, a Wellington wobble and a qualifier's dream"), its lead
    item first; empty for a story's headline, which lists at most its own details ("Buckets,
    bathtubs and three weeks at least: Magong learns to ration"), and for a live page's ("Live:
    Storm Darragh latest, roads closed, trains cancelled")."""
    listing = _listing(title)
    return [set(item) for item in listing[1]] if listing else []


@lru_cache(maxsize=4096)
def _listing(title: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """A digest's label words and its items (``listed_items``), read once per headline: the
    grouping asks it for every edge of its graph, each round."""
    match = _LABEL.match(title.strip())
    if match is None:
        return None
    label = title.strip().split(":", 1)[0].strip()
    if _LIVE_LABEL.fullmatch(label):
        return None
    parts = _ITEM_BREAK.split(match.group("items"))
    items = tuple(frozenset(words) for part in parts if (words := _words(part)))
    return (frozenset(_words(label)), items) if len(items) >= _LIST_ITEMS else None


def another_item(title: str, digest: str) -> bool:
    """Whether a headline tells one of the later things a ``digest``'s headline lists, not its
    lead item: "Kinmen cancels winter oyster festival ..." beside "... Penghu rations water,
    Kinmen festival off, ...", which the digest's story (Penghu's water) is not. A headline that
    says a word of the label tells the label's story: "Soldiers deployed across Paris after
    concert hall attack" beside "Paris: police, firefighters and soldiers deployed ..."."""
    listing = _listing(digest)
    if listing is None:
        return False
    label, items = listing
    mine = _words(title)
    return (
        mine.isdisjoint(label)
        and mine.isdisjoint(items[0])
        and any(not mine.isdisjoint(item) for item in items[1:])
    )


# A report of a later line says at most one word of the letter's headline and lead (Thunder
# Bay's grain none, Toledo's sensors "lake"); one that says more tells the lead's own event, which
# a storm's live page or a round-up of what people said lists town by town or speaker by speaker
# ("Kilbarra: The harbour wall was breached ..." beside "Storm Edda breaches Kilbarra harbour
# wall, floods main street") (review46)
_LEAD_WORDS = 1
_LINE_ITEM = re.compile(
    r"^(?P<label>[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,3})\s*:\s+(?P<line>\S.*)$"
)


def send_out_later_lines(
    groups: Sequence[Sequence[int]], arts: Sequence[Article], lower: frozenset[str]
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with every member whose headline tells a later line
    of a newsletter in its group (``later_line``), a later item its headline lists and its
    text tells in a line of its own (``later_item``), or one of the lines its text lists under a
    heading of their own (``headed_item``), sent back to a group of its own; ``lower``: the
    words the day writes in lower case (``briefing.shared_names.day_words``). A group without
    the newsletter whose members tell two of its headed lines is two stories or more: the
    letter lists them as different things ("The English Market will stay open until 9pm ..."
    and "The new playground at Marina Park opens on Saturday ...", whose own short pieces
    paired as each other's nearest); the members of each line but the one most of them tell
    go out, those of one line together (``_by_line``)."""
    headed_all = [j for j in range(len(arts)) if _headed(arts[j].text) is not None]
    out: list[list[int]] = []
    for group in groups:
        letters = [j for j in group if _lines(arts[j].text, lower) is not None]
        listing = [j for j in group if _items(arts[j].title, lower) is not None]
        headed = [j for j in group if j in headed_all]
        gone = [
            j
            for j in group
            if any(
                k != j and later_line(arts[j].title, arts[k].title, arts[k].text, lower)
                for k in letters
            )
            or any(
                k != j and later_item(arts[j].title, arts[k].title, arts[k].text, lower)
                for k in listing
            )
            or any(
                k != j and headed_item(arts[j].title, arts[k].title, arts[k].text) for k in headed
            )
        ]
        kept = [j for j in group if j not in gone]
        parts = _by_line(kept, arts, [k for k in headed_all if k not in group])
        out += parts
        out += [[j] for j in gone]
    return [g for g in out if g]


def _by_line(group: list[int], arts: Sequence[Article], letters: Sequence[int]) -> list[list[int]]:
    """``group`` cut where its members tell different headed lines of one of ``letters``
    (``_told``, newsletters of the day outside the group): the members of the line most of
    them tell (the earliest of a tie) stay with those that tell none; each other line's go
    out together."""
    for k in letters:
        told = {
            j: line
            for j in group
            if (line := _told(arts[j].title, arts[k].title, arts[k].text)) is not None
        }
        lines = sorted(set(told.values()))
        if len(lines) < 2:
            continue
        if _one_story([[j for j in told if told[j] == line] for line in lines], arts):
            continue
        stay = max(lines, key=lambda line: (sum(v == line for v in told.values()), -line))
        rest = [j for j in group if told.get(j, stay) == stay]
        return [rest] + [
            [j for j in group if told.get(j) == line] for line in lines if line != stay
        ]
    return [list(group)]


# Two pieces whose headlines share this many content words tell one story, whichever of a
# letter's lines each tells (review50).
_STORY_WORDS = 2


def _one_story(parts: Sequence[Sequence[int]], arts: Sequence[Article]) -> bool:
    """Whether two of ``parts`` (the members telling each of a letter's lines) tell one story:
    a letter may give two sides of one story a line each ("The council votes on the city budget
    on Tuesday night", "Budget protests are planned outside City Hall"), and the story's reports
    ("Ardmoy council passes city budget in late-night vote", "Hundreds protest budget cuts
    outside Ardmoy City Hall") say each other's headline words; two of its other stories' pieces
    ("Corn Hall market to open late on Thursdays", "Fairgreen Park's new playground opens on
    Saturday") hardly share one (review50)."""
    heads = [set().union(*(_words(arts[j].title) for j in part)) for part in parts]
    return any(
        len(heads[a] & heads[b]) >= _STORY_WORDS
        for a in range(len(heads))
        for b in range(a + 1, len(heads))
    )


def later_line(title: str, digest_title: str, digest_text: str, lower: frozenset[str]) -> bool:
    """Whether a headline tells one of the later lines a newsletter's text lists under its
    lead story, each labelled by its place (the module's text): "Thunder Bay grain shipments
    off to fastest start in a decade" beside "... Thunder Bay: The port says grain shipments
    are off to their fastest start in a decade ..."; not a report of the letter's lead story.
    ``lower``: the words the day writes in lower case, which no label's name is."""
    listing = _lines(digest_text, lower)
    if listing is None:
        return False
    lead, lines = listing
    mine = _words(title)
    if not mine:
        return False
    before = len(mine & (lead | _words(digest_title)))
    if before > _LEAD_WORDS:  # a report of the lead's event: a live page's or a round-up's
        return False
    return any(
        not mine.isdisjoint(label) and len(mine & line) > max(1, before) for label, line in lines
    )


# A headline that lists three things or more between strong breaks, with no label before them,
# is a digest's too: "Rhine shut at the Lorelei · Basel swims early · Mannheim's hydrogen berth"
# (fresh40's d957), "Riga votes to close 11 schools; Klaipėda's grain record; Tartu's tram on
# test". A story's headline gives its details after commas and "and", or in two parts at most
# ("Korea impeachment motion fails; opposition vows to try again"), or in three whose later
# parts name no place or thing of their own ("Storm Orla breaches Kilbarra harbour wall; 3,000
# homes without power; island ferries cancelled": review47's probe), where a digest's later
# items are other events, each with its name ("Basel swims early", "Mannheim's hydrogen berth").
_STRONG_BREAK = re.compile(r"\s*[;|·•]\s*")
_POSSESSIVE = re.compile(r"['\u2019]s$")
_ITEM_LINE = 2  # a later item's line says two of its words or more


def _items(
    title: str, lower: frozenset[str]
) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """A digest's label words and its items (``_listing``), or a headline's items between
    strong breaks (``_STRONG_BREAK``) with no label, each after the first naming a thing of its
    own (``_names_own``; ``lower``: the words the day writes in lower case); None for a story's
    headline."""
    listing = _listing(title)
    if listing is not None:
        return listing
    parts = [part for part in _STRONG_BREAK.split(title.strip()) if _words(part)]
    if len(parts) < _LIST_ITEMS or not all(_names_own(part, lower) for part in parts[1:]):
        return None
    return frozenset(), tuple(frozenset(_words(part)) for part in parts)


def _names_own(part: str, lower: frozenset[str]) -> bool:
    """Whether a headline's part names a place or thing: a capitalised word the day never
    writes in lower case ("Basel", "Mannheim's"; not "Homes" of "3,000 Homes Without Power")."""
    return any(
        token[0].isupper() and content_word(token) and not {word, word + "s"} & lower
        for token in re.findall(WORD_PATTERN, part)
        for word in (_POSSESSIVE.sub("", token).lower(),)
    )


def later_item(title: str, digest_title: str, digest_text: str, lower: frozenset[str]) -> bool:
    """Whether a headline tells one of the later things a digest's headline lists
    (``another_item``: a word of that item, none of the first item's nor of the label) and the
    digest's text tells in a line of its own, after its lead: the paragraph that says most of
    the item's words, two or more, and not the text's first. The headline says a word of the
    item and more words of that line than of the digest's lead (the paragraphs before the first
    such line), each counted only when the other never says it, and at most one of the lead's
    own: "Mannheim opens hydrogen berth for barges" beside "Rhine shut at the
    Lorelei · Basel swims early · Mannheim's hydrogen berth", whose lead tells the barges'
    collision and whose line "Mannheim's port begins refuelling barges with hydrogen at a new
    berth ..." tells the berth (fresh40's d957). A report of the lead's own event says the
    lead's words ("Barge crews wait at the gorge as salvage drags on")."""
    listing = _items(digest_title, lower)
    if listing is None:
        return False
    label, items = listing
    mine = _words(title)
    if not mine or not mine.isdisjoint(label) or not mine.isdisjoint(items[0]):
        return False
    paragraphs = [_words(p) for p in digest_text.splitlines() if p.strip()]
    lines: list[tuple[int, frozenset[str]]] = []
    for item in items[1:]:
        said = [len(item & p) for p in paragraphs]
        best = max(range(len(said)), key=lambda k: (said[k], -k), default=None)
        if best is not None and best > 0 and said[best] >= _ITEM_LINE:
            lines.append((best, item))
    if not lines:
        return False
    first = min(k for k, _ in lines)
    lead = set(label | items[0]).union(*paragraphs[:first])
    for k, item in lines:
        own = (mine & paragraphs[k]) - lead  # the line's words the lead never says
        before = len((mine & lead) - paragraphs[k])  # and the lead's the line never says
        if before <= _LEAD_WORDS and not own.isdisjoint(item) and len(own) > max(1, before):
            return True
    return False


# A newsletter may list its other stories under a heading of their own, a line of capitals
# ending in a colon and nothing after it, a paragraph each and no label ("ALSO TODAY:" and "The
# Ma-10 between Deià and Valldemossa is closed from today ...": fresh42's d1004, a morning letter
# led by its airport's fuel shortage), up to the letter's next part, a label of capitals before
# its text ("A READER ASKS: ...", "ONE NUMBER: 4."). A heading may end in no colon nor stop
# ("ALSO THIS MORNING", "YOU ASKED": fresh43's d1028, a city's morning letter led by a boil-water
# notice); the first paragraph is never a heading (a brief's "TRAVEL ALERT" kicker, a wire's
# dateline).
_HEADING = re.compile(r"^[^\W\d_a-z][^\da-z]{0,40}:$")
_BARE_HEADING = re.compile(r"^[^\W\d_a-z][^\da-z:.!?]{0,40}$")
_CAPITALS_LABEL = re.compile(r"^[^\W\d_a-z][^\da-z:]{0,40}:\s")


def headed_item(title: str, digest_title: str, digest_text: str) -> bool:
    """Whether a headline tells one of the lines a newsletter's text lists under a heading of
    their own (``_headed``): it says more words of that line than of the letter's headline and
    lead (the paragraphs before the heading), two or more, each counted only when the lead never
    says it, and at most one of the lead's (``_LEAD_WORDS``): "Fast catamaran to cut
    Alcúdia-Ciutadella crossing to one hour" beside "A new fast catamaran starts sailing from
    Alcúdia to Ciutadella on Friday, cutting the crossing to an hour.", listed under the fuel
    shortage the letter leads with; a report of the lead's event says the lead's words ("Fuel
    shortage at Palma airport cancels dozens of flights")."""
    return _told(title, digest_title, digest_text) is not None


def _told(title: str, digest_title: str, digest_text: str) -> int | None:
    """Which of the lines a newsletter lists under a heading of their own (``_headed``) a
    headline tells (``headed_item``), the first of those whose words it says most; None for
    none. The letter's headline words that one of its lines says are that line's, not the
    lead's: "Boil your water, Cork; late nights at the Market; the 208 takes a detour" names
    its later items, and "English Market to open late on Thursdays" tells the Market's line."""
    listing = _headed(digest_text)
    if listing is None:
        return None
    lead, lines = listing
    heads = _words(digest_title)
    lead = lead | {w for w in heads if not any(w in line for line in lines)}
    mine = _words(title)
    # a figure is no word of the lead's: "Route 14" beside "14 elms" (fresh45's d1076)
    before = sum(not w.isdigit() for w in mine & lead)
    if before > _LEAD_WORDS:
        return None
    said = [len((mine & line) - lead) for line in lines]
    best = max(range(len(said)), key=lambda k: (said[k], -k))
    return best if said[best] > max(1, before) else None


def _heading(paragraph: str) -> bool:
    """Whether a paragraph is a heading: capitals only, ending in a colon ("ALSO TODAY:") or
    in no stop at all ("ALSO THIS MORNING", fresh43's d1028)."""
    return (
        _HEADING.match(paragraph) is not None or _BARE_HEADING.match(paragraph) is not None
    ) and paragraph.isupper()


def _live_heading(paragraph: str) -> bool:
    """Whether a heading is a live page's label ("LATEST:", "EN DIRECT :", ``_LIVE_LABEL``): it
    heads one story's own updates, which that story's features and angle pieces tell without
    the page's lead words ("Headteacher keeps classes going as tankers fill school cisterns"
    beside "LATEST: Tankers are filling the school cisterns first ..."), as a live page's
    headline lists no letter's items (``_listing``) (review49)."""
    return _heading(paragraph) and _LIVE_LABEL.fullmatch(paragraph[:-1].strip()) is not None


@lru_cache(maxsize=4096)
def _headed(text: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]] | None:
    """A newsletter's lead (the words of the paragraphs before its first heading, ``_HEADING``,
    ``_BARE_HEADING``, that heads its lines) and the lines under that heading (each paragraph's
    words, up to the next heading or label of capitals), read once per text; None unless three
    lines or more follow a heading after a lead, and None for a live page (a heading that is a
    live label: ``_live_heading``). A letter's other items are told in a line each, every one
    shorter (in content words) than its lead's longest paragraph: a heading over the lead
    story's own paragraphs ("TOP OF THE MORNING" and three paragraphs of the boil notice) heads
    no lines, and the letter's lines are under a later heading ("ALSO THIS MORNING")."""
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    if any(_live_heading(paragraph) for paragraph in paragraphs):
        return None  # a live page: its headings head the story's own updates
    for k, paragraph in enumerate(paragraphs):
        if k == 0 or not _heading(paragraph):
            continue
        lines: list[frozenset[str]] = []
        for line in paragraphs[k + 1 :]:
            if _heading(line) or (
                _CAPITALS_LABEL.match(line) is not None and line.split(":", 1)[0].isupper()
            ):
                break
            lines.append(frozenset(_words(line)))
        longest = max(len(_words(p)) for p in paragraphs[:k])
        if len(lines) >= _LIST_ITEMS and all(len(line) < longest for line in lines):
            return frozenset(_words(" ".join(paragraphs[:k]))), tuple(lines)
    return None


@lru_cache(maxsize=4096)
def _lines(
    text: str, lower: frozenset[str]
) -> tuple[frozenset[str], tuple[tuple[frozenset[str], frozenset[str]], ...]] | None:
    """A newsletter's lead (the words of its text before its first labelled line) and its
    labelled lines (each line's label words, and the words of the whole line), read once per
    text; None unless it lists three such lines or more, each label once, after a lead. A label
    is a name: none of its words is one the day writes in ``lower`` case (a live page's
    "Power:", "Flights:" tell its own story's parts)."""
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    first: int | None = None
    labels: list[str] = []
    lines: list[tuple[frozenset[str], frozenset[str]]] = []
    for k, paragraph in enumerate(paragraphs):
        match = _LINE_ITEM.match(paragraph)
        if match is None:
            continue
        label = match.group("label")
        words = label.split()
        if (
            label.isupper()
            or not all(w[0].isupper() for w in words)
            or any(w.casefold() in lower for w in words)
        ):
            continue
        first = k if first is None else first
        labels.append(label.casefold())
        lines.append((frozenset(_words(label)), frozenset(_words(paragraph))))
    if first is None or first == 0 or len(lines) < _LIST_ITEMS or len(set(labels)) < len(labels):
        return None
    return frozenset(_words(" ".join(paragraphs[:first]))), tuple(lines)


def _words(text: str) -> set[str]:
    """The stems of the content words of ``text``."""
    return {w for t in re.findall(WORD_PATTERN, text) if (w := content_word(t))}
