"""Fact-check a summary written by any tool against its sources (``brief check``).

A summary is Markdown or plain text, or the JSON of a briefing:

- Markdown / text: each bullet ("- ", "* ", "1. ") is one claim, and each sentence of a
  paragraph is one; headings, the "Sources" list and horizontal rules are not claims. Citation
  markers ("[1]", "[1, 3]", "[a1b2c3d4e5]") say which sources a claim rests on: a number is the
  n-th entry of the summary's own "Sources" list when it has one (matched to ``--sources`` by URL,
  then title), else the n-th source given; an id is an article's content id.
- JSON of a briefing (``brief today --json``): the overview's sentences, every section title and
  every bullet, with its ``source_ids`` and, when present, its evidence quotes.

Each claim gets a ``Verdict`` (``briefing.claims``); the report also lists the conflicts between
the sources (``briefing.conflicts``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from pydantic import Field

from briefing.claims import Quote, Verdict, check_claim, check_quoted
from briefing.cluster import cluster
from briefing.conflicts import find_conflicts
from briefing.exceptions import InputError
from briefing.language import article_language
from briefing.models import Article, Conflict, Model
from briefing.text import split_sentences

__all__ = [
    "CheckReport",
    "CheckedClaim",
    "Claim",
    "check_summary",
    "parse_summary",
    "story_conflicts",
]


class Claim(Model):
    """One claim of a summary: its text, where it stands, what it cites."""

    text: str
    where: str = Field(description="'overview', 'title', 'bullet' or 'sentence'.")
    source_ids: list[str] = Field(default_factory=list)
    quotes: list[tuple[str, str]] = Field(
        default_factory=list, description="(source id, quote) pairs given as evidence."
    )


class EvidenceRef(Model):
    source_id: str
    sentence: str


class CheckedClaim(Model):
    text: str
    where: str
    source_ids: list[str]
    status: str
    reason: str
    problems: list[str]
    evidence: list[EvidenceRef]


class CheckReport(Model):
    claims: list[CheckedClaim]
    supported: int
    unsupported: int
    unverifiable: int
    conflicts: list[Conflict] = Field(default_factory=list)

    @property
    def all_supported(self) -> bool:
        return self.supported == len(self.claims)


_CITE = re.compile(r"\s*\[((?:\s*[A-Za-z0-9]{1,12}\s*,?)+)\]")
_BULLET = re.compile(r"^\s{0,6}(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_SOURCE_LINE = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")


def _plain(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS.sub(r"\2", text).strip()


def _markers(text: str) -> tuple[str, list[str]]:
    """The text without its citation markers, and the markers' entries in order."""
    cites: list[str] = []
    for match in _CITE.finditer(text):
        cites += [c.strip() for c in match.group(1).split(",") if c.strip()]
    return _CITE.sub("", text).strip(), cites


