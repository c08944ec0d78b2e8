"""Hand-written model answers for golden cases, and the requests they answer.

A golden case that replays a model keeps two files side by side:

``answers.json`` (written by a person, reviewed like code, never written by a tool)::

    {"written_by": "hand",
     "answers": [
       {"step": "map", "inputs": ["a3", "a7"],
        "why": "what this answer shows, and the mistakes in it that the pipeline must catch",
        "answer": {"notes": [...]}},                # the JSON the model returns
       ...]}

``requests.json`` (written by ``python tests/golden.py --record``): every request the pipeline
sent, under the key of the answer it got. It is there to be diffed: a prompt change shows up in
it, and replay fails until it is refreshed.

An answer is found by its *key*: the request's step (the ``X-Briefing-Step`` header: ``brief``,
``map``, ``reduce``, ``final``, ``repair``, ``verify``, …) and the documents the user message
holds: an article by its id (``a3``; a part of a long article as ``a3#2/3``), a note by the ids
it cites, a claim to verify by its number (``claim1``). The prompt's wording is not part of the
key, so rewording a prompt never forces rewriting an answer; giving a step other articles does.
When two requests share a key, an answer can add
``"when": "text the user message contains"`` to say which one it answers.

An answer may instead give ``"content"`` (the raw text of the reply, e.g. a cut-off JSON) and
``"finish_reason"`` (default ``stop``). The envelope around it (id, usage) is made here; usage is
an estimate (4 characters a token), the same on every run.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openai_server import Handler, StubReply, current_request, error_body, user_message

__all__ = [
    "ANSWERS_FILE",
    "MISS_STATUS",
    "REQUESTS_FILE",
    "AnswerBook",
    "answer_key",
    "request_inputs",
]

ANSWERS_FILE = "answers.json"
REQUESTS_FILE = "requests.json"
MISS_STATUS = 599
_ARTICLE = re.compile(r'<article id="([^"]+)"[^>]*?(?: title="[^"]*\(part (\d+) of (\d+)\)")?>')
_NOTE = re.compile(r'<note sources="([^"]*)">')
_CLAIM = re.compile(r'<claim index="(\d+)">')
_STEP_STARTS = {  # when a request carries no step header (a client other than ours)
    "These bullets failed": "repair",
    "Take notes from": "map",
    "Merge these": "reduce",
    "Write the briefing from these": "final",
}


def _natural(label: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", label))


def request_inputs(user: str) -> list[str]:
    """The documents a user message holds, as sorted labels: ``a3``, ``a3#2/3`` (part 2 of 3
    of article a3), for notes the ids they cite, and for claims (the verify step, which shows
    quotes, not ids) ``claim1``, ``claim2``, …"""
    labels = {f"{i}#{k}/{n}" if k else i for i, k, n in _ARTICLE.findall(user)}
    for sources in _NOTE.findall(user):
        labels.update(s for s in sources.split(",") if s)
    labels.update(f"claim{k}" for k in _CLAIM.findall(user))
    return sorted(labels, key=_natural)


def _step(body: Mapping[str, Any], header: str | None) -> str:
    if header:
        return header
    user = user_message(body)
    for start, step in _STEP_STARTS.items():
        if user.startswith(start):
            return step
    return "brief"


def answer_key(step: str, inputs: list[str]) -> str:
    """``"map a3 a7"``: how an answer and the requests it answers are matched."""
    return " ".join([step, *inputs])


@dataclass
class Entry:
    """One hand-written answer."""

    step: str
    inputs: list[str]
    when: str | None
    raw: dict[str, Any]

    @property
    def key(self) -> str:
        return answer_key(self.step, self.inputs)

    def content(self) -> str:
        if "content" in self.raw:
            return str(self.raw["content"])
        return json.dumps(self.raw["answer"], ensure_ascii=False)


def _schema_errors(
    value: Any, schema: Mapping[str, Any], defs: Mapping[str, Any], at: str
) -> list[str]:
    """Where ``value`` does not fit a strict JSON schema (objects with exactly their
    properties, arrays, strings, integers); enough to say that an answer no longer fits."""
    if "$ref" in schema:
        schema = defs[str(schema["$ref"]).rsplit("/", 1)[-1]]
    kind = schema.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{at}: expected an object"]
        props = schema.get("properties", {})
        errors = [f"{at}: missing {k!r}" for k in schema.get("required", []) if k not in value]
        errors += [f"{at}: unexpected {k!r}" for k in value if k not in props]
        for k, sub in props.items():
            if k in value:
                errors += _schema_errors(value[k], sub, defs, f"{at}.{k}")
        return errors
    if kind == "array":
        if not isinstance(value, list):
            return [f"{at}: expected a list"]
        return [
            e
            for i, v in enumerate(value)
            for e in _schema_errors(v, schema["items"], defs, f"{at}[{i}]")
        ]
    if kind == "string" and not isinstance(value, str):
        return [f"{at}: expected a string"]
    if kind == "integer" and not isinstance(value, int):
        return [f"{at}: expected an integer"]
    return []


def fit_errors(entry: Entry, body: Mapping[str, Any]) -> list[str]:
    """Why ``entry`` does not fit the schema the request asks for ([] when it does, or when
    the request asks for no schema or the answer is raw content)."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema")
    if not schema or "answer" not in entry.raw:
        return []
    return _schema_errors(entry.raw["answer"], schema, schema.get("$defs", {}), "answer")


