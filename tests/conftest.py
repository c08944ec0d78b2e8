"""Test-wide guards: no network except loopback (sockets and name lookups), no API key, and a
private BRIEFING_HOME.

A connect to a non-loopback address or a lookup of any name but ``localhost`` (or this machine's
own name, which ``smtplib`` and ``aiosmtpd`` look up for their greeting) raises at once, and the
test also fails at teardown, so a caller that swallows the error cannot hide it.
"""

from __future__ import annotations

import atexit
import compileall
import contextlib
import ipaddress
import itertools
import json
import os
import re
import signal
import socket
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
import type_check
from hypothesis import settings, strategies as st

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo
_real_gethostbyname = socket.gethostbyname
_real_gethostbyname_ex = socket.gethostbyname_ex
_real_gethostbyaddr = socket.gethostbyaddr

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class NetworkBlocked(RuntimeError):
    """A test tried to reach (or look up) something beyond this machine."""


def _is_loopback_host(host: Any) -> bool:
    if host is None or host in ("", b""):
        return True  # a passive bind (all local interfaces), never a lookup
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower().rstrip(".") in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        return _is_loopback_host(address[0])
    return True  # AF_UNIX paths and the like stay on this machine


def _is_own_name(host: Any) -> bool:
    """This machine's host name: ``socket.getfqdn()`` resolves it, from /etc/hosts (httpcore
    asks with bytes)."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    return isinstance(host, str) and host == socket.gethostname()


def _is_numeric(host: Any) -> bool:
    """An address literal: getaddrinfo only parses it (the connect guard checks it)."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


class _Guard:
    """Wraps the socket functions that reach out; remembers each refusal."""

    def __init__(self) -> None:
        self.refused: list[str] = []

    def _refuse(self, what: str) -> NetworkBlocked:
        self.refused.append(what)
        return NetworkBlocked(f"tests may not reach the network: {what}")

    def connect(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def connect(sock: socket.socket, address: Any) -> Any:
            if not _is_loopback(address):
                raise self._refuse(f"connect to {address!r}")
            return real(sock, address)

        return connect

    def lookup(self, real: Callable[..., Any], name: str, *, forward: bool) -> Callable[..., Any]:
        """``forward``: a name to addresses, where an address literal is only parsed; a reverse
        lookup (address to name) of anything but loopback asks the network."""

        def lookup(host: Any, *args: Any, **kwargs: Any) -> Any:
            numeric = forward and _is_numeric(host)
            if not (_is_loopback_host(host) or numeric or _is_own_name(host)):
                raise self._refuse(f"{name}({host!r})")
            return real(host, *args, **kwargs)

        return lookup


# Hypothesis's per-example deadline (200 ms) is a timed assertion: on a loaded machine an example
# of test_salvage took 305 ms and failed the run. Speed is measured in bench/, not asserted here.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")

# Every character UTF-8 can encode, that is all but the surrogates: the alphabet of
# ``st.text()``'s default, ``characters(codec="utf-8")``, as the same set from Unicode's
# categories. On a fresh checkout Hypothesis works a codec's set out by encoding each of the
# 1.1 million code points (1.6 s of CPU, then kept under .hypothesis/); the categories' table
# takes 0.16 s. Property tests draw text from this (``st.text(UTF8_CHARS, ...)``).
UTF8_CHARS = st.characters(exclude_categories=["Cs"])

# Where ``PYTHONDONTWRITEBYTECODE`` is set, every process would compile from source all it
# imports, every time: the workers (pytest's rewritten tests, our package, the third-party
# packages), the type check and the ``python -m briefing`` children the tests start (dozens in a
# run). The session keeps the bytecode of what it imports instead (the git-ignored
# ``__pycache__`` folders, and the virtualenv's), so the workers, the children and the next run
# start from it: the setting is turned off here and taken out of the environment that the xdist
# workers (started after this file is read) and every child inherit. On a fresh clone that is
# about 15 s of CPU. A read-only checkout or virtualenv just skips the writes.
_NO_BYTECODE = sys.dont_write_bytecode
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


def _end_the_worker_at_once() -> None:
    """An xdist worker's end: its results went to the controller with its session's end, and
    freeing the objects of the hundreds of tests it ran (600 MB and more) took seconds of CPU
    after its last test while the controller waited for it. Registered as the worker starts, so
    every exit handler registered later (pytest's, the libraries' the tests load) still runs."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def pytest_configure(config: pytest.Config) -> None:
    """The package compiled once, before the workers start: a child may import a module no
    worker has imported yet (once per xdist worker too, which then only compares timestamps).
    An xdist worker ends without tearing its interpreter down (``_end_the_worker_at_once``)."""
    if _NO_BYTECODE:
        compileall.compile_dir(Path(__file__).resolve().parent.parent / "briefing", quiet=2)
    if "PYTEST_XDIST_WORKER" in os.environ:
        atexit.register(_end_the_worker_at_once)


_EARLY_CHECK = pytest.StashKey[type_check.Background]()
TESTS = Path(__file__).resolve().parent


def pytest_sessionstart(session: pytest.Session) -> None:
    folder = type_check.starts_early(session.config)
    if folder is not None:
        session.stash[_EARLY_CHECK] = type_check.Background(folder)


def _tests_compiled() -> bool:
    """Whether pytest's rewritten bytecode of every test module is there (a fresh clone has
    none; pytest names it ``<module>.<cache tag>-pytest-<version>.pyc``)."""
    tail = f".{sys.implementation.cache_tag}-pytest-{pytest.__version__}.pyc"
    return all((TESTS / "__pycache__" / (p.stem + tail)).is_file() for p in TESTS.glob("test_*.py"))


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    """On a fresh clone the xdist workers collect one after the other: the first one first, then
    the others, which find the bytecode it wrote. Collecting imports the tests (pytest rewrites
    their asserts), our package and the third-party packages, and compiles whatever has no
    bytecode yet: every worker compiled all of it at the same time (about 6 s of CPU each). The
    type check, started by the last worker before it waits (``type_check.starts_early``), takes
    the idle core meanwhile; xdist starts no test before every worker has collected anyway.
    A checkout whose tests are compiled collects at once."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    basetemp = session.config.getoption("basetemp")
    done = Path(basetemp).resolve().parent / "gw0-collected" if worker and basetemp else None
    if done is not None and worker != "gw0" and not _tests_compiled():
        deadline = time.monotonic() + 300  # the first worker died: collect anyway
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    yield
    if done is not None and worker == "gw0":
        done.touch()
    check = session.stash.get(_EARLY_CHECK, None)
    if check is not None and not type_check.selected(session):
        check.stop()
        del session.stash[_EARLY_CHECK]


