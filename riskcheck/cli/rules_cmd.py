"""``riskcheck rules validate|test|list|publish|versions|rollback``: the editors' tools for rule packs."""

from __future__ import annotations

from datetime import datetime
from datetime import timezone
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

from riskcheck.cli.common import load_rules_or_exit
from riskcheck.cli.common import resolve_rules_dir


@click.group()
def rules() -> None:
    """Validate, test and list rule packs."""


@rules.command("validate")
@click.argument("directory", required=False, type=click.Path())
def validate(directory: str | None) -> int:
    """Load every pack in DIRECTORY and report all problems as file:line messages.

    Also warns (without failing) where an unquoted value is cut short by a ``#hashtag``, about
    every pack file that riskcheck.yaml's ``packs:`` does not name (it would not be loaded), and
    notes what each ``terms:`` language map does.
    """
    from riskcheck.rulebook.lint import hashtag_comment_warnings
    from riskcheck.rulebook.lint import term_map_notes
    from riskcheck.rulebook.lint import unlisted_pack_warnings

    ruleset = load_rules_or_exit(directory)
    where = resolve_rules_dir(directory)
    files = [where] if where.is_file() else sorted(p for p in where.iterdir() if p.suffix in (".yaml", ".yml"))
    for path in files:
        for warning in hashtag_comment_warnings(path, str(path)):
            click.echo(warning, err=True)
    for line in unlisted_pack_warnings(where) + term_map_notes(ruleset.rules):
        click.echo(line, err=True)
    click.echo(f"ok: {len(ruleset.packs)} pack(s), {len(ruleset.rules)} rule(s) in "
               f"{where} (rule-set version {ruleset.version})")
    return 0


@rules.command("test")
@click.argument("directory", required=False, type=click.Path())
@click.option("--allow-skip", is_flag=True, help="Do not fail on ML examples whose model did not run.")
@click.option("--rules-only", is_flag=True, help="Do not load ML models (their examples are skipped).")
@click.option("-v", "--verbose", is_flag=True, help="List every example, not only failures.")
def test(directory: str | None, allow_skip: bool, rules_only: bool, verbose: bool) -> int:
    """Run every rule's examples: flag examples must be flagged by that rule, pass ones not."""
    from riskcheck.checker import Checker
    from riskcheck.rulebook.examples import example_cases
    from riskcheck.ruletests import Outcome
    from riskcheck.ruletests import run_examples
    from riskcheck.ruletests import summarize

    ruleset = load_rules_or_exit(directory)
    checker = Checker(ruleset, scorers={} if rules_only else None)
    results = run_examples(list(example_cases(ruleset)), checker)
    marks = {Outcome.PASSED: ".", Outcome.FAILED: "F", Outcome.SKIPPED: "s"}
    click.echo("".join(marks[r.outcome] for r in results))
    for result in results:
        if verbose or result.outcome is not Outcome.PASSED:
            label = result.outcome.value.upper()
            if result.outcome is Outcome.SKIPPED and allow_skip:
                label = "SKIPPED (allowed)"
            click.echo(f"{label} {result.rule_id} [{result.expect}] {result.text!r}\n"
                       f"    {result.detail}  ({result.source})")
    counts = summarize(results)
    click.echo(f"{counts[Outcome.PASSED]} passed, {counts[Outcome.FAILED]} failed, "
               f"{counts[Outcome.SKIPPED]} skipped")
    if counts[Outcome.FAILED] or (counts[Outcome.SKIPPED] and not allow_skip):
        if counts[Outcome.SKIPPED] and not allow_skip:
            click.echo("skipped examples were not evaluated (a skip is not a pass); "
                       "use --allow-skip to accept them", err=True)
        return 1
    return 0


