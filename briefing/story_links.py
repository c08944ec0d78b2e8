"""Linked pieces: a lone article linked to most of one story, and naming what it names, joins it.

Average linkage leaves an angle piece on its own when it is close to some of a story's members
and not to the others: the card payments that failed in one country's supermarkets during a
cloud outage, the analysis of a court ruling, the freight rates that jumped because of a canal's
restrictions. Its cosines to the members are 0.07-0.24, so its mean over the whole story stays
below the story threshold, and the order of the merges matters too: an article close enough to
a pair can fall below the mean once a third member joins. What tells such a piece from another
event on the same topic (a second central bank's rate decision the same day, floods in another
region, a strike in another country) is what it names: the piece names the story's own thing
(the cloud provider, the court's seat, the canal, the probe, the cartel), the other event names
its own. So an article alone in its group joins a group of two or more when

* it has an edge of the grouping's similarity graph (``briefing.stories.story_graph``: cosine
  of whole texts or of headlines and leads at least 0.05) to at least two of the group's
  members and to at least half of them, or to one at least when the story *holds the day*
  (below) and a name of the piece's headline is a name, or a word of a name, of the headline
  or lead of two thirds of its members (``headline_named``: "Final day at the Eisteddfod:
  getting there and getting home", a travel piece linked to one report only, beside a poetry
  prize's story whose leads say "the National Eisteddfod", six of seven, on fresh18's d419);
  that alone is its evidence below. Not in a batch the story does not hold: there another
  event in the story's town, at the same Games or of the same product says the name too;
* the group is clearly its nearest: its strongest edge to any other group of two or more is
  less than half its strongest edge to this one (a central banker's speech on AI is as close
  to a second story as to its bank's rate decision);
* it is as close as the story threshold to at least two and at least half of the members
  (close enough to have joined the first two as a pair: an explainer that names nothing the
  reports name), or it says *story names* of the group of which, between them, at least half
  of the group's members say one in their headline or lead (first 60 words): one name half of
  the leads say, or an explainer of a government's fall naming the city one lead gives and the
  party another lead gives. A name of several words whose last word is no dictionary word
  is that word too ("Cerro Tavora" is "Tavora", a person is named by surname), and an
  acronym the piece writes is said by a lead that spells it out in capitalised words ("AMI":
  "the Andean Mines Inspectorate", ``briefing.features.spelled_out``). A piece linked to
  every member of a story of three or more may also name what one lead says and half of the
  members' texts say (a quay that one lead names and a later paragraph of another report), and
  so may a piece linked to two thirds of a story that holds the day (below) when the name is a
  place's, written after a preposition of place ("off Rumelifeneri": on fresh15, fishermen
  watching a tanker's slick reach the harbour that four of seven reports name, linked faintly
  to five); a minister or a firm one lead names is what another event of the day names too.
  A story name is a specific name
  (``briefing.shared_names``: a run of capitalised words with a word of its own, "Panama
  Canal", "Helena Sá") or a single capitalised word of its own ("Nimbus", "Karlsruhe",
  "OPEC"). A word of its own is not a title, function or institution word, not a country or
  language name, not a month or weekday, never written in lower case that day, not an outlet
  of the day, not a lone word in brackets (an agency's code or credit, "(NW)", "(Reuters)"),
  not one or two capitals ("UK", "AI"), and when it opens a sentence, one that the day also
  writes capitalised mid-sentence ("Karlsruhe", not "Shoppers" or "Analysts"). Names are
  compared with a plural's final "s" taken off each word ("the Social Democrats" is "a Social
  Democrat"). A name the
  story says only deep in its texts does not count: a digest and an arms-sale report name
  the capital ("Kyiv") that a peace-talks report names in its lead; or its headline has a
  term of six letters or more that is no English dictionary word (simplemma) and that at
  least half of the members say in their headline or lead: "What are polymetallic nodules
  and why do miners want them?" beside a deep-sea mining licence for "polymetallic
  nodules". Such a term names a thing, as a name does; a dictionary word ("nodules") tells a
  topic. The other way round too: its lead says such a term that two or more and half of the
  members' headlines say (``term_told``: fishers beached by a three-month ban whose reports'
  headlines both say "chambo", fresh18's d413); or its headline writes two words side by side
  that a member's headline and half of the members' leads write so and no other article of the
  day does
  (``phrase_said``: "Interstellar comet: your questions answered" beside a wire's "... spots
  third known interstellar comet" and a local report in Spanish, fresh26's d626), every name of
  its headline said in a member's lead ("Forest fire near Coyhaique ..." is not the fire near
  Tolhuin); or it states a *figure* that at least half of the
  members state in their headline or lead and no other group of two or more states anywhere
  (``figures``: a quantity of two significant digits or more, at least 100, not a year and not a
  percentage: "320 kg", "3.6 million"). A colour piece names its own people and streets, none of
  the reports' (a fisherman on his catch, shopkeepers on a cruise cap), but gives the event's own
  measure: "the heavier figure of 320 kg was taken first" beside three leads' "320-kg stingray";
  or the story *holds the day*: it has three or more members, they are two thirds or more of the
  day's articles, and the piece is linked to two thirds or more of them, two of those links
  clear of the graph's floor (0.08 or more: a piece linked clearly to a digest alone, which
  names every story of the day, and faintly to the rest, is not the story's), unless they name
  different things (``briefing.apart.angle_apart``: the piece's headline names something the
  story's headlines and leads never say, and theirs name something its whole text never says,
  as a Toronto strike piece beside New Zealand's strike, or their headlines name different
  countries; a piece whose headline names its own town and whose third sentence names the
  event is an angle: on fresh11, the Tromsø fish market's cash tin during the Nordic card
  outage). Such a day is one event and its angles,
  and an angle piece often names none of the event's names: German carmakers counting their
  chips "after the Taiwan fire", an opinion on a lost trading day, cleanroom workers on the
  stairs. A day of several stories never meets it, so a lone piece there still needs a name,
  a figure or a pair's closeness (on fresh9 this took the split single-story days from 8 to
  5 of 12, then 3 with the rounds below, and nothing else moved: docs/BENCHMARKS.md), unless
  the story *holds its neighbourhood* (``_held``), the last resort of a round (its moves are
  made only in a round where no other lone piece moves; a pair may still join in the same
  round): the piece is linked to three or more of the story's members and two thirds of
  them, two of those links clear of the floor, they carry more than half of the weight of
  all its links (two thirds until the twentieth session; more than half raised pooled recall
  on fresh9, fresh15 and fresh19, precision the same or higher, and nothing else moved), and
  its strongest link is to the story (two lone pieces of another event that are each other's
  nearest are not taken apart by a story they both resemble a little). Of a whole batch, the
  articles it resembles most are this story's: farmers' fears beside a desert lion pride's
  reports, in a pool of 118 articles of 44 stories
  (pooled fresh17), where no story holds the day. Not when the two name different things
  (``angle_apart``), nor when the piece's lead names a thing of its own that the story never
  says while the story's headlines name one that its text never says
  (``briefing.apart.lead_apart``: a bank's own app outage beside a cloud provider's);
* every name it says that a group of two or more says belongs to that group alone (a name two
  stories say tells nothing, and a piece naming another story's thing is not this story's);
* its headline and the group's do not name different countries (``briefing.apart.places_apart``:
  a second country's minimum-wage decision is as close to the first's reports as a pair), nor
  does its lead name only another country than the group's headlines
  (``briefing.apart.lead_places_apart``).

A piece's edge to a digest counts for no story when its headline tells one of the later things
the digest's headline lists and not its lead item (``another_item``: "Kinmen cancels winter
oyster festival ..." beside "Island Morning Letter: Penghu rations water, Kinmen festival off,
..."): the digest is in its lead item's story, and a later item's report is close to it by
that item's words alone (fresh24's d571, fresh9's d214).

Several lone articles may join one group, each on its own evidence. A group that grew is asked
again in a next round (up to three): a story may hold the day only once its other angles have
joined it.

A *pair* (a group of two) joins a larger story the same way when each of its members is
linked to that story as a lone article would have to be (edges to at least two and half of
its members, the story clearly its nearest, no name of a third story) and one of them has the
evidence (as close as a pair, or a story name). Average linkage pairs two pieces of one
outlet first when they are closer to each other than either is to the story (a live page and
a day-in-the-city piece, 0.206, each 0.17 or less to the main reports), and then the pair's
mean to the story is too low. The pair is held back when the two groups name different things
(``briefing.apart.named_apart``: the test of the grouping's veto).

The work of a round is linear: names are found by one pattern per article and indexed by
group, how many members of a group say a name in their leads is counted once per group, and
links are read from the graph's edges. A check that reads a story's members (the place and
name vetoes) runs for a piece linked to half of them or more, and the graph keeps a few dozen
neighbours an article, so such reads add up to a multiple of the edges. A round that moves
nothing ends the rounds; an article's names and figures are read once for all rounds.

On d01-d84 of the offline eval days, each day on its own, this took the single-story days
that grouping splits from 13 to 6 of 41 (pairwise recall 0.81 -> 0.90, precision unchanged
or up on every part); the labelled, seed and held-out sets stay at 1.000 (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from briefing.angles import lead_text
from briefing.apart import angle_apart, lead_apart, lead_places_apart, places_apart
from briefing.features import spelled_out
from briefing.listings import another_item
from briefing.models import Article
from briefing.shared_names import day_words
from briefing.story_names import (
    ACRONYM,
    figures,
    fold_plural,
    phrase_counts,
    phrase_said,
    story_names,
    surnamed,
    term_said,
    term_told,
)

# figures, story_names: from briefing.story_names
__all__ = ["attach_linked", "figures", "holds_day", "story_names"]

_NEAREST = 0.5  # another group's strongest edge is below half this group's strongest edge
_MIN_LINKED = 2  # edges to at least two members ...
_LINKED_SHARE = 0.5  # ... and to at least half of them
_ALL_LINKED = 3  # a piece linked to every member of a story of three or more
_ROUNDS = 3  # rounds of attach_linked at most
_DOMINANT_SIZE = 3  # a story of three or more ...
_DOMINANT_SHARE = 2 / 3  # ... that holds two thirds of the day, and links to two thirds of it
_CLEAR_LINK = 0.08  # ... two of them clear of the graph's floor (0.05)
_NAMED_SHARE = 2 / 3  # a name of a piece's headline that two thirds of a story's leads say


def _enough(linked: int, size: int) -> bool:
    """At least two members of a group of ``size``, and at least half of them."""
    return linked >= _MIN_LINKED and linked >= _LINKED_SHARE * size


def holds_day(size: int, day: int) -> bool:
    """Whether a story of ``size`` holds a ``day`` of articles: three or more members, two
    thirds of the day."""
    return size >= _DOMINANT_SIZE and size >= _DOMINANT_SHARE * day


def _dominant(linked: int, size: int, day: int) -> bool:
    """Whether a story of ``size`` holds a ``day`` of articles (``holds_day``) and a piece is
    linked to two thirds of its members."""
    return holds_day(size, day) and linked >= _DOMINANT_SHARE * size


def _held(sims: Sequence[float], size: int, weight: float, nearest: float) -> bool:
    """Whether a story of ``size`` holds a piece's neighbourhood: the piece is linked to three
    or more of its members and two thirds of them, those links carry more than half of the
    weight of all its links, and its strongest link (``nearest``) is one of them: of all the
    articles of a batch, the ones it resembles most are this story's."""
    return (
        len(sims) >= _DOMINANT_SIZE
        and len(sims) >= _DOMINANT_SHARE * size
        and 2 * sum(sims) > weight
        and max(sims) >= nearest
    )


