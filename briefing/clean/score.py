"""A scored line classifier: the lines the regex rules miss, by how much they look like chrome.

The regex rules of ``briefing.clean`` are precise but only catch the wordings they were written
for. A line they keep is scored by the small predicates of ``clean.features`` (a prompt's verb,
you, we, interface words, a byline's opening, a greeting, separators, shortness, position,
capitalised words, credit and disclaimer words, the outlet's name, digits against). Each adds its
naive-Bayes log-odds (``WEIGHTS``: present, absent), fit by ``bench/fit_junk.py`` on the labelled
offline days and capped. A line goes when it scores ``DROP`` or more **and** at least
``MIN_SIGNALS`` of the features that say what a line is agree, so that no single one decides,
however short and late the line.

Some lines are never scored (``vetoed``): a line of more than 25 words (chrome is short), quote
marks or an attribution verb (reported speech is news), a dateline or a live blog's entry time,
an article's only line (a teaser is all its article has), a subhead between body lines (unless
three signals agree), a piece of a hard-wrapped paragraph, a list item. "You", "we" and an
imperative opening do not count as signals where the article's own long lines talk that way (a
service piece, first-person reporting). A line of several sentences goes whole only if its first
sentence would go on its own; otherwise it is news with perhaps a note glued on ("... killing 20
people. Follow our live page for updates."): its last sentence alone is scored and cut if it
passes ``CUT`` (fit to be at least ``DROP``) and is not in the voice of the sentences before it.

Same-day recurrence (wire copy shared by outlets) is not a feature: cleaning sees one article at
a time, and an article's id is the hash of its cleaned text, so a line's fate must not depend on
what else arrived that day (``clean.strip_recurring`` works on the day's articles together).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from briefing.clean.features import (
    FEATURES,
    MIN_SIGNALS,
    Line,
    addresses_reader,
    ends_sentence,
    features,
    interface_terms,
    names_outlet,
    page_voice,
    prompt_opening,
    signals,
    site_voice,
    speaks_as_i,
    ui_words,
)
from briefing.clean.notes import is_senders_promise, thanks_those_touched
from briefing.clean.shapes import item_text
from briefing.text import split_sentences

__all__ = [
    "CUT",
    "DROP",
    "WEIGHTS",
    "LineScorer",
    "article_lines",
    "drop_scored",
    "score",
    "vetoed",
]


_QUOTES = re.compile(r"[\"“”«»„]")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according|added|warned|urged|asked|announced|stated|wrote|confirmed"
    # a release's heading of the quotes under it: "Comments attributed to Minister <Name>:"
    r"|attribut(?:ed|able)\s+to)\b",
    re.I,
)

# A third party's act told in the past tense is news, however many interface words it holds ("The
# county weekly dropped its paywall this week, and subscribers will get refunds."): a subject of
# a determiner and up to four words, then one of the acts a news sentence reports, then more of
# the sentence; not in the page's own voice (``page_voice``, ``addresses_reader``: we, our, you).
_THIRD_PARTY_ACT = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4}?(?:dropped|scrapped|ended|abolished|introduced|raised"
    r"|lowered|cut|lifted|closed|shut|fined|banned|ruled|ordered|approved|rejected|voted|sued"
    r"|suspended|reinstated|reversed)\s+\S+(?:\s+\S+){2,}",
    re.I,
)

# A sentence that tells what a rule makes others do, framed by the rule ("Under the ruling, sites
# must let you refuse cookies as easily as you accept them."): news explaining a law, a ruling or a
# verdict, however much it says "you" and names an interface; a page's own notice never opens so
# (an offer's "Under this plan" is no rule: the frame names a law's or a court's act only).
_RULE_FRAME = re.compile(
    r"^(?:under|according\s+to)\s+(?:the|a|its|their|this|these|that)\s+(?:new\s+|draft\s+"
    r"|proposed\s+|revised\s+|court['’]s\s+|eu['’]?s?\s+)?(?:ruling|law|rules?|decision"
    r"|regulations?|directive|bill|order|judg(?:e)?ment|verdict|reform|decree|guidelines?"
    r"|treaty|settlement|proposal)\b[^,]{0,40},\s+\S+"
    # the same frame in other languages: "Según la sentencia, ...", "Selon la décision, ...",
    # "Nach dem Urteil ...", "Con la sentenza ...", "Segundo a decisão, ..."
    r"|^(?:seg[uú]n|con|de\s+acuerdo\s+con|selon|d['’]apr[eè]s|nach|gem[aä][sß]|laut"
    r"|secondo|in\s+base\s+a(?:lla|l)?|segundo|de\s+acordo\s+com|conforme)\s+"
    r"(?:la|el|le|les|los|las|dem|der|den|il|lo|a|o|as|os|l['’])\s*(?:nueva\s+|nouvelle?\s+"
    r"|neuen?\s+|nuova\s+|nova\s+)?(?:sentencia|ley|norma|normativa|decisi[oó]n|fallo"
    r"|reglamento|directiva|d[eé]cision|loi|r[eè]gle(?:ment)?|arr[eê]t|jugement|urteil"
    r"|gesetz|entscheidung|verordnung|richtlinie|regelung|sentenza|legge|decisione"
    r"|regolamento|direttiva|senten[cç]a|lei|decis[aã]o|regulamento|diretiva)\b",
    re.I,
)

# An appeal's or a service piece's how-to-reach-help line: a verb of contacting and then the
# reader's own office, carrier or bank ("Contact your village office, which will pass the
# information to our team.", "Check with your airline before travelling."): advice about a third
# party, not the page's prompt, which names the page or its newsroom ("Contact us", "Tell your
# friends about the Pages").
_CONTACT_YOURS = re.compile(
    r"^(?:please\s+)?(?:contact|call|phone|ring|ask|notify|inform|alert|tell|speak\s+(?:to|with)"
    r"|talk\s+to|check\s+with|report\s+(?:it|them|this|that|the\s+[\w'’-]+)\s+to)\s+your\s+"
    r"[\w'’-]+",
    re.I,
)
_ABOUT_US = re.compile(r"\b(?:about|us)\b", re.I)


def _contacts_yours(line: Line) -> bool:
    """Whether ``line`` sends its reader to their own office, carrier or bank
    (``_CONTACT_YOURS``), naming no interface, not the outlet and not the site."""
    return (
        bool(_CONTACT_YOURS.match(line.text))
        and not _ABOUT_US.search(line.text)
        and not (ui_words(line) or site_voice(line) or names_outlet(line))
    )


_MAX_WORDS = 25  # chrome is short: of the 207 lines the regex rules missed, one had over 20 words
# A line without a sentence end between two sentences is a subhead, unless three signals say it
# is chrome ("Have your say in the comments below").
_SUBHEAD_SIGNALS = 3
_LIST_ITEM = re.compile(r"^(?:[-*+•–]\s|\d{1,3}[.)]\s)")


def vetoed(line: Line) -> bool:
    """Never scored: a line of more than 25 words, quote marks, an attribution verb, a third
    party's act in the past tense (``_THIRD_PARTY_ACT``), what a rule makes others do, framed by
    the rule and not in the page's voice (``_RULE_FRAME``), a notice's sender saying where it
    will post its updates (``notes.is_senders_promise``), a notice thanking those it touched
    (``notes.thanks_those_touched``), a line sending the reader to their own office or carrier
    (``_contacts_yours``), a dateline or entry time, the only
    line, a subhead, a piece of a hard-wrapped paragraph, or an item of a list (the article's own
    structure: a service piece's steps)."""
    return (
        line.only
        or len(line.text.split()) > _MAX_WORDS
        or line.dated
        or (line.subhead and signals(line) < _SUBHEAD_SIGNALS)
        or line.wrapped
        or bool(_LIST_ITEM.match(line.text))
        or bool(_QUOTES.search(line.text))
        or bool(_ATTRIBUTION.search(line.text))
        or (
            bool(_THIRD_PARTY_ACT.match(line.text))
            and not (page_voice(line) or addresses_reader(line))
        )
        or (bool(_RULE_FRAME.match(line.text)) and not page_voice(line))
        or is_senders_promise(line.text)
        or thanks_those_touched(line.text)
        or _contacts_yours(line)
    )


# Fit by `python bench/fit_junk.py --write` on the labelled offline days of every part not in
# bench.data_parts.KEPT_ASIDE (log-odds when present, when absent; capped). Do not edit by hand.
# fmt: off
WEIGHTS: dict[str, tuple[float, float]] = {
    "prompt_opening": (+3.00, -0.22),
    "addresses_reader": (+2.94, -0.12),
    "page_voice": (+3.00, -0.15),
    "ui_words": (+3.00, -0.52),
    "byline_opening": (+2.51, -0.01),
    "greeting": (+1.54, -0.01),
    "separators": (+3.00, -0.13),
    "capitalised": (+3.00, -0.12),
    "credit_words": (+3.00, -0.22),
    "names_outlet": (+3.00, -0.19),
    "site_voice": (+3.00, -0.14),
    "disclaimer_words": (+1.50, -0.04),
    "no_final_punctuation": (+1.50, -0.45),
    "very_short": (+1.03, -0.78),
    "short": (+0.31, -2.11),
    "first_line": (-0.38, +0.08),
    "last_line": (+1.32, -1.13),
    "has_digit": (-1.14, +0.59),
}
DROP = 3.09
CUT = 4.34
# fmt: on


@dataclass(frozen=True)
class LineScorer:
    """Weights by feature name (present, absent), the score at which a line is dropped, and the
    (higher or equal) score at which a last sentence is cut from a line that stays: a sentence
    talking to the reader is chrome at a line's end less often than a whole such line is (a
    service piece's "Contact your tour operator, not the airline.")."""

    weights: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(WEIGHTS))
    drop: float = DROP
    cut: float = CUT
    min_signals: int = MIN_SIGNALS

    def score(self, line: Line) -> float:
        """The line's log-odds of being chrome (``-inf`` when vetoed)."""
        return score(line, self.weights)

    def passes(self, line: Line, threshold: float) -> bool:
        """Scores ``threshold`` or more, with at least ``min_signals`` signals of chrome."""
        return self.score(line) >= threshold and signals(line) >= self.min_signals


