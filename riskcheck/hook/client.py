"""Client mode: send posts to a running riskcheck service instead of loading models here.

``POST {server}/v1/check/batch`` with ``{"posts": [...]}`` and ``Authorization: Bearer KEY``
(the key from $RISKCHECK_API_KEY); the answer is ``{"results": [{"index", "id", "verdict" |
"error"}, ...]}`` in the same order (a bare ``{"verdicts": [...]}`` list is accepted too). A
429/503 is retried after its Retry-After (a few times, at most 5 s each). Verdicts come back as the same frozen ``Verdict`` the local checker gives,
so everything downstream is the same in both modes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from typing import Any

import httpx

from riskcheck.errors import ConfigError
from riskcheck.errors import RiskcheckError
from riskcheck.types import CheckState
from riskcheck.types import CheckStatus
from riskcheck.types import Decision
from riskcheck.types import Finding
from riskcheck.types import Post
from riskcheck.types import Severity
from riskcheck.types import Source
from riskcheck.types import Span
from riskcheck.types import Verdict

API_KEY_ENV = "RISKCHECK_API_KEY"
BATCH_PATH = "/v1/check/batch"
RETRIES = 3


class ServiceError(RiskcheckError):
    """The service could not be reached or refused the request; the message says what to do."""


def post_payload(post: Post) -> dict[str, Any]:
    """One post as the batch endpoint takes it."""
    data: dict[str, Any] = {"text": post.text}
    for name in ("channel", "brand", "language", "id", "author", "alt_text", "profile"):
        value = getattr(post, name)
        if value is not None:
            data[name] = value
    if post.scheduled_at is not None:
        data["scheduled_at"] = post.scheduled_at.isoformat()
    if post.link_urls:
        data["link_urls"] = list(post.link_urls)
    return data


def _status(text: str) -> CheckStatus:
    state, _, reason = text.partition(":")
    return CheckStatus(CheckState(state.strip()), reason.strip() or None)


def _finding(data: dict[str, Any]) -> Finding:
    source = data.get("source")
    return Finding(
        rule_id=data["rule_id"], kind=data.get("kind", ""), category=data.get("category", ""),
        severity=Severity(data["severity"]), message=data.get("message", ""),
        spans=tuple(Span(s["start"], s["end"], s.get("text", ""), s.get("start_utf16"), s.get("end_utf16"))
                    for s in data.get("spans") or ()),
        score=data.get("score"), suggestion=data.get("suggestion"),
        source=Source(source["file"], source["line"]) if source else None,
        why=data.get("why"), link=data.get("link"), explanation=data.get("explanation") or {},
        waived=data.get("waived"), also=tuple(data.get("also") or ()), part=data.get("part") or "text",
    )


def verdict_from_dict(data: dict[str, Any]) -> Verdict:
    """The inverse of ``Verdict.to_dict()``; KeyError/ValueError on a malformed verdict."""
    return Verdict(
        decision=Decision(data["decision"]),
        risk=float(data.get("risk", 0.0)),
        findings=tuple(_finding(f) for f in data.get("findings") or ()),
        checks={name: _status(str(text)) for name, text in (data.get("checks") or {}).items()},
        language=data.get("language", "und"),
        ruleset_version=data.get("ruleset_version", "unknown"),
        reasons=tuple(data.get("reasons") or ()),
        timings_ms=dict(data.get("timings_ms") or {}),
        post_id=data.get("id"),
        language_confidence=data.get("language_confidence"),
        skipped_rules=tuple((str(s["rule_id"]), str(s.get("reason", ""))) for s in data.get("skipped_rules") or ()),
        scores={str(k): float(v) for k, v in (data.get("scores") or {}).items()},
    )


class ServiceClient:
    """Checks posts on a riskcheck service, in batches, with one HTTP connection."""

    def __init__(self, server: str, *, api_key: str | None = None, batch_size: int = 100,
                 timeout_s: float = 60.0, transport: httpx.BaseTransport | None = None) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise ConfigError(f"--server needs an API key: set ${API_KEY_ENV}")
        self.batch_size = max(1, batch_size)
        self._client = httpx.Client(base_url=server.rstrip("/"), timeout=timeout_s, transport=transport,
                                    headers={"Authorization": f"Bearer {key}"})
        self.server = server

    def close(self) -> None:
        self._client.close()

    def check_many(self, posts: Sequence[Post]) -> list[Verdict | str]:
        """A verdict per post, or the service's error text for that post; order kept."""
        out: list[Verdict | str] = []
        for start in range(0, len(posts), self.batch_size):
            out.extend(self._batch(posts[start:start + self.batch_size]))
        return out

    def _post(self, posts: Sequence[Post]) -> httpx.Response:
        body = {"posts": [post_payload(p) for p in posts]}
        for attempt in range(RETRIES + 1):
            try:
                response = self._client.post(BATCH_PATH, json=body)
            except httpx.HTTPError as exc:
                raise ServiceError(f"cannot reach the riskcheck service at {self.server}: {exc}") from None
            if response.status_code not in (429, 503) or attempt == RETRIES:
                return response
            try:
                wait = float(response.headers.get("retry-after", "1"))
            except ValueError:
                wait = 1.0
            time.sleep(min(max(wait, 0.0), 5.0))
        raise AssertionError("unreachable")  # pragma: no cover

    def _batch(self, posts: Sequence[Post]) -> list[Verdict | str]:
        response = self._post(posts)
        if response.status_code in (401, 403):
            raise ServiceError(f"the service at {self.server} refused the API key (HTTP {response.status_code}); "
                               f"check ${API_KEY_ENV}")
        if response.status_code != 200:
            raise ServiceError(f"the service at {self.server} answered HTTP {response.status_code}: "
                               f"{response.text[:300]}")
        try:
            document = response.json()
            entries = document["results"] if "results" in document else document["verdicts"]
        except (ValueError, KeyError, TypeError):
            raise ServiceError(f"the service at {self.server} sent no 'results' list") from None
        if not isinstance(entries, list) or len(entries) != len(posts):
            raise ServiceError(f"the service at {self.server} sent {len(entries) if isinstance(entries, list) else 0} "
                               f"results for {len(posts)} posts")
        return [_answer(entry) for entry in entries]


def _answer(entry: object) -> Verdict | str:
    """A verdict, or the text of the service's error for that one post."""
    if not isinstance(entry, dict):
        return f"malformed result from the service: {entry!r}"
    if "error" in entry and "decision" not in entry:
        error = entry["error"]
        if isinstance(error, dict):
            # RFC 9457 problem details: field errors under ``errors`` (older services: a ``detail`` list)
            detail = error.get("errors") or error.get("detail")
            if isinstance(detail, list):
                detail = "; ".join(f"{'.'.join(str(p) for p in d.get('loc', [])[3:]) or 'post'}: {d.get('msg')}"
                                   if isinstance(d, dict) else str(d) for d in detail)
            return f"the service refused this post: {detail or error}"
        return str(error)
    data = entry.get("verdict", entry)
    try:
        return verdict_from_dict(data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return f"malformed verdict from the service: {exc!r}"
