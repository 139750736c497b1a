"""Rules directory -> RuleSet, reporting every problem of every file at once.

The straight line: read riskcheck.yaml (which packs, policy, crisis profile) -> for each
pack: safe YAML with marks -> pack header -> each rule = pack ``defaults`` + its own keys,
validated by its kind's spec -> compile -> index all terms into one automaton. Problems are
collected along the way, each with file:line:column and rule id, and raised together as
one ``RuleFileError``: an editor fixes a file in one round, not one error per run.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import Annotated

from pydantic import AfterValidator
from pydantic import Field
from pydantic import ValidationError
from pydantic import WithJsonSchema

from riskcheck.errors import RuleFileError
from riskcheck.errors import RuleProblem
from riskcheck.rulebook.base import RuleId
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import Scope
from riskcheck.rulebook.base import SpecModel
from riskcheck.rulebook.base import SpecProblem
from riskcheck.rulebook.base import check_window
from riskcheck.rulebook.base import common_fields
from riskcheck.rulebook.config import ConfigSpec
from riskcheck.rulebook.config import PackEntry
from riskcheck.rulebook.config import ProjectConfig
from riskcheck.rulebook.files import RuleFileRefused
from riskcheck.rulebook.files import pack_path_problem
from riskcheck.rulebook.files import read_rule_file
from riskcheck.rulebook.files import cap_message
from riskcheck.rulebook.files import shorten
from riskcheck.rulebook.kinds import KINDS
from riskcheck.rulebook.problems import Loc
from riskcheck.rulebook.problems import did_you_mean
from riskcheck.rulebook.problems import explain
from riskcheck.rulebook.ruleset import Pack
from riskcheck.rulebook.ruleset import RuleSet
from riskcheck.rulebook.terms import TermIndexBuilder
from riskcheck.rulebook.window import parse_timezone
from riskcheck.rulebook.yamlsource import YamlDoc
from riskcheck.rulebook.zones import IANA_ZONES
from riskcheck.rulebook.yamlsource import YamlSyntaxError
from riskcheck.rulebook.yamlsource import parse_yaml
from riskcheck.types import Source

CONFIG_NAME = "riskcheck.yaml"
NESTED_KEYS = ("from", "until", "brands", "channels", "flag", "pass", "text", "at", "channel", "brand",
               "language", "default")
# The keys each nested map accepts, so a typo is matched against its own map's keys
# ('applies_to: {brand: ...}' suggests 'brands', not the example key 'brand').
NESTED_KEYS_OF = {"active": ("from", "until"), "applies_to": ("brands", "channels"), "examples": ("flag", "pass")}
EXAMPLE_KEYS = ("text", "at", "channel", "brand", "language")


def nested_options(path: Loc) -> tuple[str, ...]:
    """The keys allowed where ``path`` (rule key first, unknown key last) points."""
    if path[0] == "examples" and len(path) > 2:
        return EXAMPLE_KEYS
    return NESTED_KEYS_OF.get(str(path[0]), NESTED_KEYS)


def _check_tz(value: str) -> str:
    parse_timezone(value)
    return value


class PackSpec(SpecModel):
    """The top of a pack file. ``rules`` items are validated by their kind's spec."""

    pack: RuleId = Field(description="unique pack name; a rule's full id is pack/id")
    description: str | None = None
    owner: str | None = Field(None, description="who to ask; shown to reviewers")
    timezone: Annotated[str, AfterValidator(_check_tz), WithJsonSchema({"enum": list(IANA_ZONES)})] | None = Field(
        None, description="IANA time zone for bare dates in active windows (default UTC)")
    defaults: dict[str, Any] | None = Field(None, description="keys merged into every rule (a rule's own value wins)")
    rules: list[dict[str, Any]] = Field(description="the rules of this pack")


