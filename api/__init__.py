"""riskcheck HTTP service (FastAPI), shipped as ``riskcheck.api``.

``create_app(settings)`` builds the app; ``riskcheck serve`` runs it under uvicorn.
Import from the submodules (``riskcheck.api.app``) so importing this package stays cheap.
"""
