"""Shared by the mapping-shaped readers: one record -> a post or a problem at the right line."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from riskcheck.hook.fields import FIELDS
from riskcheck.hook.fields import FieldError
from riskcheck.hook.fields import post_from_record
from riskcheck.hook.fields import rename
from riskcheck.hook.model import ReadOptions
from riskcheck.hook.model import ReadProblem
from riskcheck.hook.model import ScheduledPost


def near_miss(name: str) -> str | None:
    """The field a misspelt key probably meant (``sheduled_at`` -> ``scheduled_at``)."""
    close = difflib.get_close_matches(name.lower(), FIELDS, n=1, cutoff=0.8)
    return close[0] if close and close[0] != name else None


def build(path: str, line: int, record: Mapping[str, object], options: ReadOptions, *,
          key_lines: Mapping[str, int] | None = None, text_line: int | None = None
          ) -> ScheduledPost | ReadProblem:
    """A ScheduledPost, or a problem at the offending field's line when it is known."""
    renamed = rename(record, options)
    try:
        post = post_from_record(renamed, options, file_key={f: options.columns.get(f, f) for f in renamed})
    except FieldError as exc:
        where = line
        if exc.key is not None and key_lines:
            where = key_lines.get(options.columns.get(exc.key, exc.key), line)
        message = str(exc)
        if exc.key is not None and exc.key not in FIELDS:
            guess = near_miss(exc.key)
            if guess:
                message = f"unknown field '{exc.key}' (did you mean '{guess}'?)"
        return ReadProblem(path, where, message)
    return ScheduledPost(path=path, line=line, post=post, text_line=text_line or line)