def all_rule_keys() -> dict[str, list[str]]:
    """Every key any kind accepts -> the kinds that accept it."""
    keys: dict[str, list[str]] = {}
    for name, cls in KINDS.items():
        for field_name, info in cls.Spec.model_fields.items():
            keys.setdefault(info.alias or field_name, []).append(name)
    return keys


@dataclass
class _FileState:
    path: Path
    display: str
    yaml: YamlDoc | None = None
    root: Path | None = None  # the folder the file must stay inside (default: its own folder)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[RuleProblem] = []

    def add(self, display: str, line: int, column: int, rule_id: str | None, message: str) -> None:
        self.problems.append(RuleProblem(display, line, column, rule_id, cap_message(message)))

    def at(self, state: _FileState, path: Loc, at_key: bool, rule_id: str | None, message: str) -> None:
        assert state.yaml is not None
        mark = state.yaml.key_mark(path) if at_key else state.yaml.value_mark(path)
        self.add(state.display, mark.line, mark.column, rule_id, message)


def load_ruleset(rules_dir: Path | str, config_path: Path | str | None = None) -> RuleSet:
    """Load, validate and compile a rules directory. Raises ``RuleFileError`` with all problems.

    ``rules_dir`` may also be one pack file (``rules validate my-pack.yaml``); a folder with
    neither packs nor a riskcheck.yaml is an error: a mistyped folder would pass every post.
    ``config_path`` defaults to ``rules_dir/riskcheck.yaml`` when that exists. Its ``packs:``
    list names the pack files (relative to the config file); without it every ``*.yaml`` /
    ``*.yml`` in ``rules_dir`` except riskcheck.yaml is a pack.

    The cyclic garbage collector is paused while loading: a 100,000-term pack allocates
    hundreds of thousands of small objects that the collector would otherwise re-scan
    over and over (a third of the compile time); nothing built here forms cycles to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(rules_dir, config_path)
    finally:
        if enabled:
            gc.enable()


def _load(rules_dir: Path | str, config_path: Path | str | None) -> RuleSet:
    rules_dir = Path(rules_dir)
    out = _Collector()
    digest = hashlib.sha256()
    if rules_dir.is_file() and rules_dir.suffix in (".yaml", ".yml") and rules_dir.name != CONFIG_NAME:
        return _load_files([rules_dir], ProjectConfig(), out, digest)  # one pack, as editors test it
    if not rules_dir.is_dir():
        raise RuleFileError([RuleProblem(str(rules_dir), 1, 1, None, "rules directory not found")])
    cfg_file = Path(config_path) if config_path is not None else rules_dir / CONFIG_NAME
    config = ProjectConfig()
    cfg_state: _FileState | None = None
    if config_path is not None or cfg_file.exists():
        cfg_state = _FileState(cfg_file, str(cfg_file))
        config = _load_config(cfg_state, out, digest) or config
    entries: dict[Path, PackEntry] = {}
    if config.packs and cfg_state is not None:
        pack_files = []
        for index, name in enumerate(config.packs):
            path = cfg_file.parent / name
            refused = pack_path_problem(name, cfg_file.parent)
            if refused is None and os.path.lexists(path):
                pack_files.append(path)  # a FIFO, a loop or a link out is refused when read
                entries[path] = config.entry(name)
            elif cfg_state.yaml is not None:
                out.at(cfg_state, ("packs", index), False, None,
                       refused or f"pack file '{name}' not found in {cfg_file.parent}")
    else:
        pack_files = sorted(
            p for p in rules_dir.iterdir()
            if p.suffix in (".yaml", ".yml") and p.name != CONFIG_NAME and not _same_file(p, cfg_file)
        )
        if not pack_files and cfg_state is None:
            # A mistyped --rules folder would otherwise check nothing and pass every post
            # (a riskcheck.yaml there, e.g. with ``packs: []``, says the emptiness is meant).
            raise RuleFileError([RuleProblem(str(rules_dir), 1, 1, None,
                                             "no rule packs (*.yaml, *.yml) in this folder; nothing would be checked")])
    return _load_files(pack_files, config, out, digest, entries,
                       root=cfg_file.parent if config.packs else rules_dir)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, RuntimeError):  # missing, or a symlink loop: not the config file
        return False


def _scoped(rule: Rule, brands: frozenset[str] | None) -> Rule:
    """``rule`` limited to ``brands`` (a pack entry's scope), within the rule's own scope."""
    if brands is None:
        return rule
    own = rule.applies_to
    allowed = brands if own.brands is None else own.brands & brands
    first = own.first_brand if own.first_brand is not None and own.first_brand.casefold() in allowed else None
    scope = Scope(brands=allowed, channels=own.channels, first_brand=first or (min(allowed) if allowed else None),
                  first_channel=own.first_channel)
    return dataclasses.replace(rule, applies_to=scope)


def _load_files(pack_files: list[Path], config: ProjectConfig, out: _Collector, digest: Any,
                entries: dict[Path, PackEntry] | None = None, root: Path | None = None) -> RuleSet:
    """``entries``: how each listed file applies (brands, or not at all); a pack that does not
    apply is still read and validated, so a broken shipped pack is reported, but adds no rules."""
    rules: list[Rule] = []
    places: list[tuple[_FileState, Loc]] = []
    packs: list[Pack] = []
    pack_names: dict[str, str] = {}
    for path in pack_files:
        state = _FileState(path, str(path), root=root)
        loaded = _load_pack(state, out, digest)
        if loaded is None:
            continue
        pack, pack_rules = loaded
        entry = (entries or {}).get(path) or PackEntry(path.name)
        if not entry.apply:
            continue
        if pack.name in pack_names:
            out.at(state, ("pack",), False, None,
                   f"pack name '{pack.name}' is also used by {pack_names[pack.name]}")
        pack_names.setdefault(pack.name, state.display)
        packs.append(pack)
        for rule, where in pack_rules:
            rules.append(_scoped(rule, entry.brands))
            places.append((state, where))
    term_index = TermIndexBuilder()
    for slot, rule in enumerate(rules):
        state, where = places[slot]
        for sub, message in rule.index_terms(slot, term_index):
            out.at(state, (*where, *sub), False, rule.id, message)
    for name, profile in config.profiles.items():
        for pack_name in sorted((profile.packs or frozenset()) - set(pack_names)):
            out.add(config.path or CONFIG_NAME, 1, 1, None,
                    f"profile '{name}' names pack '{pack_name}', which is not loaded "
                    f"(packs: {', '.join(sorted(pack_names)) or 'none'})")
    if out.problems:
        raise RuleFileError(_in_order(out.problems))
    built = term_index.build(
        url_slots=frozenset(i for i, r in enumerate(rules) if r.match_urls),
        term_languages=[r.term_languages for r in rules],
    )
    return RuleSet(digest.hexdigest()[:12], tuple(rules), tuple(packs), config, built)


def _in_order(problems: list[RuleProblem]) -> list[RuleProblem]:
    """Files in the order they were read, and top to bottom within each file."""
    order: dict[str, int] = {}
    for problem in problems:
        order.setdefault(problem.path, len(order))
    return sorted(problems, key=lambda p: (order[p.path], p.line, p.column))


def _read(state: _FileState, out: _Collector, digest: Any) -> YamlDoc | None:
    try:
        raw = read_rule_file(state.path, state.root or state.path.parent)
    except RuleFileRefused as exc:
        out.add(state.display, 1, 1, None, f"not read: the file {exc}")
        return None
    digest.update(state.path.name.encode() + b"\0" + raw + b"\0")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
        out.add(state.display, raw.count(b"\n", 0, exc.start) + 1, column, None,
                f"not UTF-8 text (byte 0x{raw[exc.start]:02X}); save the file as UTF-8")
        return None
    try:
        doc = parse_yaml(text)
    except YamlSyntaxError as exc:
        out.add(state.display, exc.mark.line, exc.mark.column, None, exc.message)
        return None
    state.yaml = doc
    for mark, message in doc.problems:
        out.add(state.display, mark.line, mark.column, None, message)
    return doc


def _load_config(state: _FileState, out: _Collector, digest: Any) -> ProjectConfig | None:
    doc = _read(state, out, digest)
    if doc is None:
        return None
    data = {} if doc.data is None else doc.data
    if not isinstance(data, dict):
        out.add(state.display, 1, 1, None, "riskcheck.yaml must be a map (packs, decision, crisis, profiles)")
        return None
    try:
        spec = ConfigSpec.model_validate(data)
    except ValidationError as exc:
        known = list(ConfigSpec.model_fields) + ["block_if_any", "review_if_any", "risk_weights",
                                                 "hold_categories", "hold_all", "brand", "channel"]
        entry_keys = ["file", "brands", "apply"]  # a `packs:` item written as a map

        def unknown(p: Loc) -> str:
            options = entry_keys if p and p[0] == "packs" else known
            return f"unknown key '{shorten(str(p[-1]))}'{did_you_mean(str(p[-1]), options)}"

        for path, at_key, message in explain(exc, data, unknown):
            out.at(state, path, at_key, None, message)
        return None
    return ProjectConfig.from_spec(spec, state.display)


def _load_pack(state: _FileState, out: _Collector, digest: Any) -> tuple[Pack, list[tuple[Rule, Loc]]] | None:
    doc = _read(state, out, digest)
    if doc is None:
        return None
    data = doc.data
    if not isinstance(data, dict):
        out.add(state.display, 1, 1, None, "a pack file must be a map with 'pack:' and 'rules:'")
        return None
    header_ok = True
    try:
        PackSpec.model_validate(data)
    except ValidationError as exc:
        header_ok = False
        fields = [info.alias or name for name, info in PackSpec.model_fields.items()]
        for path, at_key, message in explain(exc, data, lambda p: _unknown_pack_key(p, fields)):
            out.at(state, path, at_key, None, message)
    name: str = data["pack"] if isinstance(data.get("pack"), str) else state.path.stem
    tz_name: str = data["timezone"] if isinstance(data.get("timezone"), str) else "UTC"
    try:
        tz = parse_timezone(tz_name)
    except ValueError:
        tz = parse_timezone("UTC")
    defaults: dict[str, Any] = data["defaults"] if isinstance(data.get("defaults"), dict) else {}
    known = all_rule_keys()
    for key in defaults:
        if key not in known or key in ("id", "examples"):
            hint = " (a default cannot set a rule's id or examples)" if key in ("id", "examples") else did_you_mean(str(key), list(known))
            out.at(state, ("defaults", key), True, None, f"unknown key '{shorten(str(key))}' in defaults{hint}")
    raw_rules: list[Any] = data["rules"] if isinstance(data.get("rules"), list) else []
    compiled: list[tuple[Rule, Loc]] = []
    seen_ids: dict[str, int] = {}
    for number, raw in enumerate(raw_rules):
        if not isinstance(raw, dict):
            continue  # already reported by PackSpec
        where: Loc = ("rules", number)
        rule_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        if rule_id is not None:
            if rule_id in seen_ids:
                out.at(state, (*where, "id"), False, rule_id,
                       f"duplicate id '{rule_id}' (first used at line {seen_ids[rule_id]})")
            else:
                seen_ids[rule_id] = state.yaml.value_mark((*where,)).line if state.yaml else 0
        rule = _build_rule(state, out, raw, defaults, where, rule_id, name, tz, known)
        if rule is not None:
            compiled.append((rule, where))
    if not header_ok:
        return None
    pack = Pack(name=name, path=state.display, description=data.get("description"), owner=data.get("owner"),
                timezone=tz_name, rule_ids=tuple(r.id for r, _ in compiled))
    return pack, compiled


def _unknown_pack_key(path: Loc, fields: list[str]) -> str:
    key = str(path[-1])
    if len(path) == 1:
        return f"unknown key '{shorten(key)}' at the top of a pack{did_you_mean(key, fields)}"
    return f"unknown key '{shorten(key)}'"


def _check_shared_keys(state: _FileState, out: _Collector, raw: dict[str, Any], defaults: dict[str, Any],
                       where: Loc, rule_id: str | None, known: dict[str, list[str]]) -> None:
    """Without a valid kind, still report every problem of the keys all kinds share.

    An editor who wrote ``kind: phrse`` and ``serverity:`` and ``acitve:`` in one rule sees all
    three in one run, not the typos only after fixing the kind. Keys that belong to some kind
    (``terms``, ``regex``) are not judged: which ones are allowed depends on the kind.
    """
    shared = {info.alias or name for name, info in RuleSpec.model_fields.items()}
    merged = {k: v for k, v in defaults.items() if k in shared}
    merged.update(raw)
    merged = {k: v for k, v in merged.items() if k in shared or k not in known}
    merged["kind"] = "?"

    def unknown(path: Loc) -> str:
        key = str(path[-1])
        if len(path) == 1:
            return f"unknown key '{key}'{did_you_mean(key, sorted(known))}"
        return f"unknown key '{key}' in {path[0]}{did_you_mean(key, nested_options(path))}"

    try:
        RuleSpec.model_validate(merged)
    except ValidationError as exc:
        for path, at_key, message in explain(exc, merged, unknown):
            if path and path[0] == "kind":
                continue
            located = ("defaults", *path) if path and path[0] not in raw and path[0] in defaults else (*where, *path)
            out.at(state, located, at_key, rule_id, message)


def _build_rule(
    state: _FileState,
    out: _Collector,
    raw: dict[str, Any],
    defaults: dict[str, Any],
    where: Loc,
    rule_id: str | None,
    pack: str,
    tz: Any,
    known: dict[str, list[str]],
) -> Rule | None:
    kind = raw.get("kind", defaults.get("kind"))
    names = ", ".join(KINDS)
    if kind is None or kind not in KINDS:
        if kind is None:
            out.at(state, where, False, rule_id, f"missing required key 'kind' (one of {names})")
        else:
            path = (*where, "kind") if "kind" in raw else ("defaults", "kind")
            out.at(state, path, False, rule_id,
                   f"kind must be one of {names} (got '{kind}'){did_you_mean(str(kind), list(KINDS))}")
        _check_shared_keys(state, out, raw, defaults, where, rule_id, known)
        return None
    cls = KINDS[kind]
    fields = {info.alias or name for name, info in cls.Spec.model_fields.items()}
    merged = {k: v for k, v in defaults.items() if k in fields}
    merged.update(raw)

    def locate(path: Loc) -> Loc:
        if path and path[0] not in raw and path[0] in defaults:
            return ("defaults", *path)
        return (*where, *path)

    def unknown(path: Loc) -> str:
        key = str(path[-1])
        if len(path) == 1:
            owners = known.get(key)
            if owners:
                return f"key '{key}' does not belong to kind {kind} (it is a key of {', '.join(owners)})"
            return f"unknown key '{shorten(key)}'{did_you_mean(key, sorted(fields))}"
        return f"unknown key '{shorten(key)}' in {path[0]}{did_you_mean(key, nested_options(path))}"

    try:
        spec = cls.Spec.model_validate(merged)
    except ValidationError as exc:
        for path, at_key, message in explain(exc, merged, unknown):
            out.at(state, locate(path), at_key, rule_id, message)
        return None
    problems = check_window(spec, tz)
    for path, message in problems:
        out.at(state, locate(path), False, rule_id, message)
    if problems:
        return None
    assert state.yaml is not None
    line = state.yaml.value_mark(where).line
    try:
        return cls.from_spec(spec, common_fields(spec, pack=pack, source=Source(state.display, line), tz=tz))
    except SpecProblem as exc:
        for path, message in exc.problems:
            out.at(state, locate(path), False, rule_id, message)
        return None
