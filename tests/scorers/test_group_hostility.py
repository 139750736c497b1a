"""Group masking and the group-masked hostility head (riskcheck.scorers.group_mask / group_hostility)."""

from __future__ import annotations

import numpy as np
import pytest

from riskcheck.scorers.group_hostility import (
    BLOCK,
    BLOCK_FROM,
    NEGATION_MARGIN,
    REVIEW,
    REVIEW_FROM,
    GroupHostilityHead,
    MaskedInputs,
    floors,
    negation_is_modal,
    without_negation,
)
from riskcheck.scorers.group_mask import mask_groups
from riskcheck.scorers.toxicity_usem3 import Usem3ToxicityScorer, default_model_dir


@pytest.mark.parametrize(("text", "masked"), [
    ("muslims should stay out of politics.", "they should stay out of politics."),
    ("all the refugees in this town", "they in this town"),
    ("our new manager is a black woman from leeds.", "our new manager is they from leeds."),
    ("keep the disabled away from us", "keep they away from us"),
    ("moslims moeten hier weg.", "ze moeten hier weg."),
    ("homomannen horen hier niet.", "ze horen hier niet."),
    ("vrouwen kunnen niet rekenen", "ze kunnen niet rekenen"),   # Dutch by its group word alone
    ("men zegt dat vrouwen slecht rijden.", "men zegt dat ze slecht rijden."),   # Dutch "men" = "one"
    ("asylum seekers wait for months.", "they wait for months."),             # the multi-word group, whole
    ("the disabled kid next door won the race.", "they next door won the race."),
])
def test_the_group_is_replaced_by_a_placeholder(text: str, masked: str) -> None:
    assert mask_groups(text) == masked


@pytest.mark.parametrize("text", [
    "free delivery on every order this weekend.",
    "the black friday sale starts now.",     # a bare colour is no group
    "aaien moslima",                          # a fragment: nothing said to judge
    "",
])
def test_sentences_without_a_group_are_not_masked(text: str) -> None:
    assert mask_groups(text) is None


def test_negators_are_taken_out_for_the_contrast() -> None:
    assert without_negation("they are not a burden") == "they are a burden"
    assert without_negation("they shouldn't be allowed to vote") == "they should be allowed to vote"
    assert without_negation("ze zijn geen last en niemand zegt dat") == "ze zijn een last en iedereen zegt dat"
    assert without_negation("they are lovely") is None
    assert without_negation("they gave up on normal, nothing else") is None    # "no" only as a word
    assert without_negation("they can't and won't change") == "they can and will change"


@pytest.mark.parametrize(("text", "modal"), [
    ("they shouldn't be allowed to vote.", True),            # exclusion: no contrast, the floor holds
    ("ze zouden in ons land geen stemrecht moeten hebben.", True),
    ("ze zullen hier nooit welkom zijn.", True),
    ("they are not worse drivers than anyone.", False),       # a denial: contrasted
    ("ik zou ze nooit een last noemen.", False),              # the writer denies: contrasted
    ("they can't drive and are not smart.", False),           # a negator outside the modal
])
def test_a_negated_modal_is_not_contrasted(text: str, modal: bool) -> None:
    assert negation_is_modal(text) is modal
    inputs = MaskedInputs.of([text.replace("they", "women").replace("ze ", "vrouwen ", 1)])
    assert inputs.named == (0,) and inputs.contrasts == (() if modal else (0,))


def test_floors_follow_the_bands_and_the_negation_contrast() -> None:
    assert floors(BLOCK_FROM) == BLOCK and floors(REVIEW_FROM) == REVIEW and floors(REVIEW_FROM - 0.01) == {}
    # negation that makes the sentence more hostile ("have no place here") keeps the floor ...
    assert floors(0.95, without_negation=0.95 - NEGATION_MARGIN - 0.01) == BLOCK
    # ... negation that denies hostility ("are not a burden") drops it
    assert floors(0.95, without_negation=0.97) == {}


