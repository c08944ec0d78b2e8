"""The labelled set of ``bench/faithfulness.py``: clean bullets and corrupted ones, by type.

Articles: ``bench/data/eval/*.txt`` (one story per file, keys ``c1a`` …) and ``examples/``
(read with ``briefing.ingest``; keys ``wire1``…, ``agg1``…, ``bbc``, ``markets``).

Clean bullets: every source sentence of eight words or more (cited to its article), and the
paraphrases written by hand in ``bench/data/faithfulness/paraphrases.txt``. Corrupted bullets are
made from the clean ones by fixed rules (no randomness: ``zlib.crc32`` picks), one per type where
the rule applies:

- ``number``: one number changed (to another number of the same article, or shifted by ~30%);
- ``entity``: one name swapped for another name of the story (one in three written in lower
  case: "camana" for "Camana");
- ``negation``: a negation added after an auxiliary or a past-tense verb, or removed;
- ``date``: a weekday, month or year changed;
- ``speaker``: the person or body a statement is attributed to swapped for another speaker of
  the story;
- ``citation``: the bullet cited to another article of the same story that states none of it
  (no sentence of that article shares half of the bullet's content words);
- ``clause``: a clause from a sentence of another story appended;
- ``direction`` (not in the issue's list; a mistake models make with markets and tolls): a
  verb or adjective of change turned the other way ("rose" for "fell", "higher" for "lower").

Every story is in one split: ``tune`` (used to tune the checks) or ``held`` (kept aside; see
the ``[story] split`` lines of paraphrases.txt).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.evidence import sentences_of
from briefing.features import terms
from briefing.ground import name_found
from briefing.ingest import ingest
from briefing.models import Article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
PARAPHRASES = DATA / "faithfulness" / "paraphrases.txt"
EXAMPLE_KEYS = {
    "aggregator-page.txt#": "agg",
    "wire.jsonl#": "wire",
    "bbc-style-article.html": "bbc",
    "markets.md": "markets",
}
TYPES = ("number", "entity", "negation", "date", "speaker", "citation", "clause", "direction")
CLEAN = ("source", "paraphrase")


@dataclass(frozen=True)
class Item:
    story: str
    split: str
    kind: str  # "source", "paraphrase" or a corruption type
    text: str
    cites: tuple[str, ...]  # article keys
    origin: str = ""  # the clean bullet a corruption was made from


@dataclass(frozen=True)
class Labelled:
    articles: dict[str, Article]  # key → article
    stories: dict[str, tuple[str, ...]]  # story → article keys
    split: dict[str, str]  # story → "tune" | "held"
    items: list[Item]


def _pick(seq: Sequence[str], *salt: object) -> str:
    return seq[zlib.crc32("\x1f".join(map(str, salt)).encode()) % len(seq)]


def _eval_articles() -> Iterator[tuple[str, str, Article]]:
    for path in sorted((DATA / "eval").glob("*.txt")):
        blocks = re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
        for block in blocks:
            header, _, text = block.partition("\n")
            fields = dict(part.split(": ", 1) for part in header.split(" | "))
            article = Article.create(
                title=fields["title"],
                text=text.strip(),
                source=f"{path.name}#{fields['id']}",
                outlet=fields["outlet"],
            )
            yield path.stem, fields["id"], article


def _example_articles() -> Iterator[tuple[str, Article]]:
    now = dt.datetime(2026, 11, 26, 18, tzinfo=dt.UTC)
    for article in ingest([str(ROOT / "examples")], now=now).articles:
        name = article.source.rsplit("/", 1)[-1]
        for prefix, key in EXAMPLE_KEYS.items():
            if name.startswith(prefix):
                yield key + name[len(prefix) :], article


def _paraphrases() -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    """(story, split, cited keys, text) for each hand-written paraphrase."""
    story, split = "", ""
    for line in PARAPHRASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]\s+(tune|held)", line.strip())
        if header:
            story, split = header.group(1), header.group(2)
            continue
        keys, _, text = line.partition(": ")
        yield story, split, tuple(keys.split(",")), text.strip()


# -- corruption rules ------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")
_SPELLED = {"two": "four", "three": "five", "four": "six", "five": "seven", "six": "nine"}


def _shift(raw: str, salt: str) -> str:
    value = float(raw.replace(",", ""))
    step = max(1.0, round(value * 0.3, 1 if "." in raw else 0))
    new = value + step if zlib.crc32(salt.encode()) % 2 else max(0.0, value - step)
    if new == value or new == 0:
        new = value + step
    if "." in raw:
        decimals = len(raw.split(".")[1])
        return f"{new:.{decimals}f}"
    return f"{int(new):,}" if "," in raw else str(int(new))


def corrupt_number(text: str, article_text: str) -> str | None:
    spots = [m for m in _NUMBER.finditer(text) if not re.fullmatch(r"(19|20)\d\d", m.group())]
    if not spots:
        words = [w for w in _SPELLED if re.search(rf"\b{w}\b", text)]
        if not words:
            return None
        word = _pick(words, text)
        return re.sub(rf"\b{word}\b", _SPELLED[word], text, count=1)
    spot = spots[zlib.crc32(text.encode()) % len(spots)]
    in_text = {m.group() for m in _NUMBER.finditer(text)}
    others = sorted(
        {m.group() for m in _NUMBER.finditer(article_text)}
        - in_text
        - {n for n in _NUMBER.findall(article_text) if re.fullmatch(r"(19|20)\d\d", n)}
    )
    use_other = others and zlib.crc32(("o" + text).encode()) % 2
    new = _pick(others, text) if use_other else _shift(spot.group(), text)
    return text[: spot.start()] + new + text[spot.end() :]


_CAPITAL = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*\b")
_NOT_ENTITY = frozenset(
    """The A An It He She They We This That There In On At Of For After But And Most Many Some
    All About More Less Full Some President Regional Police Critics Freight Passengers Tickets
    Strong Smoke Evacuees Temperatures Scientists Solar Bad Days Deadly Hundreds Floods Talks
    Names Affected Hackers Criminals Customers Landslides Rescue Troops Schools Aftershocks
    Economists Traders Inflation Policymakers Staff Two Around Negotiators Small Services Mining
    Housebuilders Banks Operations Sterling Tunnel Le Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December""".split()
)


def _entities(text: str, *, mid_sentence: bool = False) -> list[str]:
    """Capitalised names in ``text``; with ``mid_sentence``, only those not opening a sentence
    (a word opening a sentence may be a common word: "Train drivers …")."""
    out = []
    for m in _CAPITAL.finditer(text):
        before = text[: m.start()].rstrip(" \"'“‘(")
        if mid_sentence and (not before or before[-1] in ".!?\n"):
            continue
        if m.group().split()[0] not in _NOT_ENTITY:
            out.append(m.group())
    return out


def corrupt_entity(text: str, pool: Sequence[str], lower: bool) -> str | None:
    here = _entities(text)
    if not here:
        return None
    old = _pick(here, "entity", text)
    choices = [
        p for p in pool if p not in text and not name_found(p, old) and not name_found(old, p)
    ]
    if not choices:
        return None
    new = _pick(choices, "swap", text)
    return text.replace(old, new.lower() if lower else new, 1)


_AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|should|must)\b(?! not)")
_NEG = re.compile(r"\b(?:not|never|no longer)\s", re.I)
_VERBS = {
    "killed": "kill", "cut": "cut", "rose": "rise", "fell": "fall", "struck": "strike",
    "declared": "declare", "lowered": "lower", "launched": "launch", "approved": "approve",
    "passed": "pass", "fired": "fire", "ordered": "order", "used": "use", "blocked": "block",
    "slipped": "slip", "dropped": "drop", "triggered": "trigger", "urged": "urge",
    "defended": "defend", "joined": "join", "agreed": "agree", "sided": "side",
    "closed": "close", "rallied": "rally", "stole": "steal", "discovered": "discover",
    "called": "call", "began": "begin", "asked": "ask", "destroyed": "destroy", "gained": "gain",
    "forced": "force", "drove": "drive", "raced": "race", "brought": "bring", "noticed": "notice",
    "suffered": "suffer", "blamed": "blame", "expected": "expect", "warned": "warn",
    "invested": "invest", "scaled": "scale", "announced": "announce", "offered": "offer",
    "halted": "halt", "stranded": "strand", "suspended": "suspend", "burned": "burn",
    "hit": "hit", "trimmed": "trim", "found": "find",
}  # fmt: skip


def corrupt_negation(text: str) -> str | None:
    if _NEG.search(text):
        return _NEG.sub("", text, count=1)
    if re.search(r"\bno\s", text):
        return re.sub(r"\bno\s", "some ", text, count=1)
    aux = _AUX.search(text)
    verbs = [v for v in _VERBS if re.search(rf"\b{v}\b", text)]
    if verbs and (not aux or text.find(verbs[0]) < aux.start()):
        verb = min(verbs, key=lambda v: text.find(v))
        return re.sub(rf"\b{verb}\b", f"did not {_VERBS[verb]}", text, count=1)
    if aux:
        return text[: aux.end()] + " not" + text[aux.end() :]
    return None


_OPPOSITE = {
    "rose": "fell", "fell": "rose", "rise": "fall", "falls": "rises", "rises": "falls",
    "up": "down", "down": "up", "higher": "lower", "lower": "higher", "gained": "lost",
    "lost": "gained", "increase": "decrease", "dropped": "climbed", "slipped": "rose",
    "rallied": "slumped", "raise": "cut", "cut": "raised", "lowered": "raised",
    "lowering": "raising", "high": "low", "trimmed": "raised", "halve": "double",
}  # fmt: skip


def corrupt_direction(text: str) -> str | None:
    for word, opposite in _OPPOSITE.items():
        if re.search(rf"\b{word}\b(?! off)", text):
            return re.sub(rf"\b{word}\b(?! off)", opposite, text, count=1)
    return None


_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def corrupt_date(text: str) -> str | None:
    for names, step in ((_DAYS, 2), (_MONTHS, 3)):
        for k, name in enumerate(names):
            if re.search(rf"\b{name}\b", text):
                return re.sub(rf"\b{name}\b", names[(k + step) % len(names)], text, count=1)
    year = _YEAR.search(text)
    if year:
        new = str(int(year.group()) + (1 if zlib.crc32(text.encode()) % 2 else -2))
        return text[: year.start()] + new + text[year.end() :]
    return None


_SAID = r"(?:said|says|told|warned|announced)"
_WHO = r"((?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*)"
_SPEAKER = re.compile(rf"{_WHO}\s+{_SAID}\b|\b{_SAID}\s+{_WHO}|according to\s+{_WHO}")


def speakers(text: str) -> list[str]:
    out = []
    for m in _SPEAKER.finditer(text):
        who = next(g for g in m.groups() if g)
        words = who.split()
        while words and words[0] in _NOT_ENTITY:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def corrupt_speaker(text: str, pool: Sequence[str]) -> str | None:
    here = speakers(text)
    if not here:
        return None
    old = here[0]
    last = old.split()[-1]
    choices = [p for p in pool if last not in p and p.split()[-1] not in text]
    if not choices:
        return None
    return text.replace(old, _pick(choices, "speaker", text), 1)


def states_any_of(text: str, article: Article) -> bool:
    """Whether a sentence of ``article`` shares half of ``text``'s content words."""
    wanted = set(terms(text))
    return any(len(wanted & set(terms(s.text))) >= 0.5 * len(wanted) for s in sentences_of(article))


