"""The ``riskcheck`` command line: one module per subcommand, registered in one dict.

Subcommand modules are imported only when invoked, so ``riskcheck check`` never pays for
FastAPI or uvicorn. Exit codes: 0 pass, 1 review, 2 block, 3 hold (the worst post);
64+ for usage and configuration errors (sysexits: 64 usage, 65 bad data, 66 missing input,
70 internal error).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from riskcheck.errors import ConfigError
from riskcheck.errors import RiskcheckError
from riskcheck.errors import RuleFileError

# name -> "module:attribute" of a click command. One line per subcommand.
COMMANDS: dict[str, str] = {
    "check": "riskcheck.cli.check_cmd:check",
    "rules": "riskcheck.cli.rules_cmd:rules",
    "crisis": "riskcheck.cli.crisis_cmd:crisis",
    "eval": "riskcheck.cli.eval_cmd:eval_command",
    "serve": "riskcheck.cli.serve_cmd:serve",
    "hook": "riskcheck.cli.hook_cmd:hook",
    "recheck": "riskcheck.cli.recheck_cmd:recheck",
}

EXIT_USAGE = 64
EXIT_DATA = 65
EXIT_NO_INPUT = 66
EXIT_INTERNAL = 70


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        module = importlib.import_module(module_name)
        command: click.Command = getattr(module, attribute)
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="riskcheck")
def cli() -> None:
    """riskcheck: check scheduled social posts for crisis risk before they go out."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code (tests call this directly)."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="riskcheck",
                          standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:  # pragma: no cover - click version detail
        click.echo(exc.format_message(), err=True)
        return EXIT_USAGE
    except click.UsageError as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except ConfigError as exc:  # a setting, option or environment variable is wrong
        click.echo(f"error: {exc}", err=True)
        return EXIT_USAGE
    except RuleFileError as exc:
        for problem in exc.problems:
            click.echo(f"error: {problem}", err=True)
        return EXIT_DATA
    except RiskcheckError as exc:  # any other user-fixable problem: say it, no traceback
        click.echo(f"error: {exc}", err=True)
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the exit policy: a crash is 70, never a verdict
        click.echo(internal_error_line(exc), err=True)
        return EXIT_INTERNAL
    return int(result or 0)


def internal_error_line(exc: BaseException) -> str:
    """One stderr line for a crash. Exit codes 1-3 are verdicts (review, block, hold), so an
    uncaught exception (Python's exit 1) would read as "review" to a scheduler or CI job;
    70 (EX_SOFTWARE) says the check did not happen. ``RISKCHECK_TRACEBACK=1`` adds the
    traceback for a bug report."""
    import os
    import traceback

    message = " ".join(str(exc).split())[:300] or "no message"
    if os.environ.get("RISKCHECK_TRACEBACK"):
        traceback.print_exception(exc, file=sys.stderr)
    return f"riskcheck: internal error ({type(exc).__name__}: {message}); nothing was decided (exit 70)"


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main(sys.argv[1:]))
