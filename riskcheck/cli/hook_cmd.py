"""``riskcheck hook FILES...``: the pre-commit hook for scheduled-content files.

Reads every post in every file (CSV, JSON, JSON Lines, YAML, Markdown with front matter),
checks each at its own scheduled time and channel, prints ``file:line:col`` findings, and
fails when a post would be blocked or held (``--fail-on review`` also fails on review).
Exit codes: 0 ok, 1 a post fails, 64 usage or configuration, 65 a file or post is unreadable.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import TypeVar

import click

from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ScheduledPost

F = TypeVar("F", bound=Callable[..., Any])
EXIT_USAGE = 64
EXIT_DATA = 65
EXIT_UNAVAILABLE = 69


def read_options(columns: str | None, csv_layout: str, date_order: str | None, timezone_name: str | None,
                 channels: str | None, channel: str | None, brand: str | None,
                 profile: str | None = None) -> ReadOptions:
    """The reader settings from the shared command-line options (BadParameter when wrong)."""
    from riskcheck.hook.channels import channel_set
    from riskcheck.hook.channels import check_channel
    from riskcheck.hook.fields import FIELDS

    mapping: dict[str, str] = {}
    for part in (columns or "").split(","):
        if not part.strip():
            continue
        field, sep, name = part.partition("=")
        field = field.strip()
        if not sep or not name.strip():
            raise click.BadParameter(f"'{part}' is not field=Name", param_hint="--columns")
        if field not in FIELDS:
            raise click.BadParameter(f"unknown field '{field}' (fields: {', '.join(FIELDS)})",
                                     param_hint="--columns")
        mapping[field] = name.strip()
    tz = None
    if timezone_name:
        from riskcheck.rulebook.window import parse_timezone

        try:
            tz = parse_timezone(timezone_name)
        except ValueError:
            raise click.BadParameter(f"unknown time zone '{timezone_name}' (e.g. Europe/Amsterdam, UTC)",
                                     param_hint="--timezone") from None
    known = channel_set(channels)
    if channel is not None:
        try:
            channel = check_channel(channel, known)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--channel") from None
    return ReadOptions(channels=known, timezone=tz, columns=mapping, csv_layout=csv_layout,
                       date_order="mdy" if date_order == "mdy" else "dmy" if date_order == "dmy" else None,
                       channel=channel, brand=brand, profile=profile)


def input_options(func: F) -> F:
    """The options that say how to read content files (shared with ``recheck``)."""
    decorators = [
        click.option("--columns", metavar="FIELD=NAME,...",
                     help="Map post fields to your column/key names, e.g. text=Message,scheduled_at=Publish date."),
        click.option("--csv-layout", type=click.Choice(["auto", "generic", "hootsuite"]), default="auto",
                     show_default=True, help="CSV layout preset (hootsuite: date/time, message, link)."),
        click.option("--date-order", "date_order", type=click.Choice(["dmy", "mdy"]),
                     help="How to read 01/02/2026: dmy (1 February) or mdy (January 2, US exports). Without it "
                          "an ambiguous date is an error unless a header says, e.g. 'date (mm/dd/yyyy)'."),
        click.option("--month-first", "date_order", flag_value="mdy", hidden=True),
        click.option("--timezone", "timezone_name", metavar="TZ",
                     help="Time zone for scheduled times written without an offset, e.g. Europe/Amsterdam."),
        click.option("--channels", metavar="LIST",
                     help="Known channels: 'a,b' replaces the set, '+a' adds, '*' allows any "
                          "(default: $RISKCHECK_CHANNELS or the built-in set)."),
        click.option("--channel", help="Channel for posts whose file does not name one."),
        click.option("--brand", help="Brand for posts whose file does not name one."),
        click.option("--profile", help="A riskcheck.yaml profile for every post: brand/channel defaults and "
                                       "which packs check it."),
        click.option("--input-format", type=click.Choice(["csv", "json", "jsonl", "yaml", "markdown"]),
                     help="Read every file as this format instead of going by its extension."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def engine_options(func: F) -> F:
    """The options that say how to check (shared with ``recheck``)."""
    decorators = [
        click.option("--rules", "rules_dir", type=click.Path(),
                     help="Rules directory (default: $RISKCHECK_RULES, ./rules, the shipped packs)."),
        click.option("--rules-only", is_flag=True, help="Skip the ML scorers (fast; their checks report 'skipped')."),
        click.option("--server", metavar="URL",
                     help="Check on a running riskcheck service (API key from $RISKCHECK_API_KEY)."),
        click.option("--jobs", "-j", type=click.IntRange(0, 64), default=0, show_default=True,
                     help="Worker processes for local checking; 0: with --rules-only, the cores (at most 4) for 2,000+ posts on Linux, else 1."),
        click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
                     help="Posts per ML batch (or per request with --server)."),
        click.option("--fail-on", type=click.Choice(["block", "review", "never"]), default="block",
                     show_default=True, help="Fail on block/hold, also on review, or never."),
        click.option("--progress/--no-progress", default=None,
                     help="Progress bar (default: on a terminal, for runs over 300 posts)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def read_all(files: Sequence[str], options: ReadOptions, fmt: str | None
             ) -> tuple[list[ScheduledPost], list[ReadProblem]]:
    """Every post and problem of every file, in file order."""
    from riskcheck.hook.readers import read_file

    posts: list[ScheduledPost] = []
    problems: list[ReadProblem] = []
    for path in files:
        result = read_file(path, options, fmt=fmt)
        posts.extend(result.posts)
        problems.extend(result.problems)
    return posts, problems


def _state_snapshot() -> tuple[Any, Any]:
    """The persisted crisis switch and reviewers' waivers as they are now, when $RISKCHECK_DB
    names a store or ./riskcheck.db exists; (None, None) otherwise.

    Read once: one run sees one consistent state, and forked workers hold no database handle.
    """
    from riskcheck.cli.common import crisis_db
    from riskcheck.crisis import MemoryCrisisStore
    from riskcheck.store import open_store
    from riskcheck.waivers import MemoryWaivers

    target = crisis_db()
    if "://" not in target and not os.path.exists(target):
        return None, None  # never create a state file as a side effect of a check
    store = open_store(target, crisis_cache_s=0.0)
    try:
        return MemoryCrisisStore(store.get()), MemoryWaivers(store.list_waivers(limit=1_000_000))
    finally:
        store.close()


def local_checker(rules_dir: str | Path | None, rules_only: bool) -> Any:
    """A Checker over the resolved rules (exits 65 with every rule problem when they do not load)."""
    from riskcheck.checker import Checker
    from riskcheck.cli.common import load_rules_or_exit

    ruleset = load_rules_or_exit(rules_dir)
    crisis, waivers = _state_snapshot()
    return Checker(ruleset, scorers={} if rules_only else None, crisis=crisis, waivers=waivers)


def make_engine(rules_dir: str | None, rules_only: bool, server: str | None, jobs: int, batch_size: int) -> Any:
    """The local or the service engine the options ask for."""
    from riskcheck.hook.engine import LocalEngine

    if server:
        from riskcheck.errors import ConfigError
        from riskcheck.hook.client import ServiceClient

        if rules_dir or rules_only:
            raise click.UsageError("--rules and --rules-only apply to local checking, not to --server")
        try:
            return ServiceClient(server, batch_size=batch_size)
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from None
    return LocalEngine(local_checker(rules_dir, rules_only), batch_size=batch_size, jobs=jobs)


def render_for_people(report: Any, output_format: str, ruleset: Any) -> str:
    """The hook's run as Markdown or one HTML file: each post by file:line, read problems as errors."""
    from riskcheck.render import ReportPost
    from riskcheck.render import pack_owners
    from riskcheck.render import verdicts_html
    from riskcheck.render import verdicts_markdown

    posts = [ReportPost(str(p), "", None, p.message) for p in report.problems]
    posts += [ReportPost(o.item.where + (f" ({o.item.post.id})" if o.item.post.id else ""), o.item.post.text,
                         o.verdict, o.error) for o in report.outcomes]
    write = verdicts_markdown if output_format == "markdown" else verdicts_html
    return write(posts, owners=pack_owners(ruleset) if ruleset is not None else None,
                 title="riskcheck: scheduled posts").rstrip("\n")


