"""Service settings: one frozen value built from arguments, a config file or the environment.

Nothing here runs at import time; ``create_app(settings)`` takes the value, so tests can
vary every knob. ``riskcheck serve`` passes its options to worker processes through the
environment (uvicorn spawns them), which is why ``from_env`` exists.
"""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from dataclasses import replace
from pathlib import Path
from typing import Any

from riskcheck.errors import ConfigError

ENV_KEYS = "RISKCHECK_API_KEYS"
ENV_RULES = "RISKCHECK_RULES"
ENV_DB = "RISKCHECK_DB"
ENV_CONFIG = "RISKCHECK_SERVICE_CONFIG"
ENV_NO_AUTH = "RISKCHECK_INSECURE_NO_AUTH"
ENV_ML = "RISKCHECK_ML"
ENV_RATE_LIMIT = "RISKCHECK_RATE_LIMIT"
ENV_CHECK_LINKS = "RISKCHECK_CHECK_LINKS"
ENV_PUBLISH_ON_START = "RISKCHECK_PUBLISH_ON_START"
ENV_WATCH_RULES = "RISKCHECK_WATCH_RULES"


class Scope(str, enum.Enum):
    """What a key may do. Each scope includes the ones below it."""

    CHECK = "check"
    REVIEW = "review"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return {"check": 0, "review": 1, "admin": 2}[self.value]

    def allows(self, needed: Scope) -> bool:
        return self.rank >= needed.rank