def _said_enough(
    tied: set[str],
    members: Sequence[int],
    leads: Mapping[int, set[str]],
    names: Sequence[set[str]],
) -> bool:
    """Whether one member's lead and half of the members' texts say one of ``tied``."""
    return any(leads[j] & tied for j in members) and 2 * sum(
        bool(names[j] & tied) for j in members
    ) >= len(members)


# A place's name after a preposition of place: "off Rumelifeneri", "at Orvik Quay", "in Valmora".
_AT_PLACE = r"\b(?:in|at|near|off|outside|inside|across|along|around|towards?|into|onto|beside)\s+"
# ... but "at" after people is where they work: "a spokesman at Transdev", "drivers at Transdev".
_WORK_AT = re.compile(
    r"\b(?:spokes(?:man|woman|person)|workers|drivers|unions?|staff|employees|engineers|pilots"
    r"|nurses|doctors|executives?|officials?|managers?|analysts?|economists?|researchers?"
    r"|scientists?|directors?|head|chief|boss|officers?|colleagues|sources?)\s+at\s+$",
    re.I,
)
# A name that speaks or runs things is an organisation's: "Transdev said", "operated by Transdev".
_SPEAKS = r"\s+(?:said|says|announced|confirmed|told|denied|declined|added)\b"
_RUN_BY = r"\b(?:operated|owned|run|managed|employed)\s+by\s+(?:the\s+)?"


