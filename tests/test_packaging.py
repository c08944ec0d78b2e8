"""What an installed (not editable) copy needs: every prompt folder and data file packaged."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

from briefing.prompts import PARTIALS, load_prompt, prompts_dir

ROOT = Path(__file__).resolve().parent.parent


def test_every_prompt_folder_is_a_listed_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = set(config["tool"]["setuptools"]["packages"])
    for folder in sorted((ROOT / "prompts").iterdir()):
        if folder.is_dir() and (folder / "system.md").exists():
            assert f"briefing.prompt_files.{folder.name}" in packages, folder.name
            assert (folder / "user.md").exists(), folder.name
            assert load_prompt(folder.name).version


def test_every_subpackage_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    packages = set(config["tool"]["setuptools"]["packages"])
    for init in (ROOT / "briefing").rglob("__init__.py"):
        name = ".".join(init.parent.relative_to(ROOT).parts)
        assert name in packages, f"{name} is missing from [tool.setuptools] packages"


def test_prompts_resolve_from_the_checkout() -> None:
    assert (prompts_dir() / "brief" / "system.md").is_file()


def test_prompt_partials_are_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = config["tool"]["setuptools"]["package-data"]["briefing.prompt_files"]
    partials = sorted((ROOT / "prompts" / PARTIALS).glob("*.md"))
    assert partials
    for path in partials:
        relative = path.relative_to(ROOT / "prompts").as_posix()
        assert any(fnmatch(relative, pattern) for pattern in globs), relative
