"""Keep Python's cyclic garbage collector off the event loop's back.

A full (generation 2) collection walks every tracked object in the process while holding the
interpreter lock. In a serving worker most of them are the start-up heap (FastAPI, pydantic
models, the rule set, language tables, the ML models) that never becomes garbage; a big post
allocates enough survivors (a 20,000-character "a@a@..." post makes 20,000 tokens) to trigger
a full collection in the middle of its check, and then no other thread, the event loop
answering ``/healthz`` included, runs until the walk ends: 70-110 ms measured on the dev box
(issue 9). ``gc.freeze()`` moves the start-up heap to the permanent generation, so later
collections walk only what requests allocated (measured: worst gap of a 1 ms sleeper thread
during three such checks 65-110 ms -> 8-12 ms).

Only the server does this: a frozen object that later becomes cyclic garbage is never
collected, which is right for a long-lived worker's start-up state and wrong for a test
process that builds hundreds of apps.
"""

from __future__ import annotations

import gc


def freeze_startup_heap() -> int:
    """Collect what start-up left behind, then exempt everything alive from future
    collections. Returns how many objects are now frozen (for the log)."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
