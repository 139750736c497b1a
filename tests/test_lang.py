from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from riskcheck.normalize import lang
from riskcheck.normalize.lang import clean
from riskcheck.normalize.lang import detect


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ("#TriviaTuesday: the seats at the back of a plane have the lowest fatality rate!", "en"),
    ("Ride out #StormBram with our cosy blankets, 30% off!", "en"),
    ("Oh you skank @user", "en"),
    ("Storm Bram raast: blijf binnen met onze dekens", "nl"),
    ("Thuis in quarantaine? Bestel vandaag nog!", "nl"),
    ("Leuk weetje: achterin het vliegtuig overleef je een crash het vaakst.", "nl"),
    ("Je bent een prima ober", "nl"),
    ("Wir sind heute für euch da, kommt vorbei!", "de"),
    ("Nous sommes ravis de vous présenter notre nouvelle collection.", "fr"),
    ("Hoy lanzamos nuestra nueva colección de invierno.", "es"),
    ("Oggi presentiamo la nostra nuova collezione invernale.", "it"),
    ("Hoje lançamos a nossa nova coleção de inverno.", "pt"),
])
# fmt: on
def test_detect(text: str, expected: str) -> None:
    code, confidence = detect(text)
    assert (code, confidence >= lang.CONFIDENCE_FLOOR) == (expected, True)


@pytest.mark.parametrize("text", ["", "   ", "🔥🔥🔥", "https://example.com @acme #", "Hi!", "12345 678"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect(text) == ("und", 0.0)


def test_low_confidence_is_undetermined() -> None:
    code, confidence = detect("Spartacus Hysterical Woman 2020", use_stopwords=False)
    assert (code, confidence < lang.CONFIDENCE_FLOOR) == ("und", True)


def test_clean_strips_names_not_words() -> None:
    assert clean("Mail info@acme.com or see https://x.co/a, www.acme.nl @acme_nl #StormBram") == (
        "Mail   or see        StormBram"
    )


def test_detector_is_built_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lang, "_detector", None)
    with ThreadPoolExecutor(4) as pool:
        detectors = list(pool.map(lambda _: lang._get_detector(), range(8)))
    assert all(d is detectors[0] for d in detectors)
