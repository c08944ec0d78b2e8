"""The shared TLS contexts (``briefing.tls``): one per process and HTTP library, verifying, and
trusting what that library's own default trusts."""

from __future__ import annotations

import ssl

import httpx
import httpx2

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