def _completion(entry: Entry, body: Mapping[str, Any], key: str) -> dict[str, Any]:
    content = entry.content()
    prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    prompt_tokens, completion_tokens = prompt // 4 + 1, len(content) // 4 + 1
    return {
        "id": "chatcmpl-" + re.sub(r"[^a-z0-9]+", "-", key.lower())[:40],
        "object": "chat.completion",
        "created": 0,
        "model": str(body.get("model", "")),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "finish_reason": str(entry.raw.get("finish_reason", "stop")),
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0},
        },
    }


def _canonical(body: Mapping[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


@dataclass
class AnswerBook:
    """The hand-written answers of one case, the requests recorded for them, and what a run
    asked (thread-safe: the stub serves requests in threads)."""

    folder: Path
    entries: list[Entry]
    recorded: dict[str, list[dict[str, Any]]]  # answer key -> requests recorded for it
    asked: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    answered: dict[int, dict[str, Any]] = field(default_factory=dict)  # entry index -> request
    misses: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, folder: Path) -> AnswerBook:
        data = json.loads((folder / ANSWERS_FILE).read_text(encoding="utf-8"))
        if data.get("written_by") != "hand":
            raise ValueError(f'{folder / ANSWERS_FILE}: answers must say "written_by": "hand"')
        entries = [
            Entry(str(a["step"]), [str(i) for i in a["inputs"]], a.get("when"), a)
            for a in data["answers"]
        ]
        recorded: dict[str, list[dict[str, Any]]] = {}
        path = folder / REQUESTS_FILE
        if path.exists():
            for item in json.loads(path.read_text(encoding="utf-8")):
                recorded.setdefault(str(item["answer"]), []).append(item["request"])
        return cls(folder, entries, recorded)

    @property
    def path(self) -> Path:
        return self.folder / ANSWERS_FILE

    def find(self, step: str, inputs: list[str], user: str) -> Entry | None:
        key = answer_key(step, inputs)
        found = [e for e in self.entries if e.key == key and (e.when is None or e.when in user)]
        found.sort(key=lambda e: e.when is None)  # a "when" match is more specific
        return found[0] if found else None

    def handler(self) -> Handler:
        """Answer from the book; a request with no answer gets HTTP 599 (not retried) and is
        remembered, naming its step and documents."""

        def handler(body: dict[str, Any]) -> StubReply:
            try:
                header = current_request().headers.get("x-briefing-step")
            except RuntimeError:
                header = None
            step, user = _step(body, header), user_message(body)
            inputs = request_inputs(user)
            key = answer_key(step, inputs)
            entry = self.find(step, inputs, user)
            with self._lock:
                self.asked.setdefault(key, []).append(body)
                if entry is not None:
                    n = next(n for n, e in enumerate(self.entries) if e is entry)
                    self.answered.setdefault(n, body)
                else:
                    self.misses.append(self._describe_miss(key, user))
            if entry is None:
                return StubReply(
                    MISS_STATUS,
                    error_body(self.misses[-1], type_="answer_missing"),
                    {"x-should-retry": "false"},
                )
            return StubReply(200, _completion(entry, body, key))

        return handler

    def _describe_miss(self, key: str, user: str) -> str:
        step = key.split(" ", 1)[0]
        text = (
            f"no hand-written answer for {key!r} in {self.path}; "
            f"the user message starts {user[:160]!r}"
        )
        unused = [
            e.key
            for n, e in enumerate(self.entries)
            if e.step == step and n not in self.answered and e.key != key
        ]
        if unused:
            text += (
                f"; answers of step {step} not asked for: {unused} (rewrite one for these inputs)"
            )
        return text

    # -- after a run ---------------------------------------------------------------------------

    def problems(self, *, requests_too: bool = True) -> list[str]:
        """Misses, answers never asked for, answers that no longer fit their request's schema,
        and (``requests_too``) requests that differ from requests.json."""
        with self._lock:
            lines = list(self.misses)
            for n, entry in enumerate(self.entries):
                body = self.answered.get(n)
                if body is None:
                    lines.append(
                        f"answer {entry.key!r} in {self.path} was never asked for: the requests "
                        "changed; rewrite it for what is asked now, or remove it"
                    )
                    continue
                lines += [
                    f"answer {entry.key!r} in {self.path} no longer fits the schema asked "
                    f"for ({e}): rewrite it"
                    for e in fit_errors(entry, body)
                ]
            if requests_too:
                lines += self._request_changes()
        return lines

    def _request_changes(self) -> list[str]:
        lines = []
        for key in sorted(set(self.asked) | set(self.recorded)):
            now = sorted(_canonical(b) for b in self.asked.get(key, []))
            before = sorted(_canonical(b) for b in self.recorded.get(key, []))
            if now != before:
                lines.append(
                    f"the request for answer {key!r} is not the one in "
                    f"{self.folder / REQUESTS_FILE} (a prompt or input change?): run "
                    f"python tests/golden.py --record {self.folder.name} and review the diff"
                )
        return lines

    def requests_text(self) -> str:
        """requests.json as this run would write it."""
        items = [
            {"answer": key, "request": body}
            for key in sorted(self.asked, key=_natural)
            for body in sorted(self.asked[key], key=_canonical)
        ]
        return json.dumps(items, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
