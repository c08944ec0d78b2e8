"""Probing OpenAI-compatible servers: answers shaped as llama-cpp-python, llama.cpp, vLLM,
Ollama and LM Studio send them, served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from httpserver import HTTPServer, Route

from briefing.backends.capabilities import learn, probe, window_in_error
from briefing.store import ServerCapabilities

JSON = {"Content-Type": "application/json"}


def _json(body: Any) -> Route:
    return Route(body=json.dumps(body), headers=JSON)


def _models(*entries: dict[str, Any]) -> Route:
    return _json({"object": "list", "data": list(entries)})


def _probe(routes: dict[str, Route], model: str, prefix: str = "/v1") -> ServerCapabilities:
    with HTTPServer(routes) as server:
        return asyncio.run(probe(server.url(prefix), model, api_key="sk-probe-secret-000000"))


def test_llama_cpp_python_is_one_at_a_time_and_says_no_window() -> None:
    routes = {
        "/v1/models": _models(
            {"id": "local", "object": "model", "owned_by": "me", "permissions": []}
        )
    }
    caps = _probe(routes, "local")
    assert (caps.kind, caps.parallel, caps.context_window, caps.served) == (
        "llama-cpp-python",
        1,
        None,
        None,
    )
    assert caps.details["models"] == ["local"]


def test_llama_cpp_props_give_the_running_window_file_and_slots() -> None:
    meta = {"n_ctx_train": 8192, "n_params": 134515008, "size": 98362432, "n_vocab": 49152}
    routes = {
        "/v1/models": _models(
            {"id": "smollm2", "object": "model", "owned_by": "llamacpp", "meta": meta}
        ),
        "/props": _json(
            {
                "default_generation_settings": {"n_ctx": 4096, "temperature": 0.8},
                "total_slots": 4,
                "model_path": "/models/SmolLM2-135M-Instruct.Q4_1.gguf",
            }
        ),
    }
    caps = _probe(routes, "smollm2")
    assert caps.kind == "llama.cpp"
    assert caps.context_window == 4096  # the server's window, not the model's training one
    assert caps.served == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert caps.parallel == 4
    assert caps.details["meta"] == {"n_ctx_train": 8192, "n_params": 134515008, "size": 98362432}


def test_vllm_max_model_len() -> None:
    routes = {
        "/v1/models": _models(
            {
                "id": "Qwen/Qwen2.5-0.5B-Instruct",
                "object": "model",
                "owned_by": "vllm",
                "root": "Qwen/Qwen2.5-0.5B-Instruct",
                "max_model_len": 32768,
            }
        )
    }
    caps = _probe(routes, "Qwen/Qwen2.5-0.5B-Instruct")
    assert (caps.kind, caps.context_window, caps.parallel) == ("vllm", 32768, None)


def test_ollama_digest_names_what_is_served() -> None:
    routes = {
        "/v1/models": _models(
            {"id": "qwen2.5:0.5b", "object": "model", "owned_by": "library"},
            {"id": "llama3.2:1b", "object": "model", "owned_by": "library"},
        ),
        "/api/tags": _json(
            {
                "models": [
                    {"name": "llama3.2:1b", "model": "llama3.2:1b", "digest": "baf6a787fdff"},
                    {"name": "qwen2.5:0.5b", "model": "qwen2.5:0.5b", "digest": "a8b0c5157701"},
                ]
            }
        ),
    }
    caps = _probe(routes, "qwen2.5:0.5b")
    assert (caps.kind, caps.served) == ("ollama", "a8b0c5157701")
    assert caps.details["models"] == ["llama3.2:1b", "qwen2.5:0.5b"]


def test_lm_studio_loaded_context() -> None:
    routes = {
        "/v1/models": _models({"id": "qwen2.5-0.5b-instruct", "object": "model"}),
        "/api/v0/models": _json(
            {
                "data": [
                    {
                        "id": "qwen2.5-0.5b-instruct",
                        "max_context_length": 32768,
                        "loaded_context_length": 4096,
                    }
                ]
            }
        ),
    }
    caps = _probe(routes, "qwen2.5-0.5b-instruct")
    assert (caps.kind, caps.context_window) == ("lmstudio", 4096)


def test_a_server_that_answers_nothing_useful_is_still_probed() -> None:
    caps = _probe({"/v1/models": Route(status=500, body="boom")}, "m")
    assert (caps.kind, caps.context_window, caps.served) == (None, None, None)


def test_the_key_goes_only_in_the_authorization_header() -> None:
    routes = {"/v1/models": _models({"id": "m", "object": "model", "owned_by": "me"})}
    with HTTPServer(routes) as server:
        asyncio.run(probe(server.url("/v1"), "m", api_key="sk-probe-secret-000000"))
        assert server.requests[0].headers["authorization"] == "Bearer sk-probe-secret-000000"
        assert all("secret" not in r.path for r in server.requests)


@pytest.mark.parametrize(
    ("message", "window"),
    [
        ("Requested tokens (9437) exceed context window of 8192", 8192),
        ("request (4476 tokens) exceeds the available context size (4096 tokens)", 4096),
        ("This model's maximum context length is 2048 tokens. However, you requested 3000", 2048),
        ("Input should be 'text' or 'json_object'", None),
    ],
)
def test_window_in_error(message: str, window: int | None) -> None:
    assert window_in_error(message) == window


def test_brief_models_asks_a_server_keeps_what_it_learned_and_forgets_it() -> None:
    from click.testing import CliRunner

    from briefing.cli import cli

    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    routes = {
        "/v1/models": _models({"id": "local", "object": "model", "owned_by": "me"}),
    }
    with HTTPServer(routes) as server:
        base = server.url("/v1")
        asked = run("models", "--base-url", base, "--model", "local")
    assert asked.exit_code == 0, asked.output
    assert "server   llama-cpp-python (one request at a time)" in asked.output
    assert "offers   local" in asked.output
    listed = run("models", "--json")  # the server is gone: this is what the store kept
    rows = json.loads(listed.output)
    assert [(r["model"], r["kind"], r["parallel"], r["mode"]) for r in rows] == [
        ("local", "llama-cpp-python", 1, None)
    ]
    assert rows[0]["base_url"] == base
    assert run("models", "--forget").exit_code == 0
    assert "nothing learned yet" in run("models").output


def test_learn_keeps_the_answer_format_that_calls_found(tmp_path: Any) -> None:
    from briefing.backends.capabilities import learn, remember
    from briefing.store import Store

    routes = {"/v1/models": _models({"id": "m", "object": "model", "owned_by": "vllm"})}
    with Store(tmp_path / "b.db") as store, HTTPServer(routes) as server:
        base = server.url("/v1")
        first = asyncio.run(learn(store, base, "m"))
        assert first.kind == "vllm" and first.mode is None
        remember(store, base, "m", mode="json_object", context_window=2048)
        again = asyncio.run(learn(store, base, "m"))  # from the store: no request
        assert (again.mode, again.context_window) == ("json_object", 2048)
        assert len(server.requests) == 2  # /v1/models and /api/v0/models (LM Studio?) once
        refreshed = asyncio.run(learn(store, base, "m", refresh=True))
        assert (refreshed.mode, refreshed.context_window) == ("json_object", 2048)


def test_a_busy_server_that_does_not_answer_teaches_nothing() -> None:
    """llama-cpp-python answers no GET while it computes a request: a probe that times out
    keeps nothing (the next run probes again) instead of a server "unknown" for good."""

    def busy(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    kept: list[ServerCapabilities] = []

    class Memory:
        def get_server(self, base_url: str, model: str) -> ServerCapabilities | None:
            return None

        def put_server(self, caps: ServerCapabilities) -> None:
            kept.append(caps)

    caps = asyncio.run(
        learn(Memory(), "http://127.0.0.1:9/v1", "local", transport=httpx.MockTransport(busy))
    )
    assert caps.details.get("unanswered") is True and caps.kind is None
    assert kept == []
