"""Stories: the briefing draft, one section per story, from units, groups, scores and bullets.

Stories are ordered by the number of documents, then of sources, then of sentences (how much
the articles say about it), then by their top sentence's score. Only the stories that can reach
the first ``max_sections`` places are scored (the first keys need no scoring), and a story with
more than ``STORY_CAP`` candidate sentences is trimmed to its best by centroid closeness and
lead position before LexRank, whose cost is quadratic in a story's size. A story with an
article in the briefing's language takes its bullets from its articles in it (another
language's sentence only where nothing in it is selected). Each story is titled with a whole
article's headline: one in the language of its articles' texts (the briefing's, when one of
them is written in it) before one plainly in another, a report's before a genre's, then the
headline of the article its first bullet comes from (the title tells what the section says
first: "Late frost hits Bolivian vineyards in Tarija", not the feature's "Smoke, fans and
prayer: ..." beside it), then the most central; or a short phrase from its top sentence. A
cited article cut into parts that all went to the story counts as a whole one (a brief the
bullets never cite does not title a report's section: fresh24's d571).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence, Set as AbstractSet
from dataclasses import dataclass

from briefing.angles import is_place, is_region
from briefing.extractive.group import cluster, reattach
from briefing.extractive.score import opening, prescore, score, select
from briefing.extractive.segment import Unit, units
from briefing.extractive.sentences import Sentence, promo, sentences_of
from briefing.features import centroid, content_word, cos, idf, terms, tf_idf
from briefing.language import (
    DEFAULT_LANGUAGE,
    article_language,
    base_language,
    headline_in_another_language,
    plainly_english,
    reads_as,
)
from briefing.models import BriefingDraft, Bullet, Document, Section
from briefing.other_event import is_feature
from briefing.partition import join_groups
from briefing.text import QUOTES, SENTENCE_END, word_count

__all__ = ["STORY_CAP", "headline", "summarize_documents", "without_kicker"]

log = logging.getLogger(__name__)

STORY_CAP = 150
"""Most candidate sentences scored per story (a story of ~12 articles or fewer is never cut)."""


# A headline made from a sentence ends at its first clause: before these words, or after a comma.
_CLAUSE_BREAKS = frozenset(
    "and but which who whom whose while as after before because although said says according "
    "when where amid".split()
)
_WEAK_ENDINGS = frozenset(
    "a an the of to in on at for by with from and or its their his her".split()
)

_PHRASE_BREAKS = frozenset(
    "in on at for with from into over under after before during amid against about as to by "
    "than that which who while including near".split()
)


# A sentence's end: a headline quoted as a bullet has none, and the overview gives it one.
# A headline's kicker: a label before the news ("Live:", "Live updates |", "Analysis -",
# a wire desk's tags glued on with a hyphen, one or several: "UPDATE 2-", "EXCLUSIVE-",
# "CORRECTED-", "REFILE-UPDATE 1-", "WRAPUP 2-", "FACTBOX-"), which says what kind of page or
# which version it is, not what happened. No reader's headline keeps it.
_KICKER = re.compile(
    r"^(?:live(?:\s+(?:updates?|blog|coverage|news))?|as\s+it\s+happened|breaking(?:\s+news)?"
    r"|update(?:\s+\d+)?|wrap-?up(?:\s+\d+)?|refile|corrected|correction|exclusive|analysis"
    r"|explainer|factbox|fact\s*check|opinion|comment|watch|video|timeline|in\s+pictures"
    r"|what\s+we\s+know)\s*(?:[:|]|\s[-–—])\s*"
    r"|^(?-i:(?:(?:UPDATE|WRAPUP)(?:\s\d+)?|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|EXCLUSIVE"
    r"|BREAKING|URGENT|FLASH|LIVE|ANALYSIS|FACTBOX|INSIGHT|PREVIEW|FOCUS|TIMELINE|EXPLAINER"
    r"|INTERVIEW|FEATURE|COLUMN|BREAKINGVIEWS|SPECIAL\sREPORT|GRAPHIC|HIGHLIGHTS|SCENARIOS)-)+"
    r"(?=\S)",
    re.I,
)
# A kicker's words that mark a version of a report (an update, a correction, a repeat, a
# scoop, an urgent), not another genre: "UPDATE 1-Toll rises to 11" is the wire's latest report
# and may title its story's section before its first version, whose figures it corrects.
_VERSION_WORDS = frozenset(
    "update updates wrap-up wrapup refile corrected correction rpt repeat exclusive breaking "
    "news urgent flash".split()
)


def _kicker(title: str) -> re.Match[str] | None:
    """``title``'s kicker (``_KICKER``), but not the first word of a headline written all in
    capitals that a desk's tag spells ("FLASH-FLOOD WARNING FOR THREE COUNTIES", "FOCUS-GROUP
    STUDY FINDS ..."): a wire glues its tags onto a headline written in lower case. A tag with
    its number ("UPDATE 2-") is one in any case."""
    found = _KICKER.match(title)
    if found is None:
        return None
    tag = found.group(0)
    glued = tag.endswith("-") and not tag[:-1].endswith((" ", "\u00a0"))
    numbered = any(c.isdigit() for c in tag)
    return None if glued and not numbered and title[found.end() :].isupper() else found


def _genre(title: str) -> bool:
    """Whether ``title`` opens with a genre's kicker ("Analysis:", "Live |", "FACTBOX-"), not
    a version's ("UPDATE 2-", "CORRECTED-", "Breaking:"): a headline that tells another kind
    of page than a report of the news."""
    kicker = _kicker(title.strip())
    if kicker is None:
        return False
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", kicker.group(0).lower())
    return any(w not in _VERSION_WORDS for w in words)


# A live page's marker at the end of its headline: "General strike day one - live".
_LIVE_TAIL = re.compile(r"\s[-–—|:]\s*live(?:\s+(?:updates?|blog|coverage))?\s*$", re.I)


def without_kicker(title: str) -> str:
    """``title`` without a leading kicker ("Live: Portuguese PM resigns" -> "Portuguese PM
    resigns"; "Analysis: a surplus ..." -> "A surplus ..."), unless too little would be left
    (fewer than three words)."""
    kicker = _kicker(title.strip())
    rest = title.strip()[kicker.end() :] if kicker else title.strip()
    if len(rest.split()) < 3:
        return title.strip()
    first = rest.split()[0]
    if rest != title.strip() and first.isalpha() and first.islower():
        return rest[0].upper() + rest[1:]  # not "iPhone", "eBay"
    return rest


_TOLD = 4  # words of a headline that tells news ("Taj tomb closing" is a teaser's label)
_NAME_SPILL = 4  # words a title may run past its limit to finish the name it would cut
_AND = ("and", "&")
_NAME_LINKS = (*_AND, "of")  # "Technology and Trade", "Bank of England"


def _in_name(words: Sequence[str], i: int) -> bool:
    """Whether the "and" at ``words[i]`` joins two capitalised words of one name ("Technology
    and Trade", "Trinidad and Tobago"), which a title must not cut between."""
    if words[i] not in _AND or i + 1 >= len(words):
        return False
    before, after = words[i - 1].strip(QUOTES), words[i + 1].strip(QUOTES)
    return before[:1].isupper() and not before.endswith(",") and after[:1].isupper()


def _name_end(words: Sequence[str], end: int) -> int:
    """Where the name running across a cut before ``words[end]`` ends (``end`` when the cut is
    not inside a name): capitalised words, joined by "and", "&" or "of"."""
    if not 1 < end < len(words) or not words[end][:1].isupper():
        return end
    before = words[end - 2] if words[end - 1] in _NAME_LINKS else words[end - 1]
    if not before[:1].isupper() or before[-1] in ",;:.":
        return end
    j = end
    while j < len(words):
        word = words[j].strip(QUOTES)
        if word[:1].isupper():
            j += 1
            if word[-1:] in ",;:.":
                break
        elif word in _NAME_LINKS and j + 1 < len(words) and words[j + 1][:1].isupper():
            j += 1
        else:
            break
    return j


# A quotation's closing mark, by its opening one (a title that opens a quotation closes it).
_CLOSING = {'"': '"', "“": "”", "«": "»", "„": "“"}


def _quote_close(words: Sequence[str], end: int, limit: int) -> int | None:
    """Where the quotation ``words`` open with closes, in words, when a cut before
    ``words[end]`` would fall inside it or right after its closing mark (which the title's
    trimming would drop) and it closes within ``limit`` and the spill a title may run past it;
    else None."""
    close = _CLOSING.get(words[0][:1]) if words else None
    if close is None:
        return None
    for j, word in enumerate(words[: limit + _NAME_SPILL]):
        if close in (word[1:] if j == 0 else word):
            return j + 1 if j + 1 >= end else None
    return None


def headline(text: str, limit: int = 10) -> str:
    """A short title from a sentence: its first clause (at least four words). A clause longer
    than ``limit`` words is cut before a phrase boundary (a preposition, a relative word, an
    adverb in -ly): the first after six words, else the last that fits; "…" only when none
    fits. A sentence that opens with a quotation is not cut inside it when the quotation
    closes within reach: '"They protect one part' (fresh41's d975) left a speaker's words
    open; the whole quotation, closed, is the title."""
    words = text.split()
    end = len(words)
    for i, word in enumerate(words):
        if i >= 4 and word.lower().strip(QUOTES) in _CLAUSE_BREAKS and not _in_name(words, i):
            end = i
            break
        if i >= 3 and word.endswith((",", ";", ":")):
            end = i + 1
            break
    ellipsis = False
    if end > limit:
        bounds = [
            i
            for i in range(4, limit + 1)
            if (w := words[i].lower().strip(QUOTES + ",;:")) in _PHRASE_BREAKS or w.endswith("ly")
        ]
        early = [i for i in bounds if i >= 6]  # the first boundary after a full-sized phrase
        end, ellipsis = (early or bounds or [limit])[0 if early else -1], not bounds
        if ellipsis and end < (whole := _name_end(words, end)) <= limit + _NAME_SPILL:
            end, ellipsis = whole, False  # a cut inside a name moves to the name's end
    quoted = _quote_close(words, end, limit)
    if quoted is not None:
        end, ellipsis = quoted, False
    cut = words[:end]
    while (
        quoted is None and len(cut) > 4 and cut[-1].lower().strip(QUOTES + ",;:") in _WEAK_ENDINGS
    ):
        cut.pop()
    head = " ".join(cut).rstrip(QUOTES + ".,;:!?)–—-")
    if quoted is not None and not head.endswith(_CLOSING[words[0][0]]):
        head += _CLOSING[words[0][0]]
    return head + ("…" if ellipsis else "")


@dataclass
class _Story:
    units: list[Unit]
    bullets: list[Bullet]
    sources: set[str]
    best: float
    first: tuple[int, int]
    title: str


def _candidates(group: list[Unit], cen: dict[str, float]) -> list[Sentence]:
    cands = [s for u in group for s in u.sentences[:12]]
    if len(cands) <= STORY_CAP:
        return cands
    ranked = sorted(
        range(len(cands)),
        key=lambda i: (-prescore(cands[i], cen, 0.3), cands[i].doc, cands[i].pos),
    )
    return [cands[i] for i in sorted(ranked[:STORY_CAP])]


def _story(
    group: list[Unit],
    docs: Sequence[Document],
    max_bullets: int,
    parted: AbstractSet[int] = frozenset(),
    language: str = DEFAULT_LANGUAGE,
    beside: AbstractSet[int] = frozenset(),
) -> _Story | None:
    """A story's section, or None when it has no bullet; ``parted``: the documents whose
    parts went to several stories (a digest's); ``language``: the briefing's; ``beside``: the
    documents a part of which went to a group with another document's."""
    if all(promo(s.text) for u in group for s in u.sentences):
        return None  # a broadcaster's promo alone: a teaser of a later programme, no news yet
    cen = centroid(u.vec for u in group)
    cands = _items_of_other_things(_candidates(group, cen), group, docs, parted)
    if _items_alone(group, parted, beside):
        # a digest's one-line items about things with no article of their own: no section
        lines = Counter((s.doc, s.para) for u in group for s in u.sentences)
        cands = [s for s in cands if lines[s.doc, s.para] > 1 or not _item_line(s.text)]
        if not cands:
            return None
    score(cands)
    other, own = _other_language(group, docs, language)
    features = _features(group, docs, other)
    for s in cands:
        if s.doc in other and s.score > 0:
            s.score *= OTHER_LANGUAGE
        if s.doc in features and s.score > 0:
            s.score *= FEATURE
    cands = sorted(cands, key=lambda s: (-s.score, s.doc, s.pos))[:300]
    # scored with the rest (they are the story's words), but neither a bullet nor its opening:
    # a fact-check's claim, a timeline's past event, a prompt to the reader (``Sentence.aside``)
    cands = [s for s in cands if not s.aside] or cands
    headlines = Counter(t for d in {u.doc for u in group} for t in set(terms(docs[d].title)))
    first = opening([s for s in cands if s.doc not in other] or cands, headlines)
    if first is None and not any(u.whole for u in group):
        # Parts of a digest only: an item's first sentence, where a part starts a paragraph,
        # is that item's lead ("From the archive: twenty years ago this week, ..."), not the
        # sentence after it that leans on it ("One of them, now retired, told us ...").
        firsts = {id(u.sentences[0]) for u in group if u.opens and u.sentences}
        first = opening([s for s in cands if id(s) in firsts], headlines, every=True)
    # A section told in the briefing's language takes its bullets from its articles in it (a
    # reader of an English briefing cannot read the agency's Spanish service beside its English
    # report, fresh46's d1087); another language's sentence is a bullet only where nothing in
    # the briefing's language can be said (then weighed down, as in a story told in another).
    mine = [s for s in cands if s.doc not in other] if own else cands
    opener = first if first is None or first.doc not in other or mine is cands else None
    bullets = (
        select(mine, max_bullets, docs, lead=opener, parted=parted, behind=features) if mine else []
    )
    if not bullets and mine is not cands:
        bullets = select(cands, max_bullets, docs, lead=first, parted=parted, behind=features)
    if not bullets:
        return None
    whole = [u for u in group if u.whole]
    # A cited article cut into parts that all went to this story (no digest's) is as whole here
    # as an uncut one, its first part standing for it: a report cut where a newsletter matches
    # some of its sentences and a local report others titles its section, not a brief the
    # bullets never cite (fresh24's d571) nor a teaser's label beside it.
    cited = {i for b in bullets for i in b.source_ids}
    whole += {
        u.doc: u
        for u in reversed(group)
        if not u.whole and u.doc not in parted and not cited.isdisjoint(docs[u.doc].source_ids)
    }.values()
    if whole:
        # A headline in the language of the articles' texts (long enough to tell without a
        # model; asked only when a headline does not read as English) before one plainly in
        # another: a French local paper's headline above English bullets; a section told in
        # the briefing's language beside others' is titled in it, as its bullets are
        # (``_other_language``), though its headline has a wire desk's tag ("UPDATE 1-",
        # removed) and the other's none. Then a report's headline (or a version's: "UPDATE 2-",
        # "CORRECTED-": ``_genre``) before a genre's ("Analysis: a surplus that trading
        # partners will not ignore", "LIVE: ...") or a teaser's label ("Sanremo winner"): the
        # headline that tells the news names the section. Then one that lists no digest's
        # items, then the headline of the first bullet's article, then the most central.
        titles = [docs[u.doc].title for u in whole]
        odd = len(whole) > 1 and not all(reads_as(t, DEFAULT_LANGUAGE) for t in titles)
        told = [u for u in whole if u.doc not in other] or whole
        texts = " ".join(docs[u.doc].text for u in told)
        tongue = (
            base_language(language)
            if own and len(told) < len(whole)
            else article_language("", texts)
            if odd
            else ""
        )
        # the first bullet's own articles, not one cited for telling its fact in other words
        # (quoted in its own words: ``score.same_fact``), whose headline is its angle's
        lead = set(bullets[0].source_ids) - {e.source_id for e in bullets[0].evidence}
        rep = max(
            whole,
            key=lambda u: (
                not tongue or not headline_in_another_language(docs[u.doc].title, tongue),
                not _genre(docs[u.doc].title) and not _LIVE_TAIL.search(docs[u.doc].title),
                len(docs[u.doc].title.split()) >= _TOLD,
                not _lists(docs[u.doc].title),
                not lead.isdisjoint(docs[u.doc].source_ids),
                cos(u.vec, cen),
                -u.doc,
            ),
        )
        title = without_kicker(docs[rep.doc].title) or headline(bullets[0].text)
    elif (
        len(group) >= 2
        and len({u.doc for u in group}) == 1
        and any(s.lead for u in group for s in u.sentences)
    ):
        # A feature's parts joined again (``_feature_parts``), its lead among them: its own
        # headline names the section, not the first words of what it says first.
        title = without_kicker(docs[group[0].doc].title) or headline(bullets[0].text)
    elif (
        first is not None
        and first.lead
        and bullets[0].text == first.text
        and not _lists(docs[first.doc].title)
        and len(docs[first.doc].title.split()) >= _TOLD
        and not _genre(docs[first.doc].title)
        and _told_here(docs[first.doc], group, first.doc)
    ):
        # The section opens with an article's own lead, cut from the rest of it (a feature's
        # opening scene joined by another article's part): that article's headline tells what
        # its lead does ("Four generations and one trumpet: a Vranje family's Guča", not "In
        # the courtyard of a house"); a digest's, which lists its items, does not.
        title = without_kicker(docs[first.doc].title) or headline(bullets[0].text)
    else:
        # Parts of a digest have no headline of their own, and a part's first sentence may be
        # the end of the item before it: the title comes from what the section says first.
        title = headline(bullets[0].text)
    sources = {i for b in bullets for i in b.source_ids} | {
        i for u in group for i in docs[u.doc].source_ids
    }
    return _Story(group, bullets, sources, cands[0].score, (group[0].doc, 0), title)


# A digest's item line opens with its subject as a label: "Splott pool: Reopens Saturday after
# its new roof.", "Buses: The 61 is diverted ..." (a name, at most four words, then a colon); not
# a clause ("Why it matters:", "What we're watching:") nor a heading in capitals ("ONE NUMBER:").
_ITEM_LABEL = re.compile(r"^([A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3}):\s+\S")
_CLAUSE_WORDS = frozenset("why what how who when where which it its we we're you i is are".split())


def _item_line(text: str) -> bool:
    """Whether ``text`` is a digest's item line, its subject's label first (``_ITEM_LABEL``:
    "Sport: Hearts and Hibs both in cup action on Saturday; ..."), not a clause ("Why it
    matters: ...") nor a heading in capitals."""
    label = _ITEM_LABEL.match(text)
    name = label.group(1) if label else ""
    return bool(
        name
        and terms(name)
        and not _CLAUSE_WORDS.intersection(name.lower().split())
        and not name.isupper()
    )


def _items_alone(group: Sequence[Unit], parted: AbstractSet[int], beside: AbstractSet[int]) -> bool:
    """Whether ``group`` is parts of one digest alone (cut between stories: ``parted``), no
    other document's, while its other parts went with other documents' stories (``beside``):
    its one-line labelled items, each a paragraph of one sentence ("Sport: Hearts and Hibs both
    in cup action on Saturday; the derby draw is on Monday.", "Festival: the Tattoo adds a late
    performance ..."), are about things no article tells, and made a section of their own,
    titled by the first of them (fresh47's d1124). An item told in a paragraph of its own
    ("From the archive: forty years ago this week, ...", then the item's story) keeps its
    section, and a lone digest, whose every item is its own story, its items."""
    ds = {u.doc for u in group}
    if len(ds) != 1 or any(u.whole for u in group):
        return False
    (d,) = ds
    return d in parted and d in beside


def _items_of_other_things(
    cands: list[Sentence], group: list[Unit], docs: Sequence[Document], parted: AbstractSet[int]
) -> list[Sentence]:
    """``cands`` without a digest's item lines about another thing than the section's: a line
    of a document cut between stories (``parted``) that opens with its subject's label, none of
    whose words the section's other documents say (fresh46's d1100: a newsletter's "Splott
    pool: Reopens Saturday after its new roof." grouped, by "roof", with a market's doors closed
    for roof work, was a bullet of that section). A label they say ("Roath Park: The lake will
    be drained ...", beside the council's notice on the lake) keeps its line; so does every line
    when nothing else would be left."""
    others: dict[int, set[str]] = {}
    kept = []
    for s in cands:
        label = _ITEM_LABEL.match(s.text) if s.doc in parted else None
        name = label.group(1) if label else ""
        named = set(terms(name))
        if not named or _CLAUSE_WORDS.intersection(name.lower().split()) or name.isupper():
            kept.append(s)
            continue
        if s.doc not in others:
            others[s.doc] = {
                t
                for d in {u.doc for u in group} - {s.doc}
                for t in terms(f"{docs[d].title}\n{docs[d].text}")
            }
        if not others[s.doc] or named & others[s.doc]:
            kept.append(s)
    return kept or cands


def _told_here(doc: Document, group: Sequence[Unit], d: int) -> bool:
    """Whether ``doc``'s headline says something of its parts in ``group``, not only of its
    other parts: a newsletter whose headline names its second item ("Milwaukee council passes
    budget ...") while its first item, the bridge closure, leads this section names no section of
    the bridge; a feature's headline that names its opening scene's place ("Sjoa bridge closed,
    1,400 moved out ...", over "Arne Bakken has farmed on the flats below Sjoa ...") still does."""
    head = set(terms(doc.title))
    here = {t for u in group if u.doc == d for s in u.sentences for t in s.terms}
    return bool(head & here) or not head & set(terms(doc.text))


OTHER_LANGUAGE = 0.5
"""What a sentence's score is worth in a section most of whose articles are written in another
language (a local paper's Spanish report in a section of English wire copy): its news may still
be told, after what the section's own language says, and never as its opening."""


FEATURE = 0.5
"""What a sentence's score is worth in a section where it comes from a feature
(``other_event.is_feature``: a profile, a scene, an explainer, filed from nowhere and undated
in its opening) and a report tells the story beside it in the section's language: a briefing
tells the news, and a feature's scene ("At half past five in the morning they are lined up at
the door of the milking parlour ...") and biography ("The Haugens have farmed at Soknedal ...
for seven generations.", "Sunil, 61, has fished from this pole since he was seventeen.") come
after the reports' facts (fresh48's d1142 and d1150, two of five bullets and one of four). The
weight keeps a feature's lead from opening the section; ``select`` takes its sentences only
when the reports have no other left (``behind``): a scene, unlike the reports' next lines, says
words the bullets before it have not, and the bullets' diversity chose it."""


def _features(group: list[Unit], docs: Sequence[Document], other: AbstractSet[int]) -> set[int]:
    """The documents of ``group`` that are features (``is_feature``), when another document of
    it, in the section's language (not ``other``), is not one: a report tells the story. Not a
    page whose headline states a figure ("$18m for new Nelly Bay ferry terminal", "Indian firm
    to buy Appledore shipyard for £62m"): a local report filed without a dateline, whose lead
    names no one who said it, tells the news, and its headline's figure says so."""
    members = {u.doc for u in group}
    if len(members) < 2:
        return set()
    found = {
        d
        for d in members
        if d not in other
        and not any(c.isdigit() for c in docs[d].title)
        and is_feature(docs[d].title, docs[d].text, dated=docs[d].dated)
    }
    return found if members - found - set(other) else set()


def _other_language(
    group: list[Unit], docs: Sequence[Document], prefer: str = DEFAULT_LANGUAGE
) -> tuple[set[int], bool]:
    """The documents of a section written in another language than the one it is told in: the
    briefing's (``prefer``, English when none is set) when one of its articles is written in
    it (fresh44's d1040: an agency's English report beside its French service's and a French
    daily is told in English); else most of its articles' (by count, then by words). None
    when all share one, or when the section has one document. Plain English prose and an
    English teaser are told without a model (``plainly_english``). And whether the section is
    told in the briefing's language beside articles in another (then only its articles in it
    give bullets)."""
    members = {u.doc for u in group}
    if len(members) < 2:
        return set(), False  # no language to read: a one-article section never loads the model
    found = {
        d: DEFAULT_LANGUAGE
        if plainly_english(docs[d].title, docs[d].text)
        else article_language(docs[d].title, docs[d].text)
        for d in members
    }
    if len(set(found.values())) < 2:
        return set(), False
    count = Counter(found.values())
    words = Counter[str]()
    for d, language in found.items():
        words[language] += len(docs[d].text.split())
    want = base_language(prefer)
    main = (
        want
        if want in count
        else max(
            count,
            key=lambda language: (
                count[language],
                language == DEFAULT_LANGUAGE,
                words[language],
                language,
            ),
        )
    )
    return {d for d, language in found.items() if language != main}, main == want


def _short(doc: Document) -> bool:
    return word_count(doc.text) < 60


def _split_given_stories(docs: Sequence[Document], group: list[Unit]) -> list[list[Unit]]:
    """``group`` cut by the given stories of its whole documents: one group per story, in the
    order they first come, each fragment or unlabelled document in the one whose whole
    documents it is closest to (ties to the first). The clustering of the articles keeps
    apart different events on one topic (two earthquakes, two budget fights, two wildfires)
    with more evidence than the summarizer's word centroids have, which put them together."""
    labelled: dict[str, list[Unit]] = {}
    for unit in group:
        if unit.whole and (label := docs[unit.doc].story):
            labelled.setdefault(label, []).append(unit)
    if len(labelled) < 2:
        return [group]
    cens = [centroid(u.vec for u in units) for units in labelled.values()]
    parts: list[list[Unit]] = [[] for _ in labelled]
    for unit in group:
        label = docs[unit.doc].story if unit.whole else None
        if label in labelled:
            parts[list(labelled).index(label)].append(unit)
        else:
            sims = [cos(unit.vec, cen) for cen in cens]
            parts[sims.index(max(sims))].append(unit)
    return parts


def _join_given_stories(docs: Sequence[Document], groups: list[list[Unit]]) -> list[list[Unit]]:
    """Groups holding whole documents of one given story (``Document.story``, from the
    clustering of the articles) become one: a story is never split into several sections,
    and a group holding whole documents of several given stories is first cut by them
    (``_split_given_stories``): different stories are never one section.
    A digest's fragments (units that are not a whole document) do not join by their label;
    but fragments grouped with no whole document join their documents' story when that story
    has two or more documents and one of the fragments is of a document none of whose
    fragments went to another story's group: a long report or explainer cut into topical units
    is not a digest, and a digest's item grouped with a report's part is that report's story
    (a newsletter that leads with a fire, beside the wire's report cut after its lead). Nor is
    a document whose parts went to another story's group but none to its own story's: a colour
    piece that the clustering put with an angle piece, whose part on riders' numbers went to
    the reports of a metro line's opening, keeps its opening scene in its story's section
    (fresh17's d391 had a third section titled by that scene's first words, "At 5:25 on
    Saturday"); a digest speaks for its own story in a part of that story's group. A document
    whose parts went both to its own story's group and to another's is read as a digest only
    when its parts tell other things than its headline names (``_one_subject``): a local
    report on a town's water rationing, whose paragraph on the desalination plant went to a
    fog explainer's group, keeps its mayor's paragraph in its story (fresh22's d514). Before
    any of this, a part of an article that is no digest leaves another story's group for its
    own story's (``_pin_fragments``)."""
    groups = _pin_fragments(
        docs, [part for group in groups for part in _split_given_stories(docs, group)]
    )
    first: dict[str, int] = {}
    pairs = [
        (first.setdefault(label, g), g)
        for g, group in enumerate(groups)
        for unit in group
        if unit.whole and (label := docs[unit.doc].story)
    ]
    told = Counter(d.story for d in docs if d.story)
    wholes = [{docs[u.doc].story for u in group if u.whole} - {None} for group in groups]
    spans = {  # documents with a fragment in another story's group
        u.doc
        for group, labels in zip(groups, wholes, strict=True)
        for u in group
        if not u.whole and labels - {docs[u.doc].story}
    }
    voiced = {  # documents with a fragment in their own story's group
        u.doc
        for group, labels in zip(groups, wholes, strict=True)
        for u in group
        if not u.whole and docs[u.doc].story in labels
    }
    units_of: dict[int, dict[int, list[Unit]]] = {}  # doc -> group -> its units there
    for g, group in enumerate(groups):
        for u in group:
            units_of.setdefault(u.doc, {}).setdefault(g, []).append(u)

    digests: dict[int, bool] = {}

    def digest(d: int) -> bool:  # its parts tell other things than its headline's
        if d not in digests:
            digests[d] = not _one_subject(docs[d].title, list(units_of[d].values()))
        return digests[d]

    for g, (group, labels) in enumerate(zip(groups, wholes, strict=True)):
        own = {docs[u.doc].story for u in group}
        if labels or len(own) != 1 or all(u.doc in spans & voiced and digest(u.doc) for u in group):
            continue
        (label,) = own
        if label and told[label] >= 2:
            pairs.append((first.setdefault(label, g), g))
    pairs += _feature_parts(docs, groups, told)
    joined = join_groups(groups, pairs)
    return join_groups(joined, _enclosed_parts(docs, joined))


def _pin_fragments(docs: Sequence[Document], groups: list[list[Unit]]) -> list[list[Unit]]:
    """``groups`` with every part of an article that is no digest (its parts tell the one thing
    its headline names: ``_one_subject``) taken out of a group where another story's articles
    are, into its own story's group. The clustering of the articles told the two stories apart
    with more evidence than the words of one paragraph have: a Luxor balloon report's line
    "Egypt suspended all balloon flights" went to a Cappadocia balloon crash's section, a Sofia
    smog ruling's history to a Milan smog ruling's, an Ord mango feature's dam paragraph to a
    cashew price brief's (fresh12's d377, fresh13's d354, fresh23's d551). A digest's parts
    still go to the stories of its items; a headline word that the other stories' articles of
    its parts' groups say too is no sign of one subject (``_others_words``). A report whose
    parts all went to one other story's group is not moved back. A story's group is the one
    holding its articles and no other story's, a whole article of it first, then the most of
    its sentences; a part with no such group starts one. A group of parts only, of two
    stories' articles or more, is no story's group even when the other's is a digest: an island
    election wire's paragraph on its independents, grouped with a paragraph of the other
    election's wire, went to its own story's section, not a third one (fresh37's d889)."""
    parts: dict[int, dict[int, list[Unit]]] = {}  # doc -> group -> its units there
    for g, group in enumerate(groups):
        for u in group:
            parts.setdefault(u.doc, {}).setdefault(g, []).append(u)
    cut = set(parts) - {u.doc for group in groups for u in group if u.whole}
    own = [  # a digest's parts are no story's own
        d.story
        if k not in cut
        or _told_at_home(docs, groups, parts[k], k)
        or _led_at_length(docs, groups, parts[k], k)
        or _one_subject(
            d.title, list(parts[k].values()), _others_words(docs, [groups[g] for g in parts[k]], k)
        )
        else None
        for k, d in enumerate(docs)
    ]
    stories = [{k for u in group if (k := own[u.doc]) is not None} for group in groups]
    homes: dict[str, tuple[tuple[bool, int, int], int]] = {}
    for g, group in enumerate(groups):
        if len(stories[g]) != 1:
            continue
        (story,) = stories[g]
        key = (
            any(u.whole for u in group if own[u.doc] == story),
            sum(len(u.sentences) for u in group if own[u.doc] == story),
            -g,
        )
        if story not in homes or key > homes[story][0]:
            homes[story] = (key, g)
    # a group of parts only, of two stories' articles or more (a digest's among them): no
    # story's group, so a part of a report there goes to its own story's
    loose = [
        not any(u.whole for u in group) and len({docs[u.doc].story for u in group}) > 1
        for group in groups
    ]
    out: list[list[Unit]] = [[] for _ in groups]
    for g, group in enumerate(groups):
        for u in group:
            label = own[u.doc]
            if (
                u.whole
                or label is None
                or (len(stories[g]) < 2 and not (loose[g] and label in homes))
            ):
                out[g].append(u)
            elif label in homes:
                out[homes[label][1]].append(u)
            else:  # no group of its story's alone: its own
                homes[label] = ((False, 0, 0), len(out))
                out.append([u])
    return [group for group in out if group]


# A report most of whose sentences went to the groups of its own story's other articles
_AT_HOME = 0.75


def _told_at_home(
    docs: Sequence[Document], groups: list[list[Unit]], where: dict[int, list[Unit]], k: int
) -> bool:
    """Whether document ``k`` (its parts by group: ``where``) is a report of its story, not a
    digest: its story (from the clustering) has another article, and ``_AT_HOME`` of its
    sentences or more went to groups holding that story's whole articles. A wire report on one
    of two same-day floods, whose headline words the other flood's reports say too, keeps its
    paragraph on the dead children in its story's section, not a section of its own (fresh35's
    d833); a digest's items, each a paragraph, go to their own stories' groups, and so does a
    part that names what the other story's articles in its group name and its own story's
    other articles do not, however long the lead item before it (``_names_theirs``)."""
    story = docs[k].story
    if not story or sum(d.story == story for d in docs) < 2:
        return False
    sizes = {g: sum(len(u.sentences) for u in units) for g, units in where.items()}
    home = sum(
        n
        for g, n in sizes.items()
        if any(u.whole and u.doc != k and docs[u.doc].story == story for u in groups[g])
    )
    total = sum(sizes.values())
    if total == 0:
        return False
    away = [
        (units, groups[g])
        for g, units in where.items()
        if any(u.whole and docs[u.doc].story not in (story, None) for u in groups[g])
    ]
    if home >= _AT_HOME * total:
        # ... but not a newsletter led at length by the story, whose short item on another
        # story names that story's names ("Copper hit a record ... in London" with the copper
        # reports, under a mine collapse's long lead: review41's probe)
        return not any(_names_theirs(units, group, docs, k) for units, group in away)
    # Half of it at home, and what sits with another story names none of that story's names:
    # the Finnish mill strike's wire, whose conciliator's paragraph ("National conciliator Ville
    # Mäkelä said ...") went to the Uruguay meatpackers' group on "strike" and "union", is no
    # digest with a Uruguay item (fresh34's d809).
    return (
        home >= _HALF_HOME * total
        and bool(away)
        and all(_names_apart(units, group, docs, story) for units, group in away)
    )


_HALF_HOME = 0.5


def _led_at_length(
    docs: Sequence[Document], groups: list[list[Unit]], where: dict[int, list[Unit]], k: int
) -> bool:
    """Whether document ``k`` (its parts by group: ``where``) is a report that strayed, not a
    digest: the part that holds its lead holds ``_AT_HOME`` of its sentences or more, and what
    went elsewhere names none of the names another story's whole articles there write (a
    newsletter led at length by a mine collapse, whose item on copper names the copper reports'
    London: ``_names_theirs``). One wire's Ljubljana bus strike, grouped by the clustering with
    the city's local report, was cut after its first fourteen sentences, which went with the
    same wire's Osaka refuse strike (both "strike", "union", "pay", "city"), and its last
    sentence, on the next talks, with the Osaka report's labour ministry line; no headline word
    in that last sentence, it read as a digest, its lead stayed in the Osaka section unsaid and
    the Ljubljana section held that one line (fresh48's d1145)."""
    story = docs[k].story
    sizes = {g: sum(len(u.sentences) for u in units) for g, units in where.items()}
    total = sum(sizes.values())
    lead = next(
        (g for g, units in where.items() for u in units if u.sentences and u.sentences[0].pos == 0),
        None,
    )
    if not story or lead is None or total == 0 or sizes[lead] < _AT_HOME * total:
        return False
    return not any(
        _names_theirs(units, groups[g], docs, k) for g, units in where.items() if g != lead
    )


_CAPITAL = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]{2,}")


def _capitals(texts: Iterable[str], *, first: bool) -> set[str]:
    """The capitalised words of ``texts`` (lower case), with or without each one's first."""
    return {
        _POSSESSIVE.sub("", w.lower())
        for text in texts
        for w in _CAPITAL.findall(text)[0 if first else 1 :]
        if w[0].isupper()
    }


def _names_theirs(units: list[Unit], group: list[Unit], docs: Sequence[Document], k: int) -> bool:
    """Whether ``units`` (document ``k``'s parts in another story's ``group``) name something
    that the other story's whole articles write with a capital and the other articles of
    ``k``'s own story do not (a country both stories are in is neither's; not a day or a month:
    fresh33's d788), one such name when ``k``'s headline lists a digest's items, two when it
    tells one thing."""
    story = docs[k].story
    ours = _capitals(
        (d.text for j, d in enumerate(docs) if j != k and d.story == story), first=True
    )
    theirs = _capitals(
        (s.text for u in group if u.whole and docs[u.doc].story != story for s in u.sentences),
        first=True,
    )
    own = _capitals((s.text for u in units for s in u.sentences), first=False)
    # one name for a digest's headline ("Morning Brief: ..."), two under a headline of one
    # thing: a cave flood's report and a feature on the same cave's fish both name the cave
    # (fresh19's d444)
    return len(own & theirs - ours - _CALENDAR) >= (1 if _lists(docs[k].title) else 2)


# the days and months every story may name
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)


