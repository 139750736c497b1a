"""Post input: one home for turning what callers send into a :class:`~riskcheck.types.Post`.

The CLI (``check``, ``rules``, ``crisis``), the hook's file readers and the HTTP API all parse
the same things — language codes, publish times, the fields of a post — and must agree on what
is an error. They do so by importing from here, never from each other (``riskcheck.cli`` is a
front end; nothing outside it imports it).
"""

from __future__ import annotations

from riskcheck.postinput.errors import PostError
from riskcheck.postinput.languages import LANGUAGE_TAG_PATTERN
from riskcheck.postinput.languages import check_language
from riskcheck.postinput.mapping import POST_FIELDS
from riskcheck.postinput.mapping import post_from_mapping
from riskcheck.postinput.mapping import read_jsonl_posts
from riskcheck.postinput.times import DATE_ORDERS
from riskcheck.postinput.times import DateOrder
from riskcheck.postinput.times import parse_instant
from riskcheck.postinput.times import parse_scheduled

__all__ = [
    "DATE_ORDERS", "DateOrder", "LANGUAGE_TAG_PATTERN", "POST_FIELDS", "PostError", "check_language",
    "parse_instant", "parse_scheduled", "post_from_mapping", "read_jsonl_posts",
]
