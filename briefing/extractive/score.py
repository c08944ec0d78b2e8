"""Scoring and selection of a story's sentences.

A sentence scores by its centrality in the story: position-biased LexRank, that is personalised
PageRank over the similarity graph of all the story's sentences (every outlet's), whose random
surfer restarts at a sentence in proportion to ``1 / (1 + position)`` (Otterbacher et al.,
2005, "biased LexRank"; position as the bias, as news is written lead first). A sentence that
other outlets' sentences resemble, and that they resemble in their leads, collects their rank:
centrality across outlets and position in one score. An edge weighs the content two sentences
share, not the share of each that it is: their cosine times the geometric mean of their numbers
of distinct terms (for equal term weights, the number of terms they share), so the walk leans
to the sentences that carry more of the story rather than to short generic ones ("NASA launched
four astronauts toward the Moon on Saturday."). An opening anaphor costs a penalty.
A story opens with its fullest lead (``opening``; its standing is its score or ``HEADLINES``
times how much of the story's headlines it says, whichever is more: a wire's lede the graph
ranks low still opens): in 129 of the 143 stories of the offline eval's 84 days (measured
then) the sentence that covers most of the reference is an article's first sentence, and in
114 of those the longest one, while on small stories the graph often ranks higher a
sentence that only echoes the lede's words (a price per share, a market reaction). A lead that
opened with a place dateline ("OSH, Kyrgyzstan (WNA) — ") weighs ``DATELINE`` times more: it is
the report filed from where the news is, where a local paper's longer follow-up ("The toll ...
rose to 17"), a feature's scene or an angle piece's opening may say more words. Maximal
marginal relevance then picks the other bullets, each by its score times its support to the
power ``SUPPORT``. Support is how closely the story's other articles say it too: the mean, over
them, of its cosine to the closest sentence of each, in stories of three articles or more. So a
fact several outlets report comes before a feature's scene-setting opening, an analyst's
background paragraph or a quote that one outlet alone has, which the position bias otherwise
ranks high as the first lines of their articles; and an article's first sentence weighs
``OTHER_LEADS`` there, as after the opening it mostly retells it or sets a scene. A
near-duplicate of a chosen sentence from another document is not repeated, but its document is
cited too when it states the bullet's numbers, and so is another document's sentence that states
a bullet's fact in other words (``same_fact``); a sentence that mostly restates the bullets
before it (``NOVELTY``) is left out. After the opening a sentence that states a number weighs
more (``FIGURES``), and the bullet right after it leans to the opening's own article, which goes
on with the story's next fact (``OPENING_ARTICLE``; the one after that too when the first did not
come from it: ``OPENING_RUN``).

On the 26 tuning days of ``bench/eval_offline.py`` the position-biased walk took ROUGE-2 from
29.4 to 31.8 (ROUGE-1 54.2 to 55.6, ROUGE-L 34.4 to 38.0) against the earlier weighted sum of
centroid closeness, uniform PageRank, a lead prior and a count of supporting documents; the
content-weighted edges took it to 32.9 (ROUGE-1 56.1, ROUGE-L 38.9). On all 84 days (2026-12-02),
opening with the fullest lead took ROUGE-2 from 28.0 to 30.1 (odd days 30.5 to 32.6, even days
25.6 to 27.5), ahead of TextRank on every part of the set. On all 104 days, support after the
opening took it from 27.3 to 27.8 (odd days 29.5 to 29.7, even days 25.1 to 25.8; up or level
on every part: fresh3 16.8 to 17.0, fresh4 14.8 to 15.4); the dateline weight then took it to
28.3 (odd 29.6 to 30.3, even 25.9 to 26.3, fresh3 16.7 to 17.3, fresh4 15.4 to 16.3).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence, Set as AbstractSet
from functools import lru_cache

from briefing.conflicts import other_figures
from briefing.extractive.sentences import Sentence
from briefing.extractive.vectors import pagerank
from briefing.features import Vector, cos
from briefing.models import Bullet, Document, Evidence
from briefing.negation import negation_problem

__all__ = [
    "DATELINE",
    "FIGURES",
    "HEADLINES",
    "NOVELTY",
    "OPENING_ARTICLE",
    "OPENING_RUN",
    "OTHER_LEADS",
    "SUPPORT",
    "near_duplicate",
    "opening",
    "prescore",
    "same_fact",
    "same_fact_terms",
    "score",
    "select",
]

SUPPORT = 0.75
"""Power of a sentence's support by the story's other articles in the relevance of the bullets
after the opening (0: none; see the module docstring)."""
DATELINE = 1.5
"""Weight of a lead that opened with a place dateline in the choice of a story's opening. 1.25
until the eighteenth session: a merchants' piece on white Burgundy's prices, once its top line
of furniture was cleaned off, opened the frost's story ahead of the wire's dated lede
("Temperatures fell to minus 5 degrees Celsius in parts of Burgundy's Cote de Beaune ...").
At 1.5 the offline eval's tuning folds' ROUGE-2 went 18.63 -> 18.71 and 18.36 -> 18.42 (12 of
412 days changed, 7 up; ``python bench/eval_offline.py --tune-only --per-day --folds``)."""
OWN_VOICE = 0.5
"""Weight of a lead told in its issuer's own voice (``Sentence.own``: "The Rose Growers' Union
informs its members ...", "We were informed on Friday ...") in the choice of a story's opening:
a notice, a statement or a release tells what the event means to its issuer; a reader expects
the event first, from a report of it, and the statement's lines after it (fresh46's d1092: a
union's notice on the harvest's end opened, and titled, the arms depot's blasts)."""
NOVELTY = 0.4
"""Share of a bullet's distinct terms (numbers count twice) that the story's bullets before it
must not have said: "Norwegian Eirik Haugen won the Vasaloppet in Mora by a boot length ahead of
Anton Lindqvist" after the wire's lede says little new (4 of 11 terms) and is left out. On the
220 tuning days of the offline eval ROUGE is level with it (R-2 within 0.2 on every part; 0.3
and 0.5 the same); it is there for the reader, who should not read one fact twice."""
HEADLINES = 3.0
"""Weight of how much of a story's headlines a lead says, in the choice of its opening (see
``opening``). On the 220 tuning days of the offline eval it took ROUGE-2 up by 0.0-0.5 on every
part (tune 36.7 to 36.9, fresh2 25.2 to 25.7); 1, 2 and 5 did no better."""
OTHER_LEADS = 0.5
"""Weight of another article's first sentence in the relevance of the bullets after a story's
opening. The walk's restart favours every article's first sentence alike, so after the opening
the next bullets were often other outlets' ledes: the same news in other words, a colour
piece's scene ("Hundreds of fishermen ... crowded around two radios ...") or an explainer's
definition, ahead of the wire's second sentence with the ruling's majority, the hectares and
the people owed compensation. Not a digest's first sentence (``select``'s ``parted``): that is
its first item's own news. On the offline eval's 436 tuning days (d01-d436) ROUGE-2 went 18.15
-> 18.47 (odd days 18.24 -> 18.49, even 18.06 -> 18.44; up on 14 of the 20 parts, down on
fresh 40.0 -> 39.5 and fresh3 17.9 -> 17.4; 0.3 to 0.6 the same within 0.05; ``python
bench/eval_offline.py --tune-only --per-day --folds``)."""
OPENING_ARTICLE = 2.0
"""Weight of the opening's own article's other sentences in the relevance of the bullet right
after the opening. The opening is the story's fullest lead, mostly a wire's or a local paper's
report, and the report goes on with the story's next fact (who was hurt, what the police found,
what is shut); the walk and support favour instead what several articles share, which in a story
of a report, an explainer, a profile and a column is often background that all of them retell.
Measured first (rouge25, on the offline eval's 255 tuning days of one story and one section):
over each day's candidates for the second bullet, how far a candidate raised the day's ROUGE-2
ranked with its coming from the opening's article (mean Spearman +0.18, odd and even days alike)
and with its stating a number (+0.15: ``FIGURES``), not with the relevance itself (+0.01). Only
the second bullet (and the third while none has come from the opening's article: ``OPENING_RUN``):
the weight on every bullet after the opening did a little more for ROUGE but cut the outlets a
section's bullets cite from 1.86 to 1.63 (1.86 as kept). With ``FIGURES``,
on the 580 tuning days ROUGE-2 went 17.03 -> 17.12 (odd days) and 17.18 -> 17.48 (even), up on
22 of the 26 parts, no part's interval below 0 (``python bench/eval_offline.py --tune-only
--per-day --folds``). Alone (``FIGURES`` 1.0) it did +0.03 and +0.18 and lost fresh24 -0.31
[-0.71, -0.02]; 1.3 and 1.6 did less than 2.0, 3.0 the same."""
FIGURES = 1.5
"""Weight of a sentence that states a number (``_states_figure``: a count, an amount, a share, a
date; what a report tells, and background or a scene seldom does) in the relevance of the
bullets after a story's opening. 1.3 did less on the odd days, 2.0 less on both. Counting digits
only did more for ROUGE (odd days +0.16, even +0.38 with ``OPENING_ARTICLE``), but in
examples/ a wire's "Four of the nine rate-setters ... voted to keep borrowing costs unchanged"
lost its bullet to a market report's index level, and the split vote's other value its source.
Not for a digest's part (``parted``): its figures are its other items' news, and on the seed
page a newsletter's shelling casualties ("a man, 61, ... a 75-year-old woman") took the third
bullet of a drone-debris report's section (lead's review; fresh19's ROUGE-2 12.4 -> 12.2, every
other part the same)."""
OPENING_RUN = 2
"""How many bullets after a story's opening may lean to its own article (``OPENING_ARTICLE``):
the second, and the third when the second came from another article (a fact another outlet told
that the report's own next sentences lost to), so a section still goes on with the report's next
fact and its outlets stay as many. 1 until the twenty-seventh session. Measured by rouge27 on the
offline eval's days split before any change: fold A (tuning) = d1-d280 and the odd days of
d281-d628, fold B (held out) = the even days of d281-d628. Over fold A's single-story days the
third bullet's gain in ROUGE-2 ranked with its coming from the opening's article (mean Spearman
+0.16) and with its support (+0.15) more than with its score (+0.06). ROUGE-2 went 18.05 -> 18.08
on fold A (+0.03 [+0.00, +0.06]; 27 days' output changed, 3 days' ROUGE-2, none down) and
13.81 -> 13.86 on fold B (+0.04 [+0.00, +0.10]; 3 days up, none down); outlets a section's
bullets cite 1.88 and 1.79 as before; the seed golden unchanged. The lean on the third bullet
whatever the second (three bullets from one article) did +0.15 [+0.05, +0.26] on fold A but
+0.03 [-0.10, +0.17] on fold B, cut those outlets to 1.78 and 1.65, and on the seed golden put
background ("the U.S. has routinely pressed for allies ...") and a spokesman's promise in place
of a digest's Bradleys-and-Hawks line and its news of the Istanbul session: not kept."""
SAME_FACT_SHARED = 5
"""Terms (numbers too) two outlets' sentences must share to state one fact (``same_fact``)."""
SAME_FACT_JACCARD = 0.25
"""Share of their distinct terms together that two outlets' sentences must share to state one
fact (``same_fact``; a near-duplicate shares 0.55)."""
SAME_FACT_SUBJECT = 4
"""Of the first ``_SUBJECT`` content words (not numbers) of each of two sentences, how many the
other sentence must say, the two counted together (``same_fact``): both open on the same
subject."""
_SUBJECT = 3
MIN_OTHERS = 2
"""Support is measured when a story has this many other articles besides a sentence's own (one
other article is no consensus: often a digest's part grouped with a report); else it is 1."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SPELLED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    r"thousands?|millions?|billions?)\b",
    re.I,
)
# (a partitive of "them", not of a speaker's "us": "All of us must vote, the president said."
# stands alone; "the former" / "the latter" as a pronoun, before its verb or a comma, not as an
# adjective: "The former president was charged on Tuesday ..." is a lead)
_ANAPHORA = re.compile(
    r"^(?:he|she|they|it|this|these|those|that|but|and|however|also|meanwhile|the attacks?"
    r"|(?:one|some|many|most|all|none|each|both|either|neither|several|few|two|three)\s+of\s+"
    r"(?:them|those|these)"
    r"|the\s+(?:former|latter)(?=\s*[,;:.)]|\s+(?:is|was|were|are|has|have|had|said|says|told"
    r"|added|will|would|can|could|did|does|also|remains?|remained|became|declined|denied|won"
    r"|lost|wants?|wanted)\b))\b",
    re.I,
)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def near_duplicate(a: Sentence, b: Sentence) -> bool:
    """Same statement: high term overlap (Jaccard >= 0.55, or 85% of the shorter's terms)."""
    sa, sb = set(a.terms), set(b.terms)
    if not sa or not sb:
        return a.text == b.text
    overlap = len(sa & sb) / min(len(sa), len(sb))
    return _jaccard(sa, sb) >= 0.55 or (overlap >= 0.85 and min(len(sa), len(sb)) >= 5)


def same_fact_terms(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two sentences' terms (``Sentence.terms``, in order) read as one fact worded twice:
    they share at least ``SAME_FACT_SHARED`` terms and ``SAME_FACT_JACCARD`` of their distinct
    terms, and they open on the same subject (``SAME_FACT_SUBJECT`` of the first ``_SUBJECT``
    content words of each are in the other). Two outlets' leads on a fact ("The hotels were
    demolished after Pamukkale was listed as a UNESCO World Heritage Site in 1988, and water
    has since been channelled across the terraces ..." and "After listing as a World Heritage
    Site in 1988 the hotels were taken down ... and water has since been guided in turns
    across sections of the slope ...") share the subject and the event's words; a sentence
    on the same story that shares its names and a number but tells something else opens on
    another subject ("Port records show 29 cruise calls at Iqaluit this season ..." beside
    "Iqaluit's deep-sea port ... has had its busiest season yet, with 31 cruise ship visits
    ...": another count, not the same statement; "Race officials ... confirmed the new
    record, correcting the winning time" beside the racer's record) or shares too little.

    Measured on hand-labelled pairs of bullets of one offline briefing that may state one fact
    (``bench/eval_repeats.py``, ``bench/data/repeats/labels.jsonl``): on the two thirds of the
    labelled days it was tuned on it joins 14 of 66 pairs of one fact and 2 of 147 pairs of
    different facts (a market's reaction that restates the news in a clause, "Shares in ...
    rose after Hanbit Semiconductor ... said it had started mass production ..."; a rescue
    beside the report of the trapped cavers it ends). A term overlap alone (the terms shared,
    their Jaccard, the shorter's share, the numbers agreeing) joined at most 12 pairs of one
    fact for those 2 of different facts, and more only at the cost of more wrong joins.
    Precision first: a merged citation must not claim that a source says what it does not
    (``select`` cites the other article only when ``_may_cite``).
    """
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return False
    shared = sa & sb
    if len(shared) < SAME_FACT_SHARED or len(shared) / len(sa | sb) < SAME_FACT_JACCARD:
        return False

    def subject(ts: Sequence[str]) -> list[str]:
        return [t for t in ts if not t[0].isdigit()][:_SUBJECT]

    told = sum(t in sb for t in subject(a)) + sum(t in sa for t in subject(b))
    return told >= SAME_FACT_SUBJECT


def _figures_told(other: Sentence, bullet: Sentence) -> bool:
    """Whether ``bullet`` states every figure ``other`` states (their number terms, so "$322m"
    is "$322 million"): a sentence with a figure of its own tells something the bullet does not
    ("... the county council evacuated 300 homes in Ashby overnight." beside "About 1,200 homes
    in Marlow and Ashby were flooded ..."; the same river, towns, council and homes): left out, a
    reader loses that figure, and quoted for the bullet, it would be cited for a figure it does
    not state. Another outlet's other figure for the same count is a conflict, which the
    briefing notes (``briefing.summarize.versions``), not a retelling (review49)."""
    return {t for t in other.terms if t[0].isdigit()} <= set(bullet.terms)


def same_fact(a: Sentence, b: Sentence) -> bool:
    """Whether two documents' sentences state one fact in other words (``same_fact_terms``)."""
    return a.doc != b.doc and same_fact_terms(a.terms, b.terms)


def _verb(term: str) -> str:
    """A term with a short past participle's "-ed" off, as ``stem`` takes it off longer ones:
    "fined" as "fin" ("fine"), "voted" as "vot" ("vote")."""
    return term[:-2] if len(term) >= 5 and term.endswith("ed") else term


def _retold_with_other_figure(other: Sentence, bullet: Sentence) -> bool:
    """Whether ``other`` tells ``bullet``'s fact (``same_fact``, a short participle read as its
    verb) with another outlet's figure for it and no figure of its own (``conflicts.
    other_figures``): "A cruise liner was fined 1.2 million kroner for exceeding emission
    limits while docked at Skolten in Bergen" beside "Bergen's port issued its largest emissions
    fine yet, 1.4 million kroner, to a liner that ran its engines at Skolten quay" (fresh45's
    d1077). As a second bullet it reads as a second fact and doubles the first in silence; left
    out, the section's conflict note names its figure with its source
    (``briefing.summarize.versions``)."""
    return (
        other.doc != bullet.doc
        and same_fact_terms([_verb(t) for t in other.terms], [_verb(t) for t in bullet.terms])
        and other_figures(bullet.text, other.text)
    )


def _retold_by_bullets(other: Sentence, chosen: Sequence[Sentence], said: set[str]) -> bool:
    """Whether the bullets ``chosen`` so far, together, tell ``other``'s facts, one of them with
    another outlet's figure (``conflicts.other_figures`` against their text, no figure of its
    own), and its words are not ``_novel`` but for its figures: "According to the municipality,
    16 boats were sunk or damaged in the harbour, six of them sponge boats." below "... sank or
    badly damaged 14 boats in the harbour of Pothia ..." and "Of the 14 boats, six were sponge
    boats ..." (fresh46's d1102). No one bullet before it tells it all (``_retold_with_other_
    figure`` asks that of each), but as a bullet it tells the count again with the other
    figure, a second fact in the reader's eyes; the section's conflict note names that figure
    with its source (``briefing.summarize.versions``)."""
    told = " ".join(c.text for c in chosen if c.doc != other.doc)
    if not told or not other_figures(told, other.text):
        return False
    words = {t for t in other.terms if not t[0].isdigit()}
    return _weight(words - said) < NOVELTY * _weight(words) if words else True


@lru_cache(maxsize=4096)
def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _states_figure(text: str) -> bool:
    """Whether ``text`` states a number: in digits, or spelled from two up ("four of the nine
    members", "three hundred homes"; "one" is too often no count: "one of the ...")."""
    return bool(_numbers(text)) or _SPELLED.search(text) is not None


def _may_cite(bullet: Sentence, other: Sentence, docs: Sequence[Document]) -> bool:
    """Cite ``other``'s document for ``bullet`` only if it states the bullet's numbers too."""
    return _numbers(bullet.text) <= _numbers(docs[other.doc].text)


def _weight(terms: set[str]) -> int:
    return sum(2 if t[0].isdigit() else 1 for t in terms)


def _novel(s: Sentence, said: set[str]) -> bool:
    """Whether ``s`` says enough that the bullets before it have not: ``NOVELTY`` of its
    distinct terms, a number counting twice."""
    own = set(s.terms)
    return not own or not said or _weight(own - said) >= NOVELTY * _weight(own)


def prescore(s: Sentence, centroid: Vector, lead_weight: float) -> float:
    """The part of ``score`` that needs no other sentence (used to trim very large stories)."""
    return (
        0.5 * cos(s.vec, centroid)
        + lead_weight / math.sqrt(1 + s.pos)
        - (0.15 if _ANAPHORA.match(s.text) else 0.0)
    )


def score(cands: list[Sentence]) -> None:
    """Set ``.score`` of every candidate: position-biased PageRank, scaled so the best is 1,
    minus the anaphor penalty; and ``.support``: the mean, over the story's other articles, of
    its cosine to the closest sentence of each (1 when the story has fewer than three
    articles: ``MIN_OTHERS``). Quadratic in
    ``len(cands)``: callers bound it."""
    rows: list[list[tuple[int, float]]] = [[] for _ in cands]
    size = [math.sqrt(len(set(s.terms))) for s in cands]
    closest: list[dict[int, float]] = [{} for _ in cands]  # other article -> best cosine
    for i, a in enumerate(cands):
        for j in range(i + 1, len(cands)):
            sim = cos(a.vec, cands[j].vec)
            b = cands[j]
            if a.doc != b.doc:
                closest[i][b.doc] = max(closest[i].get(b.doc, 0.0), sim)
                closest[j][a.doc] = max(closest[j].get(a.doc, 0.0), sim)
            if sim >= 0.08:
                w = sim * size[i] * size[j]  # the weight of the terms shared, not their share
                rows[i].append((j, w))
                rows[j].append((i, w))
    ranks = pagerank(rows, teleport=[1.0 / (1 + s.pos) for s in cands])
    top = max(ranks, default=1.0) or 1.0
    others = len({s.doc for s in cands}) - 1
    for s, r, near in zip(cands, ranks, closest, strict=True):
        s.score = r / top - (0.15 if _ANAPHORA.match(s.text) else 0.0)
        s.support = math.fsum(near.values()) / others if others >= MIN_OTHERS else 1.0


def opening(
    cands: Sequence[Sentence], headlines: Mapping[str, int] | None = None, *, every: bool = False
) -> Sentence | None:
    """The lead a story opens with: of its articles' first sentences, the one that says the most,
    by its number of distinct terms times the square root of its standing (a wire's lede, which
    states who, what, when and how much, rather than an angle piece's or a feature's shorter
    or softer opening; the standing keeps a long lead the story barely reaches out). None when
    no candidate is a document's first sentence (a digest's later parts have no lead: a part's
    first sentence may end the item before it).

    Its standing is its score, or ``HEADLINES`` times how much of the story's headlines it says
    where that is more (``headlines``: each term of the story's headlines, counted once per
    headline): of two articles, a wire's lede on the rail strike's end ("A six-day strike that
    halted most freight trains in Canada ended on Wednesday ...") is peripheral in the graph of
    a story whose other article's sentences echo each other (farmers' relief, their quotes),
    yet it tells what both headlines say. A lead in its issuer's own voice weighs ``OWN_VOICE``.

    ``every``: each of ``cands`` may lead (the first sentences of a digest's parts, where each
    part starts a paragraph: an item's own first sentence)."""
    leads = list(cands) if every else [s for s in cands if s.lead]
    heads: Mapping[str, int] = headlines or {}
    total = sum(heads.values())

    def standing(s: Sentence) -> float:
        said = sum(heads.get(t, 0) for t in set(s.terms)) / total if total else 0.0
        return max(s.score, HEADLINES * said, 0.0)

    return max(
        leads,
        key=lambda s: (
            len(set(s.terms))
            * math.sqrt(standing(s))
            * (DATELINE if s.dateline else 1.0)
            * (OWN_VOICE if s.own else 1.0),
            -s.doc,
        ),
        default=None,
    )


def select(
    cands: list[Sentence],
    k: int,
    docs: Sequence[Document],
    *,
    mmr: float = 0.7,
    lead: Sentence | None = None,
    parted: AbstractSet[int] = frozenset(),
    behind: AbstractSet[int] = frozenset(),
) -> list[Bullet]:
    """Up to ``k`` bullets by maximal marginal relevance (relevance: score times support to the
    power ``SUPPORT``, times ``OTHER_LEADS`` for an article's first sentence unless the article
    is ``parted``, cut into parts of several stories: a digest's first sentence is its first
    item's own news), near-duplicates merged into citations; ``lead`` (one of ``cands``), when
    given, is the first, a sentence with a number then weighs ``FIGURES`` and, for the bullet
    right after it, a sentence of its own article ``OPENING_ARTICLE`` (for the next one too while
    none has come from that article: ``OPENING_RUN``). A sentence of a document of ``behind``
    (a feature beside a report: ``stories._features``) is taken only when no other is left."""
    chosen: list[Sentence] = []
    cites: list[list[str]] = []
    # another article's own words for a bullet's fact (``same_fact``): its quote for that article
    quotes: list[list[Evidence]] = []
    said: set[str] = set()
    relevance: dict[int, float] = {id(s): s.score * s.support**SUPPORT for s in cands}
    for s in cands:
        if s.lead and s.doc not in parted:  # weighed down, never up (a score below 0 stays)
            relevance[id(s)] = min(relevance[id(s)], OTHER_LEADS * relevance[id(s)])
        # up, never down; not a digest's part: its figures are its other items' news
        if lead is not None and s.doc not in parted and _states_figure(s.text):
            relevance[id(s)] = max(relevance[id(s)], FIGURES * relevance[id(s)])
    # the bullets right after the opening: its own article's sentences weigh more (up, never
    # down), until one of them comes from it
    following: dict[int, float] = {
        id(s): max(relevance[id(s)], OPENING_ARTICLE * relevance[id(s)])
        for s in cands
        if lead is not None and s.doc == lead.doc
    }

    def weighed(s: Sentence) -> float:
        # none yet from the opening's article among the bullets after it
        if 1 <= len(chosen) <= OPENING_RUN and all(c.doc != chosen[0].doc for c in chosen[1:]):
            return following.get(id(s), relevance[id(s)])
        return relevance[id(s)]

    pool = sorted(cands, key=lambda s: (-s.score, s.doc, s.pos))
    while pool and len(chosen) < k:
        best = (
            lead
            if lead is not None and not chosen
            else max(
                pool,
                key=lambda s: (
                    s.doc not in behind,
                    mmr * weighed(s)
                    - (1 - mmr) * max((cos(s.vec, c.vec) for c in chosen), default=0),
                    -s.doc,
                    -s.pos,
                ),
            )
        )
        pool.remove(best)
        ids = list(best.cite)
        for other in [s for s in cands if s is not best]:
            if near_duplicate(best, other):
                if other in pool:
                    pool.remove(other)
                if _may_cite(best, other, docs):
                    ids += [i for i in other.cite if i not in ids]
        for prev, prev_ids, prev_quotes in zip(chosen, cites, quotes, strict=True):
            if near_duplicate(best, prev):
                prev_ids += [i for i in ids if i not in prev_ids]
                break
            if same_fact(best, prev) and _figures_told(best, prev):
                # One fact in other words: the bullet before keeps its wording and cites this
                # one's article too, quoting this sentence, where that article states the
                # bullet's numbers (only its own article: the near-duplicates merged into
                # ``ids`` were checked against ``best``, not ``prev``) and the quote negates
                # nothing the bullet states (the per-bullet check would drop the bullet: "After
                # two months without a government, parliament chose ..." for "... ending two
                # months of political deadlock"); else this one is left out.
                if _may_cite(prev, best, docs) and negation_problem(prev.text, best.text) is None:
                    new = [i for i in best.cite if i not in prev_ids]
                    prev_ids += new
                    prev_quotes += [Evidence(source_id=i, quote=best.text) for i in new]
                break
            if _retold_with_other_figure(best, prev):
                break  # one fact with another outlet's figure: the section's note names it
        else:
            if (
                all(cos(best.vec, c.vec) < 0.45 for c in chosen)
                and _novel(best, said)
                and not _retold_by_bullets(best, chosen, said)
            ):
                chosen.append(best)
                cites.append(ids)
                quotes.append([])
                said.update(best.terms)
    return [
        Bullet(text=s.text, source_ids=ids, evidence=q)
        for s, ids, q in zip(chosen, cites, quotes, strict=True)
    ]
