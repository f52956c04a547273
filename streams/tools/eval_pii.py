"""``voc eval pii``: recall and precision of the PII redactor on a labelled set.

The scored set is ``streams/tools/data/pii_eval.jsonl``; ``pii_tune.jsonl``
beside it is the tuning set the redactor's cues were adjusted on (both are
built by ``training/build_pii_eval.py``, which says how they were written).
Each line holds a text, subject or attribute value and its labelled spans.

Scoring is about what leaks and what is destroyed, not about exact offsets:

- a labelled span is *found* when every letter and digit of it lies inside
  something the redactor replaced (of any kind: a phone replaced as [CARD] is
  gone all the same); a partly redacted number or name counts as missed;
- a redacted span is *correct* when most of its letters and digits lie inside
  labelled spans; one that replaced an order number, a price or a word is a
  false positive.

Recall is per labelled type, precision per redacted type; the totals pool all
spans. The last line is ``pii_recall=NN.N pii_precision=NN.N``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from streams.text.pii import KINDS, Span, find_pii
from streams.text.redaction import attribute_spans

DATA_DIR = Path(__file__).resolve().parent / "data"
EVAL_SET = DATA_DIR / "pii_eval.jsonl"
TUNE_SET = DATA_DIR / "pii_tune.jsonl"


@dataclass(frozen=True)
class Item:
    """One labelled value: where it sits (text, subject or an attribute key) and its spans."""

    id: str
    lang: str
    field: str
    key: str | None
    text: str
    spans: tuple[Span, ...]


@dataclass
class Counts:
    labelled: int = 0
    found: int = 0
    redacted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return 100.0 * self.found / self.labelled if self.labelled else None

    @property
    def precision(self) -> float | None:
        return 100.0 * self.correct / self.redacted if self.redacted else None


@dataclass
class Report:
    by_kind: dict[str, Counts] = field(default_factory=dict)
    total: Counts = field(default_factory=Counts)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # id, kind, value
    wrong: list[tuple[str, str, str]] = field(default_factory=list)

    def counts(self, kind: str) -> Counts:
        return self.by_kind.setdefault(kind, Counts())


def load_items(path: Path) -> list[Item]:
    items = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                raw = json.loads(line)
                spans = tuple((s["start"], s["end"], s["type"]) for s in raw["spans"])
                items.append(
                    Item(raw["id"], raw["lang"], raw["field"], raw.get("key"), raw["text"], spans)
                )
    return items


def detect(item: Item) -> list[Span]:
    """What the pipeline redacts in this value (attributes go through the key policy)."""
    if item.field == "attributes":
        return attribute_spans(item.key or "", item.text)
    return find_pii(item.text)


def _alnum_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def _covered(text: str, spans: Iterable[Span]) -> set[int]:
    return {i for start, end, _ in spans for i in range(start, end)}


def score(items: Sequence[Item], detector: Callable[[Item], list[Span]] = detect) -> Report:
    """Per-kind and pooled counts of found labelled spans and correct redactions."""
    report = Report()
    for item in items:
        predicted = detector(item)
        redacted = _covered(item.text, predicted)
        labelled = _covered(item.text, item.spans)
        for start, end, kind in item.spans:
            counts = report.counts(kind)
            counts.labelled += 1
            report.total.labelled += 1
            if all(i in redacted for i in _alnum_positions(item.text, start, end)):
                counts.found += 1
                report.total.found += 1
            else:
                report.missed.append((item.id, kind, item.text[start:end]))
        for start, end, kind in predicted:
            counts = report.counts(kind)
            counts.redacted += 1
            report.total.redacted += 1
            positions = _alnum_positions(item.text, start, end)
            inside = sum(i in labelled for i in positions)
            if positions and 2 * inside > len(positions):
                counts.correct += 1
                report.total.correct += 1
            else:
                report.wrong.append((item.id, kind, item.text[start:end]))
    return report


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def format_report(report: Report, show_errors: bool = False) -> list[str]:
    """The table, optionally the misses and false positives, and the summary line last."""
    lines = [f"{'type':<8} {'labelled':>8} {'found':>6} {'recall':>7} "
             f"{'redacted':>8} {'correct':>7} {'precision':>9}"]  # fmt: skip
    kinds = [k for k in KINDS if k in report.by_kind] + sorted(set(report.by_kind) - set(KINDS))
    for kind in kinds:
        c = report.by_kind[kind]
        lines.append(
            f"{kind:<8} {c.labelled:>8} {c.found:>6} {_pct(c.recall):>7} "
            f"{c.redacted:>8} {c.correct:>7} {_pct(c.precision):>9}"
        )
    t = report.total
    lines.append(
        f"{'all':<8} {t.labelled:>8} {t.found:>6} {_pct(t.recall):>7} "
        f"{t.redacted:>8} {t.correct:>7} {_pct(t.precision):>9}"
    )
    if show_errors:
        lines += [f"missed {i} {kind}: {value!r}" for i, kind, value in report.missed]
        lines += [f"wrongly redacted {i} {kind}: {value!r}" for i, kind, value in report.wrong]
    lines.append(f"pii_recall={t.recall or 0.0:.1f} pii_precision={t.precision or 0.0:.1f}")
    return lines


def texts_per_second(items: Sequence[Item], seconds: float = 1.0) -> float:
    """The redactor alone (``find_pii``) over the set's values, repeated for ``seconds``."""
    texts = [item.text for item in items]
    done = 0
    began = time.perf_counter()
    while (elapsed := time.perf_counter() - began) < seconds:
        for text in texts:
            find_pii(text)
        done += len(texts)
    return done / elapsed


def run_cli(path: Path = EVAL_SET, show_errors: bool = False) -> None:
    items = load_items(path)
    report = score(items)
    lines = format_report(report, show_errors)
    print(f"{len(items)} labelled values from {path.name}")
    print(*lines[:-1], sep="\n")
    print(f"redactor speed: {texts_per_second(items):,.0f} texts/s (one core)")
    print(lines[-1])
