from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.api.settings import ApiKey
from riskcheck.api.settings import Scope
from riskcheck.api.settings import Settings
from riskcheck.api.settings import hash_key
from riskcheck.api.settings import parse_env_keys
from riskcheck.errors import ConfigError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("k1:admin,k2:check", (ApiKey("env-1-admin", Scope.ADMIN, hash_key("k1")),
                               ApiKey("env-2-check", Scope.CHECK, hash_key("k2")))),
        ("ops=k:1:review", (ApiKey("ops", Scope.REVIEW, hash_key("k:1")),)),
        (" , ", ()),
    ],
)
def test_parse_env_keys(value, expected):
    assert parse_env_keys(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("k1", "RISKCHECK_API_KEYS: entry 1 must look like KEY:SCOPE or NAME=KEY:SCOPE"),
        ("k1:root", "RISKCHECK_API_KEYS: entry 1: scope must be one of check, review, admin (got 'root')"),
    ],
)
def test_parse_env_keys_errors(value, message):
    with pytest.raises(ConfigError) as info:
        parse_env_keys(value)
    assert str(info.value) == message


def test_config_file_with_hashed_keys_and_env_on_top(tmp_path: Path):
    config = tmp_path / "service.yaml"
    config.write_text(f"service:\n  max_batch: 10\n  api_keys:\n"
                      f"    - {{name: sched, scope: check, sha256: {hash_key('s3cret')}}}\n")
    settings = Settings.from_env({"RISKCHECK_SERVICE_CONFIG": str(config), "RISKCHECK_API_KEYS": "ops=x:admin",
                                  "RISKCHECK_ML": "0", "RISKCHECK_DB": "postgresql://db/x"})
    assert (settings.max_batch, settings.ml, settings.db_url) == (10, False, "postgresql://db/x")
    assert [(k.name, k.scope) for k in settings.api_keys] == [("sched", Scope.CHECK), ("ops", Scope.ADMIN)]
    assert "s3cret" not in repr(settings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max_batchh: 3\n", "unknown service setting 'max_batchh'"),
        ("api_keys: [{name: a, scope: admin, sha256: abc}]\n", "api_keys[0]: sha256 must be 64 hex digits"),
        ("api_keys: [{name: a, scope: boss, key: k}]\n", "api_keys[0]: scope must be one of check, review, admin"),
        ("max_batch: 0\n", "max_batch must be at least 1 (got 0)"),
        ("[1, 2\n", "not valid YAML"),
    ],
)
def test_config_file_errors_name_the_file(tmp_path: Path, text, message):
    config = tmp_path / "bad.yaml"
    config.write_text(text)
    with pytest.raises(ConfigError) as info:
        Settings.from_file(config)
    assert message in str(info.value)
    assert str(info.value).startswith(f"{config}: ")
