"""A post's links and what their check results mean as findings.

Links come from the URLs in the text (``http(s)://`` or ``www.``; bare domains and e-mail
addresses are not fetched) and from ``link_urls``. Anything but a clean answer is a
``link`` finding carrying the status and the final URL; a status that changed since the
last check is a finding even when the new status is fine (a sale page that now redirects
may be the wrong page), at ``info`` then.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass

from riskcheck.linkcheck.fetch import LinkResult
from riskcheck.linkcheck.fetch import Outcome
from riskcheck.types import CheckState
from riskcheck.types import CheckStatus
from riskcheck.types import Finding
from riskcheck.types import Severity
from riskcheck.types import Span

PACK = "links"
# Not "link" (the link rules' category): a dead page and a shortener are two concerns, and
# findings of one category over the same link would fold into one (riskcheck.concerns).
CATEGORY = "link-status"

_RULES: Mapping[Outcome, tuple[str, str]] = {
    Outcome.BROKEN: ("broken", "link answers HTTP {status}: {url} (final URL {final_url})"),
    Outcome.TIMEOUT: ("timeout", "link did not answer in time: {url} ({detail})"),
    Outcome.UNREACHABLE: ("unreachable", "link cannot be reached: {url} ({detail})"),
    Outcome.OFFSITE: ("offsite-redirect", "link redirects to another site: {url} -> {final_url} (HTTP {status})"),
    Outcome.LOOP: ("redirect-loop", "link redirects in a loop: {url} (back to {final_url})"),
    Outcome.TOO_MANY_REDIRECTS: ("too-many-redirects", "link redirects too often: {url} ({detail})"),
    Outcome.REFUSED: ("refused", "link was not checked, its address is refused: {url} ({detail})"),
    Outcome.UNCHECKED: ("unchecked", "link was not checked in time: {url} ({detail})"),
}


@dataclass(frozen=True, slots=True)
class LinkRef:
    """Where a link appears: the URL fetched, the part of the post, the span in that part."""

    url: str
    part: str
    span: Span


def fetchable(raw: str) -> str | None:
    """The URL to request for a link as written, or None for what is not fetched."""
    lowered = raw.lower()
    if lowered.startswith(("http://", "https://")):
        return raw
    if lowered.startswith("www."):
        return "https://" + raw
    return None


def post_links(text_urls: Iterable[tuple[int, int, str]], link_urls: Sequence[str]) -> list[LinkRef]:
    """``text_urls``: (start, end, raw) of each URL token in the text."""
    refs = []
    for start, end, raw in text_urls:
        url = fetchable(raw)
        if url is not None:
            refs.append(LinkRef(url, "text", Span(start, end, raw)))
    for index, raw in enumerate(link_urls):
        url = fetchable(raw.strip())
        if url is not None:
            refs.append(LinkRef(url, f"link_urls[{index}]", Span(0, len(raw), raw)))
    return refs


def link_findings(refs: Sequence[LinkRef], results: Mapping[str, LinkResult]) -> list[Finding]:
    findings = []
    for ref in refs:
        result = results.get(ref.url)
        if result is None:
            continue
        explanation = {"link": result.to_dict()}
        values = {"url": ref.url, "status": result.status, "final_url": result.final_url, "detail": result.detail}
        if result.outcome in _RULES:
            name, template = _RULES[result.outcome]
            severity = Severity.INFO if result.outcome is Outcome.UNCHECKED else Severity.REVIEW
            findings.append(Finding(f"{PACK}/{name}", "link", CATEGORY, severity, template.format(**values),
                                    (ref.span,), explanation=explanation, part=ref.part))
        elif result.changed_from is not None:
            findings.append(Finding(
                f"{PACK}/status-changed", "link", CATEGORY, Severity.INFO,
                f"link status changed from HTTP {result.changed_from} to HTTP {result.status}: {ref.url} "
                f"(final URL {result.final_url})", (ref.span,), explanation=explanation, part=ref.part))
    return findings


def links_status(results: Mapping[str, LinkResult]) -> CheckStatus:
    """``ran``, or ``timeout`` naming how many links were not checked (never a pass)."""
    unchecked = [r for r in results.values() if r.outcome is Outcome.UNCHECKED]
    if unchecked:
        return CheckStatus(CheckState.TIMEOUT, f"{len(unchecked)} of {len(results)} links not checked within "
                                               "the link-check budget")
    return CheckStatus.ran()
