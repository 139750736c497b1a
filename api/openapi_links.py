"""OpenAPI links: where one operation's answer (or request) feeds the next call.

A scheduler checks a post with an ``id`` and later asks for its verdict by that id; a reviewer
reads the verdict, then approves it or waives one of its findings with the verdict's
``text_sha256``; a waiver is revoked by its post and rule; pages continue at ``next_offset``;
a rolled-out rule set is rolled back by ``previous_version``. The document says so with
`links <https://spec.openapis.org/oas/v3.1.0#link-object>`_, so API users (and generated
clients) see how the calls chain, and the stateful Schemathesis test follows the same chains.

Each link names its target by method and path; ``install`` turns that into the target's
``operationId`` and refuses a link to an operation that does not exist, so a renamed route
cannot leave a dangling link in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any


@dataclass(frozen=True)
class Link:
    """One OpenAPI link from a source operation's answer with ``status`` to ``target``."""

    name: str
    target: tuple[str, str]  # (method, path)
    description: str
    parameters: dict[str, str] = field(default_factory=dict)
    request_body: dict[str, Any] | None = None


VERDICT = ("get", "/v1/verdicts/{post_id}")
APPROVE = ("post", "/v1/verdicts/{post_id}/approve")
REJECT = ("post", "/v1/verdicts/{post_id}/reject")
WAIVE = ("post", "/v1/verdicts/{post_id}/waive")
REVOKE = ("delete", "/v1/verdicts/{post_id}/waive")
WAIVERS = ("get", "/v1/waivers")
AUDIT = ("get", "/v1/audit")
DELIVERIES = ("get", "/v1/webhooks/deliveries")
VERSIONS = ("get", "/v1/rules/versions")
PUBLISH = ("post", "/v1/rules/versions/{version}/publish")
CRISIS = ("get", "/v1/crisis")
CRISIS_ON = ("put", "/v1/crisis")
CRISIS_OFF = ("delete", "/v1/crisis")


def _review_links(post_id: str, text_sha256: str, rule_id: str) -> list[Link]:
    """What a reviewer does next with a checked post: read it, decide, waive, look it up."""
    return [
        Link("GetVerdict", VERDICT, "The post's latest verdict and review state, by the id it was checked with.",
             {"path.post_id": post_id}),
        Link("Approve", APPROVE, "Approve exactly the text that was checked (409 if it changed since).",
             {"path.post_id": post_id}, {"text_sha256": text_sha256}),
        Link("Reject", REJECT, "Reject exactly the text that was checked.",
             {"path.post_id": post_id}, {"text_sha256": text_sha256}),
        Link("WaiveFinding", WAIVE, "Waive the first finding for exactly this text.",
             {"path.post_id": post_id}, {"rule_id": rule_id, "text_sha256": text_sha256}),
        Link("ListWaivers", WAIVERS, "The waivers bound to this post.", {"query.post_id": post_id}),
        Link("AuditOfPost", AUDIT, "The post's checks and review events.", {"query.post_id": post_id}),
    ]


_CHECKED = _review_links("$response.body#/id", "$response.body#/text_sha256", "$response.body#/findings/0/rule_id")


def _next_page(target: tuple[str, str], *filters: str) -> Link:
    return Link("NextPage", target, "The next page: the same query from `next_offset` (null on the last page).",
                {"query.offset": "$response.body#/next_offset", "query.limit": "$request.query.limit",
                 **{f"query.{name}": f"$request.query.{name}" for name in filters}})