def hash_key(key: str) -> str:
    """What is stored and compared: the SHA-256 of the key, never the key itself."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ApiKey:
    """One accepted key: a name for logs and the audit trail, its scope, its hash."""

    name: str
    scope: Scope
    sha256: str
    rate_limit: str | None = None  # e.g. "60/minute"; None: the service's rate_limit

    def __repr__(self) -> str:  # keep even the hash out of casual logs
        return f"ApiKey(name={self.name!r}, scope={self.scope.value!r})"


def _scope(value: object, where: str) -> Scope:
    try:
        return Scope(str(value))
    except ValueError:
        raise ConfigError(f"{where}: scope must be one of check, review, admin (got {value!r})") from None


def parse_env_keys(value: str, where: str = ENV_KEYS) -> tuple[ApiKey, ...]:
    """``k1:admin,k2:check`` or ``name=k1:admin``. Unnamed keys are named by their place in
    the list and scope (``env-2-admin``): the audit log can tell them apart, and the name
    (shown to any check-scope caller as the crisis switch's ``by``) says nothing about the
    secret. A hash prefix did: enough to test guesses of a weak key offline. Positional, not
    random, so every worker of one service gives a key the same name."""
    keys: list[ApiKey] = []
    for index, item in enumerate(part.strip() for part in value.split(",")):
        if not item:
            continue
        name, _, rest = item.rpartition("=") if "=" in item else ("", "", item)
        secret, sep, scope = rest.rpartition(":")
        if not sep or not secret:
            raise ConfigError(f"{where}: entry {index + 1} must look like KEY:SCOPE or NAME=KEY:SCOPE")
        digest = hash_key(secret)
        the_scope = _scope(scope, f"{where}: entry {index + 1}")
        keys.append(ApiKey(name or f"env-{index + 1}-{the_scope.value}", the_scope, digest))
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the service needs to know. Defaults suit a single local instance."""

    rules_dir: Path | None = None          # None: $RISKCHECK_RULES, ./rules, or the shipped packs
    db_url: str | None = None              # SQLite path or postgresql:// URL; None: $RISKCHECK_DB or ./riskcheck-state.db
    api_keys: tuple[ApiKey, ...] = ()
    insecure_no_auth: bool = False         # local use only: every request acts as an admin named "anonymous"
    ml: bool = True                        # False: rules-only profile (ML checks report skipped)
    warm_up: bool = True                   # load the ML scorers at start rather than on first use
    ml_timeout_s: float | None = 2.0       # per request; past it ML checks say "timeout", rule findings stay
    batch_ml_timeout_s: float | None = 30.0  # the ML budget of one /v1/check/batch request
    ml_batch_size: int = 64
    ml_threads: int = 2                    # check batches in flight per process, each in its own thread
    inline_checks: bool | None = None      # run checks on the event loop; None: only in the rules-only profile
    max_body_bytes: int = 4 * 1024 * 1024
    max_text_chars: int = 20_000
    max_batch: int = 256
    max_concurrency: int = 64              # checks in flight per process; more get 429
    audit_text: bool = False               # keep post text in the audit log (posts can be confidential)
    crisis_cache_s: float = 1.0            # how stale a replica's view of the crisis switch may be
    webhook_url: str | None = None         # POSTed (signed) when a reviewer decides or crisis mode holds a post
    webhook_secret: str | None = None      # HMAC key; or $RISKCHECK_WEBHOOK_SECRET
    webhook_allow: tuple[str, ...] = ()    # private hosts/addresses/CIDRs the webhook may call anyway
    rate_limit: str | None = "6000/minute"  # per API key and per worker process; None or "off": no limit
    channel_names: Mapping[str, str] = field(default_factory=dict)  # scheduler channel/profile id -> channel name
    check_links: bool = False              # fetch posts' links (as riskcheck.yaml's links: {check: true} does)
    rules_poll_s: float = 0.5              # how often each worker looks for a newly published rule set (0: never)
    reload_deadline_s: float = 60.0        # a reload running longer is dropped and /readyz reports it stuck
    publish_on_start: bool = False         # publish the rules folder at start even if the store has a newer set
    watch_rules: bool = False              # publish the rules folder whenever a file in it changes

    def __post_init__(self) -> None:
        for name in ("ml_batch_size", "ml_threads", "max_body_bytes", "max_text_chars", "max_batch",
                     "max_concurrency"):
            if int(getattr(self, name)) < 1:
                raise ConfigError(f"{name} must be at least 1 (got {getattr(self, name)})")
        if isinstance(self.rate_limit, str) and self.rate_limit.strip().lower() in ("off", "none", ""):
            object.__setattr__(self, "rate_limit", None)
        from riskcheck.api.ratelimit import parse_limit

        for value in self.rate_limits():
            parse_limit(value, "rate_limit")
        if self.reload_deadline_s <= 0 or self.rules_poll_s < 0:
            raise ConfigError("reload_deadline_s must be positive and rules_poll_s not negative "
                              f"(got {self.reload_deadline_s}, {self.rules_poll_s})")
        for name in ("ml_timeout_s", "batch_ml_timeout_s"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise ConfigError(f"{name} must be positive (got {value})")
        if isinstance(self.webhook_allow, list):
            object.__setattr__(self, "webhook_allow", tuple(str(x) for x in self.webhook_allow))

    def rate_limits(self) -> list[str]:
        """Every limit in use (the default and the keys' own), checked in ``__post_init__``."""
        own = [k.rate_limit for k in self.api_keys if k.rate_limit]
        return ([self.rate_limit] if self.rate_limit else []) + own

    def require_auth_configured(self) -> None:
        if not self.api_keys and not self.insecure_no_auth:
            raise ConfigError(
                f"no API keys configured: set {ENV_KEYS}='KEY:admin,KEY2:check', list hashed keys "
                "under api_keys in the service config file, or pass --insecure-no-auth for local use"
            )

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], where: str) -> Settings:
        """Settings from a parsed config file (the ``service:`` section, or the whole file)."""
        data = data.get("service", data) if isinstance(data, Mapping) else data
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where}: expected a mapping of service settings")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "api_keys":
                values["api_keys"] = _keys_from_config(value, where)
            elif key == "channel_names":
                if not isinstance(value, Mapping):
                    raise ConfigError(f"{where}: channel_names must map scheduler ids to channel names")
                values[key] = {str(k): str(v) for k, v in value.items()}
            elif key in known:
                values[key] = Path(value) if key == "rules_dir" and value is not None else value
            else:
                raise ConfigError(f"{where}: unknown service setting '{key}' "
                                  f"(known: {', '.join(sorted(known))})")
        try:
            return cls(**values)
        except (TypeError, ConfigError) as exc:
            raise ConfigError(f"{where}: {exc}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Settings:
        import yaml

        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read service config: {exc.strerror}") from None
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from None
        return cls.from_mapping(data, str(path))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Config file ($RISKCHECK_SERVICE_CONFIG), then environment overrides on top."""
        env = os.environ if environ is None else environ
        settings = cls.from_file(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else cls()
        changes: dict[str, Any] = {}
        if env.get(ENV_RULES):
            changes["rules_dir"] = Path(env[ENV_RULES])
        if env.get(ENV_DB):
            changes["db_url"] = env[ENV_DB]
        if env.get(ENV_KEYS):
            changes["api_keys"] = settings.api_keys + parse_env_keys(env[ENV_KEYS])
        if env.get(ENV_NO_AUTH):
            changes["insecure_no_auth"] = _flag(env[ENV_NO_AUTH], ENV_NO_AUTH)
        if env.get(ENV_ML):
            changes["ml"] = _flag(env[ENV_ML], ENV_ML)
        if env.get("RISKCHECK_WEBHOOK_SECRET"):
            changes["webhook_secret"] = env["RISKCHECK_WEBHOOK_SECRET"]
        if env.get(ENV_CHECK_LINKS):
            changes["check_links"] = _flag(env[ENV_CHECK_LINKS], ENV_CHECK_LINKS)
        if env.get(ENV_RATE_LIMIT):
            changes["rate_limit"] = env[ENV_RATE_LIMIT]
        if env.get(ENV_PUBLISH_ON_START):
            changes["publish_on_start"] = _flag(env[ENV_PUBLISH_ON_START], ENV_PUBLISH_ON_START)
        if env.get(ENV_WATCH_RULES):
            changes["watch_rules"] = _flag(env[ENV_WATCH_RULES], ENV_WATCH_RULES)
        return replace(settings, **changes)


def _flag(value: str, where: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ConfigError(f"{where}: expected 1/0, true/false, yes/no or on/off (got {value!r})")


def _keys_from_config(value: object, where: str) -> tuple[ApiKey, ...]:
    """``api_keys: [{name, scope, sha256}]``; a plain ``key:`` is accepted but hashed at once."""
    if not isinstance(value, list):
        raise ConfigError(f"{where}: api_keys must be a list of {{name, scope, sha256}}")
    keys: list[ApiKey] = []
    for index, item in enumerate(value):
        at = f"{where}: api_keys[{index}]"
        if not isinstance(item, Mapping) or "name" not in item or "scope" not in item:
            raise ConfigError(f"{at}: needs name, scope and sha256 (hex SHA-256 of the key)")
        unknown = set(item) - {"name", "scope", "sha256", "key", "rate_limit"}
        if unknown:
            raise ConfigError(f"{at}: unknown field(s) {', '.join(sorted(unknown))}")
        if "sha256" in item:
            digest = str(item["sha256"]).lower()
            if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
                raise ConfigError(f"{at}: sha256 must be 64 hex digits "
                                  "(python -c \"import hashlib;print(hashlib.sha256(b'KEY').hexdigest())\")")
        elif "key" in item:
            digest = hash_key(str(item["key"]))
        else:
            raise ConfigError(f"{at}: needs sha256 (preferred) or key")
        own = item.get("rate_limit")
        keys.append(ApiKey(str(item["name"]), _scope(item["scope"], at), digest,
                           str(own) if own is not None else None))
    return tuple(keys)
