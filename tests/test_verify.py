"""The verification pass: the bullets that code passed without proving them are judged by the
model in one batched call, through the real ``openai`` client against a server on 127.0.0.1.

The model's answers below are written by hand for this test (never produced by our code): a
briefing of four bullets, three of which use words their quotes do not (code lets a few through
as paraphrase); the verification answer judges one supported, one not supported (dropped, with
the model's reason) and one partly supported (sent to the repair call, whose fix replaces it).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openai_server import OpenAIStub, RecordedRequest, StubReply, completion, user_message

from briefing.backends.cached import CachingBackend
from briefing.backends.function import FunctionBackend
from briefing.backends.offline import OfflineBackend
from briefing.backends.openai import OpenAIBackend
from briefing.cli import cli
from briefing.models import Article, Briefing, BriefingDraft, Bullet, Evidence, Section
from briefing.plan import VERIFY_MAX_CLAIMS, Planner, model_info
from briefing.render import usage_line
from briefing.store import Store
from briefing.summarize import brief, prepare
from briefing.summarize.verify import doubtful
from briefing.tokens import tokenizer_for

MODEL = "gpt-4.1-mini"
FAKE_KEY = "sk-test-verify-0000000000000000"
DAY = dt.date(2026, 11, 30)

PORT = Article.create(
    title="Valmora dockers strike over pay",
    outlet="Coast Herald",
    source="port.txt",
    text=(
        "Dock workers at the port of Valmora began a 48-hour strike on Monday over pay. "
        "The Valmora Dockers Union said 1,200 members walked out after talks with the port "
        "authority broke down. The port authority said container ships would be diverted to "
        "Sarnia until Wednesday."
    ),
)
LIBRARY = Article.create(
    title="Orlen opens its new central library",
    outlet="Orlen Daily",
    source="library.txt",
    text=(
        "The city of Orlen opened its new central library on Saturday. Mayor Ines Kallio said "
        "the building cost 42 million euros and holds 300,000 books. The library will stay "
        "open until 10 pm on weekdays."
    ),
)

SUPPORTED = (
    "The Valmora Dockers Union said 1,200 members walked out after pay talks with the port "
    "authority collapsed."
)
UNSUPPORTED = (
    "Container ships will be diverted to Sarnia for the rest of the month, the port "
    "authority warned."
)
PARTLY = "Mayor Ines Kallio said the building cost 42 million euros, a record for the city."
PROVED = "The city of Orlen opened its new central library on Saturday."
REPAIRED = "Mayor Ines Kallio said the new library cost 42 million euros and holds 300,000 books."

# The model's answers, written by hand: the briefing (the model sees the articles as a1, a2).
BRIEFING_ANSWER = {
    "overview": "Dock workers in Valmora are on strike over pay, and Orlen opened its new "
    "central library.",
    "sections": [
        {
            "title": "Valmora dockers strike",
            "bullets": [
                {
                    "text": SUPPORTED,
                    "source_ids": ["a1"],
                    "evidence": [
                        {
                            "source_id": "a1",
                            "quote": "The Valmora Dockers Union said 1,200 members walked out "
                            "after talks with the port authority broke down.",
                        }
                    ],
                },
                {
                    "text": UNSUPPORTED,
                    "source_ids": ["a1"],
                    "evidence": [
                        {
                            "source_id": "a1",
                            "quote": "The port authority said container ships would be "
                            "diverted to Sarnia until Wednesday.",
                        }
                    ],
                },
            ],
        },
        {
            "title": "Orlen opens new central library",
            "bullets": [
                {
                    "text": PROVED,
                    "source_ids": ["a2"],
                    "evidence": [
                        {
                            "source_id": "a2",
                            "quote": "The city of Orlen opened its new central library on "
                            "Saturday.",
                        }
                    ],
                },
                {
                    "text": PARTLY,
                    "source_ids": ["a2"],
                    "evidence": [
                        {
                            "source_id": "a2",
                            "quote": "Mayor Ines Kallio said the building cost 42 million "
                            "euros and holds 300,000 books.",
                        }
                    ],
                },
            ],
        },
    ],
}
VERIFY_ANSWER = {
    "claims": [
        {
            "index": 1,
            "verdict": "supported",
            "reason": "The quote says 1,200 members walked out after talks broke down.",
        },
        {
            "index": 2,
            "verdict": "not supported",
            "reason": "The quote says ships are diverted until Wednesday, not for the rest of "
            "the month.",
        },
        {
            "index": 3,
            "verdict": "partly",
            "reason": "The quote gives the cost of 42 million euros but does not call it a record.",
        },
    ]
}
REPAIR_ANSWER = {
    "bullets": [
        {
            "index": 1,
            "text": REPAIRED,
            "source_ids": ["a2"],
            "evidence": [
                {
                    "source_id": "a2",
                    "quote": "Mayor Ines Kallio said the building cost 42 million euros and "
                    "holds 300,000 books.",
                }
            ],
        }
    ]
}


def _handler(body: dict[str, Any]) -> StubReply:
    """The hand-written answer for the step the request is (by its user message)."""
    user = user_message(body)
    if user.startswith("Judge these"):
        answer: dict[str, Any] = VERIFY_ANSWER
    elif user.startswith("These bullets failed"):
        answer = REPAIR_ANSWER
    else:
        answer = BRIEFING_ANSWER
    return StubReply(200, completion(json.dumps(answer), model=MODEL))


def _planner(*, verify: bool = True, context: int | None = None) -> Planner:
    return Planner(
        info=model_info(MODEL, context=context), tokenizer=tokenizer_for(MODEL), verify=verify
    )


async def _brief(base_url: str, store: Store | None = None, *, verify: bool = True) -> Briefing:
    planner = _planner(verify=verify)
    inner = OpenAIBackend(model=MODEL, api_key=FAKE_KEY, base_url=base_url, max_retries=0)
    backend = inner if store is None else CachingBackend(inner, store)
    try:
        prepared = prepare([PORT, LIBRARY], planner)
        return await brief(prepared, backend, planner, date=DAY)
    finally:
        await backend.aclose()


def _bullets(briefing: Briefing) -> list[str]:
    return [b.text for s in briefing.sections for b in s.bullets]


def _chat(requests: list[RecordedRequest]) -> list[RecordedRequest]:
    return [r for r in requests if r.method == "POST"]


def test_doubtful_bullets_are_judged_in_one_call_kept_dropped_or_repaired() -> None:
    with OpenAIStub(_handler) as server:
        briefing = asyncio.run(_brief(server.base_url))
    calls = _chat(server.requests)
    assert [r.user_message().split("\n")[0][:20] for r in calls] == [
        "Write the briefing f",
        "Judge these 3 claim(",
        "These bullets failed",
    ]
    sent = calls[1].user_message()
    # The three bullets code could not prove, each with its quote; not the proved one.
    assert re.findall(r'<claim index="(\d)">\n(.*)\n', sent) == [
        ("1", SUPPORTED),
        ("2", UNSUPPORTED),
        ("3", PARTLY),
    ]
    assert "<quote>The port authority said container ships would be diverted" in sent
    assert PROVED not in sent
    assert "partly supported: The quote gives the cost" in calls[2].user_message()

    assert _bullets(briefing) == [SUPPORTED, PROVED, REPAIRED]
    grounding = briefing.grounding
    assert (grounding.verified, grounding.repaired, grounding.dropped) == (3, 1, 1)
    [dropped] = grounding.dropped_bullets
    assert dropped.text == UNSUPPORTED
    assert dropped.reason == (
        "verification: not supported: The quote says ships are diverted until Wednesday, "
        "not for the rest of the month."
    )
    assert [c.step for c in briefing.usage.records] == ["brief", "verify", "repair"]
    assert "grounding: 4 checked, 3 verified by the model, 1 repaired, 1 dropped" in usage_line(
        briefing
    )
    verify_call = briefing.usage.records[1]
    assert (verify_call.prompt, verify_call.prompt_version) == ("verify", "1")
    # Every article is still cited or left out with a reason.
    cited = {i for s in briefing.sections for b in s.bullets for i in b.source_ids}
    assert cited == {PORT.id, LIBRARY.id}


def test_verification_is_cached_like_every_call(tmp_path: Path) -> None:
    with Store(tmp_path / "cache.db") as store, OpenAIStub(_handler) as server:
        first = asyncio.run(_brief(server.base_url, store))
        asked = len(_chat(server.requests))
        second = asyncio.run(_brief(server.base_url, store))
    assert asked == 3
    assert len(_chat(server.requests)) == 3  # the second run was answered from the store
    assert [c.mode for c in second.usage.records] == ["cached"] * 3
    assert _bullets(second) == _bullets(first)
    assert second.grounding.dropped_bullets == first.grounding.dropped_bullets


def test_off_the_draft_goes_unverified() -> None:
    with OpenAIStub(_handler) as server:
        briefing = asyncio.run(_brief(server.base_url, verify=False))
    assert len(_chat(server.requests)) == 1
    assert _bullets(briefing) == [SUPPORTED, UNSUPPORTED, PROVED, PARTLY]
    assert "verified" not in briefing.grounding.model_dump(mode="json")


def test_the_offline_backend_makes_no_verification_call() -> None:
    planner = _planner()
    briefing = asyncio.run(
        brief(prepare([PORT, LIBRARY], planner), OfflineBackend(), planner, date=DAY)
    )
    assert briefing.grounding.verified == 0
    assert briefing.sections


def test_a_failed_verification_call_keeps_what_code_passed() -> None:
    def handler(body: dict[str, Any]) -> StubReply:
        if user_message(body).startswith("Judge these"):
            return StubReply(400, {"error": {"message": "bad request", "type": "invalid"}})
        return _handler(body)

    with OpenAIStub(handler) as server:
        briefing = asyncio.run(_brief(server.base_url))
    assert _bullets(briefing) == [SUPPORTED, UNSUPPORTED, PROVED, PARTLY]
    assert briefing.grounding.verified == 0


# -- the rule the plan and the run share ------------------------------------------------------


def _many(n: int) -> tuple[list[Article], BriefingDraft]:
    """``n`` one-article stories and a draft whose every bullet paraphrases its quote."""
    articles = [
        Article.create(
            title=f"Ferry {k} returns",
            source=f"f{k}.txt",
            text=f"The ferry Aurora{k} returned to Port{k} harbour on Friday after repairs "
            f"that took {k + 3} weeks, its operator Line{k} said.",
        )
        for k in range(n)
    ]
    draft = BriefingDraft(
        overview="Ferries returned.",
        sections=[
            Section(
                title=f"Ferry {k}",
                bullets=[
                    Bullet(
                        text=f"Line{k} said the ferry Aurora{k} sailed back to Port{k} harbour "
                        f"on Friday after repairs that took {k + 3} weeks.",
                        source_ids=[a.id],
                        evidence=[Evidence(source_id=a.id, quote=a.text)],
                    )
                ],
            )
            for k, a in enumerate(articles)
        ],
    )
    return articles, draft


def test_claims_that_do_not_fit_one_call_are_split_by_the_planners_rule() -> None:
    articles, draft = _many(60)
    planner = _planner(context=16_000)
    seen: list[int] = []

    def model(request: Any) -> Any:
        if request.step == "verify":
            claims = re.findall(r'<claim index="(\d+)">', request.prompt.user)
            seen.append(len(claims))
            return {
                "claims": [
                    {"index": int(i), "verdict": "supported", "reason": "It is stated."}
                    for i in claims
                ]
            }
        return draft

    prepared = prepare(articles, planner)
    assert len(doubtful(draft, prepared.clustering, {a.id: a for a in articles})) == 60
    result = asyncio.run(brief(prepared, FunctionBackend(model), planner, date=DAY))
    assert sum(seen) == 60 and len(seen) >= 2 and max(seen) <= VERIFY_MAX_CLAIMS
    assert result.grounding.verified == 60
    # The plan counts verification calls by the same rule, from a full answer's worth.
    planned = [s for s in prepared.plan.steps if s.step == "verify"]
    assert planned and all(
        s.max_output_tokens == planner.verify_output(len(s.inputs)) for s in planned
    )


def test_dry_run_shows_the_verification_step_and_its_cost_and_no_verify_removes_it(
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    env = {"BRIEFING_HOME": str(tmp_path), "OPENAI_API_KEY": FAKE_KEY}
    folder = tmp_path / "in"
    folder.mkdir()
    for article in (PORT, LIBRARY):
        (folder / article.source).write_text(f"{article.title}\n\n{article.text}\n")
    args = ["today", str(folder), "--dry-run", "--json", "--model", MODEL]
    on = runner.invoke(cli, args, env=env)
    off = runner.invoke(cli, [*args, "--no-verify"], env=env)
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output
    with_verify, without = json.loads(on.stdout), json.loads(off.stdout)
    assert [s["step"] for s in with_verify["steps"]] == ["brief", "verify"]
    assert [s["step"] for s in without["steps"]] == ["brief"]
    assert with_verify["estimated_cost_usd"] > without["estimated_cost_usd"]
    (tmp_path / "config.toml").write_text("verify = false\n")
    configured = runner.invoke(cli, args, env=env)
    assert [s["step"] for s in json.loads(configured.stdout)["steps"]] == ["brief"]
    shown = runner.invoke(cli, ["config", "show", "--json"], env=env)
    assert json.loads(shown.stdout)["config"]["verify"] is False


@pytest.mark.parametrize("flag", ["--no-verify", None])
def test_offline_dry_run_plans_no_verification(tmp_path: Path, flag: str | None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "port.txt").write_text(f"{PORT.title}\n\n{PORT.text}\n")
    args = ["today", str(folder), "--dry-run", "--json", *([flag] if flag else [])]
    result = CliRunner().invoke(cli, args, env={"BRIEFING_HOME": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert "verify" not in [s["step"] for s in json.loads(result.stdout)["steps"]]