def score(line: Line, weights: dict[str, tuple[float, float]]) -> float:
    """Sum of each feature's weight, present or absent; ``-inf`` for a vetoed line."""
    if vetoed(line) or not weights:
        return -math.inf
    return sum(
        weights[f.__name__][0 if on else 1] for f, on in zip(FEATURES, features(line), strict=True)
    )


def _wrapped(texts: Sequence[str], ends: Sequence[bool], k: int) -> bool:
    """Whether line ``k`` continues the sentence of the line before it, or the next line
    continues its own: a line that starts in lower case after one that did not end a sentence."""

    def continues(j: int) -> bool:
        return 0 < j < len(texts) and not ends[j - 1] and texts[j][:1].islower()

    return continues(k) or continues(k + 1)


_VOICE_MIN_WORDS = 20  # a line longer than chrome ever is (of the study's 207, one)
_ADVICE_MIN_WORDS = 8
_ADVICE_LINES = 2  # other lines of advice that make a service piece


def _advice(line: Line) -> bool:
    """A sentence of advice to the reader, not the page's own prompt: it talks to the reader or
    opens with an imperative, in eight words or more, and names no interface and not the site
    ("Don't use a magnet on it: magnets can erase ...", "Contact your bank, not the shop."). A
    service piece is made of such lines; two of them beside a line make its reader's voice the
    article's own, as one long line does."""
    return (
        len(line.text.split()) >= _ADVICE_MIN_WORDS
        and (addresses_reader(line) or prompt_opening(line))
        and not (ui_words(line) or site_voice(line))
    )


