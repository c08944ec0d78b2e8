"""Prompts are versioned files under ``prompts/<name>/`` (``system.md`` with front matter, and
``user.md``), filled with named variables by Jinja2; a missing variable is an error.

Text that several prompts share lives once in ``prompts/_partials/`` and is pulled in with
``{% include "file.md" %}``, expanded when the prompt is loaded (so a partial is plain text
in its place, and the prompt's hash covers it). Each prompt's hash covers both expanded
templates, so every model call records exactly which text it sent, and a prompt change shows up
in the golden files. ``prompts/prompts.lock`` records each prompt's version and hash; a test
fails when a prompt's text changes and its version does not (``python tests/prompt_lock.py``
rewrites the lock after a version bump). Articles go last in the user message
and nothing that changes from day to day (dates, run ids) goes into the system message, so the
static prefix is identical across calls and providers can cache it.

A prompt may have a worked example, ``example.json``: made-up documents (three articles about
a town, or notes on them) and a good answer to them in the full schema, whose quotes are copied
from those documents. The answer is shown only where the server does not enforce the schema
(json_object and text modes, ``briefing.backends.formats``), and never to a small model
(``small``, ``briefing.small``), which copies its facts; the hash covers it. The templates see
``small``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel, ValidationError

from briefing.backends.base import RenderedPrompt
from briefing.backends.strict_schema import strict_json_schema
from briefing.exceptions import ConfigError
from briefing.models import Bullet, Document
from briefing.small import fit_to

__all__ = [
    "PARTIALS",
    "Prompt",
    "format_claims",
    "format_documents",
    "load_prompt",
    "prompt_names",
    "prompts_dir",
]

PARTIALS = "_partials"
"""The folder of ``prompts/`` that holds shared text, not a prompt."""

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_INCLUDE = re.compile(r'\{%-?\s*include\s+"([^"]+)"\s*-?%\}')
_CLOSING_TAG = re.compile(r"<(/?\s*(?:article|note)\b)", re.I)
_CLAIM_TAG = re.compile(r"<(/?\s*(?:claim|quote)\b)", re.I)

_env = jinja2.Environment(
    undefined=jinja2.StrictUndefined,
    autoescape=False,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)


@lru_cache(maxsize=32)
def _compile(source: str) -> jinja2.Template:
    return _env.from_string(source)


def prompts_dir() -> Path:
    """``prompts/`` of a source checkout, else the copy installed as ``briefing.prompt_files``."""
    checkout = Path(__file__).resolve().parent.parent / "prompts"
    if (checkout / "brief" / "system.md").is_file():
        return checkout
    return Path(str(resources.files("briefing.prompt_files")))


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    description: str
    system_template: str
    user_template: str
    example: str = ""  # example.json as written (an answer in the full schema), or ""

    @property
    def hash(self) -> str:
        digest = hashlib.sha256()
        digest.update(self.system_template.encode())
        digest.update(b"\0")
        digest.update(self.user_template.encode())
        if self.example:  # prompts without an example keep their earlier hash
            digest.update(b"\0")
            digest.update(self.example.encode())
        return digest.hexdigest()[:12]

    def example_for(self, schema: type[BaseModel]) -> str:
        """The worked example's answer as one line of JSON in ``schema`` ("" when there is
        none). An example that does not fit the schema is a ConfigError."""
        if not self.example:
            return ""
        try:
            data = json.loads(self.example)
            answer = schema.model_validate(fit_to(data["answer"], strict_json_schema(schema)))
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            raise ConfigError(
                f"prompt {self.name!r}: example.json has no {schema.__name__} answer: {exc}"
            ) from exc
        return answer.model_dump_json()

    def render(
        self, *, schema: type[BaseModel] | None = None, small: bool = False, **variables: Any
    ) -> RenderedPrompt:
        """The prompt filled with ``variables`` (and ``small``); ``schema``: the answer schema
        of the call, which the worked example is fitted to."""
        try:
            system = _compile(self.system_template).render(small=small, **variables).strip()
            user = _compile(self.user_template).render(small=small, **variables).strip()
        except jinja2.UndefinedError as exc:
            raise ConfigError(f"prompt {self.name!r}: {exc.message}") from exc
        # A small model copies an example's facts into its answer: it is shown none.
        example = self.example_for(schema) if schema is not None and not small else ""
        return RenderedPrompt(
            name=self.name,
            version=self.version,
            hash=self.hash,
            system=system,
            user=user,
            example=example,
            small=small,
        )


def prompt_names(directory: Path | None = None) -> list[str]:
    """The names of the prompts in ``directory`` (default: ``prompts_dir()``), sorted."""
    root = directory or prompts_dir()
    return sorted(p.parent.name for p in root.glob("*/system.md") if p.parent.name != PARTIALS)


def _expand(text: str, partials: Path, name: str) -> str:
    """``text`` with every ``{% include "x.md" %}`` replaced by ``partials/x.md`` (one level:
    a partial includes nothing)."""

    def partial(match: re.Match[str]) -> str:
        path = partials / match.group(1)
        try:
            return path.read_text(encoding="utf-8").rstrip("\n")
        except OSError as exc:
            raise ConfigError(
                f"prompt {name!r}: partial {match.group(1)!r} not found in {partials}"
            ) from exc

    return _INCLUDE.sub(partial, text)


@lru_cache(maxsize=16)
def load_prompt(name: str, directory: Path | None = None) -> Prompt:
    root = directory or prompts_dir()
    folder = root / name
    try:
        system_raw = (folder / "system.md").read_text(encoding="utf-8")
        user = (folder / "user.md").read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"prompt {name!r} not found in {folder.parent}") from exc
    match = _FRONT_MATTER.match(system_raw)
    if not match:
        raise ConfigError(f"prompt {name!r}: system.md must start with front matter (version)")
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    if not meta.get("version"):
        raise ConfigError(f"prompt {name!r}: front matter has no version")
    example = folder / "example.json"
    return Prompt(
        name=name,
        version=meta["version"],
        description=meta.get("description", ""),
        system_template=_expand(system_raw[match.end() :], root / PARTIALS, name),
        user_template=_expand(user, root / PARTIALS, name),
        example=example.read_text(encoding="utf-8") if example.is_file() else "",
    )


def _attr(value: str) -> str:
    return (
        value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace("\n", " ")
    )


def _body(text: str) -> str:
    # An article cannot close its own tag or open a fake one: neutralise tag-like text.
    return _CLOSING_TAG.sub(r"&lt;\1", text)


def _claim_body(text: str) -> str:
    # A claim or quote cannot close its own tag or open a fake one.
    return _CLAIM_TAG.sub(r"&lt;\1", " ".join(text.split()))


def format_claims(claims: Sequence[tuple[int, Bullet]]) -> str:
    """Render numbered claims with their quotes as tagged blocks (the verification prompt)::

    <claim index="1">
    The bullet's text.
    <quote>A quote from a cited article.</quote>
    </claim>
    """
    blocks = []
    for index, bullet in claims:
        quotes = "".join(f"\n<quote>{_claim_body(e.quote)}</quote>" for e in bullet.evidence)
        blocks.append(f'<claim index="{index}">\n{_claim_body(bullet.text)}{quotes}\n</claim>')
    return "\n\n".join(blocks)


def format_documents(documents: Sequence[Document], *, as_notes: bool) -> str:
    """Render documents as tagged blocks: ``<article id=…>`` for articles, ``<note sources=…>``
    for notes, with the quotes a note carries as ``<quote source=…>`` lines inside it."""
    blocks: list[str] = []
    for doc in documents:
        if as_notes:
            quotes = "".join(
                f'\n<quote source="{_attr(e.source_id)}">{_body(_claim_body(e.quote))}</quote>'
                for e in doc.evidence
            )
            sources = _attr(",".join(doc.source_ids))
            blocks.append(f'<note sources="{sources}">\n{_body(doc.text)}{quotes}\n</note>')
            continue
        attrs = [f'id="{_attr(doc.id)}"']
        if doc.outlet:
            attrs.append(f'outlet="{_attr(doc.outlet)}"')
        if doc.published_at:
            utc = doc.published_at.astimezone(dt.UTC)
            attrs.append(f'published="{utc:%Y-%m-%d %H:%M}"')  # UTC; fewer tokens than ISO
        attrs.append(f'title="{_attr(doc.title)}"')
        blocks.append(f"<article {' '.join(attrs)}>\n{_body(doc.text)}\n</article>")
    return "\n\n".join(blocks)
