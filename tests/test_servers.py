"""A run learns its server and the next run starts from it: `brief today` end to end against
the fake OpenAI server playing llama-cpp-python (json_schema rejected with a 500, one request
at a time), and against a stub whose window is smaller than planned."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fake_openai import FakeModel, FakeOpenAI
from openai_server import OpenAIStub, StubReply, error_body

from briefing.cli import cli
from briefing.config.paths import config_path
from briefing.store import Store, data_dir

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "examples" / "aggregator-page.txt")
NOW = "2026-11-25T08:00:00+00:00"


def _brief(base_url: str, *extra: str) -> Any:
    args = ["today", SEED, "--base-url", base_url, "--model", "local", "--json", "--now", NOW]
    return CliRunner().invoke(cli, [*args, *extra], catch_exceptions=False)


def _schema_requests(server: FakeOpenAI) -> int:
    return sum(
        1 for b in server.requests if (b.get("response_format") or {}).get("type") == "json_schema"
    )


def test_the_second_run_asks_no_json_schema_and_the_server_gets_one_request_at_a_time() -> None:
    with FakeOpenAI(reject_json_schema=True, models=["local"], owned_by="me") as server:
        first = _brief(server.base_url)
        assert first.exit_code == 0, first.output
        assert _schema_requests(server) == 1  # asked once, not retried
        assert server.stats.peak_in_flight == 1
        sent = len(server.requests)
        again = _brief(server.base_url, "--no-cache")
        assert again.exit_code == 0, again.output
        assert _schema_requests(server) == 1  # none in the second run
        assert len(server.requests) > sent  # --no-cache asked the model again
        models = CliRunner().invoke(cli, ["models", "--json"], catch_exceptions=False)
    learned = json.loads(models.stdout)
    assert [(r["model"], r["kind"], r["mode"], r["parallel"]) for r in learned] == [
        ("local", "llama-cpp-python", "json_object", 1)
    ]
    briefing = json.loads(again.stdout)
    assert {r["mode"] for r in briefing["usage"]["records"]} == {"json_object"}


def test_a_smaller_window_named_by_the_server_is_learned_and_planned_for() -> None:
    model = FakeModel()
    seen: list[int] = []

    def handler(body: dict[str, Any]) -> Any:
        size = sum(len(m["content"]) for m in body["messages"])
        seen.append(size)
        if size > 8000:  # about 2,000 tokens: more than this server's window
            message = "Requested tokens (2400) exceed context window of 2048"
            return StubReply(500, error_body(message, type_="internal_server_error"))
        return model(body)

    with OpenAIStub(handler, models=["local"]) as stub:
        result = _brief(stub.base_url)
    assert result.exit_code == 0, result.output
    assert seen[0] > 8000 and max(seen[1:]) <= 8000  # re-planned into calls that fit
    assert len([n for n in seen if n > 8000]) == 1  # the overflow was not retried
    with Store(data_dir() / "briefing.db") as store:
        caps = store.get_server(stub.base_url, "local")
    assert caps is not None and caps.context_window == 2048


def test_swapping_the_model_behind_the_name_is_not_answered_from_the_cache() -> None:
    with FakeOpenAI(models=["local"]) as server:
        assert _brief(server.base_url).exit_code == 0
        calls = len(server.requests)
        assert _brief(server.base_url).exit_code == 0
        assert len(server.requests) == calls  # the same model: answered from the cache
        config = config_path()
        config.write_text('[models."local"]\ncache_tag = "qwen-0.5b"\n', encoding="utf-8")
        assert _brief(server.base_url).exit_code == 0
        assert len(server.requests) > calls  # a new tag: asked again