def article_lines(
    texts: Sequence[str], *, outlets: tuple[str, ...], dated: Callable[[str], bool]
) -> list[Line]:
    """The ``Line`` of each of an article's non-empty lines ``texts``, in order (``only`` unset)."""
    ends = [ends_sentence(text) for text in texts]
    long = [len(text.split()) > _VOICE_MIN_WORDS for text in texts]
    you = [k for k, text in enumerate(texts) if long[k] and addresses_reader(Line(text=text))]
    advice = [k for k, text in enumerate(texts) if ends[k] and _advice(Line(text=text))]
    we = [k for k, text in enumerate(texts) if long[k] and page_voice(Line(text=text))]
    mine = [k for k, text in enumerate(texts) if ends[k] and speaks_as_i(text)]
    terms = [interface_terms(text) if long[k] else frozenset() for k, text in enumerate(texts)]
    return [
        Line(
            text=text,
            first=k == 0,
            last=k == len(texts) - 1,
            outlets=outlets,
            dated=dated(text),
            subhead=0 < k < len(texts) - 1 and not ends[k] and ends[k - 1] and ends[k + 1],
            wrapped=_wrapped(texts, ends, k),
            reader_voice=any(j != k for j in you) or sum(j != k for j in advice) >= _ADVICE_LINES,
            own_voice=any(j != k for j in we),
            writer_voice=any(j != k for j in mine),
            topic=frozenset().union(*(found for j, found in enumerate(terms) if j != k)),
        )
        for k, text in enumerate(texts)
    ]


