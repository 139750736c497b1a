"""Topic anchors: a topic may only fire on a sentence that names its subject (issue 8).

The lexicon part needs no model; the regression part runs the shipped packs with the real
offline encoder, on the issue's own examples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from riskcheck.scorers.topic_anchors import anchors_for, concept_anchors, concept_of, derived_words

RULES = Path(__file__).resolve().parents[2] / "rules"


def _words(concept: str, text: str) -> list[str]:
    return [text[a:b] for a, b in concept_anchors(concept).find(text)]


@pytest.mark.parametrize(("concept", "text", "words"), [
    ("death", "She died 3 days before he became president.", ["died"]),
    ("death", "Bij het ongeluk kwamen drie mensen om het leven.", ["om het leven"]),
    ("death", "Onze gedachten zijn bij de nabestaanden.", ["nabestaanden"]),
    ("weapons", "A gunman opened fire at the mall.", ["gunman"]),
    ("weapons", "Een man is neergestoken bij het station.", ["neergestoken"]),
    ("discrimination", "Racisme komt nog steeds veel voor.", ["Racisme"]),
    ("religion", "Muslims gather at the mosque for Friday prayers.", ["mosque", "prayers"]),
    ("self_harm", "Hij heeft zelfmoord gepleegd.", ["zelfmoord"]),
    ("health", "The coronavirus is spreading fast.", ["coronavirus"]),
    ("disasters", "Een zware aardbeving trof de regio.", ["aardbeving"]),
    ("self_harm", "Nobody would miss me if I killed myself.", ["killed myself"]),
])
def test_anchor_words_are_found_and_spanned(concept: str, text: str, words: list[str]) -> None:
    assert _words(concept, text) == words


@pytest.mark.parametrize(("concept", "text"), [
    ("death", "I'm dying to try the new menu!"),
    ("death", "These boots are to die for."),
    ("death", "A killer deal on every pizza this weekend."),
    ("death", "Off to hit the hay, see you at 8am."),
    ("death", "Ik ben doodmoe na deze week."),
    ("death", "Ik lach me dood om deze reclame."),
    ("death", "Onze nieuwe koffie is om dood te gaan zo lekker."),
    ("death", "Deze taart is echt om te sterven."),
    ("weapons", "Kill two birds with one stone: bundle and save."),
    ("death", "The deadline for entries is Friday."),
    ("weapons", "Shoot us a DM with your order number."),
    ("weapons", "Our summer photo shoot is live."),
    ("weapons", "He had a heart attack last year."),
    ("weapons", "Sorry dat we tekort zijn geschoten."),
    ("religion", "Oh my god, this cake!"),
    ("religion", "Godzijdank is het weekend."),
    ("religion", "Ramadan Mubarak to everyone celebrating."),
    ("death", "My phone is dead, I'll call you later."),
    ("disasters", "The new phone took the market by storm."),
    # COVID-era logistics: the measures are the subject, not the disease
    ("health", "Deliveries may take a little longer because of the coronavirus measures."),
    ("health", "Due to COVID-19 our stores close at 8pm."),
    ("health", "Vanwege het coronavirus zijn we tot 20.00 uur open."),
    ("health", "Door de coronamaatregelen kan de bezorging later zijn."),
    ("health", "De levering loopt vertraging op als gevolg van het coronavirus."),
    ("politics", "We follow the government guidelines to keep you safe."),
    # session 7, from the standing look-alike set's false reviews
    ("death", "I'd kill for a long weekend right now."),
    ("death", "Ik moord voor een stroopwafel op dit moment."),
    ("weapons", "Our spray kills 99.9% of germs on contact."),
    ("death", "Klanten worden vaker slachtoffer van oplichting via sms."),
])
def test_idioms_are_not_anchors(concept: str, text: str) -> None:
    assert _words(concept, text) == []


@pytest.mark.parametrize(("concept", "text"), [
    # bare group words are not the subject "discrimination" or "religion"
    ("discrimination", "I love disabled people."),
    ("discrimination", "The CEO of that company is gay."),
    ("discrimination", "A historic Black sports league turns one hundred."),
    ("discrimination", "Onze nieuwe collega is een homo uit Utrecht."),
    ("religion", "A Muslim was nominated for the board."),
    ("religion", "Twee moslim collega's lunchten met ons."),
    ("death", "I'm going to hug a disabled person tomorrow."),
    ("death", "Good news: delivery stays free."),
    ("death", "We're focused on the customer experience."),
])
def test_group_words_and_everyday_copy_are_not_anchors(concept: str, text: str) -> None:
    assert _words(concept, text) == []


def test_prefilter_keys_never_hide_an_anchor() -> None:
    """The first-letters prefilter only saves time: on our topic sentences every concept finds
    the same words with it as by running its regex on every sentence."""
    import yaml

    from riskcheck.scorers.topic_anchors import _CONCEPT_ANCHORS, AnchorSet

    seeds = yaml.safe_load((RULES.parent / "models" / "topics" / "seeds.yaml").read_text(encoding="utf-8"))
    texts = [t for sentences in seeds["topics"].values() for t in sentences] + seeds["hard_negatives"]
    for concept in _CONCEPT_ANCHORS:
        anchors = concept_anchors(concept)
        always = AnchorSet(concept, anchors.pattern, frozenset(), anchors.pattern)
        assert [anchors.find(t) for t in texts] == [always.find(t) for t in texts], concept


def test_shipped_topics_are_known_in_every_pack() -> None:
    assert concept_of("sensitive-topics/death-and-tragedy") == concept_of("topics/death-and-tragedy") == "death"
    assert concept_of("topics/weapons-and-violence") == concept_of("sensitive-topics/violence-and-weapons")
    assert concept_of("my-pack/product-recalls") is None


def test_editor_topic_anchors_come_from_its_own_samples() -> None:
    anchors = anchors_for("my-pack/product-recalls", "Product recalls and safety warnings.",
                          ["The company recalled thousands of cars.", "A safety recall was issued.",
                           "Het product wordt teruggeroepen."])
    assert "recall" in derived_words(["Product recalls."])
    assert anchors.present("They recalled the baby formula")
    assert anchors.present("De fabrikant heeft de pindakaas teruggeroepen.")
    assert not anchors.present("Our new flavours are here, try them today!")
    # function words and generic words are never anchors
    assert "the" not in derived_words(["The people of the company today"])
    assert "people" not in derived_words(["The people of the company today"])


# -- the shipped packs, with the real encoder ------------------------------------------------

@pytest.fixture(scope="module")
def checker():
    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset

    return Checker(load_ruleset(RULES))


def _topic_findings(checker, text: str) -> dict[str, list[str]]:
    from riskcheck.types import Post

    verdict = checker.check(Post(text=text))
    assert verdict.checks["topics"].ok
    return {f.rule_id: [s.text for s in f.spans] for f in verdict.findings if f.kind == "topic"}


@pytest.mark.parametrize("text", [
    "Good news: delivery stays free for every order this month.",
    "We're focused on the customer experience and will get back to you today.",
    "Off to hit the hay, see you at 8am!",
    "I'm going to hug a disabled person tomorrow.",
])
def test_issue_examples_have_no_death_finding(checker, text: str) -> None:
    findings = _topic_findings(checker, text)
    assert not [rule for rule in findings if rule.endswith("death-and-tragedy")], findings


def test_a_real_death_is_still_found_with_the_word_as_span(checker) -> None:
    findings = _topic_findings(checker, "She died 3 days before he became president.")
    assert findings["sensitive-topics/death-and-tragedy"] == ["died"]


def test_editor_defined_topic_with_three_samples_works(tmp_path: Path) -> None:
    from riskcheck.checker import Checker
    from riskcheck.rulebook import load_ruleset
    from riskcheck.types import Post

    (tmp_path / "recalls.yaml").write_text(
        "pack: recalls\n"
        "rules:\n"
        "  - id: product-recall\n"
        "    kind: topic\n"
        "    category: current-event\n"
        "    severity: review\n"
        "    message: Talks about a product recall.\n"
        "    threshold: 0.6\n"
        "    description: Product recalls because a product is unsafe.\n"
        "    samples:\n"
        "      - \"The manufacturer recalled 20,000 cars over faulty brakes.\"\n"
        "      - \"Peanut butter recalled after salmonella found.\"\n"
        "      - \"Het product wordt teruggeroepen vanwege een veiligheidsprobleem.\"\n",
        encoding="utf-8")
    checker = Checker(load_ruleset(tmp_path))
    on_topic, off_topic = checker.check_many([
        Post(text="The toy maker recalled its baby walkers after several injuries."),
        Post(text="Our new spring collection is in stores now."),
    ])
    assert [f.rule_id for f in on_topic.findings] == ["recalls/product-recall"]
    assert [s.text for s in on_topic.findings[0].spans] == ["recalled"]
    assert off_topic.findings == ()


@pytest.mark.parametrize(("sentence", "concept", "expected"), [
    # English "die" is Dutch "that/who"; Dutch "ramp"/"premier" are English words too
    ("Het rapport noemt scheldwoorden als 'parasiet' die vluchtelingen dagelijks horen.", "death", False),
    ("De klant die belde krijgt morgen een nieuwe bestelling.", "death", False),
    ("@user Hallo! Die actie is inderdaad afgelopen.", "death", False),
    ("Die Hard is on tonight, popcorn's on us.", "death", False),
    ("Thousands die in floods every year.", "death", True),
    ("People who die alone deserve better care.", "death", True),
    ("We ramp up production for the holidays.", "disasters", False),
    ("In de ramp kwamen velen om het leven.", "disasters", True),
    ("The Premier League is back this weekend.", "politics", False),
    ("De premier trad vandaag af.", "politics", True),
    # Dutch "lijken" is also "to seem"
    ("Dat lijken me goede ideeën voor jullie.", "death", False),
    ("Er zijn drie lijken gevonden in het water.", "death", True),
])
def test_anchors_that_are_another_word_in_the_other_language(sentence: str, concept: str, expected: bool) -> None:
    from riskcheck.scorers.topic_anchors import concept_anchors

    assert concept_anchors(concept).present(sentence) is expected


@pytest.mark.parametrize("text", [
    "Our local mosque holds an open day on Saturday, everyone is welcome.",
    "The church choir gives a Christmas concert on Sunday at 4 pm.",
    "During Ramadan our store opens an hour later and closes after iftar.",
    "The synagogue on Main Street celebrates its 100th birthday.",
    "Onze moskee houdt zaterdag een open dag, iedereen is welkom.",
    "Tijdens de ramadan gaat onze winkel een uur later open en sluit na de iftar.",
    "Het kerkkoor geeft zondag een kerstconcert in de Grote Kerk.",
])
def test_a_place_or_date_of_a_faith_in_a_community_notice_is_no_religion_anchor(text: str) -> None:
    from riskcheck.scorers.topic_anchors import concept_anchors

    assert concept_anchors("religion").find(text) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The church's stance on contraception is outdated.", "church"),
    ("Someone vandalised the mosque last night.", "mosque"),
    ("We pray for everyone at the church concert tonight.", "pray"),   # a prayer anchors in a notice too
    ("Ramadan is a month of fasting and prayer.", "prayer"),
    ("De moskee werd vannacht beklad.", "moskee"),
])
def test_religious_subject_matter_keeps_its_anchor(text: str, word: str) -> None:
    from riskcheck.scorers.topic_anchors import concept_anchors

    found = [text[a:b] for a, b in concept_anchors("religion").find(text)]
    assert word in [w.lower() for w in found], found


@pytest.mark.parametrize(("concept", "text", "expected"), [
    ("weapons", "Muslims are not terrorists.", []),
    ("weapons", "Moslims zijn geen terroristen.", []),
    ("weapons", "Refugees aren't violent.", []),
    ("weapons", "The terrorists are not welcome.", ["terrorists"]),
    ("weapons", "Terrorists attacked the station.", ["Terrorists", "attacked"]),
    ("death", "Our striker absolutely murdered that free kick.", []),
    ("death", "Onze spits heeft die vrije trap echt vermoord.", []),
    ("death", "He was murdered in the street.", ["murdered"]),
])
def test_a_denied_attribute_or_a_performance_idiom_is_no_anchor(concept: str, text: str, expected: list[str]) -> None:
    from riskcheck.scorers.topic_anchors import concept_anchors

    assert [text[a:b] for a, b in concept_anchors(concept).find(text)] == expected
