"""``python -m riskcheck.evaluation DATASET``."""

from __future__ import annotations

from riskcheck.evaluation.run import main

raise SystemExit(main())
