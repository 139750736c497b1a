"""``riskcheck serve``: run the HTTP service under uvicorn.

Options are validated here (bad keys or a broken config exit 64 before anything
listens), then handed to each worker process through the environment, because uvicorn
starts workers as fresh processes that build the app with ``create_app_from_env``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from riskcheck.errors import ConfigError

EXIT_CONFIG = 64
EXIT_DATA = 65


def _rules_problems(rules_dir: Path | None) -> list[str]:
    """Load the rules once before starting workers, so a broken pack is a clear
    file:line list and exit 65 instead of a traceback from every worker."""
    from riskcheck.cli.common import resolve_rules_dir
    from riskcheck.errors import RuleFileError
    from riskcheck.rulebook import load_ruleset

    try:
        load_ruleset(resolve_rules_dir(rules_dir))
    except RuleFileError as exc:
        return [str(p) for p in exc.problems] or [str(exc)]
    return []


def _store_has_rules(db_url: str | None) -> bool:
    """Whether the store already holds a published rule set: the workers then serve that one
    and the local folder is not read (a replica needs no rules files)."""
    from riskcheck.store import open_store
    from riskcheck.store.open import sqlite_path

    path = sqlite_path(db_url)
    if path is not None and path != ":memory:" and not Path(path).exists():
        return False  # no store yet: do not create one just to look
    store = open_store(db_url, crisis_cache_s=0.0)
    try:
        return store.ruleset_head() is not None
    finally:
        store.close()


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (each loads the rules and models once).")
@click.option("--rules", "rules_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Rules directory (default: $RISKCHECK_RULES, ./rules, or the shipped packs).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Service config YAML (api_keys as hashes, limits); a 'service:' section or the whole file.")
@click.option("--db", help="SQLite path or postgresql:// URL (default: $RISKCHECK_DB or ./riskcheck.db).")
@click.option("--rules-only", is_flag=True, help="Skip the ML scorers (their checks report 'skipped').")
@click.option("--check-links", is_flag=True,
              help="Fetch each post's links before answering (riskcheck.yaml links: settings; private addresses refused).")
@click.option("--insecure-no-auth", is_flag=True,
              help="Accept requests without a key, as an admin. Local use only; never expose it.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--access-log/--no-access-log", default=False, show_default=True,
              help="Log every request line (paths only, never keys or bodies).")
@click.option("--publish-rules", is_flag=True,
              help="Publish the rules folder at start even if the store holds another published set "
                   "(default: serve the store's newest set; the folder is published only into an empty store).")
@click.option("--watch-rules", is_flag=True,
              help="Publish the rules folder to every worker and replica whenever a file in it changes.")
def serve(host: str, port: int, workers: int, rules_dir: Path | None, config_file: Path | None, db: str | None,
          rules_only: bool, insecure_no_auth: bool, log_level: str, access_log: bool, check_links: bool,
          publish_rules: bool, watch_rules: bool) -> int:
    """Run the HTTP service: POST /v1/check, /v1/check/batch, rules, crisis, waivers, /metrics.

    API keys come from --config or RISKCHECK_API_KEYS (e.g. 'k1:admin,k2:check').
    """
    from riskcheck.api import settings as service_settings

    env = dict(os.environ)
    if config_file is not None:
        env[service_settings.ENV_CONFIG] = str(config_file.resolve())
    if rules_dir is not None:
        env[service_settings.ENV_RULES] = str(rules_dir.resolve())
    if db:
        env[service_settings.ENV_DB] = db
    if rules_only:
        env[service_settings.ENV_ML] = "0"
    if check_links:
        env[service_settings.ENV_CHECK_LINKS] = "1"
    if insecure_no_auth:
        env[service_settings.ENV_NO_AUTH] = "1"
    if publish_rules:
        env[service_settings.ENV_PUBLISH_ON_START] = "1"
    if watch_rules:
        env[service_settings.ENV_WATCH_RULES] = "1"
    try:
        settings = service_settings.Settings.from_env(env)
        settings.require_auth_configured()
        needs_folder = settings.publish_on_start or settings.watch_rules or not _store_has_rules(settings.db_url)
        if needs_folder and settings.rules_dir is not None and not settings.rules_dir.is_dir():
            raise ConfigError(f"rules directory not found: {settings.rules_dir}")
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_CONFIG
    problems = _rules_problems(settings.rules_dir) if needs_folder else []
    if problems:
        for problem in problems:
            click.echo(f"error: {problem}", err=True)
        click.echo(f"{len(problems)} problem(s) in the rules; not starting (fix them, or point --rules elsewhere).",
                   err=True)
        return EXIT_DATA
    if insecure_no_auth and host not in {"127.0.0.1", "::1", "localhost"}:
        click.echo(f"warning: --insecure-no-auth on {host}: anyone who can reach it is an admin", err=True)
    os.environ.update(env)

    import uvicorn

    click.echo(f"riskcheck serve: http://{host}:{port} ({workers} worker(s); docs at /docs)", err=True)
    uvicorn.run("riskcheck.api.app:create_app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, access_log=access_log, server_header=False,
                timeout_graceful_shutdown=GRACE_S)
    _exit_despite_stuck_threads()
    return 0


# SIGTERM: in-flight requests get this long, then uvicorn closes them and runs the shutdown.
GRACE_S = 10


def _exit_despite_stuck_threads() -> None:
    """End the process even if a worker thread is stuck (a check or a reload that never
    returns): the interpreter would otherwise wait for it at exit, and SIGTERM would not end
    the service. The store was closed by the app's shutdown; only the stuck work is lost."""
    import threading

    stuck = [t for t in threading.enumerate()
             if t.name.startswith("riskcheck") and not t.daemon and t.is_alive()]
    if stuck:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