def _source_list(lines: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The summary's own "Sources" list: number → (url, text of the entry)."""
    entries: dict[str, tuple[str, str]] = {}
    in_sources = False
    for line in lines:
        heading = _HEADING.match(line)
        if heading:
            in_sources = heading.group(1).strip().lower().rstrip(":") in {"sources", "references"}
            continue
        entry = _SOURCE_LINE.match(line) if in_sources else None
        if entry:
            link = _LINK.search(entry.group(2))
            entries[entry.group(1)] = (link.group(2) if link else "", _plain(entry.group(2)))
    return entries


def _resolve(
    cites: Sequence[str], listed: dict[str, tuple[str, str]], sources: Sequence[Article]
) -> list[str]:
    ids: list[str] = []
    by_id = {a.id for a in sources}
    for cite in cites:
        if cite in by_id:
            ids.append(cite)
        elif cite.isdigit() and listed and cite in listed:
            url, entry = listed[cite]
            match = next((a for a in sources if url and a.url == url), None)
            match = match or next((a for a in sources if a.title and a.title in entry), None)
            ids.append(match.id if match else f"[{cite}]")
        elif cite.isdigit() and not listed and 1 <= int(cite) <= len(sources):
            ids.append(sources[int(cite) - 1].id)
        else:
            ids.append(f"[{cite}]")
    return list(dict.fromkeys(ids))


def _parse_markdown(text: str, sources: Sequence[Article]) -> list[Claim]:
    lines = text.splitlines()
    listed = _source_list(lines)
    claims: list[Claim] = []
    paragraph: list[str] = []
    in_sources = False

    def flush() -> None:
        body = " ".join(paragraph).strip()
        paragraph.clear()
        for sentence in split_sentences(_plain(body)) if body else []:
            clean, cites = _markers(sentence)
            if len(clean.split()) >= 3:
                claims.append(
                    Claim(text=clean, where="sentence", source_ids=_resolve(cites, listed, sources))
                )

    front_matter = bool(lines) and lines[0].strip() == "---"
    for n, line in enumerate(lines):
        if front_matter:
            if n > 0 and line.strip() == "---":
                front_matter = False
            continue
        heading = _HEADING.match(line)
        if heading or not line.strip() or re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", line):
            flush()
            if heading:
                in_sources = heading.group(1).strip().lower().rstrip(":") in {
                    "sources",
                    "references",
                }
            continue
        if in_sources:
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            clean, cites = _markers(_plain(bullet.group(1)))
            if clean:
                claims.append(
                    Claim(text=clean, where="bullet", source_ids=_resolve(cites, listed, sources))
                )
        else:
            paragraph.append(line.strip())
    flush()
    return claims


def _parse_briefing(data: dict[str, Any]) -> list[Claim]:
    claims = [
        Claim(text=s, where="overview")
        for s in split_sentences(str(data.get("overview") or ""))
        if s.strip()
    ]
    for section in data.get("sections") or []:
        bullets = section.get("bullets") or []
        cited = list(dict.fromkeys(i for b in bullets for i in b.get("source_ids") or []))
        if section.get("title"):
            claims.append(Claim(text=str(section["title"]), where="title", source_ids=cited))
        for bullet in bullets:
            quotes = [
                (str(e.get("source_id", "")), str(e.get("quote", "")))
                for e in bullet.get("evidence") or []
            ]
            claims.append(
                Claim(
                    text=str(bullet.get("text", "")),
                    where="bullet",
                    source_ids=[str(i) for i in bullet.get("source_ids") or []],
                    quotes=quotes,
                )
            )
    return claims


def parse_summary(text: str, sources: Sequence[Article]) -> list[Claim]:
    """The claims of a summary (a briefing's JSON, else Markdown or plain text)."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(f"the summary looks like JSON but is not valid: {exc}") from None
        if not isinstance(data, dict) or "sections" not in data:
            raise InputError("the JSON summary is not a briefing (no 'sections')")
        return _parse_briefing(data)
    return _parse_markdown(text, sources)


def _verdict(
    claim: Claim, by_id: dict[str, Article], sources: Sequence[Article], language: str | None
) -> Verdict:
    if claim.quotes:
        quotes = [Quote(source_id=i, text=q) for i, q in claim.quotes]
        return check_quoted(claim.text, quotes, by_id, sources=sources, language=language)
    unknown = [i for i in claim.source_ids if i not in by_id]
    cited = [by_id[i] for i in claim.source_ids if i in by_id]
    if unknown and not cited:
        return Verdict(
            claim.text,
            "unverifiable",
            problems=(),
            evidence=(),
            invalid_quotes=(),
        )
    # A section title or an overview sentence stands for all its story: any source may back it.
    pool = cited if claim.where in {"bullet", "sentence"} else cited or list(sources)
    return check_claim(claim.text, pool, sources=sources, language=language)


def check_summary(
    claims: Sequence[Claim], sources: Sequence[Article], *, language: str | None = None
) -> CheckReport:
    """Judge every claim against its sources. ``language`` is the summary's (None: read from
    the claims' own words): claims in another language than their sources are judged by the
    checks that survive translation (``briefing.across``)."""
    by_id = {a.id: a for a in sources}
    if language is None:
        language = article_language("", "\n".join(c.text for c in claims))
    checked: list[CheckedClaim] = []
    for claim in claims:
        verdict = _verdict(claim, by_id, sources, language)
        reason = verdict.reason
        if verdict.status == "unverifiable" and not verdict.problems:
            missing = ", ".join(i for i in claim.source_ids if i not in by_id)
            reason = f"cites sources that were not given: {missing}"
        checked.append(
            CheckedClaim(
                text=claim.text,
                where=claim.where,
                source_ids=claim.source_ids,
                status=verdict.status,
                reason=reason,
                problems=[p.kind for p in verdict.problems],
                evidence=[
                    EvidenceRef(source_id=e.source_id, sentence=e.text) for e in verdict.evidence
                ],
            )
        )
    count = {
        s: sum(c.status == s for c in checked) for s in ("supported", "unsupported", "unverifiable")
    }
    return CheckReport(
        claims=checked,
        supported=count["supported"],
        unsupported=count["unsupported"],
        unverifiable=count["unverifiable"],
        conflicts=story_conflicts(sources),
    )


def story_conflicts(sources: Sequence[Article]) -> list[Conflict]:
    """Conflicts within each story of ``sources`` (near-duplicate copies included)."""
    clustering = cluster(sources)
    by_id = {a.id: a for a in sources}
    out: list[Conflict] = []
    for story in clustering.stories:
        ids = list(story.article_ids)
        ids += [d for d, rep in clustering.near_duplicates.items() if rep in story.article_ids]
        articles = [a for a in sources if a.id in set(ids)]
        if len(articles) > 1:
            out += find_conflicts([by_id[a.id] for a in articles])
    return out
