"""Model cards, small trained artifacts and training/eval scripts, shipped as ``riskcheck.models``."""