def test_committed_head_matches_the_encoder() -> None:
    head = GroupHostilityHead.load(default_model_dir() / "group_head.npz")
    assert head.input_size == 512
    assert all(w.dtype == np.float32 and b.dtype == np.float32 for w, b in head.layers)
    assert head.probabilities(np.zeros((3, 512), dtype=np.float32)).shape == (3,)


def test_linear_and_network_heads_load_and_score_like_their_formulas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4, 512)).astype(np.float32)
    w = rng.normal(size=512).astype(np.float32)
    np.savez(tmp_path / "lr.npz", w=w, b=np.array([0.5], dtype=np.float32))
    assert np.allclose(GroupHostilityHead.load(tmp_path / "lr.npz").probabilities(x), 1 / (1 + np.exp(-(x @ w + 0.5))),
                       atol=1e-6)
    w1, b1 = rng.normal(size=(512, 8)).astype(np.float32), rng.normal(size=8).astype(np.float32)
    w2, b2 = rng.normal(size=(8, 1)).astype(np.float32), np.array([-0.2], dtype=np.float32)
    np.savez(tmp_path / "mlp.npz", w1=w1, b1=b1, w2=w2, b2=b2)
    expected = 1 / (1 + np.exp(-(np.maximum(x @ w1 + b1, 0) @ w2 + b2)[:, 0]))
    assert np.allclose(GroupHostilityHead.load(tmp_path / "mlp.npz").probabilities(x), expected, atol=1e-5)


# Real model (the pip-installed encoder loads offline in about a second). Our own sentences, not
# in the functional suite nor in the training file.
def test_real_model_hostility_without_listed_words_is_flagged_benign_mention_is_not() -> None:
    hostile_en, hostile_nl, benign_en, benign_nl, denied = Usem3ToxicityScorer().score([
        "Refugees ruin every neighbourhood they move into.",
        "Vluchtelingen verpesten elke wijk waar ze komen wonen.",
        "Refugees from our language course organised the street party.",
        "Vluchtelingen uit onze taalcursus organiseerden het straatfeest.",
        "Refugees are not a drain on anyone.",
    ])
    assert hostile_en["identity_attack"] >= REVIEW["identity_attack"]
    assert hostile_nl["identity_attack"] >= REVIEW["identity_attack"]
    assert max(benign_en.values()) < 0.6 and max(benign_nl.values()) < 0.6
    assert denied["identity_attack"] < 0.6


@pytest.mark.parametrize(("masked", "expected"), [
    ("they are smart.", True),
    ("they are just as smart as everyone else.", True),
    ("ze zijn aardig en gul.", True),
    ("ze zijn hier welkom.", True),
    ("they are not smart.", False),           # a negation: the negation contrast decides
    ("they are less intelligent.", False),    # comparison downwards
    ("they are smart enough to cheat.", False),
    ("they are great at stealing.", False),
    ("ze zijn slim in het stelen.", False),
    ("they are vermin.", False),
    ("ze is de sterkste ze die ik ken.", True),        # superlatives praise too
    ("ik hou van ze en hun humor.", True),
    ("i'd love to see they deported.", False),        # "love" only as love OF them
    ("she's pretty smart for they.", False),          # backhanded: "smart for a <group>"
    ("you're one of the good ones, not like the other they.", False),
])
def test_praise_gets_no_floor_from_the_head(masked: str, expected: bool) -> None:
    from riskcheck.scorers.group_hostility import praises
    assert praises(masked) is expected


@pytest.mark.parametrize(("masked", "expected"), [
    ("they are not lazy.", "they are lazy."),                                        # a denial: contrasted
    ("i'm not racist but they are lazy.", None),                                     # the hedge announces, not denies
    ("no offence, but they don't belong here.", "no offence, but they do belong here."),
    ("ik ben geen racist, maar ze zijn niet te vertrouwen.", "ik ben geen racist, maar ze zijn te vertrouwen."),
    ("they should not be allowed to vote.", None),                                   # a negated modal
])
def test_a_hedge_before_but_is_not_contrasted(masked: str, expected: str | None) -> None:
    from riskcheck.scorers.group_hostility import contrast
    assert contrast(masked) == expected


