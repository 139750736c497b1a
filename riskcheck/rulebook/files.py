"""Which files a rule set may read, and reading them safely.

A rules folder is edited by many hands and reloaded by a running service, so what it names
is input like any other: ``packs: ['/etc/shadow']`` once printed that file line by line as
"unknown key" errors, a FIFO named ``x.yaml`` hung every reload, and a pack that was
``/dev/zero`` ran the process out of memory. Here a pack path must stay inside the rules
folder (relative, no ``..``, no symlink leading out), name a regular file, and be at most
``MAX_RULE_FILE_BYTES``; the file is opened non-blocking and checked on the open handle, so
swapping it for a FIFO between the check and the read cannot hang anything either.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from pathlib import PurePath

__all__ = ["MAX_RULE_FILE_BYTES", "RuleFileRefused", "cap_message", "pack_path_problem", "read_rule_file", "shorten"]

# The largest shipped pack is well under 1 MiB; a 100,000-term pack is about 2 MiB.
MAX_RULE_FILE_BYTES = 16 * 1024 * 1024
_EXCERPT = 40


class RuleFileRefused(Exception):
    """The file may not or cannot be read as a rule file; the message says why."""


def pack_path_problem(name: str, root: Path) -> str | None:
    """Why the ``packs:`` entry ``name`` may not be read from ``root``, or ``None``."""
    pure = PurePath(name)
    if pure.is_absolute() or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return f"pack path '{shorten(name)}' is absolute; name a file inside the rules folder, relative to it"
    if ".." in pure.parts:
        return f"pack path '{shorten(name)}' leaves the rules folder ('..'); name a file inside it"
    return None


def read_rule_file(path: Path, root: Path) -> bytes:
    """The bytes of the rule file ``path`` inside ``root``; raises ``RuleFileRefused``."""
    try:
        real = path.resolve(strict=True)
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # a missing file, a symlink loop (ELOOP)
        raise RuleFileRefused(_os_reason(exc)) from None
    if real != real_root and real_root not in real.parents:
        raise RuleFileRefused("is a link to a file outside the rules folder; rule files must live inside it")
    try:
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise RuleFileRefused(_os_reason(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise RuleFileRefused(f"is not a regular file ({_kind(info.st_mode)}); rule files must be plain files")
        if info.st_size > MAX_RULE_FILE_BYTES:
            raise RuleFileRefused(f"is {info.st_size:,} bytes; a rule file may be at most "
                                  f"{MAX_RULE_FILE_BYTES:,} bytes")
        data = handle.read(MAX_RULE_FILE_BYTES + 1)
    if len(data) > MAX_RULE_FILE_BYTES:
        raise RuleFileRefused(f"is larger than {MAX_RULE_FILE_BYTES:,} bytes, the limit for a rule file")
    return data


def shorten(text: str, limit: int = _EXCERPT) -> str:
    """At most ``limit`` characters of ``text`` (one line), for quoting it in an error."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


_MAX_MESSAGE = 400


def cap_message(message: str) -> str:
    """At most ``_MAX_MESSAGE`` characters: an error names what is wrong and where; it never
    reproduces a file (a mistaken pack may be any file at all). Keys and values quoted in
    messages are cut with ``shorten`` where the message is made."""
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "\u2026"


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == 40:  # ELOOP
        return "is a symlink loop; rule files must be plain files"
    if isinstance(exc, FileNotFoundError):
        return "not found"
    return f"cannot be read: {getattr(exc, 'strerror', None) or exc}"


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a plain file"