# (method, path, status) of the source -> its links
LINKS: dict[tuple[str, str, str], list[Link]] = {
    ("post", "/v1/check", "200"): _CHECKED,
    ("post", "/v1/check/buffer", "200"): _CHECKED,
    ("post", "/v1/check/hootsuite", "200"): _CHECKED,
    ("post", "/v1/check/batch", "200"): [
        Link("GetVerdict", VERDICT, "The first post's latest verdict, by its id.",
             {"path.post_id": "$response.body#/results/0/id"}),
    ],
    ("get", "/v1/verdicts/{post_id}", "200"): _review_links(
        "$response.body#/id", "$response.body#/text_sha256", "$response.body#/verdict/findings/0/rule_id"),
    ("post", "/v1/verdicts/{post_id}/approve", "200"): [
        Link("GetVerdict", VERDICT, "The approved post's verdict.", {"path.post_id": "$request.path.post_id"}),
    ],
    ("post", "/v1/verdicts/{post_id}/reject", "200"): [
        Link("GetVerdict", VERDICT, "The rejected post's verdict.", {"path.post_id": "$request.path.post_id"}),
    ],
    ("post", "/v1/verdicts/{post_id}/waive", "201"): [
        Link("RevokeWaiver", REVOKE, "Revoke this waiver (every waiver of this rule on this post).",
             {"path.post_id": "$response.body#/post_id", "query.rule_id": "$response.body#/rule_id"}),
        Link("ListWaivers", WAIVERS, "The post's waivers, this one included.",
             {"query.post_id": "$response.body#/post_id"}),
        Link("GetVerdict", VERDICT, "The verdict, now without the waived finding.",
             {"path.post_id": "$response.body#/post_id"}),
    ],
    ("delete", "/v1/verdicts/{post_id}/waive", "200"): [
        Link("GetVerdict", VERDICT, "The verdict, checked again without the waiver.",
             {"path.post_id": "$request.path.post_id"}),
    ],
    ("get", "/v1/waivers", "200"): [
        _next_page(WAIVERS, "post_id"),
        Link("RevokeWaiver", REVOKE, "Revoke the newest waiver listed.",
             {"path.post_id": "$response.body#/waivers/0/post_id",
              "query.rule_id": "$response.body#/waivers/0/rule_id"}),
    ],
    ("get", "/v1/audit", "200"): [
        _next_page(AUDIT, "kind", "actor", "post_id", "since", "until"),
        Link("GetVerdict", VERDICT, "The verdict of the newest record's post.",
             {"path.post_id": "$response.body#/records/0/post_id"}),
    ],
    ("get", "/v1/webhooks/deliveries", "200"): [_next_page(DELIVERIES)],
    ("get", "/v1/rules", "200"): [
        Link("PublishVersion", PUBLISH, "Publish the loaded version again (a no-op roll-forward).",
             {"path.version": "$response.body#/version"}),
    ],
    ("post", "/v1/rules/reload", "200"): [
        Link("RollBack", PUBLISH, "Roll back to the version this reload replaced.",
             {"path.version": "$response.body#/previous_version"}),
        Link("ListVersions", VERSIONS, "The published generations, this one first."),
    ],
    ("get", "/v1/rules/versions", "200"): [
        Link("PublishVersion", PUBLISH, "Re-publish the newest listed generation's version.",
             {"path.version": "$response.body#/generations/0/version"}),
    ],
    ("post", "/v1/rules/versions/{version}/publish", "200"): [
        Link("RollForward", PUBLISH, "Undo: publish the version this one replaced.",
             {"path.version": "$response.body#/previous_version"}),
        Link("ListVersions", VERSIONS, "The published generations, this one first."),
    ],
    ("put", "/v1/crisis", "200"): [
        Link("CrisisStatus", CRISIS, "What every replica now reads."),
        Link("EndCrisis", CRISIS_OFF, "Switch crisis mode off again."),
    ],
    ("get", "/v1/crisis", "200"): [Link("EndCrisis", CRISIS_OFF, "Switch crisis mode off.")],
    ("delete", "/v1/crisis", "200"): [Link("CrisisStatus", CRISIS, "What every replica now reads.")],
}


def install(schema: dict[str, Any]) -> None:
    """Add ``LINKS`` to the OpenAPI document ``schema`` (in place).

    Raises ``LookupError`` for a link whose source or target operation is not in the document.
    """
    paths: dict[str, Any] = schema.get("paths", {})

    def operation(method: str, path: str) -> dict[str, Any]:
        try:
            found: dict[str, Any] = paths[path][method]
        except KeyError:
            raise LookupError(f"OpenAPI link names {method.upper()} {path}, which the app does not serve") from None
        return found

    for (method, path, status), links in LINKS.items():
        response = operation(method, path).get("responses", {}).get(status)
        if response is None:
            raise LookupError(f"OpenAPI links from {method.upper()} {path} {status}: no such response")
        out = response.setdefault("links", {})
        for link in links:
            target = operation(*link.target)
            entry: dict[str, Any] = {"operationId": target["operationId"], "description": link.description}
            if link.parameters:
                entry["parameters"] = dict(link.parameters)
            if link.request_body is not None:
                entry["requestBody"] = dict(link.request_body)
            out[link.name] = entry
