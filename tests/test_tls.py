"""The shared TLS contexts (``briefing.tls``): one per process and HTTP library, verifying, and
trusting what that library's own default trusts."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import httpx2
from clients import async_client, sync_client

from briefing.tls import httpx2_context, httpx_context


def test_one_verifying_context_per_library_with_its_own_default_trust() -> None:
    assert httpx_context() is httpx_context() and httpx2_context() is httpx2_context()
    for shared, own in (
        (httpx_context(), httpx.create_ssl_context()),
        (httpx2_context(), httpx2.create_ssl_context()),
    ):
        assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname
        assert shared.get_ca_certs() == own.get_ca_certs()
        assert shared.cert_store_stats() == own.cert_store_stats()


def test_the_tests_own_openai_clients_share_the_context_too() -> None:
    """``tests/clients.py``: a client the openai library makes on its own loads a certificate
    store (about 25 ms of CPU), some 30 times a test run, for servers that speak plain HTTP."""
    for client in (
        async_client(api_key="sk-test", base_url="http://127.0.0.1:9/v1"),
        sync_client(api_key="sk-test", base_url="http://127.0.0.1:9/v1"),
    ):
        transport: Any = client._client._transport
        assert transport._pool._ssl_context is httpx2_context()
