"""``riskcheck crisis``: the crisis switch from the command line (same store as the service)."""

from __future__ import annotations

import getpass
import json
from datetime import datetime
from datetime import timezone

import click

from riskcheck.cli.common import crisis_db
from riskcheck.cli.common import option_time
from riskcheck.crisis import CrisisState
from riskcheck.crisis import CrisisStore


def open_store(db: str | None) -> CrisisStore:
    """The crisis store for ``--db`` / $RISKCHECK_DB: a SQLite path or a postgresql:// URL."""
    from riskcheck.store import open_store as open_backend

    return open_backend(db or crisis_db(), crisis_cache_s=0.0)


def _current_user() -> str:
    """The login name; a container user without a passwd entry is 'unknown', not a crash."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@click.group()
def crisis() -> None:
    """Show or flip the crisis switch: while on, matching posts get 'hold'."""


_db_option = click.option("--db", help="SQLite path or postgresql:// URL (default: $RISKCHECK_DB or ./riskcheck.db).")


@crisis.command("status")
@_db_option
@click.option("--json", "as_json", is_flag=True)
def status(db: str | None, as_json: bool) -> int:
    """Print the crisis switch. Exit 0 when off, 3 when on."""
    state = open_store(db).get()
    if as_json:
        click.echo(json.dumps(state.to_dict()))
    elif state.in_force():
        until = f" until {state.until.isoformat()}" if state.until else ""
        click.echo(f"crisis mode ON since {state.since.isoformat() if state.since else '?'}{until} by {state.by}: {state.reason}")
    else:
        click.echo("crisis mode off")
    return 3 if state.in_force() else 0


@crisis.command("on")
@_db_option
@click.option("--reason", required=True, help="Why posts are held; shown in every held verdict.")
@click.option("--until", "until", help="ISO 8601 end time with offset (default: until switched off).")
@click.option("--by", "by", help="Who switched it (default: the current user).")
def switch_on(db: str | None, reason: str, until: str | None, by: str | None) -> int:
    """Switch crisis mode on."""
    reason = reason.strip()
    if not reason:
        raise click.BadParameter("give the reason reviewers will see on every held post", param_hint="--reason")
    end = option_time(until, "--until")
    now = datetime.now(timezone.utc)
    if end is not None and end <= now:
        raise click.BadParameter(f"'{until}' is in the past", param_hint="--until")
    state = CrisisState(True, reason, now, end, by or _current_user())
    _switch(open_store(db), state, f"{reason}{f' until {end.isoformat()}' if end else ''} (riskcheck crisis on)")
    click.echo(f"crisis mode ON: {reason}")
    return 0


@crisis.command("off")
@_db_option
@click.option("--by", "by", help="Who switched it (default: the current user).")
def switch_off(db: str | None, by: str | None) -> int:
    """Switch crisis mode off."""
    _switch(open_store(db), CrisisState(False, None, datetime.now(timezone.utc), None, by or _current_user()),
            "(riskcheck crisis off)")
    click.echo("crisis mode off")
    return 0


def _switch(store: CrisisStore, state: CrisisState, detail: str) -> None:
    """Set the switch and put it in the audit log with who did it, like the API and console do."""
    store.set(state)
    add_event = getattr(store, "add_event", None)
    if add_event is not None:
        from riskcheck.store.reviews import AuditEvent

        add_event(AuditEvent(datetime.now(timezone.utc), "crisis", state.by or _current_user(),
                             decision="on" if state.active else "off", detail=detail))
