"""``riskcheck serve`` refuses to start, with a reason and a sysexits code, before uvicorn runs."""

from __future__ import annotations

from pathlib import Path

from riskcheck.cli import main


def test_serve_without_keys_exits_64(monkeypatch, capsys):
    monkeypatch.delenv("RISKCHECK_API_KEYS", raising=False)
    monkeypatch.delenv("RISKCHECK_SERVICE_CONFIG", raising=False)
    assert main(["serve"]) == 64
    assert capsys.readouterr().err.startswith("error: no API keys configured: set RISKCHECK_API_KEYS=")


def test_serve_with_broken_rules_exits_65_listing_file_line(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("RISKCHECK_API_KEYS", "k:admin")
    pack = tmp_path / "x.yaml"
    pack.write_text("pack: x\nrules:\n  - id: a\n    kind: phrase\n    category: c\n    message: m\n"
                    "    serverity: block\n    terms: [a]\n")
    assert main(["serve", "--rules", str(tmp_path)]) == 65
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"error: {pack}:7:5: rule a: unknown key 'serverity'")
    assert err[-1] == "1 problem(s) in the rules; not starting (fix them, or point --rules elsewhere)."


def test_serve_with_bad_config_exits_64(tmp_path: Path, monkeypatch, capsys):
    config = tmp_path / "service.yaml"
    config.write_text("max_batchh: 2\n")
    assert main(["serve", "--config", str(config), "--insecure-no-auth"]) == 64
    assert f"error: {config}: unknown service setting 'max_batchh'" in capsys.readouterr().err
