"""riskcheck HTTP service (FastAPI), shipped as ``riskcheck.api``."""
