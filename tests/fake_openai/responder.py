"""The deterministic responder: JSON answers built from the documents in a chat request.

``FakeModel`` reads the ``<article id=…>`` and ``<note sources=…>`` blocks of the user message
(as ``briefing.prompts.format_documents`` writes them) and answers with ``briefing.extractive``:
a ``BriefingDraft`` (for the brief and final prompts), merged ``Notes`` (reduce: notes in,
fewer notes out) or ``Notes`` (map), every bullet citing the ids it came from. A grounding repair
("These bullets failed …") is answered, by index, for each failure that cites a given article,
with that article's first sentence; a failure that cites none is left out (it is dropped).
A verification request ("Judge these …") is answered "supported" for every claim, without
judging: tests that need real verdicts write them by hand.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from briefing.extractive import extract_notes, summarize_documents
from briefing.models import (
    BriefingDraft,
    Bullet,
    ClaimCheck,
    Document,
    Notes,
    RepairAnswer,
    RepairedBullet,
    Section,
    VerifyAnswer,
)
from briefing.small import fit_to
from briefing.tokens import tokenizer_for

__all__ = [
    "CREATED",
    "UNKNOWN_ID",
    "FakeModel",
    "as_json",
    "chat_completion",
    "cite_unknown",
    "documents_in",
    "fit",
    "message_text",
    "schema_of",
]

Answer = Notes | BriefingDraft | RepairAnswer | VerifyAnswer

UNKNOWN_ID = "a999999999"
"""An id never given: what an ``unknown_ids`` fault makes bullets cite."""
CREATED = 1700000000
"""The fixed ``created`` of chat completions (deterministic bodies)."""

_ARTICLE = re.compile(r"<article ([^>]*)>\n(.*?)\n</article>", re.S)
_NOTE = re.compile(r'<note sources="([^"]*)">\n(.*?)\n</note>', re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_FAILURE = re.compile(r"^(\d+)\. (.*)\n\s+cited: (.*)\n", re.M)
_REPAIR = "These bullets failed"
_VERIFY = "Judge these"
_CLAIM = re.compile(r'^<claim index="(\d+)">$', re.M)
_QUOTE_LINE = re.compile(r'\n<quote source="[^"]*">.*?</quote>(?=\n|$)')


def documents_in(user: str) -> list[Document]:
    """The ``<article>`` and ``<note>`` blocks of a user message (notes get ids n0, n1, …)."""
    docs = []
    for attrs, text in _ARTICLE.findall(user):
        a = dict(_ATTR.findall(attrs))
        docs.append(
            Document(
                id=a["id"],
                title=a.get("title", ""),
                outlet=a.get("outlet"),
                text=text,
                source_ids=[a["id"]],
            )
        )
    for k, (sources, text) in enumerate(_NOTE.findall(user)):
        text = _QUOTE_LINE.sub("", text)  # a note's quotes are not its text
        docs.append(Document(id=f"n{k}", title="", text=text, source_ids=sources.split(",")))
    return docs


def message_text(content: Any) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return "" if content is None else str(content)


def _user_text(body: Mapping[str, Any]) -> str:
    """The user message that carries the documents (a JSON repair turn carries none)."""
    users = [
        message_text(m.get("content")) for m in body.get("messages", []) if m.get("role") == "user"
    ]
    for text in reversed(users):
        if "<article " in text or "<note " in text or text.startswith(_REPAIR):
            return text
    return users[0] if users else ""


def schema_of(body: Mapping[str, Any]) -> dict[str, Any] | None:
    rf = body.get("response_format") or {}
    schema = (
        (rf.get("json_schema") or {}).get("schema") if rf.get("type") == "json_schema" else None
    )
    schema = schema if schema is not None else rf.get("schema")
    return schema if isinstance(schema, dict) else None


def _schema_name(body: Mapping[str, Any]) -> str:
    """'BriefingDraft' or 'Notes': by the json_schema name, the schema, or the system message."""
    rf = body.get("response_format") or {}
    name = (rf.get("json_schema") or {}).get("name") if rf.get("type") == "json_schema" else None
    if name in ("BriefingDraft", "Notes"):
        return str(name)
    schema = schema_of(body)
    if schema is not None:
        return "BriefingDraft" if "overview" in (schema.get("properties") or {}) else "Notes"
    system = " ".join(
        message_text(m.get("content"))
        for m in body.get("messages", [])
        if m.get("role") == "system"
    )
    return "BriefingDraft" if '"overview"' in system else "Notes"


class FakeModel:
    """Answers a chat request from the documents in it, deterministically (extractive).

    Called with a request body it returns a chat.completion body (usage: system + user tokens
    + 9, as the golden exchanges were recorded); ``answer(body)`` returns the pydantic answer.
    ``mutate="invent"`` makes the first briefing state a number its source does not and add an
    uncited bullet. ``whole_text=True`` summarizes a user message without tagged blocks as one
    document (id "text") instead of answering with no notes.
    """

    def __init__(self, mutate: str | None = None, *, whole_text: bool = False) -> None:
        self.mutate = mutate
        self.mutated = False
        self.whole_text = whole_text

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        system = body["messages"][0]["content"]
        user = body["messages"][-1]["content"]
        content = as_json(self.answer(body), body)
        counter = tokenizer_for(body["model"])
        return chat_completion(
            content,
            prompt_tokens=counter.count(system) + counter.count(user) + 9,
            completion_tokens=counter.count(content),
            model=body["model"],
        )

    def answer(self, body: Mapping[str, Any]) -> Answer:
        user = _user_text(body)
        docs = documents_in(user)
        if not docs and self.whole_text and user.strip():
            docs = [Document(id="text", title="", text=user, source_ids=["text"])]
        if user.startswith(_REPAIR):
            return self._repair(user, docs)
        if user.startswith(_VERIFY):
            return VerifyAnswer(
                claims=[
                    ClaimCheck(index=int(i), verdict="supported", reason="The quotes state it.")
                    for i in _CLAIM.findall(user)
                ]
            )
        if _schema_name(body) == "BriefingDraft":
            draft = summarize_documents(docs)
            if self.mutate == "invent" and not self.mutated:
                self.mutated = True
                return _invent(draft)
            return draft
        if docs and docs[0].id.startswith("n"):  # reduce: merge notes into fewer notes
            draft = summarize_documents(docs, max_sections=6, max_bullets=2)
            return Notes(notes=[b for s in draft.sections for b in s.bullets])
        return extract_notes(docs)

    @staticmethod
    def _repair(user: str, docs: list[Document]) -> RepairAnswer:
        by_id = {d.id: d for d in docs}
        fixed = []
        for index, _text, cited in _FAILURE.findall(user):
            ids = [i.strip() for i in cited.split(",") if i.strip() in by_id]
            if ids:
                first = by_id[ids[0]].text.split(". ")[0].rstrip(".") + "."
                fixed.append(RepairedBullet(index=int(index), text=first, source_ids=ids[:1]))
        return RepairAnswer(bullets=fixed)


def _invent(draft: BriefingDraft) -> BriefingDraft:
    """A model's typical mistakes: a number its source does not state, and an uncited bullet."""
    sections = [s.model_copy(deep=True) for s in draft.sections]
    first = sections[0].bullets[0]
    sections[0].bullets[0] = Bullet(
        text=re.sub(r"\d[\d,.]*", "9,999", first.text, count=1)
        if re.search(r"\d", first.text)
        else first.text + " It cost $9,999 million.",
        source_ids=first.source_ids,
    )
    uncited = "Officials said 4,500 troops were moved to the border overnight."
    sections.append(Section(title="Also noted", bullets=[Bullet(text=uncited, source_ids=[])]))
    return BriefingDraft(overview=draft.overview, sections=sections)


