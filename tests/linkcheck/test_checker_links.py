"""The checker fetches a post's links (text and link_urls) while rules run, within the budget."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Post

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset(RULES)


def test_broken_links_are_findings_naming_their_part(ruleset, site, make_checker):
    links = make_checker()
    checker = Checker(ruleset, scorers={}, link_checker=links)
    base = f"http://shop.test:{site.port}"
    post = Post(f"Our autumn sale is on: {base}/missing today", language="en",
                link_urls=(f"{base}/ok", f"{base}/error"))
    verdict = checker.check(post)
    found = {(f.rule_id, f.part) for f in verdict.findings if f.kind == "link"}
    assert found == {("links/broken", "text"), ("links/broken", "link_urls[1]")}
    in_text = next(f for f in verdict.findings if f.kind == "link" and f.part == "text")
    assert in_text.spans[0].text == f"{base}/missing"
    assert in_text.explanation["link"]["status"] == 404
    assert in_text.explanation["link"]["final_url"] == f"{base}/missing"
    assert verdict.checks["links"].to_str() == "ran"
    assert verdict.decision.value in ("review", "block")


def test_unchecked_link_is_never_a_pass(ruleset, site, make_checker):
    checker = Checker(ruleset, scorers={}, link_checker=make_checker(budget_s=0.2, timeout_s=3.0))
    verdict = checker.check(Post("Happy Monday everyone", language="en",
                                 link_urls=(f"http://shop.test:{site.port}/slow",)))
    assert verdict.checks["links"].to_str().startswith("timeout: 1 of 1 links not checked")
    assert [f.rule_id for f in verdict.findings if f.kind == "link"] == ["links/unchecked"]
    assert verdict.decision.value == "review"


def test_links_are_off_unless_asked(ruleset):
    assert Checker(ruleset, scorers={}).link_checker is None


def test_riskcheck_yaml_links_section_switches_checks_on(tmp_path, site):
    import shutil

    rules = tmp_path / "rules"
    rules.mkdir()
    shutil.copy(RULES / "links.yaml", rules / "links.yaml")
    (rules / "riskcheck.yaml").write_text(
        "packs: [links.yaml]\nlinks: {check: true, budget_s: 5, timeout_s: 2, allow: [127.0.0.0/8]}\n")
    checker = Checker(load_ruleset(rules), scorers={})
    assert checker.link_checker is not None
    try:
        # a literal loopback address: no name lookup, and only loopback is on the allow-list
        verdict = checker.check(Post("See it", language="en", link_urls=(f"http://127.0.0.1:{site.port}/missing",)))
    finally:
        checker.link_checker.close()
    assert [f.rule_id for f in verdict.findings if f.kind == "link"] == ["links/broken"]


def test_bad_allow_entry_is_a_rule_file_error(tmp_path):
    from riskcheck.errors import RuleFileError

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "riskcheck.yaml").write_text("packs: []\nlinks: {check: true, allow: [not-a-net]}\n")
    with pytest.raises(RuleFileError, match="not-a-net"):
        load_ruleset(rules)
