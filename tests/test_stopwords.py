from __future__ import annotations

import subprocess
import sys

from riskcheck.normalize.stopwords import stop_words


def test_lists_match_spacy_without_importing_it() -> None:
    code = ("import sys; from riskcheck.normalize.stopwords import stop_words; "
            "n = len(stop_words('nl')); print(n, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    from spacy.lang.nl.stop_words import STOP_WORDS

    assert out == [str(len({w.lower() for w in STOP_WORDS})), "False"]


def test_unknown_language_is_empty() -> None:
    assert stop_words("xx") == frozenset()
    assert stop_words("../etc") == frozenset()
    assert "die" in stop_words("nl") and "die" not in stop_words("en")
