"""Learned hostility towards a named group, scored on the group-masked sentence.

The target shapes (``toxicity_targets``) only know hostility by their listed verbs, attributes
and frames; hate is often phrased without any of them ("those people bring nothing but crime",
"it would be a shame if something happened to their mosque"). This head reads the sentence with
the group replaced by a placeholder (``group_mask``) and says how hostile what is said is; a high
score on a sentence that names a protected group becomes an identity attack. Masking is what
lets it generalise: hostility learned from any target transfers to every group and to Dutch
(the encoder is multilingual), and a benign mention is judged by its benign content, not by the
group word. Only sentences that name a group pay for the extra encoder call (measured: 0.4 %
of brand-post sentences). Trained by ``models/train_group_hostility.py``; card: models/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.lexicon import Lexicon
from riskcheck.scorers.obfuscation import deobfuscate, fold
from riskcheck.scorers.toxicity_patterns import MODERATE, STRONG
from riskcheck.scorers.toxicity_targets import NEGATIVE

# Thresholds on the masked hostility probability, chosen on the dev guards (brand-posts-dev,
# identity-mentions-dev, Jigsaw non-toxic templates) and the functional suite's older blocks;
# measured in models/README.md.
REVIEW_FROM = 0.8
BLOCK_FROM = 0.9
# A linear head cannot read negation: "those people are not a burden" scores like "... are a burden".
# So a sentence with a negator is also scored with the negation taken out; the floor holds only
# when the negation makes it clearly MORE hostile ("have no place here" vs "have place here"), not
# when it denies hostility ("are not worse drivers" vs "are worse drivers").
NEGATION_MARGIN = 0.1
# ... and where the head does read the negation (the sentence without its negator scores clearly higher), the
# negation denies, whatever its words (``MaskedInputs.floors``).
DENIAL_MARGIN = 0.05
REVIEW = {"toxicity": MODERATE, "identity_attack": MODERATE}
BLOCK = {"toxicity": STRONG, "identity_attack": STRONG}


_NEGATIONS = (
    (re.compile(r"\b(?:can'?t|cannot)\b"), "can"),
    (re.compile(r"\bwon'?t\b"), "will"),
    (re.compile(r"\b(do|does|did|is|are|was|were|have|has|had|should|would|could|must)n'?t\b"), r"\1"),
    (re.compile(r"\b(?:not|never|no|niet|nooit)\b ?"), ""),
    (re.compile(r"\b(?:nobody|no one)\b"), "everybody"),
    (re.compile(r"\bgeen\b"), "een"),
    (re.compile(r"\bniemand\b"), "iedereen"),
    (re.compile(r"\bnergens\b"), "overal"),
)


# A negated modal ("should not be allowed", "can't be trusted", "zouden geen stemrecht moeten hebben",
# "zullen nooit welkom zijn") is how exclusion and distrust are said, not a denial: taking the negator
# out does not make such a sentence friendlier, so the contrast would drop real hostility. Said by
# the writer of themselves ("I would never call them a burden") it is a denial again.
_MODAL_NEGATION = re.compile(
    r"\b(?:should|must|can|could|will|would|may|might)(?: not| never)\b|"
    r"\b(?:shouldn'?t|mustn'?t|can'?t|cannot|couldn'?t|won'?t|wouldn'?t)\b|"
    r"\b(?:moeten|moet|mogen|mag|zullen|zal|kunnen|kan|kunt|kun|zouden|zou|hoeven|hoeft|hoef)\b(?: [\w']+){0,5}? "
    r"(?:niet|nooit|geen)\b|"
    # a negated subject of a modal is exclusion too: "geen enkele ze mag nog ...", "no they should ever ..."
    r"\b(?:geen|no)(?: (?:enkele|een|one of the|single|more))? (?:they|ze)\b(?: [\w']+)? "
    r"(?:moet|moeten|mag|mogen|kan|kunnen|zou|zouden|zal|zullen|should|may|can|must|will)\b")
_NEGATOR = re.compile(r"\b(?:not|never|no|nobody|no one|cannot|niet|nooit|geen|niemand|nergens)\b|n't\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'd|i'll|i'm|we|we'd|we'll|ik|wij)\b")


def negation_is_modal(text: str) -> bool:
    """Every negator of ``text`` (folded, masked) negates a modal verb, and the writer is not the subject."""
    modal = len(_MODAL_NEGATION.findall(text))
    return modal > 0 and modal >= len(_NEGATOR.findall(text)) and not _FIRST_PERSON.search(text)


# Praise is not hostility. The linear head reads *what* is said about "them", not its polarity:
# "they are smart." scored 0.88 and "they are just as smart as everyone else." 0.99 (it learned
# intelligence words from "too stupid to think", "less intelligent"), so positive generalisations
# about a group were flagged: 20 of 80 English and 28 of 80 Dutch statements like "Women are smart.",
# "Marokkanen zijn aardig en gul." (our own probe), half of them blocked. A masked sentence that
# praises, with no negation, comparison downwards or negative word, gets no floor from the head.
_PRAISE = re.compile(
    r"\b(?:smart|intelligent|clever|bright|talented|gifted|brilliant|kind|generous|friendly|welcome|great|"
    r"wonderful|lovely|amazing|awesome|beautiful|strong|brave|hard[- ]?working|honest|capable|skilled|inspiring|"
    r"valued|respected|loved|equal|slim|slimme|intelligente|getalenteerd|getalenteerde|briljant|briljante|aardig|"
    r"aardige|gul|gulle|vriendelijk|vriendelijke|welkom|geweldig|geweldige|prachtig|prachtige|sterk|sterke|dapper|"
    r"dappere|hardwerkend|hardwerkende|eerlijk|eerlijke|bekwaam|bekwame|knap|knappe|lief|lieve|gelijkwaardig|"
    # everyday praise ("is geinig", "een waanzinnig persoon"); not "good" ("the only good ... is"), nor
    # "funny" / "grappig" ("funny how the crime went up ...")
    r"nice|cool|fun|fantastic|incredible|superb|excellent|delightful|charming|cheerful|"
    r"geinig|geinige|waanzinnig|waanzinnige|ongelofelijk|ongelofelijke|fantastisch|fantastische|"
    r"super|top|leuk|leuke|mooi|mooie|fijn|fijne|tof|toffe|gaaf|gave|vrolijk|vrolijke|"
    r"uitstekend|uitstekende|charmant|charmante|polite|courteous|respectful|helpful|pleasant|prettig|prettige|"
    r"beleefd|beleefde|respectvol|respectvolle|behulpzaam|behulpzame|"
    # superlatives and love ("the strongest woman I know", "I love them and their humour")
    r"smartest|kindest|strongest|bravest|nicest|loveliest|funniest|slimste|liefste|sterkste|dapperste|mooiste|"
    r"aardigste|leukste|(?:love|adore) (?:they|ze)|(?:hou|houden) van (?:they|ze)|dol op (?:they|ze)|"
    # support said to or of them ("Trans colleagues, we see you and we value you", "we stand with them") and
    # dignity ("they exist and deserve to be seen", "ze verdienen respect")
    r"(?:i|we|ik|wij) (?:\w+ )?(?:value|appreciate|support|celebrate|respect|honou?r|stand with|stand behind|"
    r"waardeer|waarderen|steun|steunen|vier|vieren|respecteer|respecteren|sta achter|staan achter|staan naast) "
    r"(?:you|them|they|jullie|ze|hen|je)|"
    r"deserves? (?:to be )?(?:seen|heard|respected|safe|happy|loved|included|welcomed?|treated (?:equally|with respect)|"
    r"respect|dignity|equal rights|the same rights)|"
    r"verdien(?:t|en) (?:het om (?:gezien|gehoord|gerespecteerd) te worden|respect|een veilige \w+|gelijke rechten|"
    r"dezelfde rechten)|"
    # "a good person" ("Je bent een goeie moslima persoon"): "good" only with a person noun, never "the only good"
    # (masked, the person noun may be part of the group: "een goeie moslima persoon" -> "een goeie ze")
    r"(?:a|een) (?:goeie|goede|good|great) (?:(?:\w+ )?(?:persoon|person|mens|human|vriend|friend|buur|buurvrouw|"
    r"buurman|neighbou?r|collega|colleague|man|vrouw|woman|moeder|mother|vader|father)|(?:they|ze)(?=\s*(?:[.!?,]|$)))|"
    # a brand's own offer to them ("Oekraïense vluchtelingen krijgen gratis koffie in al onze vestigingen",
    # "we offer them free lessons"): the giver is "we", the place is ours (not "our taxes": see _OFFER_GUARD)
    r"(?:in|at|bij) (?:al |all )?(?:onze|our) (?:winkels?|vestigingen|vestiging|filialen|filiaal|restaurants?|stores?|"
    r"shops?|locations?|branches|cafes?|cafés?|hotels?|studios?)|"
    r"(?:we|wij) (?:\w+ )?(?:offer|give|geven|bieden|trakteren|schenken|welcome|verwelkomen) (?:they|ze|hen|them))\b")
# an offer in a sentence about money or benefits is the resentment trope, not an offer ("they get it free, we pay")
_OFFER_GUARD = re.compile(r"\b(?:tax\w*|belasting\w*|uitkering\w*|benefits?|welfare|we pay|wij betalen|we betalen|"
                          r"ons geld|our money|handouts?|subsid\w*|toeslag\w*|alles gratis|everything (?:for )?free|"
                          r"pikken we niet|accepteren we niet|won'?t stand|not fair|oneerlijk|schande\w*|disgrace\w*)\b")
_DOWNWARD = re.compile(r"\b(?:less|least|minder|minst|not as|niet zo|too|te|enough|genoeg|for once|voor een keer|"
                       r"pretend|doen alsof|supposedly|zogenaamd|steal\w*|li(?:e|es|ed|ying)|cheat\w*|scam\w*|"
                       r"crime\w*|criminal\w*|rob\w*|stelen|steelt|liegen|liegt|oplicht\w*|bedrieg\w*|misdaad|"
                       r"criminaliteit|"
                       # praise as a backhanded compliment: "pretty smart for a Muslim" (masked "for they"),
                       # "one of the good ones", "not like the other ..."
                       r"for (?:they|ze)|voor (?:they|ze)|good ones|van de goeien?|not like the (?:other|rest)|"
                       r"only good|enige goede|enige goeie|"
                       r"niet zoals de (?:andere|anderen|rest))\b")
_NEGATIVE_WORDS = re.compile(rf"\b{NEGATIVE}\b")


# "Honest" as a sentence adverb is no praise of anyone: "eerlijk is eerlijk, ze zuipen ...", "to be honest, they ...".
_HONEST_ADVERB = re.compile(r"\b(?:eerlijk is eerlijk|eerlijk gezegd|om eerlijk te zijn|(?:to be|let'?s be|if i'?m being|"
                            r"i'?ll be|being) (?:brutally |completely |totally )?honest|honestly|in all honesty)\b")


def praises(masked: str) -> bool:
    """``masked`` (folded) says something good about "them" and nothing bad (see ``_PRAISE``)."""
    if "honest" in masked or "eerlijk" in masked:
        masked = _HONEST_ADVERB.sub(" ", masked)
    return (_PRAISE.search(masked) is not None and without_negation(masked) is None
            and _DOWNWARD.search(masked) is None and _NEGATIVE_WORDS.search(masked) is None
            and _OFFER_GUARD.search(masked) is None)


# A disclaimer before "but" ("I'm not racist, but they ...", "no offence, but", "ik ben geen racist, maar")
# announces the statement that follows, it does not deny it: its negator is not contrasted, so only
# a negator in the statement itself can show the statement to be a denial.
_HEDGE = re.compile(
    r"\b(?:(?:i'?m|i am) not (?:a )?(?:racist|sexist|homophobic|transphobic|bigot)|no offen[cs]e|no disrespect|"
    r"not being funny|not to be rude|(?:have|got) nothing against (?:them|they)|"
    r"geen (?:racist|seksist|homofoob)|ni(?:ks|ets) tegen (?:ze|hen)|niet lullig bedoeld|bedoel het niet lullig|"
    r"niet om het een of ander)\b[^.!?]{0,40}?\b(?:but|maar)\b")


# What a denial denies. The negation contrast assumes the head reads negation; it mostly does not
# ("they never pay a penny in tax" scores like "they pay a penny in tax", both 0.99), so comparing the
# two dropped real hostility said with a negator: a negated ordinary or positive predicate ("never
# pay tax", "geen arbeidsethos", "passen zich nooit aan", "up to no good"). A denial negates something
# bad: a negative attribute, a comparison, a charge ("not worse drivers", "geen ziekte", "nooit oke om ze
# nutteloos te noemen", "not to blame"), or the writer denies holding a view ("we don't think ...", "ik
# vind niet dat ...", "they have nothing to hide"). Only then does the contrast apply; otherwise the
# negation is part of what is said about "them" and the head's score stands.
_DENIED_WORD = re.compile(
    rf"\b(?:{NEGATIVE}|worse|slechter|erger|dangerous|gevaarlijk|gevaarlijke|gevaarlijker|violent|threat|threats|"
    r"problem|problems|probleem|problemen|sick|ziek|illness|disease|blame|schuld|less|minder|too|"
    r"steal\w*|stelen|steelt|crime\w*|criminal\w*|criminaliteit|misdaad|lie|lies|lying|liars|liegen|liegt|"
    r"ruin\w*|verpest\w*|bad|slecht|fault|wrong|fout|"
    # hostility itself denied: "I don't hate them", "ik haat ze niet", "niks tegen ze", "no one should fear them"
    r"hate|hates|hated|haat|haten|hekel|hatred|despise|loathe|detest|veracht\w*|walg\w*|afkeer|against|tegen|"
    r"hurt|harm|attack\w*|abuse\w*|kill|pijn|kwaad|aanvallen|discriminat\w*|discrimineren|discrimineert|"
    r"insult\w*|beledig\w*|uitschelden|mock\w*|bully|bullied|pesten|gepest|exclude\w*|buitensluiten|"
    r"fear|feared|afraid|scared|bang|vrezen|distrust|mistrust|wantrouw\w*|suspicious|verdacht|unwelcome|"
    r"ongewenst|true|waar|klopt|the case|het geval|"
    # being or saying something against them denied: "I'm not a racist", "ik kijk niet op ze neer", "niet eng"
    r"racist\w*|sexist\w*|homophob\w*|transphob\w*|bigot\w*|homofo\w*|seksist\w*|discriminerend|"
    r"look down|neer|neerkijken|uitsluiten|kwetsen|gekwetst|offend\w*|scary|creepy|weird|strange|eng|enge|raar|"
    r"rare|vreemd|vreemde|lelijk\w*|erg|issue|issues|hekel)\b")
# A negator and the words around it in its clause: English negates what follows ("are not a burden"), Dutch
# often what comes before ("ik haat ze niet", "dat ze gevaarlijk zijn klopt niet").
_NEGATOR_SCOPE = re.compile(r"((?:[\w'-]+\s+){0,4})(?:\b(?:not|never|no|nobody|no one|cannot|niet|nooit|geen|niemand|"
                            r"nergens)\b|n't\b)((?:\s+[\w'-]+){0,6})")
_WRITER_DENIES = re.compile(
    r"\b(?:i|we|ik|wij)\b (?:do not|don't|dont|never|did not|didn't) (?:think|believe|say|claim|agree|accept)\b|"
    r"\b(?:ik|wij|we) (?:vind|vinden|denk|denken|geloof|geloven|zeg|zeggen)\b(?: [\w']+){0,2}? (?:niet|nooit)\b|"
    r"\b(?:vind|vinden|denk|denken) (?:ik|wij|we) (?:[\w']+ )?(?:niet|nooit)\b|"
    # (and, in ``denies_something_bad``, the writer as the subject of the negated verb: "ik haat ze niet",
    # "I would never ..."; the target shapes read the hostile first-person negations: "I'd never hire a ...")
    # nothing to hide or be ashamed of: "hoeven zich nergens voor te schamen", "have nothing to hide"
    r"\b(?:hoeven|hoeft|need|needs|have|has)\b(?: [\w']+){0,3}? (?:nergens|niets|niks|nothing|not|niet|no)\b"
    r"(?: [\w']+){0,3}? (?:schamen|verstoppen|verbergen|hide|ashamed|apologi[sz]e|excuses|sorry|fear|vrezen|bang)\b")


def without_bluntness(masked: str) -> str:
    """``masked`` without a bluntness marker (``_BLUNT``)."""
    return _BLUNT.sub(" ", masked) if ("niet" in masked or "no" in masked or "n't" in masked) else masked


def denies_something_bad(masked: str) -> bool:
    """``masked`` (folded) negates a bad word within a few words of its negator, or the writer denies
    holding a view: a denial, which the negation contrast may discount. A negated ordinary predicate
    ("never pay tax", "hebben geen arbeidsethos") is not."""
    masked = without_bluntness(masked)
    if _WRITER_DENIES.search(masked):
        return True
    hedge = _HEDGE.search(masked)
    core = masked[hedge.end():] if hedge else masked
    return any(_DENIED_WORD.search(m.group(1)) or _DENIED_WORD.search(m.group(2)) or _FIRST_PERSON.search(m.group(1))
               for m in _NEGATOR_SCOPE.finditer(core))


# A bluntness marker announces the statement, like the hedge: "ze stinken, anders kan ik het niet zeggen", "there's
# no other way to put it", "I won't sugarcoat it". Its negator denies nothing said of "them".
_BLUNT = re.compile(
    r"\b(?:anders kan ik het niet (?:zeggen|verwoorden|brengen)|ik kan het niet anders (?:zeggen|verwoorden|brengen)|"
    r"ik ga er niet omheen draaien|ik zal er geen doekjes om winden|(?:there'?s|there is) no other way to (?:say|put) it|"
    r"i can'?t put it any other way|i (?:won'?t|will not|am not going to|'m not going to) (?:lie|sugarcoat it)|"
    r"not gonna lie|no sugarcoating|let'?s not sugarcoat it)\b")


def contrast(masked: str) -> str | None:
    """The text to compare ``masked`` (folded) against: its negators taken out, leaving a hedge before
    "but" as it is; None when a negation contrast does not apply (no negator, or a negated modal)."""
    masked = without_bluntness(masked)
    hedge = _HEDGE.search(masked)
    head, core = (masked[:hedge.end()], masked[hedge.end():]) if hedge else ("", masked)
    if negation_is_modal(core):
        return None
    denied = without_negation(core)
    return None if denied is None else head + denied


def without_negation(text: str) -> str | None:
    """``text`` (folded) with its negators taken out, or None when it has none."""
    out = text
    for pattern, replacement in _NEGATIONS:
        out = pattern.sub(replacement, out)
    return out if out != text else None


def prepare(text: str, lexicon: Lexicon) -> str:
    """The scorer's view of a sentence (de-obfuscated, canonical spelling, folded), before masking."""
    return fold(lexicon.canonical(deobfuscate(text))).replace("\u2019", "'")


