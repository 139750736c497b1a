"""Loading and validation: every mistake an editor can make, with its exact file:line message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from riskcheck.errors import RuleFileError
from riskcheck.rulebook import load_ruleset
from riskcheck.types import Severity
from rulebook_helpers import load
from rulebook_helpers import pack
from rulebook_helpers import problems
from rulebook_helpers import write

# A verbatim copy of ../shared/rules-spec/examples (the rule-file contract), so a clean clone
# tests against it too; test_contract_copy_is_verbatim keeps the copy honest where both exist.
CONTRACT = Path(__file__).resolve().parent / "contract"
SHARED_CONTRACT = Path("/work/shared/rules-spec/examples")

OK_RULE = """
- id: r
  kind: phrase
  category: c
  severity: review
  message: m
  terms: [a]
"""


def test_contract_examples_load_unchanged() -> None:
    ruleset = load_ruleset(CONTRACT)
    assert [p.name for p in ruleset.packs][:4] == ["current-events", "insensitive", "brand-voice", "topics"]
    by_id = {r.full_id: r for r in ruleset.rules}
    storm = by_id["current-events/storm-bram"]
    assert (storm.kind, storm.category, storm.severity, storm.source.line) == ("phrase", "current-event", Severity.BLOCK, 24)
    assert by_id["topics/death-and-tragedy"].kind == "topic"  # kind from the pack's defaults
    assert ruleset.config.crisis.hold_categories >= {"promotion", "tragedy"}
    assert ruleset.config.profiles["acme-x"].channel == "x"
    assert len(ruleset.version) == 12


@pytest.mark.skipif(not SHARED_CONTRACT.exists(), reason="the shared contract folder is not on this machine")
def test_contract_copy_is_verbatim() -> None:
    names = sorted(p.name for p in SHARED_CONTRACT.glob("*.yaml"))
    assert names == sorted(p.name for p in CONTRACT.glob("*.yaml"))
    assert all((CONTRACT / n).read_bytes() == (SHARED_CONTRACT / n).read_bytes() for n in names)


def test_version_is_a_content_hash(root: Path) -> None:
    first = load(root, {"p.yaml": pack(OK_RULE)}).version
    again = load(root, {"p.yaml": pack(OK_RULE)}).version
    changed = load(root, {"p.yaml": pack(OK_RULE.replace("terms: [a]", "terms: [b]"))}).version
    assert first == again != changed


def test_without_config_every_yaml_is_a_pack(root: Path) -> None:
    ruleset = load(root, {"a.yaml": pack(OK_RULE, "pack: a\n"), "b.yml": pack(OK_RULE, "pack: b\n"),
                          "notes.txt": "not a pack"})
    assert [r.full_id for r in ruleset.rules] == ["a/r", "b/r"]
    assert ruleset.config.decision.block_if_any is Severity.BLOCK
    assert ruleset.config.crisis.hold_categories == frozenset({"promotion"})


def test_config_packs_list_selects_files(root: Path) -> None:
    ruleset = load(root, {"a.yaml": pack(OK_RULE, "pack: a\n"), "b.yaml": pack(OK_RULE, "pack: b\n"),
                          "riskcheck.yaml": "packs: [b.yaml]\ndecision: {risk_weights: {info: 0.2}}\n"})
    assert [r.full_id for r in ruleset.rules] == ["b/r"]
    assert ruleset.config.decision.risk_weights == {"block": 1.0, "review": 0.5, "info": 0.2}


def test_defaults_are_merged_and_rule_wins(root: Path) -> None:
    header = "pack: p\ndefaults: {severity: block, category: legal, window: 3}\n"
    ruleset = load(root, {"p.yaml": pack("""
        - id: a
          kind: phrase
          message: m
          terms: [x]
        - id: b
          kind: near
          severity: info
          message: m
          all: [[x], [y]]
        """, header)})
    a, b = ruleset.rules
    assert (a.severity, a.category, b.severity, b.category, b.window) == (Severity.BLOCK, "legal", Severity.INFO, "legal", 3)


BAD = [
    ("unknown key with suggestion",
     """
     - id: storm-bram
       kind: phrase
       category: c
       serverity: block
       message: m
       terms: [a]
     """,
     ["rules/p.yaml:6:5: rule storm-bram: unknown key 'serverity' (did you mean 'severity'?)"]),
    ("missing required key",
     OK_RULE.replace("  message: m\n", ""),
     ["rules/p.yaml:3:5: rule r: missing required key 'message'"]),
    ("closed set lists its values",
     OK_RULE.replace("severity: review", "severity: blocker"),
     ["rules/p.yaml:6:15: rule r: severity must be one of block, review, info (got 'blocker') (did you mean 'block'?)"]),
    ("unknown kind",
     OK_RULE.replace("kind: phrase", "kind: phrse"),
     ["rules/p.yaml:4:11: rule r: kind must be one of phrase, pattern, near, limit, topic, toxicity "
      "(got 'phrse') (did you mean 'phrase'?)"]),
    ("missing kind",
     OK_RULE.replace("  kind: phrase\n", ""),
     ["rules/p.yaml:3:5: rule r: missing required key 'kind' (one of phrase, pattern, near, limit, topic, toxicity)"]),
    ("kind-specific key on the wrong kind",
     OK_RULE + "  window: 4\n",
     ["rules/p.yaml:9:5: rule r: key 'window' does not belong to kind phrase (it is a key of near)"]),
    ("empty term list",
     OK_RULE.replace("terms: [a]", "terms: []"),
     ["rules/p.yaml:8:12: rule r: terms must not be empty"]),
    ("number as a term",
     OK_RULE.replace("terms: [a]", "terms: [a, 2020]"),
     ["rules/p.yaml:8:16: rule r: terms[1] must be text, got 2020 (put it in quotes)"]),
    ("terms of the wrong shape",
     OK_RULE.replace("terms: [a]", "terms: covid"),
     ["rules/p.yaml:8:12: rule r: terms must be a list or a map (key: value) (got 'covid')"]),
    ("phrase without terms",
     OK_RULE.replace("  terms: [a]\n", ""),
     ["rules/p.yaml:3:5: rule r: a phrase rule needs 'terms' (or a 'suggest' map whose keys are the terms)"]),
    ("bad date",
     OK_RULE + "  active: {from: 2020-13-01}\n",
     ["rules/p.yaml:9:20: rule r: active.from: '2020-13-01' is not a date; "
      "write 2026-11-20 or 2026-11-20T09:00:00+01:00"]),
    ("window ends before it starts",
     OK_RULE + "  active: {from: 2026-12-01, until: 2026-11-01}\n",
     ["rules/p.yaml:9:39: rule r: active: until (2026-11-01) is before from (2026-12-01)"]),
    ("duplicate id",
     OK_RULE + OK_RULE,
     ["rules/p.yaml:10:9: rule r: duplicate id 'r' (first used at line 3)"]),
    ("duplicate key",
     OK_RULE + "  terms: [b]\n",
     ["rules/p.yaml:9:5: duplicate key 'terms' (first written at line 8)"]),
    ("backreference",
     OK_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [a]", r"regex: '(a)\1'"),
     [r"rules/p.yaml:8:12: rule r: regex not allowed: backreferences (\1, (?P=name)) are not supported "
      "(RE2, the linear-time engine)"]),
    ("lookahead",
     OK_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [a]", "regex: 'a(?!b)'"),
     ["rules/p.yaml:8:12: rule r: regex not allowed: lookarounds ((?=, (?!, (?<=, (?<!) are not supported; "
      "match the surrounding text instead or use a near rule (RE2, the linear-time engine)"]),
    ("catastrophic regex",
     OK_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [a]", "regex: '(a+)+$'"),
     ["rules/p.yaml:8:12: rule r: regex refused: nested repetition '(a+)+' is the shape of catastrophic "
      "backtracking; repeat the inner part once (write 'a+' rather than '(a+)+')"]),
    ("regex that does not compile",
     OK_RULE.replace("kind: phrase", "kind: pattern").replace("terms: [a]", "regex: '[a'"),
     ["rules/p.yaml:8:12: rule r: regex does not compile: missing ]: [a"]),
    ("near with one group and a zero window",
     OK_RULE.replace("kind: phrase", "kind: near").replace("terms: [a]", "all: [[a]]\n  window: 0"),
     ["rules/p.yaml:8:10: rule r: all needs at least 2 items",
      "rules/p.yaml:9:13: rule r: window must be > 0 (got 0)"]),
    ("toxicity attribute typo and range",
     OK_RULE.replace("kind: phrase", "kind: toxicity").replace("terms: [a]", "thresholds: {toxcity: 0.5, insult: 2}"),
     ["rules/p.yaml:8:18: rule r: thresholds.toxcity must be one of toxicity, severe_toxicity, obscene, threat, "
      "insult, identity_attack, sexual_explicit (got 'toxcity') (did you mean 'toxicity'?)",
      "rules/p.yaml:8:40: rule r: thresholds.insult must be <= 1 (got 2)"]),
    ("limit that limits nothing",
     OK_RULE.replace("kind: phrase", "kind: limit").replace("terms: [a]", "when: [a]"),
     ["rules/p.yaml:3:5: rule r: 'when' needs 'require' (the terms that must then appear)"]),
    ("topic threshold out of range",
     OK_RULE.replace("kind: phrase", "kind: topic").replace("terms: [a]", "description: d\n  samples: [s]\n  threshold: 0"),
     ["rules/p.yaml:10:16: rule r: threshold must be > 0 (got 0)"]),
    ("example keys are checked too",
     OK_RULE + "  examples: {flag: [{text: a, chanel: x}], pas: [b]}\n",
     ["rules/p.yaml:9:33: rule r: unknown key 'chanel' in examples (did you mean 'channel'?)",
      "rules/p.yaml:9:46: rule r: unknown key 'pas' in examples (did you mean 'pass'?)"]),
    ("a nested typo is matched against its own map's keys",
     OK_RULE + "  applies_to: {brand: [acme]}\n  active: {form: 2026-11-20}\n",
     ["rules/p.yaml:9:18: rule r: unknown key 'brand' in applies_to (did you mean 'brands'?)",
      "rules/p.yaml:10:14: rule r: unknown key 'form' in active (did you mean 'from'?)"]),
    ("language code",
     OK_RULE + "  languages: [EN]\n",
     ["rules/p.yaml:9:17: rule r: languages[0]: 'EN' is not a language code: use ISO 639-1 such as en or nl"]),
    ("a rule that is not a map",
     OK_RULE + "- just text\n",
     ["rules/p.yaml:9:5: rules[1] must be a map of keys to values (got 'just text')"]),
]


@pytest.mark.parametrize(("name", "body", "expected"), BAD, ids=[b[0] for b in BAD])
def test_problem_messages(root: Path, name: str, body: str, expected: list[str]) -> None:
    assert problems(root, {"p.yaml": pack(body)}) == expected


def test_pack_level_problems(root: Path) -> None:
    text = "pack: p\ntimezone: Europe/Amsterdm\nowner: x\nowner2: y\ndefaults: {categroy: c}\nrules: []\n"
    assert problems(root, {"p.yaml": text}) == [
        "rules/p.yaml:2:11: timezone: unknown time zone 'Europe/Amsterdm' (use an IANA name such as Europe/Amsterdam)",
        "rules/p.yaml:4:1: unknown key 'owner2' at the top of a pack (did you mean 'owner'?)",
        "rules/p.yaml:5:12: unknown key 'categroy' in defaults (did you mean 'category'?)",
    ]


def test_all_problems_of_all_files_at_once(root: Path) -> None:
    bad = OK_RULE.replace("severity: review", "severity: loud")
    assert problems(root, {"a.yaml": pack(bad, "pack: a\n"), "b.yaml": "pack: b\nrules: [\n",
                           "c.yaml": pack(OK_RULE, "pack: a\n")}) == [
        "rules/a.yaml:6:15: rule r: severity must be one of block, review, info (got 'loud')",
        "rules/b.yaml:3:1: YAML syntax error: while parsing a flow node did not find expected node content",
        "rules/c.yaml:1:7: pack name 'a' is also used by rules/a.yaml",
    ]


def test_config_missing_pack(root: Path) -> None:
    assert problems(root, {"p.yaml": pack(OK_RULE), "riskcheck.yaml": "packs: [p.yaml, gone.yaml]\n"}) == [
        "rules/riskcheck.yaml:1:17: pack file 'gone.yaml' not found in rules",
    ]


def test_config_problems(root: Path) -> None:
    assert problems(root, {"p.yaml": pack(OK_RULE),
                           "riskcheck.yaml": "packs: [p.yaml]\ndecision: {block_if_any: blok}\ncrisis: {hold: true}\n"}) == [
        "rules/riskcheck.yaml:2:26: decision.block_if_any must be one of block, review, info (got 'blok') (did you mean 'block'?)",
        "rules/riskcheck.yaml:3:10: unknown key 'hold' (did you mean 'hold_all'?)",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("pack: p\nrules:\n  - !!python/object:os.system {}\n",
     "rules/p.yaml:3:5: YAML tag not allowed here: tag:yaml.org,2002:python/object:os.system"),
    ("a: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
     "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
     "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n",
     "rules/p.yaml:2:4: file too large or too deeply nested (are aliases repeating a block?)"),
])
def test_hostile_yaml_is_refused(root: Path, text: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("riskcheck.rulebook.yamlsource.MAX_NODES", 50_000)
    assert problems(root, {"p.yaml": text})[0] == expected


def test_missing_directory() -> None:
    with pytest.raises(RuleFileError, match="rules directory not found"):
        load_ruleset(Path("/nonexistent/rules"))


def test_good_pack_beside_a_broken_copy_keeps_loading(root: Path) -> None:
    """A broken pack is refused; the good directory still loads (reload keeps the old set)."""
    good = load(root, {"p.yaml": pack(OK_RULE)})
    shutil.copytree(root / "rules", root / "broken")
    (root / "broken" / "p.yaml").write_text(pack(OK_RULE.replace("review", "loud")))
    with pytest.raises(RuleFileError):
        load_ruleset(root / "broken")
    assert load_ruleset(Path("rules")).version == good.version


def test_blank_text_is_refused(root: Path) -> None:
    assert problems(root, {"p.yaml": pack(OK_RULE.replace("category: c", "category: ' '"))}) == [
        "rules/p.yaml:5:15: rule r: category must not be empty",
    ]


def test_undecodable_byte_is_reported_at_its_line_and_column(root: Path) -> None:
    (root / "rules").mkdir(exist_ok=True)
    (root / "rules" / "p.yaml").write_bytes(pack(OK_RULE).encode().replace(b"terms: [a]", b"terms: [\xe9a]"))
    with pytest.raises(RuleFileError) as caught:
        load_ruleset(Path("rules"))
    assert [str(p) for p in caught.value.problems] == [
        "rules/p.yaml:8:13: not UTF-8 text (byte 0xE9); save the file as UTF-8"]


def test_tab_indentation_says_so(root: Path) -> None:
    assert problems(root, {"p.yaml": "pack: p\nrules:\n\t- id: r\n"}) == [
        "rules/p.yaml:3:1: YAML syntax error: while scanning for the next token found character that cannot "
        "start any token (a tab: YAML indents with spaces only; replace the tab with spaces)"]


def test_one_pack_file_loads_alone(root: Path) -> None:
    write(root, {"a.yaml": pack(OK_RULE, "pack: a\n"), "b.yaml": pack(OK_RULE, "pack: b\n")})
    assert [r.full_id for r in load_ruleset(Path("rules") / "b.yaml").rules] == ["b/r"]


def test_folder_without_packs_is_refused(root: Path) -> None:
    assert problems(root, {"notes.txt": "not a pack"}) == [
        "rules:1:1: no rule packs (*.yaml, *.yml) in this folder; nothing would be checked"]
