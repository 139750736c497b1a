"""The one error type of post input."""

from __future__ import annotations


class PostError(ValueError):
    """A post (or one of its fields) could not be read; the message names what is wrong and the fix.

    ``field`` names the post field at fault when there is one, so a file reader can point at
    that field's line.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