@rules.command("list")
@click.argument("directory", required=False, type=click.Path())
@click.option("--at", "at", help="Judge windows at this ISO 8601 time, or a date (default: now).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document: the rule set's version and every rule.")
def list_rules(directory: str | None, at: str | None, as_json: bool) -> int:
    """List rules with kind, category, severity and active window; expired and not-yet-active marked."""
    import json

    from riskcheck.cli.common import option_time
    from riskcheck.rulebook.lint import unlisted_pack_warnings

    moment = option_time(at, "--at", bare_date=True) or datetime.now(timezone.utc)
    ruleset = load_rules_or_exit(directory)
    for warning in unlisted_pack_warnings(resolve_rules_dir(directory)):
        click.echo(warning, err=True)
    rows = [{
        "id": rule.full_id, "kind": rule.kind, "category": rule.category, "severity": rule.severity.value,
        "languages": None if rule.languages is None else sorted(rule.languages),
        "window": rule.window_text() or None, "status": rule.status_at(moment),
        "source": f"{rule.source.path}:{rule.source.line}",
    } for rule in ruleset.rules]
    if as_json:
        click.echo(json.dumps({"version": ruleset.version, "at": moment.isoformat(), "rules": rows},
                              ensure_ascii=False, indent=2))
        return 0
    table = Table(title=f"rule set {ruleset.version}", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("rule", "kind", "category", "severity", "window", "status"):
        table.add_column(column, overflow="fold", min_width=23 if column == "window" else None)
    pack = None
    for rule, row in zip(ruleset.rules, rows):
        if rule.pack != pack:  # one heading per pack keeps the id column short (100 columns)
            pack = rule.pack
            table.add_row(f"[bold]{pack}/[/bold]", "", "", "", "", "")
        style = {"expired": "dim", "scheduled": "cyan"}.get(str(row["status"]), "")
        window = str(row["window"] or "")
        if window.count(" ") > 2:  # "from – until Zone": the zone on its own line
            window = "\n".join(window.rsplit(" ", 1))
        table.add_row(f"  {rule.id}", str(row["kind"]), str(row["category"]), str(row["severity"]), window,
                      str(row["status"]), style=style)
    console = Console()
    # 100 columns at most: a terminal, a pull-request comment and a pasted log all show it whole.
    console = Console(width=min(console.width, 100) if console.is_terminal else 100)
    console.print(table)
    return 0


_db_option = click.option("--db", help="SQLite path or postgresql:// URL of the service's store "
                                       "(default: $RISKCHECK_DB or ./riskcheck.db).")


def _store(db: str | None) -> Any:
    from riskcheck.cli.common import crisis_db
    from riskcheck.store import open_store

    return open_store(db or crisis_db(), crisis_cache_s=0.0)


def _who() -> str:
    from riskcheck.cli.crisis_cmd import _current_user

    return f"cli:{_current_user()}"


@rules.command("publish")
@click.argument("directory", required=False, type=click.Path())
@_db_option
def publish(directory: str | None, db: str | None) -> int:
    """Validate DIRECTORY and publish it to the store: every service worker and replica on
    that store serves it within about two seconds. A folder with problems publishes nothing
    (exit 65, every problem listed)."""
    from riskcheck.rulebook import load_ruleset
    from riskcheck.rulebook.publish import publish_folder

    where = resolve_rules_dir(directory)
    store = _store(db)
    try:
        result = publish_folder(store, where, load_ruleset, by=_who())
    finally:
        store.close()
    what = "published" if result.changed else "already the newest; nothing to publish"
    click.echo(f"{what}: rule-set version {result.generation.version} "
               f"(generation {result.generation.generation}) from {where}")
    return 0


@rules.command("versions")
@_db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 500))
def versions(db: str | None, limit: int) -> int:
    """List published rule-set generations, newest (the one every service serves) first."""
    store = _store(db)
    try:
        generations = store.ruleset_generations(limit)
    finally:
        store.close()
    if not generations:
        click.echo("no rule set has been published to this store yet")
        return 0
    for index, g in enumerate(generations):
        mark = "*" if index == 0 else " "
        click.echo(f"{mark} {g.generation:>5}  {g.version}  {g.published_at:%Y-%m-%d %H:%M:%S}Z  {g.by}  {g.note}")
    return 0


@rules.command("rollback")
@click.argument("version")
@_db_option
def rollback(version: str, db: str | None) -> int:
    """Re-publish an earlier VERSION (see `riskcheck rules versions`) from the store's copy;
    it must still load, else nothing changes (exit 65)."""
    from riskcheck.rulebook import load_ruleset
    from riskcheck.rulebook.publish import republish

    store = _store(db)
    try:
        result = republish(store, version, load_ruleset, by=_who())
    except KeyError:
        raise click.BadParameter(f"no published rule set has version '{version}'", param_hint="VERSION") from None
    finally:
        store.close()
    what = "re-published" if result.changed else "already the newest; nothing to publish"
    click.echo(f"{what}: rule-set version {result.generation.version} (generation {result.generation.generation})")
    return 0
