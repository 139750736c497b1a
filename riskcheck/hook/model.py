"""The records the hook passes around: a post with its place in a file, and a read problem."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from dataclasses import field
from datetime import tzinfo

from riskcheck.postinput.times import DateOrder
from riskcheck.types import Post
from riskcheck.types import Verdict


@dataclass(frozen=True, slots=True)
class ScheduledPost:
    """A post as found in a content file. ``line`` is where its record starts.

    ``text_line`` is the file line on which the post text itself starts (the body line in a
    Markdown file); reports add the newlines inside the text before a match to it.
    """

    path: str
    line: int
    post: Post
    text_line: int = 0

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def key(self) -> str:
        """Stable identity for the re-check state: file, post id (or line), text hash.

        An edited text gives a new key on purpose: that post is new, not re-decided.
        """
        ident = self.post.id if self.post.id is not None else f"L{self.line}"
        digest = hashlib.sha256(self.post.text.encode("utf-8")).hexdigest()[:16]
        return f"{self.path}#{ident}#{digest}"


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Why a file or one record in it could not be read. Printed as ``file:line: error ...``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: error {self.message}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """Every post a file holds, and every problem; a bad record never silently disappears."""

    posts: tuple[ScheduledPost, ...] = ()
    problems: tuple[ReadProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to interpret files whose format leaves things open.

    ``channels``: the known channel names (a post naming another is an error); ``None``
    accepts any. ``timezone``: applied to times written without an offset; ``None`` makes such
    a time an error. ``columns``: post field -> the name used in the file. ``csv_layout``:
    ``auto``, ``generic`` or ``hootsuite``. ``date_order``: how to read ``01/02/2026`` (``None``:
    an ambiguous date is an error unless a CSV header says, as in ``date (mm/dd/yyyy)``).
    ``channel``/``brand``: defaults for records that do not name one.
    """

    channels: frozenset[str] | None = None
    timezone: tzinfo | None = None
    columns: dict[str, str] = field(default_factory=dict)
    csv_layout: str = "auto"
    date_order: DateOrder | None = None
    channel: str | None = None
    brand: str | None = None
    profile: str | None = None  # a riskcheck.yaml profile for every post (brand/channel defaults, packs)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One post after checking: a verdict, or the reason it could not be checked."""

    item: ScheduledPost
    verdict: Verdict | None
    error: str | None = None
