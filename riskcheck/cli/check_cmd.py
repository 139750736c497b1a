"""``riskcheck check``: one post from the command line, or a JSON Lines batch on stdin."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import click
from rich.console import Console

from riskcheck.cli.common import crisis_db
from riskcheck.cli.common import load_rules_or_exit
from riskcheck.cli.common import option_time
from riskcheck.cli.common import read_stdin_lines
from riskcheck.postinput import PostError
from riskcheck.postinput import check_language
from riskcheck.postinput import read_jsonl_posts
from riskcheck.render import pack_owners
from riskcheck.render import print_verdict
from riskcheck.render import verdict_json
from riskcheck.types import Post

if TYPE_CHECKING:
    from riskcheck.store import Store


def _state_store() -> Store | None:
    """The persisted crisis switch and reviewers' waivers, when $RISKCHECK_DB names a store or
    ./riskcheck.db exists."""
    from riskcheck.store import open_store

    target = crisis_db()
    if "://" not in target and not os.path.exists(target):
        return None  # never create a state file as a side effect of a check
    return open_store(target, crisis_cache_s=0.0)


@click.command()
@click.argument("text", required=False)
@click.option("--at", "at", help="Scheduled publish time, ISO 8601 with offset, or a date (noon UTC) (default: now).")
@click.option("--channel", help="Channel, e.g. x, instagram, linkedin.")
@click.option("--brand", help="Brand the post is published for.")
@click.option("--lang", "language", help="Language code; detected when absent.")
@click.option("--id", "post_id", help="Caller's post id, echoed in the verdict.")
@click.option("--profile", help="A riskcheck.yaml profile: brand/channel defaults and which packs check the post.")
@click.option("--rules", "rules_dir", type=click.Path(), help="Rules directory (default: $RISKCHECK_RULES, ./rules, shipped packs).")
@click.option("--json", "as_json", is_flag=True, help="One verdict per line as JSON (same as --format json).")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown", "html"]), default="text",
              show_default=True, help="Reviewer text, JSON Lines, Markdown (pull request comments) or one "
                                      "self-contained HTML file with the posts highlighted.")
@click.option("--rules-only", is_flag=True, help="Skip the ML scorers (their checks report 'skipped').")
@click.option("--batch-size", default=64, show_default=True, help="ML batch size for stdin batches.")
@click.option("--check-links", is_flag=True,
              help="Fetch each post's links (riskcheck.yaml links: settings; private addresses refused).")
def check(text: str | None, at: str | None, channel: str | None, brand: str | None, language: str | None,
          post_id: str | None, profile: str | None, rules_dir: str | None, as_json: bool, output_format: str,
          rules_only: bool, batch_size: int, check_links: bool) -> int:
    """Check TEXT, or JSON Lines posts on stdin. Exit 0 pass, 1 review, 2 block, 3 hold."""
    from riskcheck.checker import Checker
    from riskcheck.linkcheck import forced

    if text is None:
        if sys.stdin.isatty():
            raise click.UsageError("give TEXT, or JSON Lines posts on stdin")
        if any(v is not None for v in (at, channel, brand, language, post_id)):
            raise click.UsageError("--at/--channel/--brand/--lang/--id apply to TEXT; put them in each stdin line instead")
        posts, errors = read_jsonl_posts(read_stdin_lines())
        if errors:
            for error in errors:
                click.echo(f"error: {error}", err=True)
            click.echo(f"{len(errors)} bad line(s); nothing was checked.", err=True)
            return 65
    else:
        scheduled = option_time(at, "--at", bare_date=True)
        try:
            check_language(language, what="--lang")
        except PostError as exc:
            raise click.BadParameter(str(exc).removeprefix("--lang: "), param_hint="--lang") from None
        posts = [Post(text=text, scheduled_at=scheduled, channel=channel, brand=brand,
                      language=language, id=post_id)]
    if profile is not None:  # a stdin line's own "profile" wins
        posts = [p if p.profile else replace(p, profile=profile) for p in posts]

    if len(posts) >= batch_size and "RISKCHECK_ML_THREADS" not in os.environ:
        # A batch job owns the machine: split the sentence encoder's batches over the cores
        # (up to 4; the library default is up to 2, see riskcheck.scorers.embedding.encoder_threads).
        os.environ["RISKCHECK_ML_THREADS"] = str(min(4, os.cpu_count() or 1))
    ruleset = load_rules_or_exit(rules_dir)
    for name in sorted({p.profile for p in posts if p.profile}):
        try:
            ruleset.config.profile(name)
        except KeyError as exc:
            raise click.BadParameter(str(exc), param_hint="--profile") from None
    store = _state_store()
    checker = Checker(ruleset, scorers={} if rules_only else None, crisis=store, waivers=store,
                      link_checker=forced(ruleset) if check_links else None)
    verdicts = checker.check_many(posts, batch_size=batch_size)

    if as_json or output_format == "json":
        for verdict in verdicts:
            click.echo(verdict_json(verdict))
    elif output_format in ("markdown", "html"):
        from riskcheck.render import ReportPost
        from riskcheck.render import verdicts_html
        from riskcheck.render import verdicts_markdown

        report = [ReportPost(post.id or f"post {n}", post.text, verdict)
                  for n, (post, verdict) in enumerate(zip(posts, verdicts), start=1)]
        write = verdicts_markdown if output_format == "markdown" else verdicts_html
        click.echo(write(report, owners=pack_owners(ruleset)), nl=False)
    else:
        console = Console(highlight=False)
        owners = pack_owners(ruleset)
        for post, verdict in zip(posts, verdicts):
            print_verdict(console, post.text, verdict, label=post.id, owners=owners)
    return max((v.decision.exit_code for v in verdicts), default=0)