@dataclass(frozen=True, slots=True)
class GroupHostilityHead:
    """A one-hidden-layer network (ReLU, then a logistic output) on the 512-d embedding of a
    group-masked sentence; a file with only ``w`` and ``b`` is the older logistic regression.

    Why a hidden layer: a linear head on sentence embeddings separates *topic* better than
    *stance*: "they should not be allowed to vote" and "they should be free to vote" sit close
    together. Left out one shape family at a time (models/README.md), the network put 67 % of
    unseen exclusion sentences in the review band where the linear head put 41 %."""

    layers: tuple[tuple[np.ndarray, np.ndarray], ...]

    @classmethod
    def load(cls, path: Path) -> GroupHostilityHead:
        with np.load(path, allow_pickle=False) as data:
            if "w1" in data:
                return cls(((data["w1"], data["b1"]), (data["w2"], data["b2"])))
            return cls(((data["w"][:, None], data["b"]),))

    @property
    def input_size(self) -> int:
        return int(self.layers[0][0].shape[0])

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        hidden = np.asarray(embeddings, dtype=np.float32)
        for weights, bias in self.layers[:-1]:
            hidden = np.maximum(hidden @ weights + bias, 0.0)
        weights, bias = self.layers[-1]
        logit = (hidden @ weights + bias)[..., 0]
        return np.asarray(1.0 / (1.0 + np.exp(-logit)))


