"""Stopping a ``socketserver`` server without sitting out its poll interval.

``serve_forever(poll_interval)`` waits in ``select()`` for a connection and reads its stop flag
only when ``select()`` returns; ``shutdown()`` sets the flag and waits for the loop to see it, so
every stop of an idle server took up to a whole poll interval (about 20 ms a loopback server and
50 ms a fake OpenAI server at their intervals, some 300 stops a test run: seconds of a worker
doing nothing). A connection to the server wakes ``select()`` at once, and the loop, finding
the flag set, ends without taking it (a connection that comes before the flag is taken and ends
at once: a request handler reads an empty request line and closes).

Here rather than in ``loopback``: ``python -m tests.fake_openai`` runs without tests/ on
``sys.path``.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading

__all__ = ["shut_down"]


def shut_down(server: socketserver.TCPServer) -> None:
    """``server.shutdown()`` that returns as soon as the serving loop has ended, without waiting
    out ``select()``'s timeout. Call it while ``serve_forever`` runs in another thread."""
    stopping = threading.Thread(target=server.shutdown, name="shut-down", daemon=True)
    stopping.start()
    host, port = server.server_address[:2]
    address = (host.decode() if isinstance(host, bytes | bytearray) else host, port)
    while stopping.is_alive():
        with contextlib.suppress(OSError), socket.create_connection(address, timeout=1):
            pass
        stopping.join(0.005)
