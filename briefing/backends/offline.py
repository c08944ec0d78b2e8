"""The offline backend: an extractive summarizer behind the same protocol as the LLM backends.

Used when no API key or base URL is configured. It ignores the prompt text (an extractive model
has no use for instructions) and fills ``BriefingDraft`` or ``Notes`` from the documents' own
sentences with ``briefing.extractive``; each bullet's evidence quote is the bullet itself. It
honours ``max_output_tokens`` by dropping the lowest-ranked bullets (the last of the last
sections) until the JSON answer fits.
"""

from __future__ import annotations

import logging
import time
from typing import TypeVar, cast

from pydantic import BaseModel

from briefing.backends.base import BackendCapabilities, LLMRequest, LLMResponse
from briefing.extractive import extract_notes, summarize_documents
from briefing.models import BriefingDraft, Bullet, CallMode, Evidence, Notes
from briefing.text import split_sentences
from briefing.tokens import tokenizer_for

__all__ = ["OfflineBackend"]

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)


def _fits(obj: BaseModel, limit: int) -> bool:
    return tokenizer_for("gpt-4o").count(obj.model_dump_json()) <= limit


def fit_draft(draft: BriefingDraft, max_tokens: int) -> BriefingDraft:
    """Drop bullets from the end (the least important) until the draft's JSON fits."""
    sections = [s.model_copy(update={"bullets": list(s.bullets)}) for s in draft.sections]
    out = BriefingDraft(overview=draft.overview, sections=sections)
    while not _fits(out, max_tokens) and out.sections:
        last = out.sections[-1]
        last.bullets.pop()
        if not last.bullets:
            out.sections.pop()
    sentences = split_sentences(out.overview)
    while not _fits(out, max_tokens) and len(sentences) > 1:
        sentences.pop()
        out.overview = " ".join(sentences)
    return out


def fit_notes(notes: Notes, max_tokens: int) -> Notes:
    """Keep the notes (document order) that fit; a note too big to fit on its own (a sentence
    shared by hundreds of articles cites them all) is skipped, never crowding out the rest."""
    counter = tokenizer_for("gpt-4o")
    room = max_tokens - counter.count(Notes(notes=[]).model_dump_json())
    kept = []
    for note in notes.notes:
        size = counter.count(note.model_dump_json()) + 1  # and a comma
        if size <= room:
            kept.append(note)
            room -= size
    out = Notes(notes=kept)
    while not _fits(out, max_tokens) and out.notes:  # the parts' counts are an estimate
        out.notes.pop()
    return out


def quoted(bullet: Bullet) -> Bullet:
    """An extractive bullet is a sentence of its articles: its evidence is itself, for each
    article that has no quote of its own yet (another article that tells the bullet's fact in
    its own words is quoted with them: ``briefing.extractive.score.same_fact``)."""
    given = {e.source_id: e for e in bullet.evidence}
    evidence = [given.get(i) or Evidence(source_id=i, quote=bullet.text) for i in bullet.source_ids]
    return bullet.model_copy(update={"evidence": evidence})


def quoted_draft(draft: BriefingDraft) -> BriefingDraft:
    sections = [
        s.model_copy(update={"bullets": [quoted(b) for b in s.bullets]}) for s in draft.sections
    ]
    return draft.model_copy(update={"sections": sections})


class OfflineBackend:
    """An extractive 'model': no network, no tokens billed, deterministic."""

    name = "offline"
    model = "extractive"
    # It ignores instructions (no repair call) and costs nothing (not cached, no calls counted).
    capabilities = BackendCapabilities(follows_prompts=False, metered=False)

    async def generate(self, request: LLMRequest[T]) -> LLMResponse[T]:
        start = time.perf_counter()
        parsed: BaseModel
        if request.schema is BriefingDraft:
            docs = request.documents
            draft = quoted_draft(summarize_documents(docs, language=request.language))
            parsed = fit_draft(draft, request.max_output_tokens)
        elif request.schema is Notes:
            notes = extract_notes(request.documents)
            parsed = fit_notes(
                Notes(notes=[quoted(b) for b in notes.notes]), request.max_output_tokens
            )
        else:
            raise TypeError(f"offline backend cannot fill {request.schema.__name__}")
        latency = time.perf_counter() - start
        log.debug(
            "offline %s: %d documents in %.3fs", request.step, len(request.documents), latency
        )
        return LLMResponse(
            parsed=cast(T, parsed),
            input_tokens=0,
            output_tokens=0,
            latency_s=latency,
            mode=CallMode.OFFLINE,
        )

    async def aclose(self) -> None:
        return None
