"""The offline backend behind the Backend protocol: schemas, token cap, no usage billed."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import BaseModel

from briefing.backends.base import Backend, LLMRequest, LLMResponse, RenderedPrompt
from briefing.backends.offline import OfflineBackend
from briefing.models import BriefingDraft, Document, Notes
from briefing.tokens import tokenizer_for

PROMPT = RenderedPrompt(name="brief", version="1", hash="x", system="s", user="u")

STORIES = [
    (
        "Peru",
        "A magnitude 6.8 earthquake struck off the coast of southern Peru on Tuesday, killing at "
        "least 14 people. Most deaths were in the Arequipa region, where adobe homes collapsed. "
        "Landslides blocked the Pan-American Highway in several places on Tuesday morning. "
        "The government declared a 60-day state of emergency in three provinces.",
    ),
    (
        "ECB",
        "The European Central Bank cut its deposit rate to 2.75% on Thursday, its fourth cut this "
        "year. Christine Lagarde said inflation was close to the bank's 2% target. The bank cut "
        "its growth forecast for next year to 0.9% from 1.2%. The euro fell 0.4% against the "
        "dollar after the announcement.",
    ),
    (
        "Strike",
        "Train drivers at Deutsche Bahn began a 48-hour strike on Wednesday, cancelling most "
        "long-distance services. The GDL union is demanding a pay rise of 550 euros a month. "
        "Deutsche Bahn called the strike irresponsible and said it had offered an 11% raise. "
        "Freight trains were also halted, and industry groups warned of supply disruption.",
    ),
]
DOCS = [
    Document(id=f"a{i}", title=title, text=text, source_ids=[f"a{i}"])
    for i, (title, text) in enumerate(STORIES, 1)
]


def run(
    schema: type[BaseModel], docs: list[Document], max_tokens: int = 4000
) -> LLMResponse[BaseModel]:
    backend: Backend = OfflineBackend()
    request = LLMRequest(
        step="brief", prompt=PROMPT, schema=schema, documents=docs, max_output_tokens=max_tokens
    )

    async def go() -> LLMResponse[BaseModel]:
        try:
            return await backend.generate(request)
        finally:
            await backend.aclose()

    return asyncio.run(go())


def test_identity() -> None:
    backend = OfflineBackend()
    assert (backend.name, backend.model) == ("offline", "extractive")


def test_briefing_draft() -> None:
    response = run(BriefingDraft, DOCS)
    draft = response.parsed
    assert isinstance(draft, BriefingDraft)
    assert len(draft.sections) == 3
    assert response.mode == "offline"
    assert (response.input_tokens, response.output_tokens) == (0, 0)
    assert response.latency_s >= 0


def test_notes() -> None:
    notes = run(Notes, DOCS).parsed
    assert isinstance(notes, Notes)
    assert {n.source_ids[0] for n in notes.notes} == {"a1", "a2", "a3"}


def test_notes_as_input_are_treated_like_documents() -> None:
    note = Document(
        id="n1",
        title="notes",
        text="\n".join(d.text for d in DOCS[:2]),
        source_ids=["a1", "a2"],
    )
    draft = run(BriefingDraft, [note, DOCS[2]]).parsed
    assert isinstance(draft, BriefingDraft)
    cited = {i for s in draft.sections for b in s.bullets for i in b.source_ids}
    assert cited == {"a1", "a2", "a3"}


@pytest.mark.parametrize("limit", [60, 150, 240])
def test_respects_max_output_tokens(limit: int) -> None:
    full = run(BriefingDraft, DOCS).parsed
    capped = run(BriefingDraft, DOCS, max_tokens=limit).parsed
    assert isinstance(full, BriefingDraft) and isinstance(capped, BriefingDraft)
    count = tokenizer_for("gpt-4o").count
    assert count(full.model_dump_json()) > 240
    bullets = sum(len(s.bullets) for s in capped.sections)
    assert bullets < sum(len(s.bullets) for s in full.sections)
    if bullets:
        assert count(capped.model_dump_json()) <= limit
    notes = run(Notes, DOCS, max_tokens=limit).parsed
    assert count(notes.model_dump_json()) <= limit


def test_unknown_schema_is_an_error() -> None:
    class Other(BaseModel):
        x: int

    with pytest.raises(TypeError):
        run(Other, DOCS)
