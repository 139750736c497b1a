"""``riskcheck recheck PATHS...``: re-check the whole scheduled queue and list what changed.

When the news changes, what is already scheduled must be re-checked. This runs every post
in PATHS (files, or folders searched for content files) against the current rules and lists
the posts whose decision changed:

* by default against the decisions stored by the last run (``.riskcheck-state.json``);
* ``--since-rules REV``: against the rules as they were at git revision REV (both checked now);
* ``--changed-rules``: against the last committed rules (``--since-rules HEAD``), i.e. what
  your uncommitted rule edits change.

Once a baseline exists, posts with no earlier decision (new, or edited) are listed too when
they would fail. The first run (the baseline) lists every post that already fails. Posts
scheduled in the past are reported (they will not go out at that time). A comparison with
other rules (``--since-rules``, ``--changed-rules``) is a preview: it never writes the state
file, so the next plain run still reports the change.
Exit 0 when no changed, new or (first run) existing post fails, 1 when one does
(``--fail-on``), 65 on unreadable files, 64 for usage errors.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from riskcheck.cli.hook_cmd import EXIT_DATA
from riskcheck.cli.hook_cmd import EXIT_UNAVAILABLE
from riskcheck.cli.hook_cmd import check_profile
from riskcheck.cli.hook_cmd import engine_options
from riskcheck.cli.hook_cmd import input_options
from riskcheck.cli.hook_cmd import local_checker
from riskcheck.cli.hook_cmd import make_engine
from riskcheck.cli.hook_cmd import read_all
from riskcheck.cli.hook_cmd import read_options


def content_files(paths: Sequence[str]) -> list[str]:
    """Files as given; folders searched (sorted) for every format the readers know."""
    from riskcheck.hook.readers import SUFFIXES

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*"))
                       if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        else:
            out.append(raw)
    return out


def _excerpt(item: Any) -> str:
    first: str = item.post.text.split("\n", 1)[0]
    return first if len(first) <= 60 else first[:59] + "…"


def _new_failing(baseline: dict[str, Any], outcomes: Sequence[Any], fail_on: str) -> list[Any]:
    """Posts with no earlier decision (added, or edited: a new text is a new post) that now fail.

    Counting them only as "new" let an edited post that now mentions the crisis pass the
    re-check with exit 0; the queue's lesson is that nothing scheduled slips through.
    """
    from riskcheck.hook.report import FAIL_ON

    failing = FAIL_ON[fail_on]
    return [o for o in outcomes
            if o.verdict is not None and o.item.key not in baseline and o.verdict.decision in failing]


def _past_lines(outcomes: Sequence[Any], now: Any) -> list[str]:
    """A note per post whose scheduled time has passed: it will not go out then."""
    return [f"{o.item.where}: note: scheduled in the past ({o.item.post.scheduled_at.isoformat()}); "
            "it will not be published at that time: reschedule or remove it"
            for o in outcomes if o.item.post.scheduled_at is not None and o.item.post.scheduled_at < now]


def _new_lines(new_failing: Sequence[Any], fail_on: str, label: str = "NEW ") -> list[str]:
    from riskcheck.hook.output import outcome_lines

    lines: list[str] = []
    for outcome in new_failing:
        lines.append(f"{outcome.item.where}: {label}{outcome.verdict.decision.value.upper()}  \"{_excerpt(outcome.item)}\"")
        lines.extend(f"  {line}" for line in outcome_lines(outcome, show_unrun=fail_on == "review"))
    return lines


def _change_lines(comparison: Any, fail_on: str) -> list[str]:
    from riskcheck.hook.output import outcome_lines

    lines: list[str] = []
    for change in comparison.changed:
        item = change.outcome.item
        excerpt = _excerpt(item)
        rules = ""
        if change.added_rules:
            rules += " now: " + ", ".join(change.added_rules)
        if change.removed_rules:
            rules += " no longer: " + ", ".join(change.removed_rules)
        lines.append(f"{item.where}: {change.before.decision.upper()} -> {change.after.decision.upper()}"
                     f"{rules}  \"{excerpt}\"")
        lines.extend(f"  {line}" for line in outcome_lines(change.outcome, show_unrun=fail_on == "review"))
    return lines


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True), required=True)
@click.option("--since-rules", "since_rules", metavar="REV",
              help="Compare with the rules at this git revision instead of the last run.")
@click.option("--changed-rules", is_flag=True, help="Compare with the last committed rules (same as --since-rules HEAD).")
@click.option("--state", "state_path", type=click.Path(dir_okay=False), default=None,
              help="State file (default: .riskcheck-state.json in the current folder).")
@click.option("--no-save", "--dry-run", "no_save", is_flag=True,
              help="Do not update the state file (comparisons with --since-rules/--changed-rules never do).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@input_options
@engine_options
def recheck(paths: tuple[str, ...], since_rules: str | None, changed_rules: bool, state_path: str | None,
            no_save: bool, output_format: str, columns: str | None, csv_layout: str, date_order: str | None,
            timezone_name: str | None, channels: str | None, channel: str | None, brand: str | None,
            profile: str | None, input_format: str | None, rules_dir: str | None, rules_only: bool, server: str | None, jobs: int,
            batch_size: int, fail_on: str, progress: bool | None) -> int:
    """Re-check the scheduled queue in PATHS and list posts whose decision changed."""
    from riskcheck.cli.common import resolve_rules_dir
    from riskcheck.errors import ConfigError
    from riskcheck.hook.client import ServiceError
    from riskcheck.hook.engine import LocalEngine
    from riskcheck.hook.engine import run
    from riskcheck.hook.gitrules import export_rules
    from riskcheck.hook.report import FAIL_ON
    from riskcheck.hook.report import Report
    from riskcheck.hook.state import STATE_FILE
    from riskcheck.hook.state import StateError
    from riskcheck.hook.state import compare
    from riskcheck.hook.state import entry_of
    from riskcheck.hook.state import load_state
    from riskcheck.hook.state import save_state

    if since_rules and changed_rules:
        raise click.UsageError("give --since-rules REV or --changed-rules, not both")
    revision = "HEAD" if changed_rules else since_rules
    if revision and server:
        raise click.UsageError("--since-rules/--changed-rules compare local rule sets; drop --server")
    options = read_options(columns, csv_layout, date_order, timezone_name, channels, channel, brand, profile)
    files = content_files(paths)
    items, problems = read_all(files, options, input_format)
    state_file = Path(state_path or STATE_FILE)

    engine = make_engine(rules_dir, rules_only, server, jobs, batch_size)
    check_profile(engine, profile)
    try:
        outcomes = run(items, engine, progress=progress)
        if revision:
            with tempfile.TemporaryDirectory(prefix="riskcheck-rev-") as temp:
                try:
                    old_dir = export_rules(resolve_rules_dir(rules_dir), revision, Path(temp))
                except ConfigError as exc:
                    raise click.UsageError(str(exc)) from None
                old_engine = LocalEngine(local_checker(old_dir, rules_only), batch_size=batch_size, jobs=jobs)
                baseline = {o.item.key: e for o in run(items, old_engine, progress=progress)
                            if (e := entry_of(o)) is not None}
        else:
            try:
                baseline = load_state(state_file)
            except StateError as exc:
                raise click.UsageError(str(exc)) from None
    except ServiceError as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_UNAVAILABLE
    finally:
        if hasattr(engine, "close"):
            engine.close()

    from datetime import datetime
    from datetime import timezone

    comparison = compare(baseline, outcomes)
    # After the first run a new post that fails is news; on the first run (the baseline) every
    # post that already fails is listed, so a blocked post is never just recorded and forgotten.
    first_run = not baseline and not revision
    new_failing = _new_failing(baseline, outcomes, fail_on) if not revision else []
    past = _past_lines(outcomes, datetime.now(timezone.utc))
    report = Report(tuple(outcomes), tuple(problems), files=len(files))
    saved = not no_save and not revision  # a comparison with other rules is a preview
    if saved:
        save_state(state_file, outcomes)
    against = f"the rules at {revision}" if revision else ("the last run" if baseline else "no earlier run")
    summary = (f"riskcheck recheck: {len(outcomes)} posts in {len(files)} files against {against}: "
               f"{len(comparison.changed)} changed, {comparison.unchanged} unchanged")
    if not revision:
        summary += f", {comparison.new} new, {comparison.gone} gone"
    if report.errors:
        summary += f"; {report.errors} errors"
    if output_format == "json":
        from riskcheck.hook.output import outcome_dict

        click.echo(json.dumps({
            "against": revision or "state",
            "changed": [{**outcome_dict(c.outcome), "before": c.before.decision, "after": c.after.decision,
                         "added_rules": list(c.added_rules), "removed_rules": list(c.removed_rules)}
                        for c in comparison.changed],
            "new_failing": [] if first_run else [outcome_dict(o) for o in new_failing],
            "already_failing": [outcome_dict(o) for o in new_failing] if first_run else [],
            "scheduled_in_the_past": past,
            "state_saved": saved,
            "summary": {"posts": len(outcomes), "files": len(files), "changed": len(comparison.changed),
                        "unchanged": comparison.unchanged, "new": comparison.new, "gone": comparison.gone,
                        "errors": report.errors, **report.counts()},
            "errors": [{"file": p.path, "line": p.line, "message": p.message} for p in problems],
        }, ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            click.echo(str(problem))
        label = "" if first_run else "NEW "
        for line in _change_lines(comparison, fail_on) + _new_lines(new_failing, fail_on, label) + past:
            click.echo(line)
        if first_run:
            note = (f"recorded {len(outcomes)} posts as the baseline" if saved
                    else f"{len(outcomes)} posts checked; nothing recorded (--no-save)")
            click.echo(f"note: no earlier run in {state_file}; {note}")
            if new_failing:
                click.echo(f"note: {len(new_failing)} post(s) already fail (listed above)")
        elif revision:
            click.echo(f"note: preview against {revision}: {state_file} was not updated")
        click.echo(summary)
    if report.errors:
        return EXIT_DATA
    failing = FAIL_ON[fail_on]
    return 1 if new_failing or any(c.outcome.verdict is not None and c.outcome.verdict.decision in failing
                                   for c in comparison.changed) else 0