def test_a_good_person_is_praise_but_not_the_only_good_one_or_a_rule_for_them() -> None:
    from riskcheck.scorers.group_hostility import praises
    assert praises("je bent een goeie ze.") and praises("you are a good they person")
    assert praises("she is a great neighbour")
    assert not praises("the only good they is a dead they.")
    assert not praises("de enige goede ze is een dode ze.")
    assert not praises("een goede ze blijft thuis en houdt zijn mond.")


@pytest.mark.parametrize(("masked", "denies"), [
    # a negated bad word, a comparison or a charge: a denial, which the contrast may discount
    ("they are not worse drivers than they.", True),
    ("ze rijden echt niet slechter dan ze.", True),
    ("het is nooit oke om ze nutteloos te noemen.", True),
    ("ze zijn geen keuze en geen ziekte.", True),
    ("they are not to blame for the crisis.", True),
    ("they are not too emotional to lead.", True),
    # the writer denies holding a view; nothing to hide
    ("we don't think they belong in the kitchen.", True),
    ("ik vind niet dat ze hier weg moeten.", True),
    ("ze hoeven zich nergens voor te schamen.", True),
    # a negated ordinary predicate is what is said about them, not a denial
    ("they all live off benefits and never pay a penny in tax.", False),
    ("they are always up to no good.", False),
    ("ze passen zich gewoon nooit aan onze normen aan.", False),
    ("ze hebben gewoon geen arbeidsethos.", False),
    ("they just don't fit in here.", False),
    ("i'm not racist, but they are not normal.", False),   # the hedge's negator is not the statement's
])
def test_only_a_denial_of_something_bad_is_contrasted(masked: str, denies: bool) -> None:
    from riskcheck.scorers.group_hostility import denies_something_bad

    assert denies_something_bad(masked) is denies


def test_a_negated_ordinary_predicate_keeps_the_heads_floor() -> None:
    """The head scores "never pay tax" like "pay tax" (it barely reads negation); the floor must stand."""
    inputs = MaskedInputs.of(["immigrants never pay a penny in tax.", "refugees are not worse drivers than anyone."])
    assert inputs.contrasts == (0, 1)
    probabilities = np.array([0.97, 0.95, 0.97, 0.96])   # both sentences, then both negation-free variants
    out = inputs.floors(2, probabilities)
    assert out[0] == BLOCK    # no denial: the contrast does not apply
    assert out[1] == {}       # a denial that the head scores as high without its negator: dropped


@pytest.mark.parametrize("masked", [
    "they, we see you and we value you.",
    "they exist and deserve to be seen.",
    "ze verdienen respect.",
    "wij staan achter ze.",
])
def test_support_and_dignity_are_praise(masked: str) -> None:
    from riskcheck.scorers.group_hostility import praises

    assert praises(masked)


@pytest.mark.parametrize("masked", ["they deserve to be punished.", "ze verdienen het niet om gezien te worden.",
                                    "we support them, they are criminals."])
def test_support_with_a_negation_or_a_charge_is_not_praise(masked: str) -> None:
    from riskcheck.scorers.group_hostility import praises

    assert not praises(masked)


@pytest.mark.parametrize(("masked", "offer"), [
    ("they krijgen gratis koffie in al onze vestigingen.", True),      # a brand's own offer
    ("we offer them free dutch lessons at our library.", True),
    ("they get everything for free in our stores and we pay.", False),  # the resentment trope
    ("ze krijgen alles gratis in onze winkels, dat pikken we niet.", False),
    ("ze krijgen gratis koffie van onze belastingcenten.", False),
])
def test_a_brands_own_offer_to_a_group_is_not_hostility(masked: str, offer: bool) -> None:
    from riskcheck.scorers.group_hostility import praises

    assert praises(masked) is offer
