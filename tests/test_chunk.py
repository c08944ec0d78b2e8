from __future__ import annotations

import datetime as dt
import itertools

import pytest
from conftest import UTF8_CHARS
from hypothesis import HealthCheck, given, settings, strategies as st

from briefing.chunk import _split, chunk_article, chunk_text
from briefing.models import Article
from briefing.text import split_paragraphs, split_sentences
from briefing.tokens import Tokenizer, tokenizer_for

TOK = tokenizer_for("gpt-4o")


VOCAB = ["the", "council", "voted", "on", "a", "new", "budget", "for", "schools", "and", "roads"]


def sentence(i: int, words: int = 8) -> str:
    body = " ".join(VOCAB[(i + j) % len(VOCAB)] for j in range(words - 2))
    return f"Item {i} {body}."


def paragraph(p: int, sentences: int) -> str:
    return " ".join(sentence(p * 100 + s) for s in range(sentences))


def stream(text: str) -> str:
    """The text without any whitespace: what every chunking must preserve, in order."""
    return "".join(text.split())


def assert_chunked(text: str, tok: Tokenizer, max_tokens: int, overlap: int = 0) -> list[str]:
    """Common invariants; returns the chunk texts."""
    spans = _split(text, tok, max_tokens, overlap)
    for span in spans:
        assert span.tokens == tok.count(span.text)
        assert span.tokens <= max_tokens
        assert span.text.endswith(span.new_text)
        assert span.new_text
    assert stream("".join(s.new_text for s in spans)) == stream(text)
    assert chunk_text(text, tok, max_tokens=max_tokens, overlap_tokens=overlap) == [
        s.text for s in spans
    ]
    return [s.text for s in spans]


# --- arguments -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("max_tokens", "overlap"), [(15, 0), (0, 0), (100, -1), (100, 50), (100, 60), (16, 8)]
)
def test_invalid_arguments(max_tokens: int, overlap: int) -> None:
    with pytest.raises(ValueError):
        chunk_text("Hello.", TOK, max_tokens=max_tokens, overlap_tokens=overlap)


def test_smallest_valid_arguments() -> None:
    assert chunk_text("Hello.", TOK, max_tokens=16, overlap_tokens=7) == ["Hello."]


def test_empty_text() -> None:
    assert chunk_text("  \n\n ", TOK, max_tokens=100) == []


# --- shapes ----------------------------------------------------------------------------------


def test_fits_in_one_chunk() -> None:
    text = "  First paragraph. Second sentence.\n\nSecond paragraph\nwith a line break.  \n"
    article = Article.create(
        title="T", text=text, source="x.txt", published_at=dt.datetime(2026, 11, 25, tzinfo=dt.UTC)
    )
    chunks = chunk_article(article, TOK, max_tokens=100, overlap_tokens=10)
    assert len(chunks) == 1
    assert chunks[0].text == text.strip()
    assert chunks[0].tokens == TOK.count(text.strip())
    assert chunks[0].article_id == article.id
    assert chunks[0].index == 0


def test_chunk_article_indexes_and_counts() -> None:
    text = "\n\n".join(paragraph(p, 3) for p in range(10))
    article = Article.create(title="T", text=text, source="x.txt")
    chunks = chunk_article(article, TOK, max_tokens=120)
    assert len(chunks) > 1
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(c.article_id == article.id and c.tokens == TOK.count(c.text) for c in chunks)


def test_paragraphs_are_packed_whole() -> None:
    paragraphs = [paragraph(p, 3) for p in range(12)]  # about 30 tokens each
    text = "\n\n".join(paragraphs)
    max_tokens = 70
    assert all(2 * TOK.count(p) + 1 <= max_tokens < 3 * TOK.count(p) for p in paragraphs)
    chunks = assert_chunked(text, TOK, max_tokens)
    assert len(chunks) > 1
    seen = [p for chunk in chunks for p in chunk.split("\n\n")]
    assert seen == paragraphs
    # Packed, not one per chunk: every chunk but the last holds two paragraphs here.
    assert all(chunk.count("\n\n") == 1 for chunk in chunks[:-1])


def test_large_paragraph_falls_back_to_sentences() -> None:
    text = paragraph(0, 40)
    sentences = split_sentences(text)
    assert TOK.count(text) > 200
    chunks = assert_chunked(text, TOK, 64)
    assert len(chunks) > 4
    seen = [s for chunk in chunks for s in split_sentences(chunk)]
    assert seen == sentences


def test_small_paragraph_after_a_split_one_starts_fresh_only_when_needed() -> None:
    text = paragraph(0, 30) + "\n\n" + paragraph(1, 1)
    chunks = assert_chunked(text, TOK, 64)
    assert chunks[-1].endswith(paragraph(1, 1))


def test_giant_sentence_is_split_between_words() -> None:
    words = [f"w{i}ord" for i in range(3000)]
    text = "Start " + " ".join(words)  # no sentence end anywhere
    chunks = assert_chunked(text, TOK, 50)
    assert len(chunks) > 20
    assert " ".join(chunks).split() == text.split()
    assert all(len(TOK.encode(chunk)) > 35 for chunk in chunks[:-1])  # still well packed


def test_giant_sentence_between_normal_ones() -> None:
    giant = "and " * 400 + "done."
    text = f"Before it. {giant.capitalize()} After it."
    chunks = assert_chunked(text, TOK, 40)
    assert chunks[0].startswith("Before it.")
    assert chunks[-1].endswith("After it.")
    assert " ".join(chunks).split() == text.split()


