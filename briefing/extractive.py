"""An extractive multi-document news summarizer: the offline stand-in for the LLM.

It fills the same ``BriefingDraft`` an LLM would, from the articles' own sentences:

1. **Units.** Each document is split into sentences (``briefing.text.split_sentences``); junk
   (bylines, meta notes, URLs, headings, fragments) is dropped. A long document is cut into
   topical segments (TextTiling: a boundary where the words before and after a gap stop
   overlapping), so one digest article can feed several stories.
2. **Stories.** Units are clustered by TF-IDF cosine against running story centroids (in input
   order, so the result is deterministic), then clusters whose centroids are close are merged.
3. **Scores.** Within a story a sentence scores by closeness to the story centroid, LexRank-style
   centrality, a lead-position prior, and how many documents carry it.
4. **Selection.** Maximal marginal relevance picks bullets; a near-duplicate of a chosen sentence
   from another document is not repeated but its document is cited too.
5. **Order and titles.** Stories are ordered by the number of sources, then score; each is titled
   with its most central whole article's headline, or a short phrase from its top sentence.

Every bullet is a sentence taken verbatim from a cited document. Pure functions, no randomness:
ties are broken by document order and sentence position.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.models import BriefingDraft, Bullet, Document, Notes, Section
from briefing.text import split_sentences

__all__ = ["extract_notes", "lead3", "sentences_of", "summarize_documents", "textrank"]

log = logging.getLogger(__name__)

Vector = dict[str, float]

_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours said says say told according one two
    new last first year years week day days time mr mrs ms per cent percent monday tuesday
    wednesday thursday friday saturday sunday
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*")
_SCALE_WORDS = {"m": "million", "bn": "billion", "k": "thousand", "tn": "trillion"}
_NUM_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s?(m|bn|k|tn)\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+")
_TERMINAL = re.compile(r"""[.!?…]['"’”)\]]*$""")
_QUOTES = "\"'“‘’”«"
_DATELINE = re.compile(r"^[^.!?]{0,60}?\((?:[A-Z][A-Za-z&. ]{1,25})\)\s*[-–—]+\s*")
_ID_MARKER = re.compile(r"\s*\[([A-Za-z0-9_,;\s-]+)\]\s*$")
_BULLET_MARK = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_JUNK = re.compile(
    r"could not (?:independently )?(?:confirm|verify)|could not independent confirm|"
    r"did not (?:immediately )?respond to (?:a )?requests? for comment|"
    r"(?:was|were) not immediately available for comment|declined to comment|"
    r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|^by [A-Z]|"
    r"\b(?:sign up|subscribe|newsletter|click here|read more|follow us|all rights reserved|"
    r"copyright|cookies?|advertisement|getty images)\b",
    re.I,
)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
    r"shall|do|does|did|said|says|told|\w+ed|\w+es|\w+s)\b"
)
_ANAPHORA = re.compile(
    r"^(?:he|she|they|it|this|these|those|that|but|and|however|also|meanwhile|the attacks?)\b", re.I
)
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|according|wrote|writes|asked)\b", re.I)


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def terms(text: str) -> list[str]:
    """Content-word stems of ``text``; "$322m" gives "322" and "million"."""
    text = _NUM_SCALED.sub(lambda m: f"{m.group(1)} {_SCALE_WORDS[m.group(2).lower()]}", text)
    out: list[str] = []
    for word in _WORD.findall(text):
        low = word.lower()
        if low in _STOPWORDS or (len(low) < 2 and not low.isdigit()):
            continue
        out.append(low.replace(",", "") if low[0].isdigit() else _stem(low))
    return out


# --- Sentences ------------------------------------------------------------------------------


@dataclass
class Sentence:
    """A candidate sentence: ``text`` is verbatim from document ``doc`` (index in the input)."""

    text: str
    doc: int
    pos: int
    terms: list[str]
    cite: list[str]
    vec: Vector = field(default_factory=dict)
    score: float = 0.0