def corrupt_clause(text: str, other: str) -> str:
    clause = other.rstrip(' .!?"”')
    first = clause.split()[0]
    if first in _NOT_ENTITY or first.lower() in {"a", "an", "the"}:
        clause = clause[0].lower() + clause[1:]
    joiner = _pick([", while ", "; ", ", and "], text)
    return text.rstrip(" .") + joiner + clause + "."


# -- the set ---------------------------------------------------------------------------------


@cache
def load() -> Labelled:
    articles: dict[str, Article] = {}
    stories: dict[str, list[str]] = {}
    for story, key, article in _eval_articles():
        articles[key] = article
        stories.setdefault(story, []).append(key)
    articles.update(_example_articles())
    split: dict[str, str] = {}
    paraphrases = list(_paraphrases())
    for story, s, cited, _ in paraphrases:
        split[story] = s
        group = stories.setdefault(story, [])
        group += [k for k in cited if k not in group]
    clean: list[Item] = []
    for story, story_keys in stories.items():
        for key in story_keys:
            for sentence in sentences_of(articles[key])[1:]:
                if len(sentence.text.split()) >= 8:
                    clean.append(Item(story, split[story], "source", sentence.text, (key,)))
    clean += [Item(st, sp, "paraphrase", text, keys) for st, sp, keys, text in paraphrases]
    return Labelled(
        articles=articles,
        stories={s: tuple(k) for s, k in stories.items()},
        split=split,
        items=clean + list(_corruptions(clean, articles, stories)),
    )


