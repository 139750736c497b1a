"""The review console in a real headless Chromium against a live server on loopback."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from conftest import KEYS
from conftest import Live

pytestmark = pytest.mark.slow


def _by(kind: str) -> Any:
    from selenium.webdriver.common.by import By

    return getattr(By, kind)


def submit(browser: Any, button: Any) -> None:
    """Click a submit button and wait until the next page has replaced this one *and* finished
    loading: right after the old page goes stale the new document can still be parsing, and an
    element looked up then may belong to a document that is replaced again ("Node with given id
    does not belong to the document", seen under load)."""
    from selenium.webdriver.support.ui import WebDriverWait

    page = browser.find_element(_by("TAG_NAME"), "html")
    button.click()
    wait = WebDriverWait(browser, 15)
    wait.until(lambda driver: _gone(page))
    wait.until(lambda driver: driver.execute_script("return document.readyState") == "complete")


def _gone(element: Any) -> bool:
    """True once ``element``'s document has been replaced.

    ``expected_conditions.staleness_of`` only counts StaleElementReferenceException; during a
    navigation Chrome can answer the same question with "unknown error: Node with given id does
    not belong to the document" (it failed CI once), which means the same: the node is gone."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error) or "No node with given id" in str(error):
            return True
        raise
    return False


def sign_in(browser: Any, live: Live, scope: str = "admin") -> None:
    browser.delete_all_cookies()
    browser.get(live.url + "/console/login")
    browser.find_element(_by("ID"), "api_key").send_keys(KEYS[scope])
    submit(browser, browser.find_element(_by("ID"), "sign-in"))
    assert browser.current_url.endswith("/console/check"), browser.page_source[:500]


def api(live: Live, method: str, path: str, scope: str = "admin", **kwargs: Any) -> httpx.Response:
    return httpx.request(method, live.url + path, headers={"Authorization": f"Bearer {KEYS[scope]}"},
                         timeout=10, **kwargs)


def check_draft(browser: Any, live: Live, text: str, post_id: str = "") -> None:
    browser.get(live.url + "/console/check")
    browser.find_element(_by("ID"), "text").send_keys(text)
    if post_id:
        browser.find_element(_by("ID"), "post_id").send_keys(post_id)
    submit(browser, browser.find_element(_by("ID"), "check"))


def test_sign_in_and_check_a_draft_shows_highlighted_span(browser, live):
    sign_in(browser, live, "check")
    check_draft(browser, live, "Our cheap plans are here")
    span = browser.find_element(_by("CSS_SELECTOR"), "a.span.sev-review")
    assert span.text == "cheap"
    assert browser.find_element(_by("ID"), "decision").text.lower() == "review"
    finding = browser.find_element(_by("ID"), "finding-0")
    assert "We sell value, not cheapness." in finding.text and "brand@example.com" in finding.text
    assert "voice.yaml" in finding.text
    # keyboard: Tab from the check button reaches the span, Enter leads to its reason
    from selenium.webdriver.common.keys import Keys

    browser.find_element(_by("ID"), "check").send_keys("")
    for _ in range(20):
        if browser.switch_to.active_element == span:
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert browser.switch_to.active_element == span
    span.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#finding-0")


def test_apply_a_suggestion_rechecks(browser, live):
    sign_in(browser, live, "check")
    check_draft(browser, live, "Our cheap plans are here")
    submit(browser, browser.find_element(_by("CSS_SELECTOR"), "button.apply"))
    assert browser.find_element(_by("ID"), "text").get_attribute("value") == "Our affordable plans are here"
    assert browser.find_element(_by("ID"), "decision").text.lower() == "pass"


def approve_as_reviewer(browser: Any, live: Live, text: str, post_id: str, decision: str, note: str) -> None:
    """Check a post over the API, then approve it in the queue as the review-scope key."""
    assert api(live, "POST", "/v1/check", "check", json={"text": text, "id": post_id}).json()["decision"] == decision
    sign_in(browser, live, "review")
    browser.get(live.url + f"/console/queue?decision={decision}")
    card = browser.find_element(_by("ID"), f"post-{post_id}")
    card.find_element(_by("CSS_SELECTOR"), "input.note").send_keys(note)
    submit(browser, card.find_element(_by("CSS_SELECTOR"), "button.approve"))


def test_approve_a_queued_post(browser, live):
    approve_as_reviewer(browser, live, "Our cheap gift", "b-approve", "review", "fine for this campaign")
    assert "approved b-approve" in browser.find_element(_by("CSS_SELECTOR"), ".notice").text
    assert not browser.find_elements(_by("ID"), "post-b-approve")
    state = api(live, "GET", "/v1/verdicts/b-approve", "check").json()
    assert (state["decision"], state["review"]["state"], state["review"]["by"]) == ("pass", "approved", "review")


def test_crisis_on_holds_a_promotional_post(browser, live):
    sign_in(browser, live, "admin")
    browser.get(live.url + "/console/crisis")
    browser.find_element(_by("ID"), "crisis-reason").send_keys("Storm Bram")
    submit(browser, browser.find_element(_by("ID"), "crisis-on"))
    assert "ON" in browser.find_element(_by("ID"), "crisis-state").text
    try:
        verdict = api(live, "POST", "/v1/check", "check", json={"text": "Big sale today", "id": "b-held"}).json()
        assert verdict["decision"] == "hold"
        browser.get(live.url + "/console/crisis")
        held = browser.find_elements(_by("CSS_SELECTOR"), "tr.held")
        assert any("b-held" in row.text for row in held)
    finally:
        browser.get(live.url + "/console/crisis")
        submit(browser, browser.find_element(_by("ID"), "crisis-off"))
    submit(browser, browser.find_element(_by("ID"), "release"))
    assert "still held" in browser.find_element(_by("CSS_SELECTOR"), ".notice").text
    assert api(live, "GET", "/v1/verdicts/b-held", "check").json()["decision"] == "pass"


def test_reload_with_a_broken_pack_shows_file_and_line(browser, live):
    broken = live.rules_dir / "voice.yaml"
    good = broken.read_text()
    broken.write_text(good.replace("severity: review", "severity: loud"))
    try:
        sign_in(browser, live, "admin")
        browser.get(live.url + "/console/rules")
        submit(browser, browser.find_element(_by("ID"), "reload"))
        outcome = browser.find_element(_by("ID"), "reload-outcome").text
        assert "did not load" in outcome and "voice.yaml:" in outcome
    finally:
        broken.write_text(good)
    assert api(live, "POST", "/v1/rules/reload").json()["reloaded"] is True


@pytest.mark.parametrize("hostile", ["<script>window.pwned=1</script> sale",
                                     '"><img src=x onerror=window.pwned=1> sale'])
def test_hostile_post_text_renders_as_text(browser, live, hostile):
    api(live, "POST", "/v1/check", "check", json={"text": hostile, "id": "b-xss"})
    sign_in(browser, live, "admin")
    check_draft(browser, live, hostile)
    assert hostile.split(" sale")[0] in browser.find_element(_by("CSS_SELECTOR"), "p.post").text
    browser.get(live.url + "/console/crisis")
    browser.get(live.url + "/console/queue?decision=&state=any")
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(_by("CSS_SELECTOR"), "main img")


def test_form_without_csrf_token_is_refused(browser, live):
    sign_in(browser, live, "admin")
    browser.get(live.url + "/console/crisis")
    browser.execute_script("document.querySelectorAll('input[name=csrf]').forEach(e => e.remove())")
    browser.find_element(_by("ID"), "crisis-reason").send_keys("no token")
    submit(browser, browser.find_element(_by("ID"), "crisis-on"))
    assert "CSRF" in browser.page_source
    assert api(live, "GET", "/v1/crisis", "check").json()["active"] is False


def test_review_key_cannot_waive_a_block_finding(browser, live):
    approve_as_reviewer(browser, live, "Storm Bram deals", "b-block", "block", "looks fine")
    assert "needs the admin scope" in browser.page_source
    assert api(live, "GET", "/v1/verdicts/b-block", "check").json()["decision"] == "block"


def test_api_docs_render_offline_under_the_csp(browser, live):
    """/docs loads Swagger UI from the package (no CDN) and renders the API under the CSP."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(live.url + "/docs")
    title = WebDriverWait(browser, 20).until(
        expected_conditions.presence_of_element_located((_by("CSS_SELECTOR"), ".swagger-ui .info .title")))
    assert "riskcheck" in title.text
    assert browser.find_elements(_by("CSS_SELECTOR"), ".opblock-summary-path")
    assert browser.execute_script(
        "return performance.getEntriesByType('resource').every(e => e.name.startsWith(location.origin))")