def floors(probability: float, without_negation: float | None = None) -> dict[str, float]:
    """Attribute floors for a sentence that names a group and scores ``probability`` masked
    (``without_negation``: the same with its negators taken out, when it has any)."""
    if without_negation is not None and probability - without_negation < NEGATION_MARGIN:
        return {}
    if probability >= BLOCK_FROM:
        return dict(BLOCK)
    if probability >= REVIEW_FROM:
        return dict(REVIEW)
    return {}


@dataclass(frozen=True, slots=True)
class MaskedInputs:
    """What the head needs embedded for one batch of (folded) sentences: each sentence that names
    a group, masked, then the negation-free variant of those that hold a negator. The scorer
    embeds ``texts`` in the same encoder call as the sentences themselves (no extra call)."""

    named: tuple[int, ...]
    contrasts: tuple[int, ...]
    texts: tuple[str, ...]

    @classmethod
    def of(cls, folded: Sequence[str]) -> MaskedInputs:
        masked = [mask_groups(text) for text in folded]
        named = tuple(i for i, m in enumerate(masked) if m is not None)
        denied = {i: contrast(masked[i] or "") for i in named}
        contrasts = tuple(i for i in named if denied[i] is not None)
        return cls(named, contrasts, tuple([masked[i] or "" for i in named] + [denied[i] or "" for i in contrasts]))

    def floors(self, count: int, probabilities: np.ndarray) -> list[dict[str, float]]:
        """Floors for each of the ``count`` sentences, from the head's probabilities on ``texts``."""
        contrast = dict(zip(self.contrasts, probabilities[len(self.named):]))
        out: list[dict[str, float]] = [{} for _ in range(count)]
        for k, (i, p) in enumerate(zip(self.named, probabilities)):
            if praises(self.texts[k]):
                continue
            q = contrast.get(i)
            # the negation is read as part of the statement only where the head does not read it either (its
            # score without the negator is not clearly higher) and the words show no denial
            if q is not None and q - p < DENIAL_MARGIN and not denies_something_bad(self.texts[k]):
                q = None
            out[i] = floors(float(p), None if q is None else float(q))
        return out
