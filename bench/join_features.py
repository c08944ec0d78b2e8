"""The features of a learned join of lone pieces: "does this lone piece belong to that story of
the same day?", asked after ``briefing.cluster`` has grouped the day (measured by
``bench/eval_joins.py``; not in the package: it did not meet its bar, see docs/BENCHMARKS.md,
"A learned join for lone pieces").

After ``briefing.cluster`` has grouped a day, an article still on its own (a *lone piece*) is
scored against every story of two or more articles of that day with a logistic regression over
cheap, general features (:data:`FEATURE_NAMES`): its cosine to the story's centroid and to its
nearest member, the capitalised names it shares with the story (accents and case folded; a
name in another language's inflection by a common prefix of five letters), the rare words and
figures it shares, its headline's overlap with the story's headlines, whether it is written in
another language than the story, the day's shape (the story's size and share of the day, how
many stories and lone pieces) and the piece's own shape (length, questions). The piece joins
the story it scores highest against when that probability reaches the model's threshold.

The features and the join are here; the weights are fitted, and evaluated part by part, held
out, by ``bench/eval_joins.py``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.features import Vector, centroid, content_word, cos, terms
from briefing.language import article_language
from briefing.models import Article
from briefing.story_names import figures

__all__ = [
    "FEATURE_NAMES",
    "JoinModel",
    "Piece",
    "candidate_features",
    "day_pieces",
    "join_lone",
    "probability",
]

FEATURE_NAMES: tuple[str, ...] = (
    "cos_centroid",
    "cos_nearest",
    "cos_head_nearest",
    "cos_margin",
    "best_cos_group",
    "names_shared",
    "names_share",
    "names_prefix_only",
    "rare_shared",
    "terms_share",
    "figures_shared",
    "head_overlap",
    "head_in_story",
    "language_differs",
    "group_size",
    "group_share",
    "groups",
    "lone_pieces",
    "largest_group",
    "piece_words",
    "questions",
    "head_names_own",
    "names_own_share",
    "cos_lone_sibling",
)
"""The features of one (lone piece, story) candidate, in the order the weights read them."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LOWER = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_PREFIX = 5  # letters two inflected forms of one name share ("Warszawa", "Warszawie")


