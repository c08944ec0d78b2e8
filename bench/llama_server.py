"""Start llama-cpp-python's OpenAI-compatible server with the AMX work-around.

Usage (with the Python that has ``llama-cpp-python[server]`` installed)::

    python bench/llama_server.py --model SmolLM2-135M-Instruct.Q4_1.gguf \
        --host 127.0.0.1 --port 8765 --n_ctx 8192 --model_alias local

Every argument goes to ``python -m llama_cpp.server`` unchanged. Before the server module runs,
``llama_cpp.llama_cpp.llama_model_default_params`` is wrapped so that the params it returns have
``use_extra_bufts = False``: the stock build can crash (segfault in ``ggml_backend_amx_mul_mat``)
on CPUs that advertise AMX but fault on it (see docs/BENCHMARKS.md). Prompt processing is slower
without the extra buffer types; the server is otherwise unchanged.

This file imports nothing from ``briefing``: it runs in the llama-cpp-python environment.
"""

from __future__ import annotations

import runpy
import sys
from typing import Any


def _without_extra_bufts() -> None:
    import llama_cpp.llama_cpp as low_level

    default_params = low_level.llama_model_default_params

    def patched(*args: Any, **kwargs: Any) -> Any:
        params = default_params(*args, **kwargs)
        params.use_extra_bufts = False
        return params

    low_level.llama_model_default_params = patched


def main(argv: list[str]) -> None:
    _without_extra_bufts()
    sys.argv = ["llama_cpp.server", *argv]
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
