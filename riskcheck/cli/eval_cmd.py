"""``riskcheck eval DATASET``: the ML evaluation (riskcheck.evaluation) from the main CLI."""

from __future__ import annotations

import click


@click.command("eval", context_settings={"ignore_unknown_options": True, "allow_extra_args": True,
                                         "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval_command(args: tuple[str, ...]) -> int:
    """Precision, recall, F1, FPR and ROC-AUC of the ML checks on public data (see --help)."""
    from riskcheck.evaluation.run import main

    try:
        return main(list(args))
    except SystemExit as exc:  # argparse's --help and usage errors
        code = exc.code if isinstance(exc.code, int) else 64
        return 64 if code == 2 else code
