"""The review console over HTTP (TestClient): sign-in, CSRF, escaping, CSP, the pages' work.
The same flows run in a real browser in tests/browser/."""

from __future__ import annotations

import re

import pytest

from api_fakes import KEYS
from api_fakes import auth

XSS = '<script>alert(1)</script> sale "><img src=x onerror=alert(1)>'


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def sign_in(client, scope: str = "admin") -> str:
    """Sign in with the test key of ``scope``; returns the session's CSRF token."""
    page = client.get("/console/login")
    r = client.post("/console/login", data={"api_key": KEYS[scope], "csrf": _csrf(page.text)},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return _csrf(client.get("/console/check").text)


def test_pages_need_sign_in(client):
    for path in ("/console/check", "/console/queue", "/console/crisis", "/console/rules", "/console/audit"):
        r = client.get(path, follow_redirects=False)
        assert (r.status_code, r.headers["location"]) == (303, "/console/login"), path


def test_sign_in_sets_httponly_samesite_cookie_and_rejects_bad_key(client):
    page = client.get("/console/login")
    bad = client.post("/console/login", data={"api_key": "wrong", "csrf": _csrf(page.text)})
    assert bad.status_code == 401 and "unknown API key" in bad.text
    page = client.get("/console/login")
    r = client.post("/console/login", data={"api_key": KEYS["review"], "csrf": _csrf(page.text)},
                    follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert "riskcheck_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert KEYS["review"] not in cookie


def test_sign_in_form_without_csrf_is_refused(client):
    client.get("/console/login")
    r = client.post("/console/login", data={"api_key": KEYS["admin"]})
    assert r.status_code == 403 and "CSRF" in r.text


def test_every_form_needs_the_csrf_token(client):
    csrf = sign_in(client)
    for path, data in (("/console/check", {"text": "sale"}), ("/console/crisis", {"action": "on", "reason": "x"}),
                       ("/console/rules/reload", {}), ("/console/queue/p1", {"action": "approve", "note": "x"}),
                       ("/console/logout", {})):
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data={**data, "csrf": csrf + "x"}).status_code == 403, path
    assert client.get("/v1/crisis", headers=auth("check")).json()["active"] is False


def test_csp_without_inline_script_and_no_cdn(client):
    sign_in(client)
    for path in ("/console/check", "/console/login", "/docs"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "<script>" not in r.text  # no inline script
        assert not re.search(r'(src|href)="https?://', r.text), path
    assert client.get("/console/static/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/console/static/console.css").status_code == 200


def test_check_a_draft_highlights_spans_and_escapes_text(client):
    csrf = sign_in(client, "check")
    r = client.post("/console/check", data={"csrf": csrf, "text": XSS})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert 'class="span sev-review" href="#finding-0"' in r.text and ">sale</a>" in r.text
    assert 'id="finding-0"' in r.text and "promo/sale" in r.text
    assert "main.rules:1" in r.text  # rule source


def test_apply_suggestion_replaces_span_and_rechecks(client):
    csrf = sign_in(client, "check")
    r = client.post("/console/check/apply", data={"csrf": csrf, "text": "Big sale now", "start": "4", "end": "8",
                                                  "suggestion": "offer"})
    assert r.status_code == 200
    assert "Big offer now" in r.text and 'id="decision">pass' in r.text
    bad = client.post("/console/check/apply", data={"csrf": csrf, "text": "x", "start": "4", "end": "8"})
    assert bad.status_code == 422


def test_queue_approve_reject_and_filters(client):
    for post_id, text, brand in (("q1", "sale one", "acme"), ("q2", "sale two", "other"), ("q3", "hello", "acme")):
        client.post("/v1/check", json={"text": text, "id": post_id, "brand": brand}, headers=auth("check"))
    csrf = sign_in(client, "review")
    page = client.get("/console/queue").text
    assert page.index('id="post-q2"') < page.index('id="post-q1"')  # newest first
    assert 'id="post-q3"' not in page  # a pass is not queued
    assert 'id="post-q2"' not in client.get("/console/queue?brand=acme").text
    assert 'id="post-q1"' in client.get("/console/queue?category=promotion").text
    assert 'id="post-q1"' not in client.get("/console/queue?category=current-event").text
    no_note = client.post("/console/queue/q1", data={"csrf": csrf, "action": "approve", "note": ""})
    assert no_note.status_code == 422
    r = client.post("/console/queue/q1", data={"csrf": csrf, "action": "approve", "note": "ok for acme"},
                    follow_redirects=False)
    assert r.status_code == 303
    client.post("/console/queue/q2", data={"csrf": csrf, "action": "reject", "note": "no"})
    state = client.get("/v1/verdicts/q1", headers=auth("check")).json()
    assert (state["decision"], state["review"]["state"], state["review"]["by"]) == ("pass", "approved", "review")
    assert client.get("/v1/verdicts/q2", headers=auth("check")).json()["review"]["state"] == "rejected"
    assert 'id="post-q1"' not in client.get("/console/queue").text
    assert 'id="post-q1"' in client.get("/console/queue?state=approved").text


def test_queue_edit_and_recheck(client):
    client.post("/v1/check", json={"text": "sale", "id": "q1"}, headers=auth("check"))
    csrf = sign_in(client, "review")
    client.post("/console/queue/q1", data={"csrf": csrf, "action": "recheck", "text": "hello"})
    body = client.get("/v1/verdicts/q1", headers=auth("check")).json()
    assert (body["text"], body["decision"]) == ("hello", "pass")


def test_review_key_cannot_approve_a_block_finding_in_console(client):
    client.post("/v1/check", json={"text": "storm bram", "id": "b1"}, headers=auth("check"))
    csrf = sign_in(client, "review")
    r = client.post("/console/queue/b1", data={"csrf": csrf, "action": "approve", "note": "x",
                                               "decision": "block"})
    assert r.status_code == 403 and "admin" in r.text
    assert client.get("/v1/verdicts/b1", headers=auth("check")).json()["decision"] == "block"


def test_check_key_sees_no_approve_buttons_and_no_audit(client):
    client.post("/v1/check", json={"text": "sale", "id": "q1"}, headers=auth("check"))
    csrf = sign_in(client, "check")
    assert 'value="approve"' not in client.get("/console/queue").text
    assert client.post("/console/queue/q1", data={"csrf": csrf, "action": "approve", "note": "x"}).status_code == 403
    assert client.get("/console/audit").status_code == 403


def test_crisis_on_holds_promotion_and_release(client):
    csrf = sign_in(client, "admin")
    client.post("/console/crisis", data={"csrf": csrf, "action": "on", "reason": "storm warning"})
    assert client.post("/v1/check", json={"text": "sale", "id": "c1"}, headers=auth("check")).json()["decision"] == "hold"
    page = client.get("/console/crisis").text
    assert "storm warning" in page and ">c1<" in page
    client.post("/console/crisis", data={"csrf": csrf, "action": "off"})
    r = client.post("/console/crisis", data={"csrf": csrf, "action": "release"})
    assert "1 held post(s) checked again; 0 still held" in r.text
    assert client.get("/v1/verdicts/c1", headers=auth("check")).json()["decision"] == "review"
    kinds = [e["kind"] for e in client.get("/v1/audit?limit=10", headers=auth("admin")).json()["records"]]
    assert {"crisis", "release"} <= set(kinds)


def test_rules_page_and_broken_reload_shows_file_line(client, rules_dir):
    csrf = sign_in(client, "admin")
    page = client.get("/console/rules").text
    assert "promo/sale" in page and "main.rules:1" in page
    (rules_dir / "broken.rules").write_text("ok/x|a|review|c\nbad line\n")
    r = client.post("/console/rules/reload", data={"csrf": csrf})
    assert r.status_code == 422
    assert "broken.rules:2" in r.text
    audit = client.get("/console/audit?kind=reload").text
    assert "failed" in audit and "admin" in audit


def test_audit_page_pages_and_filters(client):
    for i in range(55):
        client.post("/v1/check", json={"text": f"hello {i}", "id": f"a{i}"}, headers=auth("check"))
    sign_in(client, "admin")
    first = client.get("/console/audit").text
    assert first.count('class="kind-check"') == 50 and "page=1" in first
    second = client.get("/console/audit?page=1").text
    assert second.count('class="kind-check"') == 5
    assert client.get("/console/audit?post_id=a7").text.count('class="kind-check"') == 1


def test_sign_out_ends_the_session(client):
    csrf = sign_in(client, "admin")
    client.post("/console/logout", data={"csrf": csrf})
    assert client.get("/console/check", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("scope", ["check", "review", "admin"])
def test_nav_shows_what_the_scope_may_use(client, scope):
    sign_in(client, scope)
    page = client.get("/console/check").text
    assert ('href="/console/audit"' in page) is (scope == "admin")


def test_form_times_use_the_one_date_parser(client):
    csrf = sign_in(client, "check")
    ok = client.post("/console/check", data={"csrf": csrf, "text": "sale", "at": "2026-05-01T09:00"})
    assert ok.status_code == 200 and 'id="decision"' in ok.text
    bad = client.post("/console/check", data={"csrf": csrf, "text": "sale", "at": "next tuesday"})
    assert bad.status_code == 422 and "next tuesday" in bad.text
    lang = client.post("/console/check", data={"csrf": csrf, "text": "sale", "language": "english"})
    assert lang.status_code == 422 and "not a language code" in lang.text


def test_form_with_nul_is_refused_not_stored(client):
    csrf = sign_in(client, "check")
    r = client.post("/console/check", data={"csrf": csrf, "text": "sale\x00", "post_id": "n1"})
    assert r.status_code == 422 and "NUL" in r.text
