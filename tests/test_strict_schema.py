"""The strict JSON schema is built from pydantic's public schema and meets OpenAI's strict rules."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from briefing.backends.strict_schema import strict_json_schema
from briefing.models import BriefingDraft, Notes, RepairAnswer

ROOT = Path(__file__).resolve().parent.parent
LLM_SCHEMAS: list[type[BaseModel]] = [BriefingDraft, Notes, RepairAnswer]


def _objects(node: Any) -> list[dict[str, Any]]:
    """Every schema object in ``node`` (depth first)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _objects(value)
    elif isinstance(node, list):
        for value in node:
            found += _objects(value)
    return found


def _assert_strict(schema: dict[str, Any]) -> None:
    assert schema["type"] == "object" and "anyOf" not in schema  # the root is an object
    for node in _objects(schema):
        if node.get("type") == "object":
            assert node["additionalProperties"] is False, node
        if isinstance(node.get("properties"), dict) and node.get("type") == "object":
            assert node["required"] == list(node["properties"]), node
        assert "default" not in node, node
        assert "allOf" not in node and "not" not in node and "if" not in node, node
        if "$ref" in node:
            assert set(node) == {"$ref"}, node  # a $ref never carries siblings
            assert node["$ref"].removeprefix("#/$defs/") in schema["$defs"]


@pytest.mark.parametrize("model", LLM_SCHEMAS, ids=lambda m: m.__name__)
def test_our_llm_schemas_are_strict(model: type[BaseModel]) -> None:
    _assert_strict(strict_json_schema(model))


@pytest.mark.parametrize("model", LLM_SCHEMAS, ids=lambda m: m.__name__)
def test_our_llm_schemas_equal_the_openai_sdks_own_strict_form(model: type[BaseModel]) -> None:
    """The SDK's private helper is what ``chat.completions.parse`` sends; while it exists, ours
    must produce exactly the same schema (the library itself never imports it)."""
    try:
        private = importlib.import_module("openai.lib._pydantic")
    except ImportError:
        pytest.skip("openai.lib._pydantic is gone; the strict rules are checked above")
    assert strict_json_schema(model) == private.to_strict_json_schema(model)


class _Place(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str


class _Loose(BaseModel):
    """Optional fields, defaults and a described model-typed field: what the rules rewrite."""

    title: str = "untitled"
    score: float | None = None
    place: _Place = Field(description="Where it happened.")
    places: list[_Place] = Field(default_factory=list)


def test_the_transform_makes_a_loose_model_strict() -> None:
    schema = strict_json_schema(_Loose)
    _assert_strict(schema)
    props = schema["properties"]
    assert schema["required"] == ["title", "score", "place", "places"]
    assert {"type": "null"} in props["score"]["anyOf"]  # optional stays nullable
    # the described $ref is inlined, its description kept, and the inlined object made strict
    assert props["place"]["description"] == "Where it happened."
    assert props["place"]["required"] == ["name"]
    assert props["place"]["additionalProperties"] is False
    assert props["places"]["items"] == {"$ref": "#/$defs/_Place"}
    assert schema["$defs"]["_Place"]["additionalProperties"] is False


class _Mapping(BaseModel):
    tags: dict[str, int]


def test_a_mapping_has_no_strict_form() -> None:
    with pytest.raises(ValueError, match="Tags: a mapping has no strict form"):
        strict_json_schema(_Mapping)


def test_each_call_gets_its_own_copy() -> None:
    first = strict_json_schema(Notes)
    first["properties"].clear()
    assert strict_json_schema(Notes)["properties"]


def test_the_library_does_not_import_the_sdks_private_schema_helper() -> None:
    for path in sorted((ROOT / "briefing").rglob("*.py")):
        assert "openai.lib" not in path.read_text(encoding="utf-8"), path