def _sited(tied: set[str], arts: Sequence[Article]) -> set[str]:
    """The names of ``tied`` that ``arts`` write as a place, after a preposition of place and
    not as a possessive ("at Orvik Quay", not "in Tabarot's plan", nor "a spokesman at
    Transdev"), and never as an organisation (one that speaks, "Transdev said", or runs
    things, "operated by Transdev"). An angle piece shares the event's site with the story (a
    harbour, a quay, a village); another event of the same day shares its people (a minister,
    a mayor, a firm), so a story that holds the day takes a piece linked faintly to most of it
    by a site only."""
    texts = [a.title + "\n" + a.text for a in arts]
    out: set[str] = set()
    for name in tied:
        words = r"\s+".join(re.escape(w) + "s?" for w in name.split())
        pattern = re.compile(_AT_PLACE + r"(?:the\s+)?" + words + r"\b(?!['’]s\b)", re.I)
        body = re.compile(r"\b" + words + _SPEAKS + "|" + _RUN_BY + words + r"\b", re.I)
        if any(body.search(text) for text in texts):
            continue
        # each place's preposition with the words before it ("... a spokesman at "): not work
        if any(
            not _WORK_AT.search(text[: m.start() + len(m.group(0).split()[0]) + 1])
            for text in texts
            for m in pattern.finditer(text)
        ):
            out.add(name)
    return out


