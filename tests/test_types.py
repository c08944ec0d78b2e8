"""``mypy --strict`` over the library and the tests (pyproject's ``[tool.mypy]``), as one test.

The README's test command runs it this way. The check itself starts in the background as the
session starts and runs beside the others (``type_check``: about 15 s of CPU on a cold
cache, most of it third-party code; pyproject lists the parts of it that mypy does not follow);
this test, listed last, reads its result. ``mypy`` alone runs the same check."""

from __future__ import annotations

from pathlib import Path

import pytest
import type_check


@pytest.mark.slow
def test_the_library_and_the_tests_type_check_strictly(type_check_folder: Path) -> None:
    code, output = type_check.result(type_check_folder)
    assert code == 0, output
    assert output.startswith("Success: no issues found"), output
