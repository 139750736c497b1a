"""A small riskcheck API client for schedulers, standard library only (Python 3.9+).

    from riskcheck_client import RiskcheckClient
    client = RiskcheckClient("http://127.0.0.1:8000", api_key="scheduler-key")
    verdict = client.check({"text": "Ride out #StormBram with 30% off!", "channels": ["x", "linkedin"]})
    if verdict["decision"] != "pass":
        for finding in verdict["findings"]:
            print(finding["rule_id"], finding["part"], finding["message"])

What it shows: one call per post (native body, or a Buffer/Hootsuite post object as is),
errors as RFC 9457 problem details (``RiskcheckError.problem``), 429 retried after
``Retry-After``, and the ``RateLimit-*`` headers of the last answer. Spans use
``start``/``end`` (code points) in Python; a JavaScript client uses ``start_utf16``.

Run it as a script to check one post: ``python riskcheck_client.py URL KEY "post text"``.
"""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.request
from typing import Any

PATHS = {"native": "/v1/check", "buffer": "/v1/check/buffer", "hootsuite": "/v1/check/hootsuite"}


class RiskcheckError(Exception):
    """The service refused the request; ``problem`` is its RFC 9457 body."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(f"HTTP {status}: {problem.get('detail') or problem.get('title')}")
        self.status = status
        self.problem = problem


class RiskcheckClient:
    def __init__(self, base_url: str, api_key: str, *, timeout_s: float = 10.0, retries: int = 2) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.retries = retries
        self.rate_limit: dict[str, str] = {}  # RateLimit-* headers of the last answer

    def check(self, post: dict[str, Any], shape: str = "native") -> dict[str, Any]:
        """The verdict for one post. ``shape``: native, buffer or hootsuite."""
        return self._post(PATHS[shape], post)

    def check_batch(self, posts: list[dict[str, Any]]) -> dict[str, Any]:
        return self._post("/v1/check/batch", {"posts": posts})

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(body).encode("utf-8")
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(
                self.base_url + path, data=data, method="POST",
                headers={"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json",
                         "Accept": "application/json, application/problem+json"})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                    self._remember(response.headers)
                    answer: dict[str, Any] = json.loads(response.read())
                    return answer
            except urllib.error.HTTPError as error:
                self._remember(error.headers)
                problem = _problem(error)
                if error.code == 429 and attempt < self.retries:
                    time.sleep(min(float(error.headers.get("Retry-After") or 1), 30.0))
                    continue
                raise RiskcheckError(error.code, problem) from None
        raise AssertionError("unreachable")

    def _remember(self, headers: Any) -> None:
        self.rate_limit = {k.lower(): v for k, v in headers.items() if k.lower().startswith("ratelimit")}


def _problem(error: urllib.error.HTTPError) -> dict[str, Any]:
    raw = error.read()
    try:
        body = json.loads(raw)
    except ValueError:
        return {"status": error.code, "title": error.reason, "detail": raw.decode("utf-8", "replace")}
    return body if isinstance(body, dict) else {"status": error.code, "detail": str(body)}


def highlight(text: str, finding: dict[str, Any]) -> str:
    """The text with each span of the finding in [brackets] (code-point offsets)."""
    out, last = [], 0
    for span in sorted(finding["spans"], key=lambda s: s["start"]):
        out += [text[last:span["start"]], "[", text[span["start"]:span["end"]], "]"]
        last = span["end"]
    return "".join(out + [text[last:]])


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: riskcheck_client.py URL API_KEY TEXT", file=sys.stderr)
        return 64
    client = RiskcheckClient(argv[1], argv[2])
    try:
        verdict = client.check({"text": argv[3]})
    except RiskcheckError as exc:
        print(f"refused: {exc} ({exc.problem.get('type')})", file=sys.stderr)
        return 65
    print(verdict["decision"], verdict["risk"])
    for finding in verdict["findings"]:
        if finding["part"] == "text":
            print(f"  {finding['rule_id']}: {highlight(argv[3], finding)}")
        else:
            print(f"  {finding['rule_id']} ({finding['part']}): {finding['message']}")
    print(f"  rate limit: {client.rate_limit.get('ratelimit-remaining', '?')} left")
    return {"pass": 0, "review": 1, "block": 2, "hold": 3}[verdict["decision"]]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