def _made(
    item: Item, kind: str, text: str | None, cites: tuple[str, ...] | None = None
) -> Iterator[Item]:
    cites = cites or item.cites
    if text and (text != item.text or cites != item.cites):
        yield Item(item.story, item.split, kind, text, cites, item.text)


def _corruptions(
    clean: Sequence[Item], articles: dict[str, Article], stories: dict[str, list[str]]
) -> Iterator[Item]:
    names = {
        s: sorted({e for k in ks for e in _entities(articles[k].text, mid_sentence=True)})
        for s, ks in stories.items()
    }
    said = {
        s: sorted({w for k in ks for w in speakers(articles[k].text) if w in names[s] or " " in w})
        for s, ks in stories.items()
    }
    others = [i for i in clean if i.kind == "source"]
    for n, item in enumerate(clean):
        source_text = " ".join(articles[k].text for k in item.cites)

        made = functools.partial(_made, item)

        yield from made("number", corrupt_number(item.text, source_text))
        lower = n % 3 == 0
        yield from made("entity", corrupt_entity(item.text, names[item.story], lower))
        yield from made("negation", corrupt_negation(item.text))
        yield from made("date", corrupt_date(item.text))
        yield from made("speaker", corrupt_speaker(item.text, said[item.story]))
        swaps = [
            k
            for k in stories[item.story]
            if k not in item.cites and not states_any_of(item.text, articles[k])
        ]
        if swaps:
            yield from made("citation", item.text, (_pick(swaps, item.text),))
        yield from made("direction", corrupt_direction(item.text))
        foreign = [o for o in others if o.story != item.story]
        yield from made("clause", corrupt_clause(item.text, _pick([o.text for o in foreign], n)))
