"""``toxicity``: thresholds on the toxicity model's attributes (scored by the checker).

The attribute names are Detoxify's; a threshold on any other name is a typo and is
rejected at load time, listing the valid names.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from typing import Annotated
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import Field

from riskcheck.normalize.doc import Doc
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.types import Finding
from riskcheck.types import Span

ATTRIBUTES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack", "sexual_explicit")
Attribute = Literal["toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack", "sexual_explicit"]
Threshold = Annotated[float, Field(ge=0, le=1)]


class ToxicitySpec(RuleSpec):
    kind: Literal["toxicity"] = "toxicity"
    thresholds: Annotated[dict[Attribute, Threshold], Field(min_length=1)] = Field(
        description="attribute -> score (0..1) from which a sentence is flagged")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class ToxicityRule(Rule):
    kind: ClassVar[str] = "toxicity"
    is_ml: ClassVar[bool] = True
    scorer: ClassVar[str | None] = "toxicity"
    Spec: ClassVar[type[RuleSpec]] = ToxicitySpec

    thresholds: dict[str, float]

    @classmethod
    def from_spec(cls, spec: ToxicitySpec, common: dict[str, Any]) -> ToxicityRule:
        return cls(**common, thresholds={str(k): v for k, v in spec.thresholds.items()})

    def findings_from_scores(
        self, doc: Doc, sentences: Sequence[Span], scores: Sequence[Mapping[str, float]]
    ) -> list[Finding]:
        """One finding over every sentence where some attribute reaches its threshold."""
        spans: list[tuple[int, int]] = []
        worst: dict[str, float] = {}
        refers_to: list[str] = []
        structure: list[dict[str, Any]] = []
        for index, (sentence, score) in enumerate(zip(sentences, scores)):
            hit = False
            for attribute, threshold in self.thresholds.items():
                value = float(score.get(attribute, 0.0))
                if value >= threshold:
                    hit = True
                    worst[attribute] = max(worst.get(attribute, 0.0), value)
            if hit:
                spans.append((sentence.start, sentence.end))
                group = _referent(doc.text, sentences, index)
                if group is not None and group not in refers_to:
                    refers_to.append(group)
                shape = _structure(doc.text, sentences, index)
                if shape is not None and all(shape["shape"] != seen["shape"] for seen in structure):
                    structure.append(shape)
        if not spans:
            return []
        top_attribute = max(worst, key=lambda a: worst[a])
        top = worst[top_attribute]
        explanation: dict[str, Any] = {
            "model": "toxicity",
            "attributes": {a: {"score": round(v, 4), "threshold": self.thresholds[a]} for a, v in worst.items()},
            "top": f"{top_attribute} {top:.2f} >= {self.thresholds[top_attribute]}",
        }
        finding = self.finding(doc.text, spans, match=top_attribute, score=round(top, 4), explanation=explanation)
        if structure:   # "Keep the Roma out of our town.": say what the sentence does and to whom
            explanation["structure"] = structure
            said = "; ".join(f"{found['shape']} (aimed at '{found['group']}')" for found in structure)
            finding = replace(finding, message=f"{finding.message} Read as {said}.")
        if refers_to:   # "I can't stand them." after "Immigrants moved in.": say whom "them" is
            named = ", ".join(f"'{group}'" for group in refers_to)
            explanation["refers_to"] = refers_to
            finding = replace(finding, message=f"{finding.message} Refers to {named}, named earlier in the post.")
        return [finding]


# The checker hands the toxicity scorer this many sentences before each one (checker.CONTEXT_SENTENCES).
_CONTEXT_SENTENCES = 2


def _structure(text: str, sentences: Sequence[Span], index: int) -> dict[str, Any] | None:
    """The sentence-structure shape that flagged sentence ``index`` matches (``toxicity_structure``): its
    name, the group it is aimed at and where that group is in the post (when written in the sentence)."""
    from riskcheck.scorers.informal import informal_view, plain   # word lists: loaded only when a finding needs them
    from riskcheck.scorers.toxicity_structure import describe

    sentence = sentences[index]
    previous = text[sentences[max(0, index - _CONTEXT_SENTENCES)].start:sentence.start] if index else ""
    view = informal_view(sentence.text)   # as the scorer read it ("#KeepThemOut", "ppl like u")
    found = describe(view.text, plain(previous))
    if found is None:
        return None
    shape, group = found
    out: dict[str, Any] = {"shape": shape, "group": group}
    at = view.text.casefold().find(group)
    if group and at >= 0 and len(view.text.casefold()) == len(view.text):
        start, end = view.original_span(at, at + len(group))
        out["start"], out["end"] = sentence.start + start, sentence.start + end
    return out


def _referent(text: str, sentences: Sequence[Span], index: int) -> str | None:
    """The group that sentence ``index`` refers back to with a pronoun or an epithet, if any."""
    if index == 0:
        return None
    from riskcheck.scorers.informal import plain   # word lists: loaded only when a finding needs them
    from riskcheck.scorers.toxicity_reference import referent

    sentence = sentences[index]
    previous = text[sentences[max(0, index - _CONTEXT_SENTENCES)].start:sentence.start]
    return referent(plain(sentence.text), plain(previous))
