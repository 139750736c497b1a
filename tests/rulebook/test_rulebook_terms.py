"""``keep_outermost``: the fast version agrees with the plain pairwise definition."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from riskcheck.rulebook.terms import EXCEPT
from riskcheck.rulebook.terms import Hit
from riskcheck.rulebook.terms import keep_outermost


def _reference(hits: list[Hit]) -> list[Hit]:
    """The definition, pairwise: drop except hits and what they cover, then nested hits."""
    shields = [(h.first, h.last) for h in hits if h.group == EXCEPT]
    kept = [h for h in hits if h.group != EXCEPT and not any(a <= h.first and h.last <= b for a, b in shields)]
    kept.sort(key=lambda h: (h.first, -(h.last - h.first)))
    out: list[Hit] = []
    for hit in kept:
        if any(o.first <= hit.first and hit.last <= o.last and (o.first, o.last) != (hit.first, hit.last)
               and o.group == hit.group for o in out):
            continue
        out.append(hit)
    return out


_hit = st.builds(lambda group, term, first, length: Hit(group, term, first, first + length),
                 st.sampled_from([EXCEPT, 0, 1]), st.sampled_from(["a", "b"]),
                 st.integers(0, 12), st.integers(0, 4))


@given(st.lists(_hit, max_size=60))  # both sides of the 16-hit switch
def test_keep_outermost_matches_the_pairwise_definition(hits: list[Hit]) -> None:
    assert keep_outermost(hits) == _reference(hits)


def test_repeated_term_is_linearithmic_not_quadratic() -> None:
    """8,000 repeats of one term: every hit is kept, none is compared with all others."""
    hits = [Hit(0, "x", i, i) for i in range(8000)] + [Hit(0, "x y", i, i + 1) for i in range(0, 8000, 2)]
    kept = keep_outermost(hits)
    assert [(h.first, h.last) for h in kept] == [(i, i + 1) for i in range(0, 8000, 2)]


def test_stream_token_ranges_agree_past_the_counting_limit() -> None:
    """Past 32 hits the stream indexes its spaces; both ways give the same token ranges."""
    from riskcheck.rulebook.terms import _Stream

    values = ["storm", "bram", "x", "\x00", "covid-19"] * 20
    stream = _Stream(values, None)
    keys = []
    position = 0  # each unit's leading space
    for index, value in enumerate(values):
        key_len = len(value) + 2  # " value "
        keys.append((position + key_len - 1, key_len, index))
        position += len(value) + 1
    got = [stream.tokens_of(end, key_len, 1) for end, key_len, _ in keys]
    assert got == [(index, index) for _, _, index in keys]
