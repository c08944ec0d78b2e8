"""Token-aware chunking: split an article's text into pieces of at most ``max_tokens`` tokens.

The splitting prefers the largest natural unit that fits::

    paragraphs  packed whole while they fit in the current chunk
    sentences   when a paragraph alone is larger than a chunk
    words       when a sentence alone is larger than a chunk (split at whitespace)
    tokens      when a single "word" is larger than a chunk (decoded on UTF-8 boundaries)

Every piece is counted once (sentences exactly, smaller pieces exactly when they are made) and
chunk sizes are estimated by adding the counts up; each finished chunk is then counted exactly
and shrunk if the estimate was short by the token or two that joins can cost.

With ``overlap_tokens``, each chunk after the first begins with the trailing whole sentences of
the previous chunk that fit in that many tokens, so a fact split across a boundary is seen whole.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from briefing.models import Article, Chunk
from briefing.text import split_paragraphs, split_sentences
from briefing.tokens import Tokenizer

__all__ = ["MIN_MAX_TOKENS", "chunk_article", "chunk_text"]

MIN_MAX_TOKENS = 16

_WORD = re.compile(r"\S+")
_PARAGRAPH_JOIN = "\n\n"
# Estimated cost of each joiner: a space merges into the next token, a blank line is one token.
_JOIN_COST = {"": 0, " ": 0, _PARAGRAPH_JOIN: 1}


@dataclass(frozen=True, slots=True)
class _Piece:
    """The smallest unit a chunk is built from: a sentence, or a fragment of a long one."""

    text: str
    tokens: int
    joiner: str  # what joins it to the previous piece: "\n\n", " " or "" (inside a word, or
    # after a Chinese or Japanese full stop)
    whole: bool  # a complete sentence (only those are repeated as overlap)
    para: int


@dataclass(frozen=True, slots=True)
class _Span:
    """One chunk: its text, exact token count, and the part that is not overlap."""

    text: str
    tokens: int
    new_text: str


class _Counter:
    """Exact counts through the tokenizer, remembering the last long text it encoded.

    A huge run without sentence or word breaks is at once the text, its only sentence and its
    only word; remembering its encoding avoids tokenizing megabytes three times.
    """

    _LONG = 4096  # characters

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._last: tuple[str, list[int]] = ("", [])

    def encode(self, text: str) -> list[int]:
        if len(text) < self._LONG:
            return self.tokenizer.encode(text)
        if self._last[0] != text:
            self._last = (text, self.tokenizer.encode(text))
        return self._last[1]

    def count(self, text: str) -> int:
        if len(text) < self._LONG:
            return self.tokenizer.count(text)
        return len(self.encode(text))


def _validate(max_tokens: int, overlap_tokens: int) -> None:
    if max_tokens < MIN_MAX_TOKENS:
        raise ValueError(f"max_tokens must be at least {MIN_MAX_TOKENS}, got {max_tokens}")
    if overlap_tokens < 0 or 2 * overlap_tokens >= max_tokens:
        raise ValueError(
            f"overlap_tokens must be >= 0 and less than half of max_tokens ({max_tokens}), "
            f"got {overlap_tokens}"
        )


def chunk_text(
    text: str, tokenizer: Tokenizer, *, max_tokens: int, overlap_tokens: int = 0
) -> list[str]:
    """Split ``text`` into chunks of at most ``max_tokens`` tokens (see the module docstring)."""
    return [span.text for span in _split(text, tokenizer, max_tokens, overlap_tokens)]


def chunk_article(
    article: Article, tokenizer: Tokenizer, *, max_tokens: int, overlap_tokens: int = 0
) -> list[Chunk]:
    """Chunk an article's text; ``Chunk.tokens`` is the exact count of each chunk's text."""
    spans = _split(article.text, tokenizer, max_tokens, overlap_tokens)
    return [
        Chunk(article_id=article.id, index=i, text=span.text, tokens=span.tokens)
        for i, span in enumerate(spans)
    ]


def _split(text: str, tokenizer: Tokenizer, max_tokens: int, overlap_tokens: int) -> list[_Span]:
    _validate(max_tokens, overlap_tokens)
    stripped = text.strip()
    if not stripped:
        return []
    counter = _Counter(tokenizer)
    total = counter.count(stripped)
    if total <= max_tokens:
        return [_Span(stripped, total, stripped)]
    pieces = _pieces(stripped, counter, max_tokens)
    return _pack(pieces, counter, max_tokens, overlap_tokens)


# --- Pieces ---------------------------------------------------------------------------------


def _pieces(text: str, counter: _Counter, max_tokens: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    for p_index, paragraph in enumerate(split_paragraphs(text)):
        end = 0
        for s_index, sentence in enumerate(split_sentences(paragraph)):
            # a Chinese or Japanese full stop ends a sentence with no space after it
            at = paragraph.find(sentence, end)
            joined = s_index > 0 and at == end
            end = at + len(sentence) if at >= 0 else end
            joiner = _PARAGRAPH_JOIN if s_index == 0 else ("" if joined else " ")
            count = counter.count(sentence)
            if count <= max_tokens:
                pieces.append(_Piece(sentence, count, joiner, True, p_index))
                continue
            for f_index, (fragment, f_count, glue) in enumerate(
                _split_sentence(sentence, counter, max_tokens)
            ):
                pieces.append(
                    _Piece(fragment, f_count, joiner if f_index == 0 else glue, False, p_index)
                )
    return pieces


def _split_sentence(
    sentence: str, counter: _Counter, max_tokens: int
) -> Iterator[tuple[str, int, str]]:
    """Fragments of a too-long sentence as ``(text, tokens, glue to the previous fragment)``.

    Whole words are packed using token positions from one encoding of the sentence; each fragment
    is then counted exactly and shortened (by binary search) if the estimate was short.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    if len(words) == 1:
        first = True
        for piece, count in _split_word(sentence, counter, max_tokens):
            yield piece, count, " " if first else ""
            first = False
        return

    # Byte offsets of tokens and words: cheap to compute, exact enough to estimate with.
    lengths = _token_byte_lengths(counter.tokenizer)
    token_starts = [0, *itertools.accumulate(map(lengths.__getitem__, counter.encode(sentence)))]
    token_starts.pop()
    if sentence.isascii():
        word_starts = [start for start, _ in words]
        word_ends = [end for _, end in words]
    else:
        word_starts, word_ends = [], []
        position = 0  # characters
        byte_position = 0
        for start, end in words:
            byte_position += len(sentence[position:start].encode("utf-8"))
            word_starts.append(byte_position)
            byte_position += len(sentence[start:end].encode("utf-8"))
            word_ends.append(byte_position)
            position = end

    a = 0
    while a < len(words):
        first_token = max(0, bisect.bisect_right(token_starts, word_starts[a]) - 1)
        if first_token + max_tokens >= len(token_starts):
            b = len(words)
        else:
            b = bisect.bisect_right(word_ends, token_starts[first_token + max_tokens])
        b = max(b, a + 1)
        fragment = sentence[words[a][0] : words[b - 1][1]]
        count = counter.count(fragment)
        if count > max_tokens:
            b, fragment, count = _largest_fitting(sentence, words, a, b, counter, max_tokens)
        if b == a:  # one word longer than a chunk
            word = sentence[words[a][0] : words[a][1]]
            for i, (piece, piece_count) in enumerate(_split_word(word, counter, max_tokens)):
                yield piece, piece_count, " " if i == 0 else ""
            a += 1
            continue
        yield fragment, count, " "
        a = b