def _lines_to_paragraphs(text: str) -> list[str]:
    """Paragraphs, keeping heading-like lines apart and joining hard-wrapped lines."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        widest = max(len(line) for line in lines)
        wrapped = (
            len(lines) >= 3
            and widest <= 100
            and all(len(line) >= 0.6 * widest for line in lines[:-1])
        )
        current = lines[0]
        for line in lines[1:]:
            joins = not _TERMINAL.search(current) and not _BULLET_MARK.match(line)
            if joins and (wrapped or line[0].islower()):
                current += " " + line
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _clean(sentence: str) -> str:
    sentence = _BULLET_MARK.sub("", sentence, count=1)
    return _DATELINE.sub("", sentence, count=1).strip()


def _is_junk(text: str) -> bool:
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if len(words) < 6 or len(words) > 90 or not letters:
        return True
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return True
    if _URL.search(text) or _JUNK.search(text) or not _TERMINAL.search(text):
        return True
    if text[0].islower() or text.rstrip(_QUOTES + ")]").endswith(":"):
        return True
    if text[0] in _QUOTES and (len(words) < 10 or not _ATTRIBUTION.search(text)):
        return True
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return True
    opens = re.search(r"(?:^|\s)['‘]", text)
    closes = re.search(r"[.,!?]['’](?:\s|$)", text)
    if bool(opens) != bool(closes):
        return True
    return not _VERBISH.search(text)


def sentences_of(doc: Document, index: int = 0, *, strict: bool = True) -> list[Sentence]:
    """The usable sentences of one document, in order (junk dropped when ``strict``)."""
    out: list[Sentence] = []
    allowed = set(doc.source_ids)
    for para in _lines_to_paragraphs(doc.text):
        for raw in split_sentences(para):
            text = _clean(raw)
            cite = list(doc.source_ids)
            marker = _ID_MARKER.search(text)
            if marker:
                ids = [i for i in re.split(r"[,;\s]+", marker.group(1)) if i]
                if ids and set(ids) <= allowed:
                    cite = ids
                    text = text[: marker.start()].rstrip()
            bad = _is_junk(text) if strict else (len(text.split()) < 3 or bool(_URL.search(text)))
            if bad:
                continue
            out.append(Sentence(text, index, len(out), terms(text), cite))
    return out


# --- Vectors --------------------------------------------------------------------------------


def _idf(bags: Sequence[Iterable[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    n = len(bags)
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def _vector(words: Iterable[str], idf: dict[str, float]) -> Vector:
    counts = Counter(words)
    vec = {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _cos(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _centroid(vectors: Iterable[Vector], top: int = 60) -> Vector:
    total: Counter[str] = Counter()
    for vec in vectors:
        total.update(vec)
    best = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    norm = math.sqrt(sum(v * v for _, v in best)) or 1.0
    return {t: v / norm for t, v in best}


def _pagerank(sim: list[list[float]], *, damping: float = 0.85, iters: int = 40) -> list[float]:
    n = len(sim)
    if n == 0:
        return []
    out_sum = [sum(row) for row in sim]
    rank = [1.0 / n] * n
    for _ in range(iters):
        new = [(1.0 - damping) / n] * n
        for i, row in enumerate(sim):
            if out_sum[i] == 0:
                share = damping * rank[i] / n
                new = [x + share for x in new]
                continue
            for j, w in enumerate(row):
                if w:
                    new[j] += damping * rank[i] * w / out_sum[i]
        rank = new
    return rank


# --- Segmentation and story clustering ------------------------------------------------------


@dataclass
class _Unit:
    doc: int
    sentences: list[Sentence]
    vec: Vector
    whole: bool


def _segments(
    sents: list[Sentence], idf: dict[str, float], others: list[Vector], *, window: int = 2
) -> list[list[int]]:
    """Cut a document where its topic changes; over-cutting is repaired by ``_reattach``.

    Two signals: TextTiling (the words of the ``window`` sentences either side of a gap barely
    overlap) and a change of the other document that a sentence matches best, which is what
    finds the stories of a digest that other articles also cover.
    """
    n = len(sents)
    if n < 5:
        return [list(range(n))]
    labels: list[int] = []
    for s in sents:
        sims = [_cos(s.vec, o) for o in others]
        best = max(range(len(sims)), key=lambda j: (sims[j], -j), default=-1)
        labels.append(best if best >= 0 and sims[best] >= 0.1 else -1)
    gaps = [0.0]
    for g in range(1, n):
        left = _vector([t for s in sents[max(0, g - window) : g] for t in s.terms], idf)
        right = _vector([t for s in sents[g : g + window] for t in s.terms], idf)
        gaps.append(_cos(left, right))
    gaps.append(1.0)
    cuts: list[int] = []
    last = labels[0]
    for g in range(1, n):
        here = labels[g]
        steady = g + 1 < n and labels[g + 1] == here
        topical = here >= 0 and last >= 0 and here != last and steady
        topical = topical and _cos(others[here], others[last]) < 0.2
        if here >= 0:
            last = here
        valley = gaps[g] <= min(gaps[g - 1] if g > 1 else 1.0, gaps[g + 1])
        lexical = n >= 15 and valley and gaps[g] < 0.06 and (not cuts or g - cuts[-1] >= 2)
        if lexical or topical:
            cuts.append(g)
    bounds = [0, *cuts, n]
    return [list(range(a, b)) for a, b in itertools.pairwise(bounds) if b > a]


def _units(per_doc: list[list[Sentence]], idf: dict[str, float]) -> list[_Unit]:
    doc_vecs = [_vector([t for s in sents for t in s.terms], idf) for sents in per_doc]
    units: list[_Unit] = []
    for d, sents in enumerate(per_doc):
        if not sents:
            continue
        others = [v for j, v in enumerate(doc_vecs) if j != d]
        segs = _segments(sents, idf, others)
        for seg in segs:
            chosen = [sents[i] for i in seg]
            vec = _vector([t for s in chosen for t in s.terms], idf)
            units.append(_Unit(d, chosen, vec, whole=len(segs) == 1))
    return units


def _reattach(units: list[_Unit], clusters: list[list[int]], threshold: float) -> list[list[int]]:
    """Give a document's fragments that found no other document back to its neighbour's story.

    A fragment stays a story of its own (a digest item no one else covers) only if it is at
    least three sentences long and not close to the neighbouring fragment's story.
    """
    home = {u: c for c, members in enumerate(clusters) for u in members}
    docs_in = [{units[u].doc for u in members} for members in clusters]
    for u, unit in enumerate(units):
        c = home[u]
        if docs_in[c] != {unit.doc}:
            continue
        neighbours = [v for v in (u - 1, u + 1) if 0 <= v < len(units) and units[v].doc == unit.doc]
        near = {home[v] for v in neighbours if home[v] != c and len(docs_in[home[v]]) > 1}
        wide = {t for t in range(len(clusters)) if t != c and len(docs_in[t] - {unit.doc}) > 0}
        if not wide:
            continue
        centroids = {t: _centroid(units[i].vec for i in clusters[t]) for t in sorted(wide)}
        best = max(centroids, key=lambda t: (_cos(unit.vec, centroids[t]), -t))
        sim = _cos(unit.vec, centroids[best])
        short_tail = len(unit.sentences) <= 2 and best in near
        if sim >= 0.5 * threshold or short_tail:
            clusters[c].remove(u)
            clusters[best].append(u)
            home[u] = best
            docs_in[best].add(unit.doc)
    out = [sorted(members) for members in clusters if members]
    whole_docs = {
        d
        for d in {u.doc for u in units}
        if sum(1 for m in out if any(units[i].doc == d for i in m)) == 1
    }
    for unit in units:
        unit.whole = unit.doc in whole_docs
    return out


def _cluster(units: list[_Unit], *, threshold: float) -> list[list[int]]:
    """Greedy centroid clustering in input order, then merging of close clusters."""
    clusters: list[list[int]] = []
    centroids: list[Vector] = []
    for u, unit in enumerate(units):
        best, best_sim = -1, threshold
        for c, cen in enumerate(centroids):
            sim = _cos(unit.vec, cen)
            if sim >= best_sim and not (best >= 0 and sim == best_sim):
                best, best_sim = c, sim
        if best < 0:
            clusters.append([u])
            centroids.append(dict(unit.vec))
        else:
            clusters[best].append(u)
            centroids[best] = _centroid(units[i].vec for i in clusters[best])
    merged = True
    while merged:
        merged = False
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                if _cos(centroids[a], centroids[b]) >= threshold:
                    clusters[a] += clusters.pop(b)
                    centroids.pop(b)
                    centroids[a] = _centroid(units[i].vec for i in clusters[a])
                    merged = True
                    break
            if merged:
                break
    return [sorted(c) for c in clusters]


# --- Scoring and selection -----------------------------------------------------------------


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _near_duplicate(a: Sentence, b: Sentence) -> bool:
    sa, sb = set(a.terms), set(b.terms)
    if not sa or not sb:
        return a.text == b.text
    overlap = len(sa & sb) / min(len(sa), len(sb))
    return _jaccard(sa, sb) >= 0.55 or (overlap >= 0.85 and min(len(sa), len(sb)) >= 5)


def _may_cite(bullet: Sentence, other: Sentence, docs: Sequence[Document]) -> bool:
    """Cite ``other``'s document for ``bullet`` only if it states the bullet's numbers too."""
    numbers = set(_NUMBER.findall(bullet.text))
    return numbers <= set(_NUMBER.findall(docs[other.doc].text))


def _score(cands: list[Sentence], centroid: Vector, lead_weight: float) -> None:
    sim = [[0.0] * len(cands) for _ in cands]
    for i, a in enumerate(cands):
        for j in range(i + 1, len(cands)):
            w = _cos(a.vec, cands[j].vec)
            if w >= 0.08:
                sim[i][j] = sim[j][i] = w
    ranks = _pagerank(sim)
    top = max(ranks, default=1.0) or 1.0
    for i, (s, r) in enumerate(zip(cands, ranks, strict=True)):
        support = len({c.doc for c, w in zip(cands, sim[i], strict=True) if w > 0.5} | {s.doc})
        s.score = (
            0.5 * _cos(s.vec, centroid)
            + 0.25 * (r / top)
            + lead_weight / math.sqrt(1 + s.pos)
            + 0.05 * min(support, 4)
            - (0.15 if _ANAPHORA.match(s.text) else 0.0)
        )


def _select(
    cands: list[Sentence], k: int, docs: Sequence[Document], *, mmr: float = 0.7
) -> list[Bullet]:
    chosen: list[Sentence] = []
    cites: list[list[str]] = []
    pool = sorted(cands, key=lambda s: (-s.score, s.doc, s.pos))
    while pool and len(chosen) < k:
        best = max(
            pool,
            key=lambda s: (
                mmr * s.score - (1 - mmr) * max((_cos(s.vec, c.vec) for c in chosen), default=0),
                -s.doc,
                -s.pos,
            ),
        )
        pool.remove(best)
        ids = list(best.cite)
        for other in [s for s in cands if s is not best]:
            if _near_duplicate(best, other):
                if other in pool:
                    pool.remove(other)
                if _may_cite(best, other, docs):
                    ids += [i for i in other.cite if i not in ids]
        for prev, prev_ids in zip(chosen, cites, strict=True):
            if _near_duplicate(best, prev):
                prev_ids += [i for i in ids if i not in prev_ids]
                break
        else:
            if all(_cos(best.vec, c.vec) < 0.45 for c in chosen):
                chosen.append(best)
                cites.append(ids)
    return [Bullet(text=s.text, source_ids=ids) for s, ids in zip(chosen, cites, strict=True)]


def _headline(text: str, limit: int = 10) -> str:
    words = text.split()
    cut = words[:limit]
    head = " ".join(cut).rstrip(_QUOTES + ".,;:!?)–—-")
    return head + ("…" if len(words) > limit else "")


@dataclass
class _Story:
    units: list[_Unit]
    bullets: list[Bullet]
    sources: set[str]
    best: float
    first: tuple[int, int]
    title: str


def _stories(docs: Sequence[Document], max_bullets: int, *, threshold: float = 0.2) -> list[_Story]:
    per_doc = [sentences_of(d, i) for i, d in enumerate(docs)]
    if not any(per_doc):
        per_doc = [sentences_of(d, i, strict=False) for i, d in enumerate(docs)]
    idf = _idf([[t for s in sents for t in s.terms] for sents in per_doc if sents])
    for sents in per_doc:
        for s in sents:
            s.vec = _vector(s.terms, idf)
    units = _units(per_doc, idf)
    for unit in units:
        for p, s in enumerate(unit.sentences):
            s.pos = p
    stories: list[_Story] = []
    for members in _reattach(units, _cluster(units, threshold=threshold), threshold):
        group = [units[i] for i in members]
        centroid = _centroid(u.vec for u in group)
        cands = [s for u in group for s in u.sentences[:12]]
        _score(cands, centroid, lead_weight=0.3)
        cands = sorted(cands, key=lambda s: (-s.score, s.doc, s.pos))[:300]
        bullets = _select(cands, max_bullets, docs)
        if not bullets:
            continue
        whole = [u for u in group if u.whole]
        if whole:
            rep = max(whole, key=lambda u: (_cos(u.vec, centroid), -u.doc))
            title = docs[rep.doc].title.strip() or _headline(bullets[0].text)
        else:
            leads = [u.sentences[0] for u in group]
            title = _headline(max(leads, key=lambda s: (s.score, -s.doc)).text)
        sources = {i for b in bullets for i in b.source_ids} | {
            i for u in group for i in docs[u.doc].source_ids
        }
        stories.append(_Story(group, bullets, sources, cands[0].score, (group[0].doc, 0), title))
    stories.sort(key=lambda s: (-len({u.doc for u in s.units}), -len(s.sources), -s.best, s.first))
    return stories


def summarize_documents(
    docs: Sequence[Document],
    *,
    max_sections: int = 8,
    max_bullets: int = 4,
    overview_sentences: int = 3,
) -> BriefingDraft:
    """A briefing draft: one section per story, bullets quoted verbatim and cited."""
    stories = _stories(docs, max_bullets)[:max_sections]
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
    return BriefingDraft(overview=" ".join(picked), sections=sections)


def extract_notes(docs: Sequence[Document], *, per_doc: int = 4) -> Notes:
    """The top ``per_doc`` sentences of each document (document order), duplicates merged."""
    notes: list[Bullet] = []
    all_sents = [sentences_of(d, i) or sentences_of(d, i, strict=False) for i, d in enumerate(docs)]
    idf = _idf([[t for s in sents for t in s.terms] for sents in all_sents if sents])
    seen: list[Sentence] = []
    for sents in all_sents:
        for s in sents:
            s.vec = _vector(s.terms, idf)
        if not sents:
            continue
        _score(sents, _centroid(s.vec for s in sents), lead_weight=0.3)
        for bullet in _select(sents, per_doc, docs):
            sent = next(s for s in sents if s.text == bullet.text)
            dup = next((i for i, p in enumerate(seen) if _near_duplicate(sent, p)), None)
            if dup is None:
                seen.append(sent)
                notes.append(bullet)
            else:
                ids = notes[dup].source_ids
                ids += [i for i in bullet.source_ids if i not in ids]
    return Notes(notes=notes)


# --- Baselines for evaluation --------------------------------------------------------------


def lead3(docs: Sequence[Document]) -> list[str]:
    """LEAD-3 for several documents: the first three sentences of each, round robin."""
    per_doc = [[s.text for s in sentences_of(d, i)] for i, d in enumerate(docs)]
    return [sents[k] for k in range(3) for sents in per_doc if k < len(sents)]


def textrank(docs: Sequence[Document], n: int) -> list[str]:
    """TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap similarity, top ``n``."""
    sents = [s for i, d in enumerate(docs) for s in sentences_of(d, i)]
    words = [set(s.text.lower().split()) for s in sents]
    sim = [[0.0] * len(sents) for _ in sents]
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            denom = math.log(len(words[i]) + 1) + math.log(len(words[j]) + 1)
            overlap = len(words[i] & words[j])
            if overlap and denom:
                sim[i][j] = sim[j][i] = overlap / denom
    ranks = _pagerank(sim)
    order = sorted(range(len(sents)), key=lambda i: (-ranks[i], i))
    return [sents[i].text for i in order[:n]]
