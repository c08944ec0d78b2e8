"""Small models: told apart by name, configuration or server metadata; asked in the compact
schemas (no quote to write) with a worked example where the server does not enforce a schema;
their bullets get evidence chosen by code, marked ``by_code`` and verified like any quote."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_openai import FakeOpenAI
from pydantic import BaseModel

from briefing.anchor import check_bullet
from briefing.backends.base import LLMRequest
from briefing.backends.formats import (
    EXAMPLE_INSTRUCTION,
    TEXT_MODE_INSTRUCTION,
    system_message,
)
from briefing.backends.function import FunctionBackend
from briefing.backends.salvage import salvage
from briefing.backends.strict_schema import strict_json_schema
from briefing.cli import cli
from briefing.config.paths import config_path
from briefing.evidence import find_quote
from briefing.models import Article, Briefing, BriefingDraft, Bullet, Evidence, Notes, RepairAnswer
from briefing.plan import Planner, model_info
from briefing.prompts import load_prompt, prompt_names
from briefing.render import render_json
from briefing.small import (
    CompactDraft,
    CompactNotes,
    CompactRepairAnswer,
    answer_schema,
    is_small,
    params_in_name,
    widen,
)
from briefing.summarize import brief, prepare
from briefing.tokens import tokenizer_for

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 25, 8, tzinfo=dt.UTC)
FULL: dict[str, type[BaseModel]] = {
    "brief": BriefingDraft,
    "final": BriefingDraft,
    "map": Notes,
    "reduce": Notes,
    "repair": RepairAnswer,
}


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("SmolLM2-135M-Instruct", 135_000_000),
        ("SmolLM2-135M-Instruct.Q4_1.gguf", 135_000_000),
        ("qwen2.5:0.5b", 500_000_000),
        ("Llama-3.2-1B-Instruct-Q4_K_M.gguf", 1_000_000_000),
        ("phi3:3.8b", 3_800_000_000),
        ("llama3.1:8b", 8_000_000_000),
        ("mixtral-8x7b", None),  # not a count of its own
        ("gpt-4.1-mini", None),
        ("local", None),
    ],
)
def test_parameter_counts_in_model_names(name: str, params: int | None) -> None:
    assert params_in_name(name) == params


def test_what_makes_a_model_small() -> None:
    assert is_small("SmolLM2-135M-Instruct") and is_small("qwen2.5:0.5b")
    assert not is_small("llama3.1:8b") and not is_small("local") and not is_small(None)
    assert is_small("local", "SmolLM2-135M-Instruct.Q4_1.gguf")  # what the server serves
    assert is_small("local", n_params=134_515_008)  # llama.cpp's metadata
    assert not is_small("SmolLM2-135M", n_params=8_000_000_000)  # the metadata wins
    assert model_info("SmolLM2-135M-Instruct").small
    assert not model_info("SmolLM2-135M-Instruct", small=False).small  # configured
    assert model_info("local", small=True).small and not model_info("gpt-4.1-mini").small


@pytest.mark.parametrize("name", sorted(FULL))
def test_every_worked_example_fits_its_schema_and_quotes_its_own_documents(name: str) -> None:
    prompt = load_prompt(name)
    answer = prompt.example_for(FULL[name])
    assert FULL[name].model_validate_json(answer) and "evidence" in answer
    compact = prompt.example_for(answer_schema(FULL[name], small=True))
    assert "evidence" not in compact  # fitted to the compact schema, were it ever shown
    # The answer is about the example's own made-up documents: its ids are theirs, and its
    # quotes are copied from them.
    example = json.loads(prompt.example)
    docs = {d["id"]: d for d in example["documents"]}
    cited = {i for b in _bullets(json.loads(answer)) for i in b["source_ids"]}
    shown = {i for d in docs.values() for i in d["source_ids"]}
    assert cited and cited <= shown
    for bullet in _bullets(json.loads(answer)):
        for quote in bullet["evidence"]:
            doc = docs.get(quote["source_id"]) or next(
                d for d in docs.values() if quote["source_id"] in d["source_ids"]
            )
            source = doc["text"] if name not in ("final", "reduce") else json.dumps(example)
            assert quote["quote"] in source, quote
    assert set(FULL) <= set(prompt_names())


def _bullets(answer: dict[str, Any]) -> list[dict[str, Any]]:
    if "sections" in answer:
        return [b for s in answer["sections"] for b in s["bullets"]]
    return list(answer.get("notes") or answer.get("bullets") or [])


def test_the_compact_prompt_says_nothing_of_quotes_and_the_full_one_does() -> None:
    for name in ("brief", "map", "repair"):
        prompt = load_prompt(name)
        variables: dict[str, Any] = {"documents": [], "documents_block": "", "note_budget": 100}
        variables["failures"] = []
        full = prompt.render(schema=FULL[name], **variables)
        small = prompt.render(schema=answer_schema(FULL[name], small=True), small=True, **variables)
        assert "`evidence`" in full.system and "evidence" not in small.system
        assert small.small and not full.small and full.hash == small.hash


def test_the_example_is_shown_only_where_the_server_does_not_enforce_the_schema() -> None:
    schema = strict_json_schema(Notes)
    example = load_prompt("map").example_for(Notes)
    assert system_message("S", "json_schema", schema, example=example) == "S"
    for mode in ("json_object", "text"):
        full = system_message("S", mode, schema, example=example)
        assert TEXT_MODE_INSTRUCTION in full and EXAMPLE_INSTRUCTION in full and example in full
        # A small model copies an example's facts (measured): the schema alone.
        small = system_message("S", mode, schema, example=example, small=True)
        assert small == f"S\n\n{TEXT_MODE_INSTRUCTION}\n{json.dumps(schema)}"
    rendered = load_prompt("map").render(
        schema=CompactNotes, small=True, documents=[], documents_block="", note_budget=100
    )
    assert rendered.example == "" and rendered.small


def _articles() -> list[Article]:
    texts = [
        (
            "Council approves budget",
            "The town council approved a budget of 12 million pounds on Monday. "
            "The mayor said road repairs come first.",
        ),
        (
            "Storm closes port",
            "A storm closed the port of Dunmore on Tuesday. Ferries will resume on Thursday, "
            "the harbour master said.",
        ),
    ]
    return [Article.create(title=t, text=x, source="test", published_at=NOW) for t, x in texts]


def _compact_answer(request: LLMRequest[Any]) -> Any:
    """A small model's answer in the compact schema it was asked in: the first sentence of each
    article, citing it (no quotes: the schema has none)."""
    bullets = [
        {"text": d.text.split(". ")[0] + ".", "source_ids": d.source_ids} for d in request.documents
    ]
    if request.schema is CompactNotes:
        return CompactNotes.model_validate({"notes": bullets})
    assert request.schema is CompactDraft, request.schema
    sections = [{"title": f"Story {k}", "bullets": [b]} for k, b in enumerate(bullets, 1)]
    return CompactDraft.model_validate({"overview": "Two local stories.", "sections": sections})


def _brief(backend: FunctionBackend, model: str) -> Briefing:
    planner = Planner(info=model_info(model), tokenizer=tokenizer_for(model))
    prepared = prepare(_articles(), planner)
    return asyncio.run(brief(prepared, backend, planner, date=NOW.date()))


def test_a_small_model_writes_no_quotes_and_code_attaches_verified_ones() -> None:
    backend = FunctionBackend(_compact_answer)
    briefing = _brief(backend, "SmolLM2-135M-Instruct")
    (request,) = backend.requests
    assert request.schema is CompactDraft and request.prompt.small
    assert "evidence" not in request.prompt.system and "evidence" not in request.prompt.example
    by_id = {a.id: a for a in _articles()}
    bullets = [b for s in briefing.sections for b in s.bullets]
    assert len(bullets) == 2 and briefing.grounding.dropped == 0
    for bullet in bullets:
        assert bullet.evidence and all(e.by_code for e in bullet.evidence)
        assert all(find_quote(e.quote, by_id[e.source_id]) is None for e in bullet.evidence)
    assert '"by_code": true' in render_json(briefing)


def test_a_capable_model_is_asked_for_quotes_and_its_quotes_are_its_own() -> None:
    def answer(request: LLMRequest[Any]) -> Any:
        assert request.schema is BriefingDraft and not request.prompt.small
        doc = request.documents[0]
        first = doc.text.split(". ")[0] + "."
        quote = Evidence(source_id=doc.id, quote=first, by_code=True)  # a model's claim
        bullet = Bullet(text=first, source_ids=[doc.id], evidence=[quote])
        return BriefingDraft.model_validate(
            {"overview": "A local story.", "sections": [{"title": "Budget", "bullets": [bullet]}]}
        )

    briefing = _brief(FunctionBackend(answer), "gpt-4.1-mini")
    (bullet,) = [b for s in briefing.sections for b in s.bullets]
    assert bullet.evidence and not any(e.by_code for e in bullet.evidence)
    assert "by_code" not in render_json(briefing)


def test_code_marks_only_the_quotes_it_chose() -> None:
    article = _articles()[0]
    articles = {article.id: article}
    text = "The town council approved a budget of 12 million pounds on Monday."
    given = Bullet(
        text=text,
        source_ids=[article.id],
        evidence=[Evidence(source_id=article.id, quote=text, by_code=True)],
    )
    kept, problems = check_bullet(given, articles)
    assert not problems and [e.by_code for e in kept.evidence] == [False]
    attached, problems = check_bullet(Bullet(text=text, source_ids=[article.id]), articles)
    assert not problems and [e.by_code for e in attached.evidence] == [True]


def test_a_compact_answer_widens_to_the_full_schema() -> None:
    compact = CompactRepairAnswer.model_validate(
        {"bullets": [{"index": 1, "text": "A fact.", "source_ids": ["a1"]}]}
    )
    full = widen(compact, RepairAnswer)
    assert isinstance(full, RepairAnswer) and full.bullets[0].evidence == []
    assert widen(full, RepairAnswer) is full


def _today(base_url: str, model: str) -> Any:
    seed = str(ROOT / "examples" / "aggregator-page.txt")
    args = ["today", seed, "--base-url", base_url, "--model", model, "--json"]
    return CliRunner().invoke(cli, [*args, "--now", NOW.isoformat()], catch_exceptions=False)


@pytest.mark.parametrize(
    ("model", "config", "small"),
    [
        ("SmolLM2-135M-Instruct", "", True),  # by name
        ("local", '[models."local"]\nsmall = true\n', True),  # configured
        ("SmolLM2-135M-Instruct", '[models."SmolLM2-135M-Instruct"]\nsmall = false\n', False),
    ],
)
def test_brief_today_against_a_llama_cpp_like_server(model: str, config: str, small: bool) -> None:
    if config:
        config_path().parent.mkdir(parents=True, exist_ok=True)
        config_path().write_text(config, encoding="utf-8")
    with FakeOpenAI(reject_json_schema=True, models=[model], owned_by="me") as server:
        result = _today(server.base_url, model)
    assert result.exit_code == 0, result.output
    calls = [b for b in server.requests if (b.get("response_format") or {}).get("type")]
    answered = [b for b in calls if b["response_format"]["type"] == "json_object"]
    assert answered
    for body in answered:
        schema = json.dumps(body["response_format"]["schema"])
        system = body["messages"][0]["content"]
        assert ('"evidence"' in schema) is not small
        assert ('"description"' in schema) is not small  # nothing for a small model to copy
        assert TEXT_MODE_INSTRUCTION in system
        assert (EXAMPLE_INSTRUCTION in system) is not small
        assert "Portview" not in body["messages"][-1]["content"]
    briefing = json.loads(result.stdout)
    evidence = [e for s in briefing["sections"] for b in s["bullets"] for e in b["evidence"]]
    # Quotes chosen by code (the fake model writes none in either schema), verified.
    assert evidence and all(e.get("by_code") for e in evidence)


def test_a_cut_off_compact_answer_keeps_its_complete_cited_notes() -> None:
    text = (
        '{"notes": [{"text": "The council approved a budget.", "source_ids": ["a1"]}, '
        '{"text": "A note citing nothing.", "source_ids": []}, '
        '{"text": "The port closed on Tuesday", "source_ids": ["a'
    )
    kept = salvage(text, CompactNotes)
    assert kept is not None
    assert [(n.text, n.source_ids) for n in kept.notes] == [
        ("The council approved a budget.", ["a1"])
    ]


def test_a_small_models_one_call_that_survives_nothing_is_asked_again_in_smaller_calls() -> None:
    """Measured on examples/: SmolLM2-135M's one call over ten articles wrote a worked
    example's facts, which grounding dropped, and the run ended with nothing."""

    def answer(request: LLMRequest[Any]) -> Any:
        if request.step == "brief":  # facts from no given article
            invented = {"text": "The Harbour Bridge reopened on Monday.", "source_ids": ["a1"]}
            return CompactDraft.model_validate(
                {"overview": "", "sections": [{"title": "Bridge", "bullets": [invented]}]}
            )
        if request.step == "repair":
            return CompactRepairAnswer(bullets=[])
        return _compact_answer(request)

    backend = FunctionBackend(answer)
    briefing = _brief(backend, "SmolLM2-135M-Instruct")
    steps = [r.step for r in backend.requests]
    assert steps[0] == "brief" and "map" in steps and steps[-1] == "final"
    assert len([b for s in briefing.sections for b in s.bullets]) == 2
    assert briefing.grounding.dropped == 1  # the invented bullet, still reported
    assert "Harbour Bridge" in briefing.grounding.dropped_bullets[0].text
