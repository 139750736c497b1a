"""Insinuation (``toxicity_insinuation``): a wink, a group and a charge together go to review, never block."""

from __future__ import annotations

import pytest

from riskcheck.scorers.toxicity_insinuation import FLOORS, insinuation_floors, might_insinuate

WINKS = [
    ("notice how the crime went up the moment the refugees moved in? just saying.", "", ""),
    ("natuurlijk kreeg de moslim de baan, diversiteitsquotum weer.", "", ""),
    ("sinds de asielzoekers er zitten is het hier niet meer veilig, toeval zeker?", "", ""),
    ("fietsen op slot, de polen zijn weer in het dorp.", "", ""),
    ("guess which group is always on benefits #notracist", "", ""),
    ("just saying.", "another stabbing in our street. the somalis moved in last year.", ""),
    ("let me guess, the driver was asian?", "", ""),
    ("laat me raden, de dader was weer een marokkaan?", "", ""),
]
ORDINARY = [
    "funny how every time i visit lisbon i want to move there.",
    "notice how the queues went down once we added self-service? just saying.",
    "of course our muslim colleagues joined the charity run for the refugee shelter!",
    "police say the stabbing suspect was arrested; the victims were two somali teenagers.",
    "wat een verrassing: onze poolse collega's kwamen op de fiets!",
    "lock your bikes at the station, thieves are active this week.",
    "just saying, our ukrainian drivers deliver on time every day!",
    "let me guess: the winner is our turkish team again?",
    "let me guess, you want the chocolate one?",
]


@pytest.mark.parametrize(("text", "before", "after"), WINKS)
def test_a_wink_at_a_stereotype_about_a_named_group_goes_to_review(text: str, before: str, after: str) -> None:
    assert might_insinuate(text)
    assert insinuation_floors(text, before, after) == FLOORS
    assert max(FLOORS.values()) < 0.8   # the review band: a person reads a wink


@pytest.mark.parametrize("text", ORDINARY)
def test_any_two_of_wink_group_and_charge_are_ordinary_copy(text: str) -> None:
    assert insinuation_floors(text) == {}


def test_a_guess_about_a_winner_is_a_cheer_not_a_wink() -> None:
    """12b, session 7: a guessed group with a win or congratulations around it."""
    from riskcheck.scorers.toxicity_insinuation import insinuation_floors

    assert insinuation_floors("laat me raden, de winnaar was weer een marokkaan?", following="gefeliciteerd youssef!") == {}
    assert insinuation_floors("let me guess, the champion was polish again?") == {}
    assert insinuation_floors("laat me raden, de dader was weer een marokkaan?") != {}
    assert insinuation_floors("let me guess, the driver was asian?") != {}
