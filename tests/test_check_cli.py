"""`brief check`: a summary from any tool, or a briefing's JSON, checked claim by claim."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from briefing.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = str(ROOT / "examples")
WIRE = str(ROOT / "examples" / "wire.jsonl")
NOW = "2026-11-27T08:00:00+00:00"

SUMMARY = """\
# Rates

- The Bank of England cut rates to 3.5% on Thursday. [1]
- Sterling fell 0.6% to $1.2870 after the decision. [1]
- Four of the nine rate-setters wanted no change, according to the AP. [2]

## Sources
1. Reuters — [Bank of England cuts rates](https://wire.example/markets/boe-rates-2026-11-26)
2. Associated Press — UK central bank lowers key rate to 3.5%, but 4 policymakers wanted no change
"""


def run(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_a_faithful_markdown_summary_passes_with_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "summary.md"
    path.write_text(SUMMARY, encoding="utf-8")
    result = run("check", str(path), "--sources", WIRE, "--now", NOW)
    assert result.exit_code == 0, result.output
    assert result.output.count("ok    supported (bullet)") == 3
    assert result.output.rstrip().endswith("3 claims: 3 supported, 0 unsupported, 0 unverifiable")


def test_wrong_claims_are_reported_with_reason_and_evidence_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "summary.md"
    path.write_text(
        SUMMARY.replace("fell 0.6%", "rose 0.6%")
        .replace("3.5% on", "3.25% on")
        .replace("## Sources", "The Bank of Japan also raised rates.\n\n## Sources"),
        encoding="utf-8",
    )
    result = run("check", str(path), "--sources", WIRE, "--now", NOW, "--json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    by_text = {c["text"]: c for c in report["claims"]}
    cut = by_text["The Bank of England cut rates to 3.25% on Thursday."]
    assert cut["status"] == "unsupported" and "3.25%" in cut["reason"]
    assert cut["evidence"][0]["sentence"].startswith("LONDON, Nov 26 (Reuters) - The Bank")
    assert by_text["Sterling rose 0.6% to $1.2870 after the decision."]["problems"] == ["direction"]
    japan = by_text["The Bank of Japan also raised rates."]
    assert japan["where"] == "sentence" and japan["status"] != "supported"
    assert (report["supported"], report["unsupported"] + report["unverifiable"]) == (1, 3)


def test_citation_numbers_without_a_sources_list_point_at_the_sources_given(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text("- Britain's central bank trimmed its main rate to 3.5% from 3.75%. [2]\n")
    ok = run("check", str(path), "--sources", WIRE, "--now", NOW)
    assert ok.exit_code == 0, ok.output
    path.write_text("- Britain's central bank trimmed its main rate to 3.5% from 3.75%. [3]\n")
    wrong = run("check", str(path), "--sources", WIRE, "--now", NOW)
    assert wrong.exit_code == 1 and "unverifiable" in wrong.output


def test_a_briefing_json_is_checked_with_titles_and_overview(tmp_path: Path) -> None:
    made = run("today", EXAMPLES, "--json", "--now", NOW)
    assert made.exit_code == 0
    briefing = json.loads(made.stdout)
    path = tmp_path / "briefing.json"
    path.write_text(made.stdout, encoding="utf-8")
    result = run("check", str(path), "--sources", EXAMPLES, "--now", NOW, "--json")
    report = json.loads(result.output)
    bullets = sum(len(s["bullets"]) for s in briefing["sections"])
    wheres = [c["where"] for c in report["claims"]]
    assert wheres.count("bullet") == bullets and wheres.count("title") == len(briefing["sections"])
    assert "overview" in wheres
    # The offline summary quotes its articles: every bullet is supported.
    assert all(c["status"] == "supported" for c in report["claims"] if c["where"] == "bullet")
    # A bullet changed by hand is caught.
    briefing["sections"][0]["bullets"][0]["text"] = "Nothing happened on Thursday in London."
    path.write_text(json.dumps(briefing), encoding="utf-8")
    changed = run("check", str(path), "--sources", EXAMPLES, "--now", NOW)
    assert changed.exit_code == 1
    assert "Nothing happened on Thursday in London." in changed.output


def test_the_summary_can_come_from_stdin_and_bad_input_is_one_line() -> None:
    result = run("check", "-", "--sources", WIRE, "--now", NOW, input="Sterling fell 0.6%.\n")
    assert result.exit_code == 0, result.output
    missing = run("check", "nope.md", "--sources", WIRE)
    assert missing.exit_code == 3 and "cannot read nope.md" in missing.output
    not_briefing = run("check", "-", "--sources", WIRE, input='{"a": 1}')
    assert not_briefing.exit_code == 3 and "not a briefing" in not_briefing.output


GERMAN = """\
- Die Bank of England senkte am Donnerstag ihren Leitzins auf 3,5 Prozent. [1]
- Das Pfund fiel nach der Entscheidung um {move} Prozent auf 1,2870 Dollar. [1]
"""


def test_a_summary_in_another_language_is_checked_across_languages(tmp_path: Path) -> None:
    path = tmp_path / "zusammenfassung.md"
    path.write_text(GERMAN.format(move="0,6"), encoding="utf-8")
    result = run("check", str(path), "--sources", WIRE, "--now", NOW)
    assert result.exit_code == 0, result.output  # the language is read from the summary
    assert result.output.count("ok    supported (bullet)") == 2
    # Told it is English, the same words share nothing with the sources: not verified.
    result = run("check", str(path), "--sources", WIRE, "--now", NOW, "--language", "en")
    assert result.exit_code == 1, result.output
    # A wrong figure is still caught across languages.
    path.write_text(GERMAN.format(move="0,9"), encoding="utf-8")
    result = run("check", str(path), "--sources", WIRE, "--now", NOW, "--json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert [c["status"] for c in report["claims"]] == ["supported", "unsupported"]
    assert report["claims"][1]["problems"] == ["number"]
    result = run("check", str(path), "--sources", WIRE, "--language", "xx-nope")
    assert result.exit_code != 0 and "not a known language tag" in result.output