def _fold(word: str) -> str:
    """``word`` lower-cased with its accents taken off ("Łódź" is "łodz", "İzmir" "izmir")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _names(text: str, lower: frozenset[str]) -> frozenset[str]:
    """The capitalised words of ``text`` (three letters or more, folded) that the day never
    writes in lower case: the names of who and where."""
    out: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group(0).rstrip("'’-")
        if len(word) < 3 or not word[0].isupper() or word.isupper():
            continue
        if word.lower() in lower or content_word(word) is None:  # "Why", "The": no names
            continue
        out.add(_fold(re.sub(r"['’]s$", "", word)))
    return frozenset(out)


@dataclass(frozen=True)
class Piece:
    """What the features read of one article of the day."""

    names: frozenset[str]
    head_names: frozenset[str]
    prefixes: frozenset[str]
    terms: frozenset[str]
    head_terms: frozenset[str]
    figures: frozenset[float]
    language: str
    words: int
    questions: int


def _piece(art: Article, lower: frozenset[str]) -> Piece:
    names = _names(f"{art.title}\n{art.text}", lower)
    head = {t for w in _WORD.findall(art.title) if (t := content_word(w)) is not None}
    return Piece(
        names=names,
        head_names=_names(art.title, lower),
        prefixes=frozenset(n[:_PREFIX] for n in names if len(n) >= _PREFIX),
        terms=frozenset(t for t in terms(f"{art.title}\n{art.text}") if len(t) > 2),
        head_terms=frozenset(head),
        figures=frozenset(figures(art.text)),
        language=article_language(art.title, art.text),
        words=len(_WORD.findall(art.text)),
        questions=art.title.count("?")
        + sum(1 for line in art.text.splitlines() if line.rstrip().endswith("?")),
    )


def day_pieces(arts: Sequence[Article]) -> list[Piece]:
    """Each article of the day read once (the day's lower-case words make its names)."""
    lower = frozenset(_LOWER.findall(" ".join(a.text for a in arts)))
    return [_piece(a, lower) for a in arts]


def candidate_features(
    piece: int,
    group: Sequence[int],
    groups: Sequence[Sequence[int]],
    pieces: Sequence[Piece],
    mixed: Sequence[Vector],
    heads: Sequence[Vector],
    centroids: dict[int, Vector] | None = None,
) -> list[float]:
    """The features (:data:`FEATURE_NAMES`) of lone article ``piece`` against story ``group``
    (indices into the day's articles; ``groups`` are all the day's stories, lone ones too)."""
    me = pieces[piece]
    cents = centroids if centroids is not None else {}

    def cent(g: Sequence[int]) -> Vector:
        key = min(g)
        if key not in cents:
            cents[key] = centroid(mixed[i] for i in g)
        return cents[key]

    big = [g for g in groups if len(g) >= 2]
    c_here = cos(mixed[piece], cent(group))
    others = [cos(mixed[piece], cent(g)) for g in big if min(g) != min(group)]
    best_other = max(others, default=0.0)
    nearest = max(cos(mixed[piece], mixed[j]) for j in group)
    sibling = max(
        (cos(mixed[piece], mixed[g[0]]) for g in groups if len(g) == 1 and g[0] != piece),
        default=0.0,
    )
    head_nearest = max(cos(heads[piece], heads[j]) for j in group)

    members = [pieces[j] for j in group]
    g_names = frozenset().union(*(m.names for m in members))
    g_prefixes = frozenset().union(*(m.prefixes for m in members))
    shared = me.names & g_names
    prefix_only = {n for n in me.names - shared if len(n) >= _PREFIX and n[:_PREFIX] in g_prefixes}
    g_terms = frozenset().union(*(m.terms for m in members))
    inside = set(group) | {piece}
    outside: Counter[str] = Counter()
    for k, p in enumerate(pieces):
        if k not in inside:
            outside.update(p.terms)
    rare = {t for t in me.terms & g_terms if outside[t] == 0}
    g_heads = [m.head_terms for m in members]
    head_overlap = max(
        (len(me.head_terms & h) / len(me.head_terms | h) for h in g_heads if me.head_terms | h),
        default=0.0,
    )
    head_in = len(me.head_terms & g_terms) / len(me.head_terms) if me.head_terms else 0.0

    def matched(name: str) -> bool:
        return name in g_names or (len(name) >= _PREFIX and name[:_PREFIX] in g_prefixes)

    head_own = [n for n in me.head_names if not matched(n)]
    own = [n for n in me.names if not matched(n)]
    languages = Counter(m.language for m in members)
    n_day = len(pieces)
    return [
        c_here,
        nearest,
        head_nearest,
        c_here - best_other,
        1.0 if c_here >= best_other else 0.0,
        math.log1p(len(shared)),
        len(shared) / len(me.names) if me.names else 0.0,
        math.log1p(len(prefix_only)),
        math.log1p(len(rare)),
        len(me.terms & g_terms) / len(me.terms) if me.terms else 0.0,
        math.log1p(len(me.figures & frozenset().union(*(m.figures for m in members)))),
        head_overlap,
        head_in,
        0.0 if languages.most_common(1)[0][0] == me.language else 1.0,
        math.log(len(group)),
        len(group) / n_day,
        math.log(len(big)),
        math.log1p(sum(1 for g in groups if len(g) == 1)),
        1.0 if len(group) >= max(len(g) for g in groups) else 0.0,
        math.log1p(me.words),
        math.log1p(me.questions),
        math.log1p(len(head_own)),
        len(own) / len(me.names) if me.names else 0.0,
        sibling,
    ]


@dataclass(frozen=True)
class JoinModel:
    """A logistic regression over :data:`FEATURE_NAMES` (raw scale) and the probability at or
    above which a lone piece joins its best story."""

    bias: float
    weights: tuple[float, ...]
    threshold: float


def probability(model: JoinModel, features: Sequence[float]) -> float:
    z = model.bias + sum(w * x for w, x in zip(model.weights, features, strict=True))
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def join_lone(
    groups: Sequence[Sequence[int]],
    arts: Sequence[Article],
    mixed: Sequence[Vector],
    heads: Sequence[Vector],
    model: JoinModel,
    pieces: Sequence[Piece] | None = None,
) -> list[list[int]]:
    """``groups`` with each lone article joined to the story of two or more articles it scores
    highest against, when its probability reaches ``model.threshold``. Every piece is scored
    against the stories as they were before any join: the result does not depend on order."""
    if not any(len(g) == 1 for g in groups) or not any(len(g) >= 2 for g in groups):
        return [list(g) for g in groups]
    read = list(pieces) if pieces is not None else day_pieces(arts)
    cents: dict[int, Vector] = {}
    big = [g for g in groups if len(g) >= 2]
    joins: dict[int, list[int]] = {}
    for g in groups:
        if len(g) != 1:
            continue
        scored = [
            (probability(model, candidate_features(g[0], s, groups, read, mixed, heads, cents)), k)
            for k, s in enumerate(big)
        ]
        p, k = max(scored, key=lambda pk: (pk[0], -pk[1]))
        if p >= model.threshold:
            joins.setdefault(k, []).append(g[0])
    out = [sorted([*s, *joins.get(k, [])]) for k, s in enumerate(big)]
    out += [list(g) for g in groups if len(g) == 1 and not any(g[0] in j for j in joins.values())]
    out += [list(g) for g in groups if not g]
    return out