def drop_scored(
    lines: list[str],
    keep: list[bool],
    *,
    outlets: tuple[str, ...],
    dated: Callable[[str], bool],
    scorer: LineScorer,
) -> None:
    """Drop (``keep[i] = False``) the kept lines that score ``scorer.drop`` or more, and cut a
    last sentence that scores ``scorer.cut`` on its own from a line that does not (``lines[i]``
    is shortened). Position comes from all non-empty lines, as written; a lone kept line is
    never dropped."""
    filled = [i for i, line in enumerate(lines) if line]
    kept = [i for i in filled if keep[i]]
    if not filled or (math.isinf(scorer.drop) and math.isinf(scorer.cut)):
        return
    # An item after an emoji bullet is scored as its words (a prompt's verb opens it, not 📲).
    items = {i: item_text(lines[i]) for i in filled}
    facts = dict(
        zip(
            filled,
            article_lines([items[i] for i in filled], outlets=outlets, dated=dated),
            strict=True,
        )
    )
    for i in kept:
        line = replace(facts[i], only=len(kept) == 1)
        sentences = split_sentences(items[i])
        first = replace(line, text=sentences[0], dated=dated(sentences[0])) if sentences else line
        tail = replace(line, text=sentences[-1], only=False, dated=dated(sentences[-1]))
        head = replace(line, text=" ".join(sentences[:-1]))
        # A line of several sentences goes whole only when its first sentence would go on its
        # own, or when all of it speaks in one voice, as the site or to the reader ("Rates were
        # correct when we checked. Booking through our links supports our writers."): "Polls
        # open at 7am on Thursday. You can find your polling station online." is news with
        # advice after it, however short and late the line.
        if scorer.passes(line, scorer.drop) and (
            len(sentences) < 2 or scorer.passes(first, scorer.drop) or _same_voice(head, tail)
        ):
            keep[i] = False
            continue
        if len(sentences) < 2:
            continue
        if _same_voice(head, tail):
            continue  # a service piece's advice, a first-person report: not a note glued on
        if (
            scorer.passes(tail, scorer.cut)
            and items[i] != lines[i]
            and _PROMO_HEAD.match(head.text)
        ):
            keep[i] = False  # "🎧 New on <podcast>: ... Listen wherever you get podcasts."
        elif scorer.passes(tail, scorer.cut) and not (len(filled) == 1 and _teaser_end(tail)):
            lines[i] = lines[i][: lines[i].rindex(sentences[-1])].rstrip()


# An emoji line that opens with a short label ("New on Signal & Noise: ...") and ends in a
# prompt is the page's promotion; one that reports ("... said it shot down 84 drones. Follow us
# ...") is news with the prompt glued on, and only the prompt goes.
_PROMO_HEAD = re.compile(
    r"^(?:new\s+(?:on|in|from)\b|out\s+now\b|live\s+now\b|now\s+(?:streaming|playing)\b|listen\b"
    r"|watch\b|episode\b|(?:[^\s:]+\s+){0,3}(?:podcast|video|show|episode|series)\b)[^:]{0,40}:\s",
    re.I,
)


def _teaser_end(tail: Line) -> bool:
    """Whether ``tail``, the last sentence of a text of one line, tells where the rest of the
    story is without asking anything of the reader ("Horizon Monaco wins 21 of 24 seats. Full
    results and reaction on our site."): a teaser (a radio flash, a feed's one-line item) is
    written whole, and its last clause is its own. A prompt ("Read more on our website."), a
    word to the reader or an interface's name is still cut, unless the clause only names the
    outlet's own website as the place of the story's full account ("Full results on our
    website.", "Complete coverage at our website.")."""
    if prompt_opening(tail) or addresses_reader(tail):
        return False
    return not ui_words(tail) or bool(_FULL_ACCOUNT.match(tail.text))


# the teaser's last clause: where its full account is, no verb ("Full results on our website.")
_FULL_ACCOUNT = re.compile(
    r"^(?:the\s+)?(?:full|complete|final)\s+(?:[\w'’-]+\s+){1,3}?(?:is\s+|are\s+)?(?:on|at)\s+"
    r"our\s+(?:web\s?)?site\s*[.!]?$",
    re.I,
)


def _same_voice(head: Line, tail: Line) -> bool:
    """Whether the sentences before ``tail`` talk to the reader, or as "we", as it does."""
    return any(f(head) and f(tail) for f in (addresses_reader, page_voice))
