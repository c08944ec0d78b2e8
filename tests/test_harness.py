"""The test harness itself: the network guard of tests/conftest.py (loopback passes, anything else
fails loudly), and the one test command that the README documents and CI runs."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import type_check
from conftest import UTF8_CHARS, NetworkBlocked, _Guard, dealt
from fake_openai import FakeOpenAI
from httpserver import HTTPServer, Route
from hypothesis import find, given

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from test_loop import _runnable  # bench/test_loop.py


@pytest.mark.parametrize(
    "lookup",
    [
        lambda: socket.getaddrinfo("example.org", 443),
        lambda: socket.gethostbyname("pypi.org"),
        lambda: socket.gethostbyname_ex("example.org"),
        lambda: socket.gethostbyaddr("93.184.215.14"),
    ],
    ids=["getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"],
)
def test_a_name_lookup_beyond_this_machine_is_refused(
    lookup: object, network_guard: _Guard
) -> None:
    assert callable(lookup)
    with pytest.raises(NetworkBlocked, match="may not reach the network"):
        lookup()
    assert len(network_guard.refused) == 1
    network_guard.refused.clear()  # seen; the teardown check would fail the test otherwise


def test_a_connect_beyond_loopback_is_refused(network_guard: _Guard) -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkBlocked, match=r"10\.1\.2\.3"),
    ):
        sock.connect(("10.1.2.3", 80))
    assert network_guard.refused == ["connect to ('10.1.2.3', 80)"]
    network_guard.refused.clear()


def test_an_http_client_that_swallows_the_error_is_still_caught(network_guard: _Guard) -> None:
    """Library code may catch the error (a fetcher reports a failing source and goes on): the
    guard remembers the refusal, and the autouse fixture fails the test at teardown."""
    with contextlib.suppress(Exception):  # what a tolerant caller does
        httpx.get("http://example.org/feed", timeout=1)
    assert network_guard.refused == ["getaddrinfo('example.org')"]
    network_guard.refused.clear()


def test_loopback_names_and_addresses_still_work() -> None:
    assert socket.getaddrinfo("localhost", 80)
    assert socket.getaddrinfo("127.0.0.1", 80)
    assert socket.getaddrinfo(None, 0, flags=socket.AI_PASSIVE)
    assert socket.getfqdn()  # smtplib's greeting name: this machine's own name
    with HTTPServer({"/ok": Route(body=b"fine")}) as server:
        url = server.url("/ok").replace("127.0.0.1", "localhost")
        assert httpx.get(url, timeout=5).text == "fine"


ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_test_command_is_what_ci_runs_and_it_runs_everything_in_parallel() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^python3 -m venv .venv && .*pytest.*$", readme, re.M)
    assert len(documented) == 1, documented
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert documented[0] in ci
    command = documented[0].split("&&")[-1].split()
    assert command[0] == ".venv/bin/pytest" and "-n" in command  # parallel (pytest-xdist)
    assert not {"-m", "-k", "-x"} & set(command)  # the whole suite, slow tests included
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    test_extra = config["project"]["optional-dependencies"]["test"]
    assert any(d.startswith("pytest-xdist>=") for d in test_extra)
    assert "tests" in config["tool"]["mypy"]["files"]  # the tests are type-checked too
    # and the command type-checks: mypy is a step, or one of the tests (beside the others)
    assert ".venv/bin/mypy" in documented[0] or (ROOT / "tests" / "test_types.py").is_file()


def _worksteal_first_blocks(order: list[str], workers: int) -> list[list[str]]:
    """What pytest-xdist's ``worksteal`` scheduler first sends each idle worker: an even share
    of what is still pending, in turn (``WorkStealingScheduling.check_schedule``)."""
    pending, blocks = list(order), []
    for k in range(workers):
        take = len(pending) // (workers - k)
        blocks.append(pending[:take])
        del pending[:take]
    return blocks


@pytest.mark.parametrize("workers", [1, 2, 3, 4])
@pytest.mark.parametrize("count", [9, 10, 101])
def test_each_worker_starts_with_its_share_of_the_slow_tests_and_the_type_check_ends(
    workers: int, count: int
) -> None:
    items = [f"t{k}" for k in range(count - 1)] + ["types"]
    slow = [items[1], items[4], items[5], items[count - 2]]  # one of them just before the end
    order = dealt(items, slow, ["types"], workers)
    assert sorted(order) == sorted(items) and order[-1] == "types"
    blocks = _worksteal_first_blocks(order, workers)
    for k, block in enumerate(blocks):
        share = slow[k::workers]
        assert block[: len(share)] == share, (k, block)
    assert blocks[-1][-1] == "types"
    # The other tests keep their order.
    assert [i for i in order if i not in slow] == [i for i in items if i not in slow]


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("count", [12, 101])
def test_the_waiting_tests_all_open_the_first_workers_block(workers: int, count: int) -> None:
    """One worker waits for them one after another while the others compute (dealt like the
    slow tests, two waits met and both cores were idle)."""
    items = [f"t{k}" for k in range(count - 1)] + ["types"]
    waiting = [items[2], items[7], items[count - 3]]
    slow = [items[3], items[7], items[8], items[count - 2]]  # t7 is both: it waits
    order = dealt(items, slow, ["types"], workers, waiting)
    assert sorted(order) == sorted(items) and order[-1] == "types"
    blocks = _worksteal_first_blocks(order, workers)
    computing = [i for i in slow if i not in waiting]
    assert blocks[0][: len(waiting) + 1] == [*waiting, computing[0]]
    for k, block in enumerate(blocks[1:], start=1):
        share = computing[k::workers]
        assert block[: len(share)] == share and not set(waiting) & set(block), (k, block)
    kept = set(slow) | set(waiting)
    assert [i for i in order if i not in kept] == [i for i in items if i not in kept]


@pytest.mark.parametrize(
    ("args", "base", "reached"),
    [
        (["tests"], ROOT, True),
        ([str(ROOT)], ROOT, True),
        (["."], ROOT / "tests", True),
        (["tests/test_types.py::test_the_library_and_the_tests_type_check_strictly"], ROOT, True),
        (["test_types.py"], ROOT / "tests", True),
        (["tests/test_tokens.py", "tests/test_harness.py::test_x"], ROOT, False),
        (["briefing"], ROOT, False),
        (["tests/test_types.py"], ROOT / "tests", False),  # tests/tests/test_types.py
    ],
)
def test_the_background_type_check_starts_early_only_when_the_arguments_reach_its_test(
    args: list[str], base: Path, reached: bool
) -> None:
    assert type_check.reaches(args, base) is reached


@given(UTF8_CHARS)
def test_the_text_alphabet_draws_only_what_utf8_encodes(char: str) -> None:
    """``UTF8_CHARS`` stands for ``st.text()``'s default alphabet (``characters(codec=
    "utf-8")``), made from Unicode's categories: no surrogate, which UTF-8 cannot encode."""
    assert char.encode("utf-8").decode("utf-8") == char


