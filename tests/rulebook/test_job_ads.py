"""Job ads that exclude by age, origin or gender are blocked; ordinary copy with the same words is not.

Wording of our own (the rules' examples are tested by tests/test_packs.py; these are more
phrasings of issue 12's seed cases, so the rules are not fitted to their own examples only).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.checker import Checker
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Decision
from riskcheck.types import Post

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_ruleset(RULES), scorers={})


@pytest.mark.parametrize(("text", "rule"), [
    ("Vacature kassamedewerker: autochtone Nederlandse kandidaat gezocht.", "discrimination/job-ad-origin"),
    ("Wij zoeken een autochtone Nederlander als nieuwe collega op kantoor. Solliciteer nu!",
     "discrimination/job-ad-origin"),
    ("Hiring a sales assistant for our Leeds store, candidates under 30 preferred.", "discrimination/job-ad-age"),
    ("Shift leader wanted. Applicants younger than 35 only.", "discrimination/job-ad-age"),
    ("Vacature: we zoeken een man voor het magazijn in Venlo.", "discrimination/job-ad-gender"),
    ("Job opening at our Utrecht office: looking for a woman to join reception.", "discrimination/job-ad-gender"),
    ("Gezocht: chauffeur (m) voor onze bezorgdienst.", "discrimination/job-ad-gender"),
])
def test_exclusion_in_a_job_ad_blocks(checker: Checker, text: str, rule: str) -> None:
    verdict = checker.check(Post(text))
    assert rule in {f.rule_id for f in verdict.findings}
    assert verdict.decision is Decision.BLOCK


@pytest.mark.parametrize("text", [
    "Our young team baked 3,000 cookies for the food bank this week.",
    "Vacature: chauffeur (m/v/x) voor onze bezorgdienst.",
    "Looking for a man's watch for Father's Day? Shop our gift guide.",
    "Nieuw onderzoek: autochtone Nederlanders en nieuwkomers over hun favoriete feestdagen.",
    "Under 30 minutes from order to door.",
])
def test_ordinary_copy_with_the_same_words_is_not_flagged_by_the_job_ad_rules(checker: Checker, text: str) -> None:
    ids = {f.rule_id for f in checker.check(Post(text)).findings}
    assert not {i for i in ids if i.startswith("discrimination/job-ad")}, ids