@lru_cache(maxsize=4)
def _token_byte_lengths(tokenizer: Tokenizer) -> list[int]:
    """The length in bytes of every token of an encoding (0 for ids that are not tokens)."""
    encoding = tokenizer.encoding
    lengths = []
    for token in range(encoding.n_vocab):
        try:
            lengths.append(len(encoding.decode_single_token_bytes(token)))
        except KeyError:
            lengths.append(0)
    return lengths


def _largest_fitting(
    sentence: str,
    words: list[tuple[int, int]],
    a: int,
    b: int,
    counter: _Counter,
    max_tokens: int,
) -> tuple[int, str, int]:
    """The largest ``b' < b`` whose words ``a:b'`` fit, with its text and count (``a`` if none)."""
    lo, hi = a, b - 1  # invariant: words a:lo fit (trivially for lo == a); a:hi+1 does not
    best_text, best_count = "", 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        text = sentence[words[a][0] : words[mid - 1][1]]
        count = counter.count(text)
        if count <= max_tokens:
            lo, best_text, best_count = mid, text, count
        else:
            hi = mid - 1
    return lo, best_text, best_count


def _decode_strict(counter: _Counter, ids: list[int]) -> str | None:
    """The text of ``ids``, or None when the window cuts a UTF-8 character."""
    try:
        return counter.tokenizer.encoding.decode_bytes(ids).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _split_word(word: str, counter: _Counter, max_tokens: int) -> Iterator[tuple[str, int]]:
    """Split a run without whitespace on token boundaries that are also character boundaries."""
    count = counter.count(word)
    if count <= max_tokens:
        yield word, count
        return
    ids = counter.encode(word)
    i = 0
    while i < len(ids):
        j = min(i + max_tokens, len(ids))
        piece: str | None = None
        while j > i:
            piece = _decode_strict(counter, ids[i:j])
            if piece is not None:
                count = counter.count(piece)
                if count <= max_tokens:
                    break
            piece = None
            j -= 1
        if piece is None:  # one character spans more tokens than the window: take it whole
            j = i + 1
            while (piece := _decode_strict(counter, ids[i:j])) is None:
                j += 1
            count = counter.count(piece)
        yield piece, count
        i = j


