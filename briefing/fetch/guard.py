"""Which addresses a fetch may reach: no loopback, private, link-local or metadata addresses
unless the configured source itself is on one (or the config allows it).

A feed's item links and a server's redirects are chosen by whoever writes the feed, not by the
user; without this rule a feed could point the fetcher at ``http://127.0.0.1:…/admin`` or the
cloud metadata service (``169.254.169.254``) and send what it reads to the model, the email and
Slack. A host name counts as private when any address it resolves to does (checked before
connecting), and the address actually connected to is checked again after connecting, so a
name that resolves differently the second time (DNS rebinding) is caught too.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable

__all__ = ["Resolver", "is_private_address", "private_reason", "system_resolver"]

logger = logging.getLogger(__name__)

Resolver = Callable[[str], Awaitable[list[str]]]
"""Host name → its IP addresses (an empty list when it does not resolve)."""

# Metadata services that are not inside a non-global range on every platform.
_METADATA = frozenset({"100.100.100.200", "fd00:ec2::254", "169.254.169.254"})


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_private_address(text: str) -> bool:
    """True for loopback, private, link-local, shared (CGNAT), reserved, unspecified and
    multicast addresses and the cloud metadata services: anything not on the public internet."""
    address = _address(text)
    if address is None:
        return False
    return str(address) in _METADATA or not address.is_global or address.is_multicast


async def system_resolver(host: str) -> list[str]:
    """The host's addresses from the system resolver; [] when it does not resolve."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def private_reason(host: str, resolve: Resolver) -> str | None:
    """Why ``host`` is a private destination ("127.0.0.1 is a loopback or private address"),
    or None when it is public (or does not resolve: the connection then fails on its own)."""
    if not host:
        return None
    if host.lower().rstrip(".") == "localhost" or host.lower().endswith(".localhost"):
        return f"{host} is a loopback address"
    if _address(host) is not None:
        addresses = [host]
    else:
        addresses = await resolve(host)
    for address in addresses:
        if is_private_address(address):
            shown = host if address == host else f"{host} ({address})"
            return f"{shown} is a loopback, private or link-local address"
    return None
