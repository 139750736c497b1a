"""riskcheck.yaml ``profiles:``: a named profile fills brand and channel and picks the packs, the
same way on the CLI, in the hook and in the API."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from riskcheck.cli import main
from riskcheck.errors import RuleFileError
from riskcheck.rulebook import load_ruleset
from riskcheck.normalize.pipeline import normalize
from riskcheck.types import Post

PARTNER = "In partnership with SunCo: try their new lotion"  # brand-voice/ad-disclosure on instagram, for acme
CONFIG = """\
packs:
  - {file: voice.yaml, brands: [acme]}
  - news.yaml
profiles:
  acme-instagram: {brand: acme, channel: instagram}
  voice-only: {brand: acme, channel: instagram, packs: [voice]}
"""
VOICE = """\
pack: voice
rules:
  - id: ad-disclosure
    kind: limit
    category: brand-voice
    severity: review
    applies_to: {channels: [instagram]}
    message: "Paid partnership posts must carry #ad."
    when: [partnership]
    require: ["#ad"]
"""
NEWS = """\
pack: news
rules:
  - id: storm
    kind: phrase
    category: current-event
    severity: block
    message: "storm ({match})"
    terms: [storm bram]
"""


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    for name, text in (("riskcheck.yaml", CONFIG), ("voice.yaml", VOICE), ("news.yaml", NEWS)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _ids(ruleset, post: Post) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.rule_id for f in ruleset.match(normalize(post.text, "en"), post).findings)


def test_a_profile_fills_brand_and_channel_and_limits_the_packs(rules: Path) -> None:
    ruleset = load_ruleset(rules)
    text = PARTNER + " during Storm Bram"
    assert _ids(ruleset, Post(text, language="en")) == ["news/storm"]  # no brand, no channel: voice is out
    assert _ids(ruleset, Post(text, language="en", profile="acme-instagram")) == ["news/storm", "voice/ad-disclosure"]
    assert _ids(ruleset, Post(text, language="en", profile="voice-only")) == ["voice/ad-disclosure"]
    # what the post says itself wins over the profile's defaults
    assert _ids(ruleset, Post(text, language="en", channel="x", profile="acme-instagram")) == ["news/storm"]
    with pytest.raises(KeyError, match="unknown profile 'nope'"):
        _ids(ruleset, Post(text, language="en", profile="nope"))


def test_a_profile_naming_a_pack_that_is_not_loaded_is_a_rule_file_error(rules: Path) -> None:
    (rules / "riskcheck.yaml").write_text(CONFIG + "  typo: {packs: [voise]}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="profile 'typo' names pack 'voise', which is not loaded"):
        load_ruleset(rules)


def test_cli_check_takes_a_profile(rules: Path, capsys: pytest.CaptureFixture[str], monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RISKCHECK_DB", str(tmp_path / "none.db"))
    assert main(["check", PARTNER, "--rules", str(rules), "--rules-only", "--json", "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["check", PARTNER, "--rules", str(rules), "--rules-only", "--json", "--lang", "en",
                 "--profile", "acme-instagram"]) == 1
    assert [f["rule_id"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["voice/ad-disclosure"]
    assert main(["check", PARTNER, "--rules", str(rules), "--rules-only", "--profile", "nope"]) == 64
    assert "unknown profile 'nope' (riskcheck.yaml profiles: acme-instagram, voice-only)" in capsys.readouterr().err


def test_hook_takes_a_profile(rules: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "q.csv").write_text(textwrap.dedent(f"""\
        text
        {PARTNER}
        """), encoding="utf-8")
    args = ["hook", "--rules", str(rules), "--rules-only", "--fail-on", "review", str(tmp_path / "q.csv")]
    assert main(args) == 0
    assert main([*args, "--profile", "acme-instagram"]) == 1
    assert "voice/ad-disclosure" in capsys.readouterr().out
    assert main([*args, "--profile", "nope"]) == 64


def test_api_takes_a_profile(rules: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from riskcheck.api.app import create_app
    from riskcheck.api.settings import Settings
    from riskcheck.api.settings import parse_env_keys

    settings = Settings(rules_dir=rules, db_url=str(tmp_path / "state.db"), ml=False, warm_up=False,
                        api_keys=parse_env_keys("chk=chk-secret:check"))
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": "Bearer chk-secret"}
        body = {"text": PARTNER, "language": "en", "profile": "acme-instagram"}
        r = client.post("/v1/check", json=body, headers=headers)
        assert (r.status_code, [f["rule_id"] for f in r.json()["findings"]]) == (200, ["voice/ad-disclosure"])
        r = client.post("/v1/check", json=body | {"profile": "nope"}, headers=headers)
        assert r.status_code == 422 and "unknown profile 'nope'" in r.text
        r = client.post("/v1/check/batch", json={"posts": [body, body | {"profile": "nope"}]}, headers=headers)
        assert [("verdict" in e, "error" in e) for e in r.json()["results"]] == [(True, False), (False, True)]
