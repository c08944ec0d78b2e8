"""The TLS context of the HTTP clients ``brief`` makes: one per process and HTTP library.

Making one loads a certificate store (about 20 ms of CPU), and a run makes several clients
(the sources' fetcher, the model server's probe, the OpenAI client), so each library's own
default context is made once and shared: httpx's ``create_ssl_context()`` (certifi's bundle)
for the fetcher and the probe, httpx2's (the system's store) for the openai client. The same
certificates are trusted as when each client makes its own; ``SSL_CERT_FILE`` and
``SSL_CERT_DIR`` are read when the first client of the process is made.
"""

from __future__ import annotations

import functools
import ssl


@functools.cache
def httpx_context() -> ssl.SSLContext:
    """httpx's default verifying context (what ``verify=True`` would make)."""
    import httpx

    return httpx.create_ssl_context()


@functools.cache
def httpx2_context() -> ssl.SSLContext:
    """httpx2's default verifying context, for the openai client."""
    import httpx2

    return httpx2.create_ssl_context()
