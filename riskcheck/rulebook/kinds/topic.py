"""``topic``: an editor-defined sensitive topic, scored by the topics scorer (ML).

This module only validates the rule and turns the scorer's per-sentence scores into a
finding; the checker batches the scoring. Scores are keyed by the rule's full id.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated
from typing import Any
from typing import ClassVar
from typing import Literal

from pydantic import Field

from riskcheck.normalize.doc import Doc
from riskcheck.rulebook.base import Rule
from riskcheck.rulebook.base import RuleSpec
from riskcheck.rulebook.base import Text
from riskcheck.scorers.topic_anchors import anchors_for
from riskcheck.types import Finding
from riskcheck.types import Span


class TopicSpec(RuleSpec):
    kind: Literal["topic"] = "topic"
    description: Text = Field(description="what the topic is about, in a sentence")
    samples: Annotated[list[Text], Field(min_length=1)] = Field(description="sentences on the topic, any language")
    threshold: Annotated[float, Field(gt=0, le=1)] = Field(description="score (0..1] from which a sentence is on topic")


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class TopicRule(Rule):
    kind: ClassVar[str] = "topic"
    is_ml: ClassVar[bool] = True
    scorer: ClassVar[str | None] = "topics"
    Spec: ClassVar[type[RuleSpec]] = TopicSpec

    description: str
    samples: tuple[str, ...]
    threshold: float

    @classmethod
    def from_spec(cls, spec: TopicSpec, common: dict[str, Any]) -> TopicRule:
        return cls(**common, description=spec.description, samples=tuple(spec.samples), threshold=spec.threshold)

    def findings_from_scores(
        self, doc: Doc, sentences: Sequence[Span], scores: Sequence[Mapping[str, float]]
    ) -> list[Finding]:
        """``scores[i]`` is the scorer's output for ``sentences[i]``, keyed by full rule id."""
        key = self.full_id
        over = [(s, float(sc[key])) for s, sc in zip(sentences, scores) if float(sc.get(key, 0.0)) >= self.threshold]
        if not over:
            return []
        top_sentence, top = max(over, key=lambda item: item[1])
        finding = self.finding(
            doc.text, self._evidence([s for s, _ in over]), match=top_sentence.text, score=round(top, 4),
            explanation={"model": "topics", "topic": key, "threshold": self.threshold,
                         "scores": [round(v, 4) for _, v in over]},
        )
        return [finding]

    def _evidence(self, sentences: Sequence[Span]) -> list[tuple[int, int]]:
        """The anchor words that carried the finding (a sentence without any: the sentence)."""
        anchors = anchors_for(self.full_id, self.description, self.samples)
        spans: list[tuple[int, int]] = []
        for sentence in sentences:
            found = anchors.find(sentence.text)
            spans.extend((sentence.start + lo, sentence.start + hi) for lo, hi in found)
            if not found:
                spans.append((sentence.start, sentence.end))
        return spans