def pytest_sessionfinish(session: pytest.Session) -> None:
    check = session.stash.get(_EARLY_CHECK, None)
    if check is not None:
        check.finish(session)


T = TypeVar("T")


def _first_blocks(count: int, workers: int) -> list[int]:
    """The sizes of the blocks ``--dist worksteal`` first gives its workers: each in turn gets
    an even share of what is left (then an idle worker steals half of a busy one's queue)."""
    sizes: list[int] = []
    for k in range(workers):
        sizes.append((count - sum(sizes)) // (workers - k))
    return sizes


def dealt(
    items: Sequence[T],
    slow: Sequence[T],
    last: Sequence[T],
    workers: int,
    waiting: Sequence[T] = (),
) -> list[T]:
    """``items`` reordered for ``workers`` workers: each worker's first block (``_first_blocks``,
    cut from the whole list) starts with its share of ``slow``, and the first block with all of
    ``waiting`` before that; the other items fill the blocks in their order; ``last`` ends the
    last block."""
    tail = set(map(id, last))
    waiting_ids = set(map(id, waiting))
    slow_ids = set(map(id, slow)) - waiting_ids
    rest = [i for i in items if id(i) not in tail]
    fast = iter([i for i in rest if id(i) not in slow_ids | waiting_ids])
    slow_rest = [i for i in rest if id(i) in slow_ids]
    ordered: list[T] = []
    sizes = _first_blocks(len(items), workers)
    for k, size in enumerate(sizes):
        mine = slow_rest[k::workers]
        if k == 0:
            mine = [i for i in rest if id(i) in waiting_ids] + mine
        room = size - len(mine) - (len(last) if k == len(sizes) - 1 else 0)
        ordered += mine + [next(fast) for _ in range(max(0, room))]
    return [*ordered, *fast, *last]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests dealt out over the workers, each worker's block starting with its share; fast
    tests fill the blocks in their files' order; the type check, which runs in the background
    from the start (``type_check``), last. Under ``pytest -n`` the scheduler hands out
    contiguous blocks: slow tests listed first all landed in the first worker's block. The
    order is the same in every worker (xdist checks it).

    The tests that mostly wait (marked ``waits``: a client time-out, a paced server) all open
    the first worker's block: there they wait one after another while the other worker
    computes, and the first of them beside the type check's last seconds. Dealt like the slow
    ones, two of them met (a 2 s time-out in one worker and the 30 %-fault run's in the other)
    and both cores had nothing to do."""
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    last = [i for i in items if i.nodeid == type_check.NODE_ID]
    slow = [i for i in items if i.get_closest_marker("slow")]
    waiting = [i for i in items if i.get_closest_marker("waits")]
    items[:] = dealt(items, slow, last, workers, waiting)


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Guard]:
    """Autouse; a test of the guard itself takes it to read (and clear) ``refused``."""
    guard = _Guard()
    monkeypatch.setattr(socket.socket, "connect", guard.connect(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guard.connect(_real_connect_ex))
    for name, real, forward in (
        ("getaddrinfo", _real_getaddrinfo, True),
        ("gethostbyname", _real_gethostbyname, True),
        ("gethostbyname_ex", _real_gethostbyname_ex, True),
        ("gethostbyaddr", _real_gethostbyaddr, False),
    ):
        monkeypatch.setattr(socket, name, guard.lookup(real, name, forward=forward))
    yield guard
    if guard.refused:
        pytest.fail("the test tried to reach the network: " + "; ".join(guard.refused))


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's temporary folder, the same in every xdist worker (pytest keeps the last few)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if "PYTEST_XDIST_WORKER" in os.environ else base


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ``BRIEFING_CACHE_DIR`` for the whole session (all xdist workers): the tokenizer's
    files (7 MB, most of a second of CPU to build) are made once, not by every ``brief`` child
    in a new home. A test of the cache itself removes the variable and gets its home's own."""
    return _run_folder(tmp_path_factory) / "shared-cache"


@pytest.fixture(scope="session")
def type_check_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the background type check of this run writes its output (``type_check``)."""
    return _run_folder(tmp_path_factory) / "type-check"


@pytest.fixture(scope="session", autouse=True)
def _type_check_in_background(
    request: pytest.FixtureRequest, type_check_folder: Path
) -> Iterator[None]:
    with type_check.running(request.session, type_check_folder):
        yield


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of this process's test homes (``_isolated_env``)."""
    return tmp_path_factory.mktemp("homes", numbered=False)


_home_numbers = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_env(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    shared_cache: Path,
    _homes: Path,
) -> Iterator[None]:
    """Each test's own ``BRIEFING_HOME``, a new name in ``_homes`` (made by whatever first writes
    there), and no API key or model settings from outside. Not under ``tmp_path``: pytest makes,
    numbers and links a folder for every test that asks for it, about 0.5 ms of CPU a test (most
    of the suite's cost per test, 1,600 tests); a test that needs a folder still asks for it."""
    name = re.sub(r"[^\w.-]+", "_", request.node.name)[:40]
    home = _homes / f"{name}-{next(_home_numbers)}" / "briefing-home"
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "BRIEFING_BASE_URL",
        "BRIEFING_MODEL",
        "TIKTOKEN_CACHE_DIR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(shared_cache))
    yield


def _sigint_as_children_get_it() -> tuple[object, bool, bool]:
    """SIGINT's Python handler, and whether a child started now would get it ignored or
    blocked (both survive exec): the kernel's view where there is one, so a change made from C
    (an extension, a library's thread) counts too."""
    handler = signal.getsignal(signal.SIGINT)
    ignored = handler is signal.SIG_IGN
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with contextlib.suppress(FileNotFoundError), open("/proc/self/status", "rb") as status:
        text = status.read()  # read at every test's start and end: only the one field parsed
        start = text.index(b"\nSigIgn:\t") + len(b"\nSigIgn:\t")
        mask = int(text[start : text.index(b"\n", start)], 16)
        ignored = ignored or bool(mask >> (signal.SIGINT - 1) & 1)
    return handler, ignored, blocked


@pytest.fixture(autouse=True)
def _sigint_left_as_found() -> Iterator[None]:
    """A test (or a library it drives) that leaves SIGINT ignored, blocked or handled otherwise
    fails: an xdist worker hands an ignored or blocked SIGINT to every child it starts later,
    and a later test's child then never sees its Ctrl-C (seen twice in fresh-clone CI runs)."""
    before = _sigint_as_children_get_it()
    yield
    after = _sigint_as_children_get_it()
    if after != before:
        pytest.fail(f"SIGINT (handler, ignored, blocked) was {before}, the test left {after}")


def pytest_report_header() -> str:
    """How this process (and so every xdist worker it starts) has SIGINT: a run started in the
    background of a shell without job control has it ignored from the start, a leak no test
    made (the SIGINT test in test_cli_errors.py gives its child a default SIGINT either way)."""
    _, ignored, blocked = _sigint_as_children_get_it()
    state = ("IGNORED" if ignored else "not ignored", "BLOCKED" if blocked else "unblocked")
    return "SIGINT as child processes inherit it: {}, {}".format(*state)


class FaultTable:
    """Rows for docs/FAULTS.md: what a test injected, how often, and what was lost. Written
    (appended, one JSON object a line) to ``$FAULTS_REPORT`` when it is set: ``python
    bench/faults.py`` runs the fault tests with it and renders the table."""

    def __init__(self, test: str) -> None:
        self.test = test

    def add(self, *, fault: str, injected: str, outcome: str, lost: str) -> None:
        target = os.environ.get("FAULTS_REPORT")
        if not target:
            return
        row = {"test": self.test, "fault": fault, "injected": injected, "outcome": outcome}
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({**row, "lost": lost}, ensure_ascii=False) + "\n")


@pytest.fixture
def fault_table(request: pytest.FixtureRequest) -> FaultTable:
    return FaultTable(request.node.nodeid)
