"""The SSRF guard: which URLs and which resolved addresses an outbound request may use.

A post's links are attacker-chosen (anyone who can schedule a post can write one), so a
request on their behalf must never reach the service's own network: loopback, private
(RFC 1918, ULA), link-local (which includes the cloud metadata address 169.254.169.254),
multicast, reserved/unspecified, shared (CGNAT) and documentation ranges are refused unless
an explicit allow-list names them. The check is on the *resolved* address of every hop
(redirects included), and the caller connects to exactly the address that was checked,
so a DNS answer that changes between check and connect (rebinding) cannot slip through.

Reusable for any outbound call (webhooks): ``Guard.check_url`` then ``Guard.resolve``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# host, port -> the addresses it resolves to (as strings). Injected in tests so no lookup
# leaves the machine; the default asks the system resolver.
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Named explicitly (beyond ipaddress' flags) because they are the ones that matter most.
METADATA_ADDRESSES = frozenset({ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254"),
                                ipaddress.ip_address("100.100.100.200")})
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not public


class Refused(Exception):
    """The URL or an address it resolves to may not be fetched; ``str()`` says why."""


def system_resolver(host: str, port: int) -> Sequence[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def address_problem(address: IPAddress) -> str | None:
    """Why ``address`` is not a public unicast address, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address_problem(address.ipv4_mapped)
    if address in METADATA_ADDRESSES:
        return "a cloud metadata address"
    checks = (
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (address.is_unspecified, "unspecified"),
        (address.is_reserved, "reserved"),
        (isinstance(address, ipaddress.IPv4Address) and address in _SHARED, "shared (carrier-grade NAT)"),
        (address.is_private, "private"),
        (not address.is_global, "not globally routable"),
    )
    for hit, name in checks:
        if hit:
            return name
    return None


@dataclass(frozen=True, slots=True)
class Target:
    """One checked hop: the URL to request (without credentials), where to connect."""

    url: str
    scheme: str
    host: str
    port: int
    address: str
    path: str


class Guard:
    """Decides per URL and per resolved address; ``allow`` lists networks that may be
    reached even though they are not public (tests: 127.0.0.0/8 and ::1)."""

    def __init__(self, allow: Iterable[str | IPNetwork] = (), resolver: Resolver | None = None) -> None:
        self.allow: tuple[IPNetwork, ...] = tuple(
            n if isinstance(n, (ipaddress.IPv4Network, ipaddress.IPv6Network)) else ipaddress.ip_network(n, strict=False)
            for n in allow)
        self.resolver: Resolver = resolver or system_resolver

    def allowed(self, address: IPAddress) -> bool:
        return any(address in network for network in self.allow)

    def check_address(self, address: str) -> IPAddress:
        """The parsed address, or ``Refused`` naming the range it is in."""
        try:
            parsed = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            raise Refused(f"resolver returned '{address}', which is not an IP address") from None
        if self.allowed(parsed):
            return parsed
        problem = address_problem(parsed)
        if problem is not None:
            raise Refused(f"{parsed} is {problem}; not fetched (add it to the allow-list to permit)")
        return parsed

    def check_url(self, url: str) -> SplitResult:
        """Only http/https with a host; credentials in the URL are dropped, never sent."""
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError as exc:
            raise Refused(f"not a valid URL: {exc}") from None
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise Refused(f"scheme '{scheme or '(none)'}' is not fetched; only http and https")
        if not parts.hostname:
            raise Refused("URL has no host")
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        if port is not None:
            netloc += f":{port}"
        return SplitResult(scheme, netloc, parts.path or "/", parts.query, "")

    def resolve(self, url: str) -> Target:
        """Check the URL, resolve its host, check every address; the first is used.

        Every address must pass, not just one: otherwise a name answering both a public
        and a private address would leave the choice to chance."""
        parts = self.check_url(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            literal: IPAddress | None = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is not None:
            addresses: Sequence[str] = [str(literal)]
        else:
            try:
                addresses = list(self.resolver(host, port))
            except (OSError, UnicodeError) as exc:
                raise Refused(f"cannot resolve {host}: {exc}") from None
            if not addresses:
                raise Refused(f"{host} resolves to no address")
        checked = [self.check_address(a) for a in addresses]
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return Target(urlunsplit(parts), parts.scheme, host, port, str(checked[0]), path)
