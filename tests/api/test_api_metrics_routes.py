"""Requests are counted by their route template whatever Content-Type the body was sent with."""

from __future__ import annotations

import re

import pytest

from api_fakes import auth


def _count(text: str, route: str, method: str, status: int) -> float:
    pattern = (r'riskcheck_http_requests_total\{[^}]*route="%s"[^}]*\} ([0-9.]+)' % re.escape(route))
    total = 0.0
    for line in text.splitlines():
        m = re.match(pattern, line)
        if m and f'method="{method}"' in line and f'status="{status}"' in line:
            total += float(m.group(1))
    return total


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "application/json"])
def test_a_check_counts_under_its_route_whatever_the_content_type(client, content_type):
    headers = auth("check")
    if content_type is not None:
        headers["Content-Type"] = content_type
    r = client.post("/v1/check", content=b'{"text": "a quiet tuesday"}', headers=headers)
    assert r.status_code == 200, r.text
    text = client.get("/metrics").text
    assert _count(text, "/v1/check", "POST", 200) == 1.0
    assert 'route="unmatched"' not in text


def test_a_templated_route_counts_under_its_template_and_unknown_paths_as_unmatched(client):
    client.post("/v1/verdicts/p-1/waive", content=b"{}", headers={**auth("review"), "Content-Type": "text/plain"})
    client.get("/no/such/path")
    text = client.get("/metrics").text
    assert 'route="/v1/verdicts/{post_id}/waive"' in text
    assert 'route="/v1/verdicts/p-1/waive"' not in text
    assert _count(text, "unmatched", "GET", 404) == 1.0


def test_a_wrong_method_counts_under_the_route_path(client):
    assert client.get("/v1/check", headers=auth("check")).status_code == 405
    assert _count(client.get("/metrics").text, "/v1/check", "GET", 405) == 1.0
