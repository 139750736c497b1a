"""Normalisation cost on a 280-char post: tokenize, lemmas, language detection, sentence spans.

Run:  pytest benchmarks/bench_text.py --benchmark-enable --benchmark-columns=min,median,mean,max,rounds
Budget: the whole rules-only check of a 280-char post is ~0.3 ms p50, so normalisation should
stay around 50-100 us. Language-detection accuracy on real text (needs ../shared/data):

      python benchmarks/bench_text.py --eval-lang
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from pathlib import Path

import pytest

from riskcheck.normalize import lang
from riskcheck.normalize.lemmas import lemmatizer
from riskcheck.normalize.lemmas import warm
from riskcheck.normalize.sentences import split
from riskcheck.normalize.pipeline import normalize
from riskcheck.normalize.text import tokenize

POSTS = {
    "en": (
        "#TriviaTuesday: did you know the seats at the back of a plane have the lowest fatality rate? "
        "Book your next trip with @AcmeAir today and save 20% on flights to Amsterdam, Paris & more! "
        "Details: https://acme.example.com/deals ✈️🌍 Offer ends Sunday at midnight, so do not wait! #fly"
    ),
    "nl": (
        "Storm Bram raast over het land: blijf binnen en kruip onder onze zachte dekens. Vandaag 30% "
        "korting op de hele collectie, alleen online via www.acme.nl/dekens 🧣❄️ Wist je dat wol je warmer "
        "houdt dan katoen? Bestel voor 22:00 en je hebt het morgen in huis. #StormBram #korting #wol"
    ),
}
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    warm()
    lang.detect("warm up the detector with a sentence")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_tokenize(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    text = POSTS[language]
    assert len(text) == 280
    assert len(benchmark(tokenize, text)) > 40


@pytest.mark.parametrize("language", ["en", "nl"])
def test_tokenize_with_lemmas(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    lemma_of = lemmatizer(language)
    assert len(benchmark(tokenize, POSTS[language], lemma_of)) > 40


@pytest.mark.parametrize("language", ["en", "nl"])
def test_normalize_language_given(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(normalize, POSTS[language], language).language == language


@pytest.mark.parametrize("language", ["en", "nl"])
def test_normalize_and_detect(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(normalize, POSTS[language]).language == language


@pytest.mark.parametrize("language", ["en", "nl"])
def test_detect(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(lang.detect, POSTS[language])[0] == language


@pytest.mark.parametrize("language", ["en", "nl"])
def test_detect_lingua_only(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    assert benchmark(lang.detect, POSTS[language], use_stopwords=False)[0] == language


@pytest.mark.parametrize("language", ["en", "nl"])
def test_split_sentences(benchmark, language: str) -> None:  # type: ignore[no-untyped-def]
    doc = normalize(POSTS[language], language)
    assert len(benchmark(split, doc)) >= 3


def _eval_lang() -> None:
    """Accuracy of ``lang.detect`` on real English tweets and Dutch sentences."""
    tweets = DATA / "tweeteval"
    english = [
        line.strip()
        for task in ("hate", "offensive")
        for line in (tweets / task / "val_text.txt").read_text(encoding="utf-8").splitlines()
    ]
    with (DATA / "jigsaw-sentence-templates" / "nl_sentence_templates.csv").open(encoding="utf-8") as f:
        rows = [row["phrase"] for row in csv.DictReader(f)]
    dutch = random.Random(0).sample(rows, 2000)
    print("| data | mode | n | correct | und | wrong | mean us |")
    print("|---|---|---|---|---|---|---|")
    for name, texts, gold in (("tweeteval en (val)", english, "en"), ("jigsaw templates nl", dutch, "nl")):
        for mode, stop in (("stopwords+lingua", True), ("lingua only", False)):
            t0 = time.perf_counter()
            got = [lang.detect(t, use_stopwords=stop)[0] for t in texts]
            mean_us = (time.perf_counter() - t0) / len(texts) * 1e6
            ok = sum(g == gold for g in got) / len(got)
            und = sum(g == "und" for g in got) / len(got)
            print(f"| {name} | {mode} | {len(got)} | {ok:.3f} | {und:.3f} | {1 - ok - und:.3f} | {mean_us:.0f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-lang", action="store_true", help="language-detection accuracy on ../shared/data")
    if parser.parse_args().eval_lang:
        _eval_lang()
    else:
        parser.print_help()
