"""A prompt's text cannot change without a version bump (prompts/prompts.lock); partials."""

from __future__ import annotations

import shutil
from pathlib import Path

import prompt_lock
import pytest
from prompt_lock import LOCK, PROMPTS, UPDATE, Entry, current, read, render, stale, unbumped

from briefing.exceptions import ConfigError
from briefing.prompts import load_prompt


def test_the_lock_matches_every_prompt() -> None:
    locked, now = read(LOCK), current()
    problems = unbumped(locked, now) + stale(locked, now)
    assert not problems, "\n".join(problems)
    assert LOCK.read_text(encoding="utf-8") == render(now), f"run `{UPDATE}`"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "prompts"
    shutil.copytree(PROMPTS, folder)
    return folder


def test_a_changed_text_without_a_version_bump_fails(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    locked = current(folder)
    user = folder / "map" / "user.md"
    user.write_text(user.read_text(encoding="utf-8") + "\nBe brief.\n", encoding="utf-8")
    (problem,) = unbumped(locked, current(folder))
    assert (
        "prompt 'map' changed" in problem and "bump `version:` in prompts/map/system.md" in problem
    )
    assert UPDATE in problem


def test_a_changed_partial_counts_as_a_change_of_every_prompt_that_includes_it(
    tmp_path: Path,
) -> None:
    folder = _copy(tmp_path)
    locked = current(folder)
    partial = folder / "_partials" / "briefing_output.md"
    partial.write_text(partial.read_text(encoding="utf-8") + "- Say hello.\n", encoding="utf-8")
    changed = [p.split("'")[1] for p in unbumped(locked, current(folder))]
    assert changed == ["brief", "final"]


def test_a_bumped_version_only_asks_for_the_lock_update(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    locked = current(folder)
    system = folder / "repair" / "system.md"
    text = system.read_text(encoding="utf-8")
    version = locked["repair"].version
    system.write_text(
        text.replace(f"version: {version}\n", f"version: {int(version) + 1}\n", 1)
        + "- Be exact.\n",
        encoding="utf-8",
    )
    now = current(folder)
    assert unbumped(locked, now) == []
    assert stale(locked, now) == [
        f"the lock has 'repair' at version {version}, the prompt is at {int(version) + 1}: "
        f"run `{UPDATE}`"
    ]


def test_the_lock_round_trips(tmp_path: Path) -> None:
    entries = {"a": Entry("3", "0123456789ab"), "b": Entry("1", "ba9876543210")}
    path = tmp_path / "prompts.lock"
    path.write_text(render(entries), encoding="utf-8")
    assert prompt_lock.read(path) == entries


def test_an_unknown_partial_is_a_config_error(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    system = folder / "brief" / "system.md"
    system.write_text(
        system.read_text(encoding="utf-8") + '{% include "missing.md" %}\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"partial 'missing\.md' not found"):
        load_prompt.__wrapped__("brief", folder)


def test_partials_are_expanded_in_place() -> None:
    brief, final = load_prompt("brief"), load_prompt("final")
    shared = (PROMPTS / "_partials" / "briefing_output.md").read_text(encoding="utf-8")
    assert shared.strip() in brief.system_template and shared.strip() in final.system_template
    assert "{% include" not in brief.system_template + final.system_template