def attach_linked(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    *,
    threshold: float,
    veto: Callable[[Sequence[int], Sequence[int]], bool] | None = None,
    day: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[list[int]]:
    """``groups`` (indices into ``arts``) with each lone article that is linked to most of one
    story and says its name (or is as close as ``threshold``, the story threshold, to most of
    it, or the story holds the day) moved into it, and each pair whose two members are so
    linked to a larger story (one of them with that evidence) joined to it unless ``veto`` holds
    the two groups apart; ``edges`` is the grouping's similarity graph, ``day`` the day's
    lower-case words and outlets (``shared_names.day_words``) when already read.

    A story that took lone pieces may hold the day only then, so the pieces left are asked
    again, ``_ROUNDS`` times at most (the module docstring says what a round costs; on fresh9
    a second round joined a travel trade piece and a brokers' piece whose stories' other
    angles joined first)."""
    out = [list(g) for g in groups]
    reads = _Reads(arts, day)
    for _ in range(_ROUNDS):
        before = len(out)
        out = _attach_once(out, arts, edges, reads, threshold=threshold, veto=veto)
        if len(out) == before:
            break
    return out


class _Reads:
    """What ``attach_linked`` reads of each article, read once for all its rounds and only
    when asked: its names, its lead's names, its figures."""

    def __init__(
        self, arts: Sequence[Article], day: tuple[frozenset[str], frozenset[str]] | None
    ) -> None:
        self._arts = arts
        self._day = day
        self._names: list[set[str]] | None = None
        self._mid: frozenset[str] = frozenset()
        self._leads: dict[int, set[str]] = {}
        self._figures: dict[int, set[float]] = {}
        self._phrases: Counter[tuple[str, str]] | None = None

    def words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The day's lower-case words and outlets (``shared_names.day_words``)."""
        if self._day is None:
            self._day = day_words(self._arts)
        return self._day

    def read(self, plain: set[str], opening: set[str]) -> set[str]:
        """Names as ``story_names`` gives them (plain, and opening words), folded, with
        surnames; an opening word counts where the day writes it mid-sentence."""
        return surnamed({fold_plural(n) for n in plain | (opening & self._mid)})

    def names(self) -> list[set[str]]:
        """Each article's story names (``story_names``, folded, with surnames)."""
        if self._names is None:
            lower, outlets = self.words()
            found = [
                story_names(a.title + "\n" + a.text, lower=lower, outlets=outlets)
                for a in self._arts
            ]
            self._mid = frozenset(n for plain, _ in found for n in plain)
            self._names = [self.read(*pair) for pair in found]
        return self._names

    def lead(self, j: int) -> set[str]:
        """The story names of article ``j``'s headline and lead."""
        if j not in self._leads:
            self.names()  # the day's mid-sentence names, which a lead's opening word needs
            lower, outlets = self.words()
            text = lead_text(self._arts[j])
            self._leads[j] = self.read(*story_names(text, lower=lower, outlets=outlets))
        return self._leads[j]

    def phrases(self) -> Counter[tuple[str, str]]:
        """In how many articles each pair of words is written side by side in the headline or
        lead (``story_names.phrase_counts``), counted once for all rounds."""
        if self._phrases is None:
            self._phrases = phrase_counts(self._arts)
        return self._phrases

    def figures(self, j: int) -> set[float]:
        """The figures article ``j`` states."""
        if j not in self._figures:
            art = self._arts[j]
            self._figures[j] = figures(art.title + "\n" + art.text)
        return self._figures[j]


def _attach_once(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    edges: Mapping[tuple[int, int], float],
    reads: _Reads,
    *,
    threshold: float,
    veto: Callable[[Sequence[int], Sequence[int]], bool] | None = None,
) -> list[list[int]]:
    """One round of ``attach_linked``."""
    out = [list(g) for g in groups]
    home = {i: g for g, members in enumerate(out) for i in members}
    links: dict[int, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    weight: dict[int, float] = defaultdict(float)  # a lone article -> the weight of all its edges
    nearest: dict[int, float] = defaultdict(float)  # ... and its strongest edge
    for (i, j), sim in edges.items():
        for a, b in ((i, j), (j, i)):
            if len(out[home[a]]) == 1:
                weight[a] += sim
                nearest[a] = max(nearest[a], sim)
                if len(out[home[b]]) >= 2 and not another_item(arts[a].title, arts[b].title):
                    links[a][home[b]].append(sim)
    # Pairs: a group of two whose members are each linked to most of a larger story, as a lone
    # article would be, and one of which is as close as a pair to it or says its name.
    pair_links: dict[int, dict[int, dict[int, list[float]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for (i, j), sim in edges.items():
        for a, b in ((i, j), (j, i)):
            if len(out[home[a]]) == 2 and len(out[home[b]]) > 2:
                pair_links[home[a]][a][home[b]].append(sim)
    if not links and not pair_links:
        return out
    lower = reads.words()[0]
    names = reads.names()
    said: dict[str, set[int]] = defaultdict(set)  # name -> groups of two or more that say it
    leads: dict[int, set[str]] = {}  # a member of such a group -> the names of its lead
    for g, members in enumerate(out):
        if len(members) >= 2:
            for j in members:
                for name in names[j]:
                    said[name].add(g)
                leads[j] = reads.lead(j)
    counted: dict[int, Counter[str]] = {}
    # Figures are the last evidence asked for, by few articles: read only when asked, once each.
    lead_figures: dict[int, set[float]] = {}  # a group -> the figures half its leads state
    stated: dict[float, set[int]] = {}  # figure -> the groups of two or more that state it
    figures_of = reads.figures

    def led(g: int) -> Counter[str]:
        """How many members of group ``g`` say each name in their headline or lead."""
        if g not in counted:
            counted[g] = Counter(n for j in out[g] for n in leads[j])
        return counted[g]

    def measured(i: int, g: int) -> bool:
        """Whether article ``i`` states a figure that at least half of group ``g``'s members
        state in their headline or lead, and no other group of two or more states."""
        if g not in lead_figures:
            count = Counter(f for j in out[g] for f in figures(lead_text(arts[j])))
            lead_figures[g] = {f for f, n in count.items() if 2 * n >= len(out[g])}
        mine = lead_figures[g] & figures_of(i)
        if mine and not stated:
            for h, members in enumerate(out):
                if len(members) >= 2:
                    for j in members:
                        for figure in figures_of(j):
                            stated.setdefault(figure, set()).add(h)
        return any(stated.get(f) == {g} for f in mine)

    lead_words: dict[int, Counter[str]] = {}  # a group -> how many members' leads say a name

    def headline_named(i: int, g: int) -> bool:
        """Whether group ``g`` holds the day (three or more members, two thirds of the day's
        articles) and a name of article ``i``'s headline is a name, or a word of a name, of the
        headline or lead of two thirds of its members ("Final day at the Eisteddfod: getting
        there and getting home" beside seven leads of which six say "Eisteddfod" or "the
        National Eisteddfod"). Each group's lead names are counted once a round."""
        size = len(out[g])
        if not holds_day(size, len(arts)):
            return False
        lower, outlets = reads.words()
        # its headline's names, an opening word too where the day writes it so mid-sentence
        mine = reads.read(*story_names(arts[i].title, lower=lower, outlets=outlets))
        if not mine:
            return False
        if g not in lead_words:
            lead_words[g] = Counter(
                word for j in out[g] for word in leads[j] | {w for n in leads[j] for w in n.split()}
            )
        return any(lead_words[g][n] >= _NAMED_SHARE * size for n in mine)

    def spells(i: int, j: int) -> bool:
        """Whether the headline or lead of ``j`` spells out, in capitalised words, an acronym
        that ``i`` names ("AMI": "the Andean Mines Inspectorate said ...")."""
        written = set(ACRONYM.findall(arts[i].title + "\n" + arts[i].text))
        acronyms = sorted(w for w in written if w.lower() in names[i])
        return any(spelled_out(a, lead_text(arts[j])) is not None for a in acronyms)

    moves: list[tuple[int, int, int]] = []
    held: list[tuple[int, int, int]] = []
    for i in sorted(links):
        ranked = sorted(links[i].items(), key=lambda gs: (-max(gs[1]), gs[0]))
        g, sims = ranked[0]
        size = len(out[g])
        if len(ranked) > 1 and max(ranked[1][1]) >= _NEAREST * max(sims):
            continue
        mine = names[i]
        if any(said[n] - {g} for n in mine):
            continue
        named = headline_named(i, g)
        if not (_enough(len(sims), size) or named):
            continue
        close = sum(sim >= threshold for sim in sims)  # as close as a pair that would merge
        clear = sum(sim >= _CLEAR_LINK for sim in sims) >= _MIN_LINKED  # two clear of the floor
        tied = {n for n in mine if said[n]}
        if (
            (
                _enough(close, size)
                or named
                or 2 * sum(bool(leads[j] & tied) or spells(i, j) for j in out[g]) >= size
                or (  # linked to every member: a name one lead and half of the texts say
                    len(sims) == size >= _ALL_LINKED and _said_enough(tied, out[g], leads, names)
                )
                or (  # linked to most of a story holding the day: such a name of a place
                    _dominant(len(sims), size, len(arts))
                    and _said_enough(
                        _sited(tied, [arts[j] for j in (i, *out[g])]), out[g], leads, names
                    )
                )
                or term_said(arts[i].title, [arts[j] for j in out[g]], arts[i])
                or phrase_said(arts[i], [arts[j] for j in out[g]], reads.phrases())
                or term_told(arts[i], [arts[j] for j in out[g]])
                or measured(i, g)
            )
            and not (
                places_apart([arts[i]], [arts[j] for j in out[g]], lower)
                or lead_places_apart(arts[i], [arts[j] for j in out[g]], lower)
            )
        ) or (
            _dominant(len(sims), size, len(arts))
            and clear
            and not angle_apart(arts[i], [arts[j] for j in out[g]], lower)
        ):
            moves.append((i, home[i], g))
        elif (
            _held(sims, size, weight[i], nearest[i])
            and clear
            and not angle_apart(arts[i], [arts[j] for j in out[g]], lower)
            and not lead_apart(arts[i], [arts[j] for j in out[g]], lower)
        ):
            held.append((i, home[i], g))
    if not moves:  # the last resort of a round: a story that holds the piece's neighbourhood
        moves = held
    moved = {g for _, g0, g in moves} | {g0 for _, g0, _ in moves}
    joins: list[tuple[int, int]] = []
    for p in sorted(pair_links):
        targets: set[int] = set()
        evidence = False
        ok = True
        for i in out[p]:
            ranked = sorted(pair_links[p][i].items(), key=lambda gs: (-max(gs[1]), gs[0]))
            if not ranked:
                ok = False
                break
            g, sims = ranked[0]
            size = len(out[g])
            if not _enough(len(sims), size) or (
                len(ranked) > 1 and max(ranked[1][1]) >= _NEAREST * max(sims)
            ):
                ok = False
                break
            if any(said[n] - {g, p} for n in names[i]):
                ok = False
                break
            targets.add(g)
            close = sum(sim >= threshold for sim in sims)
            evidence = (
                evidence
                or _enough(close, size)
                or any(2 * led(g)[n] >= size for n in names[i] if said[n] - {p})
            )
        if not ok or len(targets) != 1 or not evidence:
            continue
        (g,) = targets
        if g in moved or p in moved or (veto is not None and veto(out[p], out[g])):
            continue
        joins.append((p, g))
    for i, g0, g in moves:
        out[g].append(i)
        out[g0] = []
    for p, g in joins:
        if out[p] and out[g]:
            out[g].extend(out[p])
            out[p] = []
    return [sorted(g) for g in out if g]