# --- Packing --------------------------------------------------------------------------------


def _render(pieces: list[_Piece], a: int, b: int) -> str:
    return pieces[a].text + "".join(p.joiner + p.text for p in pieces[a + 1 : b])


def _pack(
    pieces: list[_Piece], counter: _Counter, max_tokens: int, overlap_tokens: int
) -> list[_Span]:
    # cumulative[i] = estimated tokens of pieces[:i] including each piece's joiner.
    cumulative = [0, *itertools.accumulate(p.tokens + _JOIN_COST[p.joiner] for p in pieces)]

    def estimate(a: int, b: int) -> int:
        return cumulative[b] - cumulative[a] - _JOIN_COST[pieces[a].joiner]

    # A paragraph that fits in a chunk on its own is one unit (split only if the exact count of
    # a chunk holding it alone disagrees with the estimate).
    para_end: dict[int, int] = {}
    para_start: dict[int, int] = {}
    for i, piece in enumerate(pieces):
        para_start.setdefault(piece.para, i)
        para_end[piece.para] = i + 1

    def group_end(i: int) -> int:
        para = pieces[i].para
        if para_start[para] == i and estimate(i, para_end[para]) <= max_tokens:
            return para_end[para]
        return i + 1

    spans: list[_Span] = []
    prev_start = 0
    pos = 0
    while pos < len(pieces):
        start = pos
        if spans and overlap_tokens:
            while (
                start - 1 > prev_start
                and pieces[start - 1].whole
                and estimate(start - 1, pos) <= overlap_tokens
            ):
                start -= 1
        end = pos
        while end < len(pieces):
            nxt = group_end(end)
            if estimate(start, nxt) <= max_tokens:
                end = nxt
            elif end > pos:
                break
            elif start < pos:
                start += 1  # make room for new text by repeating less
            else:
                end += 1  # unreachable: a single piece always fits
        text = _render(pieces, start, end)
        count = counter.count(text)
        while count > max_tokens and (end - pos > 1 or start < pos):
            if end - pos > 1:
                end -= 1
            else:
                start += 1
            text = _render(pieces, start, end)
            count = counter.count(text)
        spans.append(_Span(text, count, _render(pieces, pos, end)))
        prev_start, pos = start, end
    return spans