def _names_apart(
    units: list[Unit], group: list[Unit], docs: Sequence[Document], story: str
) -> bool:
    """Whether ``units`` (a document's parts in another story's ``group``) name something (a
    capitalised word past a sentence's first) and nothing the other story's whole articles
    write with a capital anywhere."""
    own = {
        w.lower()
        for u in units
        for s in u.sentences
        for w in _CAPITAL.findall(s.text)[1:]
        if w[0].isupper()
    }
    theirs = {
        w.lower()
        for u in group
        if u.whole and docs[u.doc].story != story
        for s in u.sentences
        for w in _CAPITAL.findall(s.text)
        if w[0].isupper()
    }
    return bool(own) and not own & theirs


def _others_words(docs: Sequence[Document], around: list[list[Unit]], k: int) -> set[str]:
    """The terms the other stories' whole articles say in ``around``, the groups where document
    ``k``'s parts are: a word of ``k``'s headline that they say too tells nothing of ``k`` being
    of one subject (a newsletter titled by its wildfire item, whose mine item says "evacuated"
    as the mine's reports do, review25's probe)."""
    story = docs[k].story
    return {
        t
        for group in around
        for u in group
        if u.whole and docs[u.doc].story != story
        for s in u.sentences
        for t in s.terms
    }


# A person named in full ("Hernán Urzúa") and then by surname alone ("Urzúa reminds ..."), and
# a paragraph that opens with a pronoun ("He still prints ..."), are a feature's, not a digest's.
_FULL_NAME = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+([A-Z][\w'’-]+)\b")
_POSSESSIVE = re.compile(r"['’]s$")
_WORD = re.compile(r"[\w'’-]+")
_PRONOUN_OPENING = re.compile(r"[\"“‘']?(?:He|She|They|His|Her|Their|It|Its)\b")


# A digest headlined by a phrase, not a label before a colon (review33's probes: lone digests
# that were one section under bcfee4b): a count of its items ("Five things to know before you
# vote", "Ten stories you may have missed"; not "Five generations of a family", "Ten years
# after the flood"); the day or week it is of, then "in" ("Today in the Senate", "The week in
# numbers"; not "A week in the life of a ferry crew"); a greeting ("Good morning, here is ...");
# an edition of a time ("Your Thursday evening update", "Our weekend reads"); the news of a
# place ("The news from the valley"); and a period with what a digest tells of it ("What
# happened in Lyon this week", "Ce qu'il faut retenir de la journée", "Das Wichtigste aus
# Leipzig am Mittwoch", "Lo que tienes que saber hoy", "O que saber hoje").
_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|deux|trois|quatre|cinq|dix|zwei|drei|vier|fünf|zehn|dos|tres|cuatro|cinco|diez"
    r"|dois|duas|três|quatro)"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PERIOD = (
    r"(?:today|tonight|yesterday|this\s+(?:week|weekend|month|morning|evening)|last\s+week"
    rf"|{_DAY}|journée|semaine|aujourd'hui|heute|woche|wochenende|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|hoy|semana|hoje|dia)"
)
_DIGEST_HEADLINE = re.compile(
    rf"^(?:the\s+|les\s+|die\s+|las\s+|los\s+|as\s+|os\s+)?{_NUMBER}\s+(?:[\w'’-]+\s+)?"
    r"(?:things|stories|headlines|takeaways|items|moments|reads|choses|infos|dinge"
    r"|nachrichten|cosas|noticias|coisas|notícias)\b"
    r"|^(?:today|tonight|yesterday|this\s+week|this\s+weekend)\s+in\b"
    r"|^(?:the|this|your|our)\s+(?:day|week|weekend|month|year|morning|evening)\s+in\b"
    r"|^good\s+(?:morning|afternoon|evening|night)\b"
    rf"|^(?:your|our|the)\s+(?:(?:{_DAY}|morning|afternoon|evening|night|daily|weekly|weekend"
    r"|midday|lunchtime)\s+)+(?:update|updates|reads|news|edition|briefing|catch-up|wrap)\s*$"
    r"|^(?:the\s+)?(?:latest\s+)?news\s+(?:from|in)\b"
    r"|\b(?:you\s+(?:may|might)\s+have\s+missed|to\s+start\s+your\s+day)\b",
    re.I,
)
_DIGEST_TELLS = re.compile(
    r"\b(?:what\s+happened|the\s+news|need\s+to\s+know|things\s+to\s+know|retenir"
    r"|l'essentiel|ce\s+qu'il\s+faut\s+savoir|wichtigste|nachrichten|que\s+saber"
    r"|las\s+noticias|o\s+que\s+saber|as\s+notícias)\b",
    re.I,
)
_PERIOD_WORD = re.compile(rf"\b{_PERIOD}\b", re.I)


def _reads_as_digest(title: str) -> bool:
    """Whether a headline is a digest's phrase (``_DIGEST_HEADLINE``), or names a period with
    what a digest tells of it ("What happened in Lyon this week")."""
    headline = without_kicker(title)
    return bool(_DIGEST_HEADLINE.search(headline)) or bool(
        _DIGEST_TELLS.search(headline) and _PERIOD_WORD.search(headline)
    )


def _headline_of_one_thing(title: str) -> bool:
    """Whether a headline tells one piece of news: four words or more (not a label, "Morning
    wrap"), listing no items, with no digest's label (``_lists``) and not a digest's phrase
    (``_reads_as_digest``). A digest is known by its headline; an article headlined as one
    thing is one story however its paragraphs wander."""
    return (
        len(without_kicker(title).split()) >= _TOLD
        and not _lists(title)
        and not _reads_as_digest(title)
    )


def _feature_parts(
    docs: Sequence[Document], groups: list[list[Unit]], told: Counter[str]
) -> list[tuple[int, int]]:
    """Pairs of groups that are parts of one feature: a document that is its story alone, cut
    by topic into parts that matched no other document (so each would be a section), whose
    headline tells one thing (``_headline_of_one_thing``) or all of whose parts say a word of
    its headline as a feature does (``_one_subject``), or whose parts name one person by surname
    (introduced once in full) or whose part opens with a pronoun (it goes on from the part
    before, and is of the person named in full). A lone digest is headlined as one ("Morning
    wrap", "Island notes: a move, a quarry, a plume"); its items name their own people and open
    with a name, so they keep their sections. A 600-word feature on a printer of Valparaíso had
    four ("The shop is at the top of a funicular", "He still prints his own Christmas cards",
    fresh17's d407); a winemaker's feature under Etna five, one per paragraph on ash, cellar
    costs and a shared tractor, none naming him or opening with "He", and a city-growth analysis
    whose every part says "city", as a digest's frame is said, three (fresh31's d726, d732)."""
    parts: dict[int, list[tuple[int, int]]] = {}  # doc -> (first paragraph, group) of its parts
    for g, group in enumerate(groups):
        ds = {u.doc for u in group}
        if len(ds) != 1 or any(u.whole for u in group):
            continue
        (d,) = ds
        story = docs[d].story
        if story is None or told[story] <= 1:
            para = min(s.para for u in group for s in u.sentences)
            parts.setdefault(d, []).append((para, g))
    pairs: list[tuple[int, int]] = []
    for d, found in parts.items():
        if len(found) < 2:
            continue
        found.sort()
        if _headline_of_one_thing(docs[d].title) or _one_subject(
            docs[d].title, [groups[g] for _, g in found]
        ):
            pairs += [(found[k - 1][1], found[k][1]) for k in range(1, len(found))]
            continue
        surnames = {
            _POSSESSIVE.sub("", last)
            for first, last in _FULL_NAME.findall(docs[d].text)
            if content_word(first) and content_word(last)
        }
        said = [  # the surnames each part says, as words ("Lind", not "Linden")
            surnames.intersection(
                _POSSESSIVE.sub("", w)
                for u in groups[g]
                for s in u.sentences
                for w in _WORD.findall(s.text)
            )
            for _, g in found
        ]
        named = next((j for j in range(len(found)) if said[j]), None)  # the person's first
        for k in range(1, len(found)):
            opening_text = min(
                (s for u in groups[found[k][1]] for s in u.sentences),
                key=lambda s: (s.para, s.pos),
            ).text
            pairs += [(found[j][1], found[k][1]) for j in range(k) if said[k] & said[j]]
            if _PRONOUN_OPENING.match(opening_text):  # it goes on from the part before, and
                pairs.append((found[k - 1][1], found[k][1]))  # of the person named in full
                if named is not None and named != k:
                    pairs.append((found[named][1], found[k][1]))
    return pairs


def _enclosed_parts(docs: Sequence[Document], groups: list[list[Unit]]) -> list[tuple[int, int]]:
    """Pairs that join a run of a document's parts, each alone in its group (no other
    document's unit there), to the group holding that document's parts on both sides of the
    run: what comes before and after it went to one story, so the paragraphs between are that
    story's too, however few words they share with it. A feature on a family band whose
    paragraph on its youngest member ("The youngest member, Amir, 16, is the drummer") sits
    between two parts that went with the festival's reports, a report on a city's beaches
    whose four middle paragraphs (fishermen, electricity, environmental groups, inland
    districts) each made a section titled by their first words (fresh28's d673, fresh27's
    d647). A digest's item lies between items of other stories, not between two parts of one
    group, so its items keep their sections; a page under a digest's label or a place's live
    page ("Morning wrap: ...", "Lisbon live: ...") joins none, as its entries go back and forth
    between stories. A feature's headline may list ("four generations, one trumpet, and a
    fourth title in sight"): commas do not keep its parts apart."""
    alone = {
        g
        for g, group in enumerate(groups)
        if len({u.doc for u in group}) == 1 and not any(u.whole for u in group)
    }
    placed: dict[int, list[tuple[int, int]]] = {}  # doc -> (first sentence's place, group)
    for g, group in enumerate(groups):
        for u in group:
            if not u.whole and u.sentences:
                placed.setdefault(u.doc, []).append((u.sentences[0].pos, g))
    pairs: list[tuple[int, int]] = []
    for d, found in placed.items():
        headline = without_kicker(docs[d].title)
        if _DIGEST_LABEL.search(headline) or _PLACE_LIVE.search(headline):
            continue
        order = [g for _, g in sorted(found)]
        for i, home in enumerate(order):
            j = next((j for j in range(i + 1, len(order)) if order[j] == home), i)
            if j > i + 1 and all(g in alone for g in order[i + 1 : j]):
                pairs += [(home, g) for g in order[i + 1 : j]]
    return pairs


_LIST = re.compile(r";|,(?!\s?\d)")  # not "5,000" nor the age of "Anglesey student, 19,"
# A digest's label before its headline's colon: "Ukraine war briefing: More Bradleys and Hawks
# in $322m US arms sale", "Morning wrap: ...", "The week in review: ...", "Aegean Morning
# Letter: ..." (a letter of a time of day or week, not an "Open letter: ..."); or before a comma
# and the day it is of ("Morning bulletin, Sunday 8 May, 7 a.m."); and a place's live page
# ("Lisbon live: taxi protest ...", whose entries tell the city's other news too; not "Watch
# live:", "Budget day live:" nor "Where they live:").
_DIGEST_LABEL = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:briefing|brief|briefs|wrap|wrap-up|roundup|round-up|digest"
    r"|newsletter|bulletin|catch-up|recap|review|headlines|need\s+to\s+know|at\s+a\s+glance"
    r"|(?:morning|evening|night|daily|weekly|weekend|sunday)\s+letter)\s*:"
    r"|^(?:[\w'’-]+\s+){0,3}(?:briefing|bulletin|digest|roundup|round-up|newsletter|headlines)"
    r"\s*,\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)",
    re.I,
)
# A place's live page: its capitalised name, then "live:" ("Lisbon live:", "Rio de Janeiro
# live:"), not an imperative's ("Watch live:").
_PLACE_LIVE = re.compile(
    r"^(?!(?:Watch|Listen|Follow|Stream|Read)\b)[A-Z][\w'’-]*(?:\s+(?:de|da|do|del|la|le)?\s*"
    r"[A-Z][\w'’-]*){0,2}\s+live\s*:"
)


def _lists(title: str) -> bool:
    """Whether a headline lists a digest's items ("The Culture Sheet: a Toronto prize for Lagos,
    the Booker six, Gaudi's last facade") or opens with a digest's label ("Morning wrap: ...")."""
    headline = without_kicker(title)
    return (
        len(_LIST.findall(headline)) >= 2
        or bool(_DIGEST_LABEL.search(headline))
        or bool(_PLACE_LIVE.search(headline))
    )


# Sentences of a document that say two of its headline's listed clauses together: a report's
# headline of one event and what followed ("Volcano erupts, thousands evacuated, airport shut")
_TOGETHER = 2
# Letters a word and a headline's word share to be one word: "evacuat" and "evacuation", as the
# stemmer reads them
_STEM = 5


def _items_told_together(title: str, parts: Sequence[list[Unit]]) -> bool:
    """Whether a headline that lists clauses with commas or semicolons is one report's, not a
    digest's: no digest's label or place's live page (``_DIGEST_LABEL``, ``_PLACE_LIVE``), and
    ``_TOGETHER`` sentences of the document's parts or more each say words of two of its
    clauses (after any label's colon), words only that clause has. A wire headlined
    "Guatemala's Fuego volcano erupts, thousands evacuated, airport shut" says the eruption
    and the evacuation in its lead, the airport and the city in another paragraph: one event
    and what followed, where a digest's items are each told in their own paragraphs (fresh36's
    d849 had its wire cut into three sections of their own, titled by their first words). A
    digest's table of contents ("In today's letter: turtles, coffee, runway") is one sentence."""
    headline = without_kicker(title)
    if _DIGEST_LABEL.search(headline) or _PLACE_LIVE.search(headline):
        return False
    clauses = [
        {t[:_STEM] for t in terms(clause) if len(t) > 3 and not t[0].isdigit()}
        for clause in _LIST.split(headline.rpartition(":")[2])
    ]
    clauses = [c for c in clauses if c]
    own = [
        c - set().union(*(o for j, o in enumerate(clauses) if j != i))
        for i, c in enumerate(clauses)
    ]
    together = 0
    for part in parts:
        for unit in part:
            for sentence in unit.sentences:
                said = {t[:_STEM] for t in sentence.terms}
                together += sum(1 for words in own if words & said) >= 2
    return together >= _TOGETHER


def _one_subject(
    title: str, parts: Sequence[list[Unit]], others: AbstractSet[str] = frozenset()
) -> bool:
    """Whether a document's parts tell the one thing its headline names: a word of its
    headline (four letters or more, no figure, no country's, language's or region's name) is
    said by two of its parts, and not by every one of three parts or more (a digest's frame:
    its city, its chamber, "Lisbon today: ..."); and the headline is one of four words or
    more (not a label: "The climate week"), lists no items (two commas or semicolons:
    "Morning wrap: ferry fire, chess, a flower") unless its sentences tell them together (a
    report's "Volcano erupts, thousands evacuated, airport shut": ``_items_told_together``)
    and opens with no digest's label before a colon ("Ukraine war briefing: ..."). A feature
    on families leaving their homes below a volcano says "Salem" in its opening scene and
    again in its evening one; a lone digest's headline words each belong to one item
    (review22's probes: a city's daily, a senate's five things, a week's climate news keep
    their items). A word of ``others`` (what other stories say) does not count."""
    headline = without_kicker(title)
    if _lists(title) and not _items_told_together(title, parts):
        return False
    if len(headline.split()) < _TOLD:  # a label ("The climate week"), not a headline
        return False
    heads = {
        w
        for w in terms(headline)  # the terms its sentences are read in
        if not w[0].isdigit()
        and len(w) > 3  # not "der", "las", "del": articles of the languages it has no list of
        and not is_place(w)
        and not is_region(w)
        and w not in others
    }
    if not heads:
        return False
    said: Counter[str] = Counter()
    for part in parts:
        said.update(heads.intersection(t for u in part for s in u.sentences for t in s.terms))
    # a word every one of three or more parts says is the digest's frame (its city, its
    # chamber), not its one subject
    return any(n >= 2 and (n < len(parts) or len(parts) < 3) for n in said.values())


def _budget(group: list[Unit], max_bullets: int) -> int:
    """Bullets a story gets: more outlets, more bullets (one article: two)."""
    return min(max_bullets, 1 + len({u.doc for u in group}))


def _stories(
    docs: Sequence[Document],
    max_bullets: int,
    limit: int,
    *,
    threshold: float = 0.2,
    language: str = DEFAULT_LANGUAGE,
) -> list[_Story]:
    # A teaser (a short text whose sentences all look like fragments) still speaks for its story.
    per_doc = [
        sentences_of(d, i) or (sentences_of(d, i, strict=False) if _short(d) else [])
        for i, d in enumerate(docs)
    ]
    if not any(per_doc):
        per_doc = [sentences_of(d, i, strict=False) for i, d in enumerate(docs)]
    weights = idf([[t for s in sents for t in s.terms] for sents in per_doc if sents])
    for sents in per_doc:
        for s in sents:
            s.vec = tf_idf(s.terms, weights)
    # A sentence keeps its place in its document (``Sentence.pos``), the position the walk's
    # restart favours (``score``): a long report cut into topical parts (``units``) does not
    # make each part's first sentence a second lead.
    all_units = units(per_doc, weights)
    groups = _join_given_stories(
        docs,
        [
            [all_units[i] for i in members]
            for members in reattach(all_units, cluster(all_units, threshold=threshold), threshold)
        ],
    )

    def size(group: list[Unit]) -> tuple[bool, int, int, int]:
        sources = {i for u in group for i in docs[u.doc].source_ids}
        weak = all(s.weak for u in group for s in u.sentences)
        told = sum(len(u.sentences) for u in group)
        return weak, -len({u.doc for u in group}), -len(sources), -told

    # A story told only in teaser fragments comes after every story with a real sentence; of
    # stories told by as many articles and sources, the one they say more about (in sentences)
    # comes first. These ordering keys are known before scoring (a story's sources are its
    # documents' source ids): stories ranked below the ``limit``-th on them cannot be shown.
    stories_of = Counter(doc for g in groups for doc in {u.doc for u in g})
    parted = {doc for doc, n in stories_of.items() if n > 1}  # a digest's, cut between stories
    beside = {u.doc for g in groups if len({v.doc for v in g}) > 1 for u in g}
    sizes = [size(g) for g in groups]
    last = max(sizes, default=(False, 0, 0, 0))
    cutoff = sorted(sizes)[limit - 1] if 0 < limit < len(sizes) else last
    stories = [
        story
        for group, key in zip(groups, sizes, strict=True)
        if key <= cutoff
        and (story := _story(group, docs, _budget(group, max_bullets), parted, language, beside))
        is not None
    ]
    stories.sort(key=lambda s: (*size(s.units), -s.best, s.first))
    return stories[:limit]


def summarize_documents(
    docs: Sequence[Document],
    *,
    max_sections: int = 10,
    max_bullets: int = 5,
    overview_sentences: int = 3,
    language: str = DEFAULT_LANGUAGE,
) -> BriefingDraft:
    """A briefing draft: one section per story, bullets quoted verbatim and cited; a story
    with an article in ``language`` (the briefing's) is told in it first."""
    stories = _stories(docs, max_bullets, max_sections, language=language)
    if not stories:
        why = "No articles were given." if not docs else "The articles had no usable sentences."
        return BriefingDraft(overview=f"{why} Nothing to summarize.", sections=[])
    picked: list[str] = []
    for rank in range(max_bullets):
        for story in stories:
            if len(picked) < overview_sentences and rank < len(story.bullets):
                picked.append(story.bullets[rank].text)
    sections = [Section(title=s.title, bullets=s.bullets) for s in stories]
    log.debug("extractive: %d documents -> %d sections", len(docs), len(sections))
    # a headline quoted as a teaser's bullet has no full stop: the overview gives it one
    ended = [t if SENTENCE_END.search(t) else t + "." for t in picked]
    return BriefingDraft(overview=" ".join(ended), sections=sections)
