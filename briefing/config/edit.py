"""Writing and editing ``config.toml`` (``brief init``, ``brief sources add/remove``), keeping the
user's comments and layout; never writes a file that would not load."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomlkit
from tomlkit.items import AoT, Array, Table, Whitespace

from briefing.config.load import _toml_error, _validate, load_config
from briefing.config.models import SourceConfig, SourceKind, _source_key
from briefing.config.paths import config_path
from briefing.exceptions import ConfigError

__all__ = [
    "DEFAULT_CONFIG_TOML",
    "add_source",
    "add_sources",
    "checked_source",
    "remove_source",
    "write_default_config",
]

#: The commented default config that ``brief init`` writes.
DEFAULT_CONFIG_TOML = (
    resources.files("briefing").joinpath("data/config.toml").read_text(encoding="utf-8")
)


def write_default_config(path: Path | None = None, *, force: bool = False) -> Path:
    """Write the commented default config to ``path``; refuse to overwrite unless ``force``."""
    path = config_path() if path is None else path
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists; use --force to overwrite it")
    _write_atomic(path, DEFAULT_CONFIG_TOML)
    return path


def add_source(
    path: Path | None,
    location: str,
    kind: SourceKind = "auto",
    name: str | None = None,
    full_text: bool = True,
    allow_private: bool = False,
) -> SourceConfig:
    """Validate and append a source to the config file (created if missing)."""
    source = checked_source(location, kind, name, full_text, allow_private)
    added, skipped = add_sources(path, [source])
    if skipped:
        raise ConfigError(skipped[0])
    return added[0]


def add_sources(
    path: Path | None, sources: list[SourceConfig]
) -> tuple[list[SourceConfig], list[str]]:
    """Append the sources not configured yet, in one write; (added, one line per skipped)."""
    path = config_path() if path is None else path
    config = load_config(path, env={})
    known = {_source_key(s.location): i for i, s in enumerate(config.sources)}
    added: list[SourceConfig] = []
    skipped: list[str] = []
    for source in sources:
        key = _source_key(source.location)
        if key in known:
            where = f"sources[{known[key]}]" if known[key] >= 0 else "twice in the list"
            skipped.append(f"{source.location} is already configured ({where})")
            continue
        known[key] = -1
        added.append(source)
    if not added:
        return added, skipped
    if not path.exists():
        write_default_config(path)
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    for source in added:
        _append(doc, source)
    _save(doc, path)
    return added, skipped


def _append(doc: tomlkit.TOMLDocument, source: SourceConfig) -> None:
    entry = {k: v for k, v in source.model_dump(exclude_defaults=True).items()}
    entry["location"] = source.location
    entry.setdefault("kind", source.kind)
    existing_sources = doc.get("sources")
    if isinstance(existing_sources, Array):
        inline = tomlkit.inline_table()
        inline.update(entry)
        existing_sources.append(inline)
        return
    table = tomlkit.table()
    for k in ("location", "kind", "name", "full_text", "allow_private"):
        if k in entry:
            table.add(k, entry[k])
    table.add(tomlkit.nl())
    if isinstance(existing_sources, AoT):
        _end_with_blank_line(existing_sources)
        existing_sources.append(table)
    else:
        doc.append("sources", tomlkit.aot())
        sources = doc["sources"]
        assert isinstance(sources, AoT)
        sources.append(table)


def remove_source(path: Path | None, location: str) -> SourceConfig:
    """Remove the source at ``location``, or numbered so by ``brief sources list`` (from 1),
    from the config file and return it."""
    path = config_path() if path is None else path
    config = load_config(path, env={})
    key = _source_key(_normalise_location(location))
    index = next((i for i, s in enumerate(config.sources) if _source_key(s.location) == key), None)
    if index is None and location.strip().isdigit():
        number = int(location.strip())
        if not 1 <= number <= len(config.sources):
            count = len(config.sources)
            raise ConfigError(
                f"no source number {number}: there are {count} (numbered 1 to {count}; "
                "see: brief sources list)"
                if count
                else f"no source number {number}: no sources are configured"
            )
        index = number - 1
    if index is None:
        raise ConfigError(f"no source {location!r} in {path} (see: brief sources list)")
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    sources = doc["sources"]
    assert isinstance(sources, AoT | Array)
    if len(sources) == 1:
        del doc["sources"]
    else:
        del sources[index]
    _save(doc, path)
    return config.sources[index]


def checked_source(
    location: str,
    kind: SourceKind = "auto",
    name: str | None = None,
    full_text: bool = True,
    allow_private: bool = False,
) -> SourceConfig:
    """A valid ``SourceConfig`` for a URL or an existing local folder (``ConfigError`` else)."""
    location = location.strip()
    if not location:
        raise ConfigError("source location is empty")
    if "://" in location:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigError(f"{location}: a source URL must start with http:// or https://")
        if kind == "folder":
            raise ConfigError(f"{location}: --kind folder needs a local folder, not a URL")
    else:
        if kind in ("feed", "page"):
            raise ConfigError(f"{location}: --kind {kind} needs an http(s) URL")
        folder = Path(location).expanduser()
        if not folder.is_dir():
            problem = "is not a folder" if folder.exists() else "does not exist"
            raise ConfigError(f"{location}: {problem} (a source is a URL or a local folder)")
        location, kind = str(folder.resolve()), "folder"
    return SourceConfig(
        location=location,
        kind=kind,
        name=name or None,
        full_text=full_text,
        allow_private=allow_private,
    )


def _normalise_location(location: str) -> str:
    location = location.strip()
    if "://" in location:
        return location
    folder = Path(location).expanduser()
    return str(folder.resolve()) if folder.exists() else location


def _end_with_blank_line(aot: AoT) -> None:
    if len(aot):
        last: Table = aot[-1]
        body = last.value.body
        if not body or not isinstance(body[-1][1], Whitespace):
            last.add(tomlkit.nl())


def _save(doc: tomlkit.TOMLDocument, path: Path) -> None:
    text = tomlkit.dumps(doc)
    _validate(_loads_checked(text, path), where=str(path))  # never write a file we cannot read
    _write_atomic(path, text)


def _loads_checked(text: str, path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - tomlkit wrote invalid TOML
        raise ConfigError(_toml_error(path, str(exc))) from None


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
