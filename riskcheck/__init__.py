"""riskcheck: pre-publish content risk checker."""