def test_giant_token_run_without_spaces() -> None:
    text = "abcdefghij" * 20_000
    chunks = assert_chunked(text, TOK, 500)
    assert "".join(chunks) == text
    assert len(chunks) >= TOK.count(text) // 500


def test_giant_run_inside_text_keeps_other_words_whole() -> None:
    run = "x9" * 3000
    text = f"A normal opening sentence. Then {run} and a normal ending."
    chunks = assert_chunked(text, TOK, 64)
    joined = " ".join(chunks)
    assert joined.startswith("A normal opening sentence. Then")
    assert joined.endswith("and a normal ending.")


@pytest.mark.parametrize(
    "text",
    [
        "日本語のテキストです。" * 500,  # CJK, no spaces
        "😀🎉👩‍👩‍👧‍👦🇫🇷" * 800,  # emoji, ZWJ sequences and flags
        "Ünïcödé façade naïve coöperate. " * 300,
        ("数据 " * 500) + ("مرحبا بالعالم " * 200),
    ],
)
def test_unicode_round_trip(text: str) -> None:
    chunks = assert_chunked(text, TOK, 32)
    assert len(chunks) > 1
    for chunk in chunks:
        assert "\ufffd" not in chunk
        chunk.encode("utf-8")  # no lone surrogates
    if " " not in text.strip():
        assert "".join(chunks) == text
    else:
        assert " ".join(chunks).split() == text.split()


def test_other_encoding() -> None:
    text = "\n\n".join(paragraph(p, 4) for p in range(10))
    assert_chunked(text, tokenizer_for("gpt-4"), 80)


# --- overlap ---------------------------------------------------------------------------------


def test_overlap_repeats_trailing_whole_sentences() -> None:
    text = "\n\n".join(paragraph(p, 6) for p in range(6))
    overlap = 30
    spans = _split(text, TOK, 100, overlap)
    all_sentences = set(split_sentences(text))
    repeated = 0
    for previous, span in itertools.pairwise(spans):
        prefix = span.text[: len(span.text) - len(span.new_text)].strip()
        if not prefix:
            continue
        repeated += 1
        assert previous.text.endswith(prefix)
        assert TOK.count(prefix) <= overlap
        assert all(s in all_sentences for p in split_paragraphs(prefix) for s in split_sentences(p))
    assert repeated >= len(spans) - 2
    assert stream("".join(s.new_text for s in spans)) == stream(text)
    assert " ".join(s.new_text for s in spans).split() == text.split()


def test_no_overlap_by_default() -> None:
    text = paragraph(0, 40)
    spans = _split(text, TOK, 64, 0)
    assert all(s.text == s.new_text for s in spans)


def test_overlap_never_repeats_a_whole_chunk() -> None:
    # The second paragraph fits a chunk alone but not after the first: it starts a new chunk,
    # and repeating "Short one." in front of it would repeat the whole first chunk.
    text = "Short one.\n\n" + paragraph(1, 5)
    assert TOK.count(text) > 52 >= TOK.count(paragraph(1, 5))
    spans = _split(text, TOK, 52, 25)
    assert [s.text for s in spans] == ["Short one.", paragraph(1, 5)]


def test_overlap_is_dropped_before_breaking_limits() -> None:
    text = " ".join(f"Sentence {'long ' * n}end." for n in (2, 3, 40, 3, 41, 2))
    assert_chunked(text, TOK, 48, 20)


# --- properties ------------------------------------------------------------------------------

_WORDS = st.one_of(
    st.sampled_from(["the", "Minister", "said", "3.5%", "U.S.", "Dr.", "e.g.", "“quoted”", "—"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ0123456789", min_size=1, max_size=12),
    st.text(alphabet="日本語中文한국어😀🎉éüß", min_size=1, max_size=8),
    st.text(UTF8_CHARS, min_size=1, max_size=6).filter(lambda s: not s.isspace()),
    st.builds(
        lambda c, n: c * n, st.sampled_from(["a", "ab", "日", "😀", "1"]), st.integers(1, 400)
    ),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", ". ", "! ", "? ", "\n", "\n\n", "  ", "\t", ".\n\n"])


# Made once: a strategy made inside ``texts`` is validated again on every draw (about 0.2 s of
# the test's 150 examples).
_PARTS = st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=0, max_size=300)


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(_PARTS)
    return "".join(word + sep for word, sep in parts)


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts(), max_tokens=st.integers(16, 120), overlap_fraction=st.floats(0, 0.49))
def test_limits_and_words_for_random_texts(
    text: str, max_tokens: int, overlap_fraction: float
) -> None:
    overlap = min(int(max_tokens * overlap_fraction), (max_tokens - 1) // 2)
    chunks = assert_chunked(text, TOK, max_tokens, overlap)
    if not text.strip():
        assert chunks == []
    if all(TOK.count(word) <= max_tokens for word in text.split()):
        spans = _split(text, TOK, max_tokens, overlap)
        assert " ".join(s.new_text for s in spans).split() == text.split()


@settings(max_examples=50, deadline=None)
@given(text=st.text(UTF8_CHARS, max_size=3000), max_tokens=st.integers(16, 64))
def test_limits_for_arbitrary_unicode(text: str, max_tokens: int) -> None:
    assert_chunked(text, TOK, max_tokens)
