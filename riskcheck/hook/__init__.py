"""Scheduled-content files: read them, check every post, report for people and tools.

The pre-commit hook (``riskcheck hook``) and the queue re-check (``riskcheck recheck``) share
this package. Readers turn files into ``ScheduledPost`` records that remember their file and
line; the engine checks them locally or against a running service; the output modules format
the outcomes as text, JSON or SARIF. Nothing here imports an ML library.
"""

from __future__ import annotations
