"""The JSON schema of a pydantic model in the form OpenAI's strict Structured Outputs accept.

Built from pydantic's public ``model_json_schema()`` and rewritten by these rules (OpenAI's
"Supported schemas" for ``strict: true``; compatible servers that enforce schemas accept it too):

1. Every object lists all of its ``properties`` in ``required`` (an optional field stays
   nullable through its ``anyOf [..., {"type": "null"}]``; the model must still write it).
2. Every object has ``additionalProperties: false``.
3. No ``default``: with every property required a default means nothing to the model, and
   strict mode rejects some of them.
4. A ``$ref`` with sibling keywords (pydantic writes ``{"$ref": …, "description": …}`` for a
   described model-typed field) is replaced by the referenced schema merged with its siblings,
   the siblings winning; a bare ``$ref`` into ``$defs`` is kept (strict mode supports it).
5. An ``allOf`` of one schema is replaced by that schema.

A mapping type (``dict[str, X]``: an object whose ``additionalProperties`` is a schema) has no
strict form and raises ``ValueError``, as does a ``$ref`` outside the schema.

Titles and descriptions are kept: descriptions guide the model, and titles cost a few tokens in a
prefix that prompt caching makes cheap. The result for ``BriefingDraft``, ``Notes`` and the repair
answer is checked in tests/test_strict_schema.py.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

__all__ = ["strict_json_schema"]


def strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The strict-mode JSON schema of ``model`` (a fresh copy: callers may change it)."""
    return copy.deepcopy(_strict(model))


@lru_cache(maxsize=32)
def _strict(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    return _rewrite(schema, root=schema)


def _rewrite(node: dict[str, Any], *, root: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and len(node) > 1:  # rule 4
        merged = {**_resolve(root, ref), **{k: v for k, v in node.items() if k != "$ref"}}
        return _rewrite(merged, root=root)
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:  # rule 5
        rest = {k: v for k, v in node.items() if k != "allOf"}
        return _rewrite({**all_of[0], **rest}, root=root)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "default":  # rule 3
            continue
        if key in ("$defs", "properties") and isinstance(value, dict):
            out[key] = {name: _rewrite(sub, root=root) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _rewrite(value, root=root)
        elif key in ("anyOf", "allOf", "oneOf", "prefixItems") and isinstance(value, list):
            out[key] = [_rewrite(sub, root=root) for sub in value]
        else:
            out[key] = value
    if isinstance(out.get("properties"), dict):
        out["required"] = list(out["properties"])  # rule 1
    additional = (
        out.setdefault("additionalProperties", False) if out.get("type") == "object" else False
    )
    if additional is not False:  # rule 2
        raise ValueError(f"{out.get('title', 'an object')}: a mapping has no strict form")
    return out


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"unsupported $ref {ref!r}: only local references (#/…) are")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    if not isinstance(node, dict):
        raise ValueError(f"$ref {ref!r} does not point to a schema")
    return node