@pytest.mark.parametrize(
    "wanted",
    [
        lambda c: ord(c) > 0xFFFF,  # beyond the Basic Multilingual Plane
        lambda c: ord(c) < 0x20,  # control characters
        lambda c: 0xE000 <= ord(c) <= 0xF8FF,  # private use, just past the surrogates
    ],
)
def test_the_text_alphabet_reaches_every_kind_of_character(wanted: Callable[[str], bool]) -> None:
    assert wanted(find(UTF8_CHARS, wanted))


def test_the_loop_benchmark_counts_the_threads_ready_to_run_in_a_process_tree() -> None:
    """bench/test_loop.py's idle measure: this process, reading its own state, is running; a tree
    whose one process sleeps has no thread ready to run (a fresh child is until it sleeps)."""
    assert _runnable(os.getpid()) >= 1
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        deadline = time.monotonic() + 60
        while _runnable(sleeper.pid) != 0:
            assert time.monotonic() < deadline, "a sleeping process counted as ready to run"
            time.sleep(0.01)
    finally:
        sleeper.kill()
        sleeper.wait()


class _HourPollServer(HTTPServer):
    poll_interval_s = 3600.0


class _HourPollFake(FakeOpenAI):
    poll_interval_s = 3600.0


@pytest.mark.parametrize(
    ("make", "path"),
    [(lambda: _HourPollServer({"/ok": Route(body=b"fine")}), "/ok"), (_HourPollFake, "/v1/models")],
    ids=["loopback", "fake-openai"],
)
def test_a_test_server_stops_without_waiting_out_its_poll_interval(
    make: Callable[[], HTTPServer | FakeOpenAI], path: str
) -> None:
    """The end of a test server's ``with`` wakes its serving loop (``fake_openai.stopping``):
    ``shutdown()`` alone waited for ``select()``'s poll interval, 20-50 ms at every one of some
    300 stops a run. Here the interval is an hour, and the idle server still stops at once."""
    server = make()
    server.__enter__()
    try:
        assert httpx.get(server.base_url.removesuffix("/v1") + path).status_code == 200
    finally:
        stopping = threading.Thread(target=server.__exit__, args=(None, None, None), daemon=True)
        stopping.start()
        stopping.join(30)
    assert not stopping.is_alive(), "the stop waited out the serving loop's poll interval"


def test_a_test_that_asks_for_no_folder_gets_none_made(request: pytest.FixtureRequest) -> None:
    """The autouse fixtures do not ask for ``tmp_path``: pytest makes, numbers and links a folder
    for every test that does (about 0.5 ms of CPU, most of what a test costs in this suite).
    Each test's home is its own, named after it, and made by whatever first writes there."""
    assert "tmp_path" not in request.fixturenames
    home = Path(os.environ["BRIEFING_HOME"])
    assert home.name == "briefing-home"
    assert home.parent.name.startswith("test_a_test_that_asks_for_no_folder_gets")
    assert not home.exists()