def cite_unknown(answer: Answer) -> str:
    """The answer with the first bullet citing only UNKNOWN_ID and the others citing it too."""
    bullets: list[Bullet | RepairedBullet]
    if isinstance(answer, VerifyAnswer):  # it cites nothing
        return answer.model_dump_json()
    if isinstance(answer, Notes):
        bullets = list(answer.notes)
    elif isinstance(answer, RepairAnswer):
        bullets = list(answer.bullets)
    else:
        bullets = [b for s in answer.sections for b in s.bullets]
    if not bullets and isinstance(answer, Notes):
        answer.notes.append(Bullet(text="This was reported.", source_ids=[]))
    for i, bullet in enumerate(bullets):
        bullet.source_ids = [UNKNOWN_ID] if i == 0 else [*bullet.source_ids, UNKNOWN_ID]
    return answer.model_dump_json()


def as_json(answer: Answer, body: Mapping[str, Any]) -> str:
    """The answer as JSON in the request's schema: a small model's compact schema has no
    ``evidence``, which the answer then leaves out (as a model under its grammar does)."""
    text = answer.model_dump_json()
    schema = schema_of(body)
    if schema is None:
        return text
    data = answer.model_dump(mode="json")
    fitted = fit_to(data, schema)
    return text if fitted == data else json.dumps(fitted, ensure_ascii=False, separators=(",", ":"))


def fit(answer: Answer, limit: int, count: Callable[[str], int]) -> Answer:
    """The answer shortened to at most ``limit`` tokens of JSON, as a model keeps to max_tokens:
    drop the last bullet of the source (Notes) or section (BriefingDraft) with the most, until
    it fits or no bullet is left."""
    answer = answer.model_copy(deep=True)
    while count(answer.model_dump_json()) > limit:
        if isinstance(answer, VerifyAnswer):
            if not answer.claims:
                break
            answer.claims.pop()
        elif isinstance(answer, RepairAnswer):
            if not answer.bullets:
                break
            answer.bullets.pop()
        elif isinstance(answer, Notes):
            if not answer.notes:
                break
            firsts = [(n.source_ids or [""])[0] for n in answer.notes]
            per_source = Counter(firsts)
            # the last note of the source with the most notes (ties: the later source)
            del answer.notes[max(range(len(firsts)), key=lambda i: (per_source[firsts[i]], i))]
        else:
            if not answer.sections:
                break
            max(reversed(answer.sections), key=lambda s: len(s.bullets)).bullets.pop()
            answer.sections = [s for s in answer.sections if s.bullets]
    return answer


def chat_completion(
    content: str | None,
    *,
    model: str,
    prompt_tokens: int,
    completion_tokens: int,
    cached_tokens: int = 0,
    finish_reason: str = "stop",
    refusal: str | None = None,
    id: str = "chatcmpl-stub",
) -> dict[str, Any]:
    """A chat.completion body as api.openai.com sends it."""
    return {
        "id": id,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": cached_tokens},
        },
    }