def check_profile(engine: Any, profile: str | None) -> None:
    """A --profile the local riskcheck.yaml does not define is a usage error (the service says
    so itself, per post, with --server)."""
    config = getattr(getattr(getattr(engine, "checker", None), "ruleset", None), "config", None)
    if profile is None or config is None or not hasattr(config, "profile"):
        return
    try:
        config.profile(profile)
    except KeyError as exc:
        raise click.BadParameter(str(exc), param_hint="--profile") from None


def emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@input_options
@engine_options
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif", "markdown", "html"]),
              default="text", show_default=True,
              help="Reviewer text, one JSON document, SARIF 2.1.0 for code hosts, Markdown for pull request "
                   "comments, or one self-contained HTML file with the posts highlighted.")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write the report to this file (the summary line still goes to the terminal).")
@click.option("--show-unchecked", is_flag=True,
              help="List posts that go to review only because a check (e.g. an ML model) did not run.")
def hook(files: tuple[str, ...], columns: str | None, csv_layout: str, date_order: str | None,
         timezone_name: str | None, channels: str | None, channel: str | None, brand: str | None,
         profile: str | None, input_format: str | None, rules_dir: str | None, rules_only: bool,
         server: str | None, jobs: int,
         batch_size: int, fail_on: str, progress: bool | None, output_format: str, output: str | None,
         show_unchecked: bool) -> int:
    """Check every post in scheduled-content FILES (the pre-commit hook).

    Exit 0 when no post fails, 1 when one would be blocked or held (or reviewed, with
    --fail-on review), 65 when a file or post cannot be read, 64 for usage errors.
    """
    from riskcheck.hook.client import ServiceError
    from riskcheck.hook.engine import run
    from riskcheck.hook.output import render_json
    from riskcheck.hook.output import render_text
    from riskcheck.hook.report import Report
    from riskcheck.hook.sarif import render_sarif

    if not files:
        click.echo("riskcheck: no files given; nothing to check", err=True)
        return 0
    options = read_options(columns, csv_layout, date_order, timezone_name, channels, channel, brand, profile)
    items, problems = read_all(files, options, input_format)
    engine = make_engine(rules_dir, rules_only, server, jobs, batch_size)
    check_profile(engine, profile)
    try:
        outcomes = run(items, engine, progress=progress)
    except ServiceError as exc:
        click.echo(f"error: {exc}", err=True)
        return EXIT_UNAVAILABLE
    finally:
        if hasattr(engine, "close"):
            engine.close()
    report = Report(tuple(outcomes), tuple(problems), files=len(files))
    if output_format == "text" and output:
        emit("\n".join(render_text(report, show_unrun=show_unchecked)), output)
        click.echo(report.summary(), err=True)
    elif output_format == "text":
        for line in render_text(report, show_unrun=show_unchecked):
            click.echo(line)
    elif output_format in ("markdown", "html"):
        emit(render_for_people(report, output_format, getattr(getattr(engine, "checker", None), "ruleset", None)),
             output)
        click.echo(report.summary(), err=True)
    else:
        document = render_json(report) if output_format == "json" else render_sarif(report, show_unrun=show_unchecked)
        emit(document, output)
        click.echo(report.summary(), err=True)
    return report.exit_code(fail_on)
