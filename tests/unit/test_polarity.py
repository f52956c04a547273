"""The polarity lexicon features: lookup by the tokenizer's hash, negation, normalisation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from streams.text.features import FeatureSpec, extract
from streams.text.polarity import PolarityLexicon
from streams.text.wordvectors import word_hashes


@pytest.fixture
def lexicon() -> PolarityLexicon:
    words = ["happy", "awful", "😍"]
    values = np.array([[0.5, 0.0], [-0.75, 0.0], [0.0, 0.8]], dtype=np.float32)
    return PolarityLexicon(word_hashes(words), values, ["words", "emoji"])


def features(lexicon: PolarityLexicon, texts: list[str]) -> np.ndarray:
    occ = extract(texts, FeatureSpec())
    return lexicon.features(occ.word_docs, occ.word_hashes, occ.word_negated, occ.n_docs)


def test_sums_and_counts_over_sqrt_tokens(lexicon: PolarityLexicon) -> None:
    out = features(lexicon, ["so Happy and awful 😍", "nothing here", "happy"])
    assert out.shape == (3, 6)
    # text 0: 5 tokens; words column: sum -0.25, one positive, one negative; emoji 0.8
    np.testing.assert_allclose(
        out[0], np.array([-0.25, 1, 1, 0.8, 1, 0]) / np.sqrt(6), rtol=1e-2, atol=1e-3
    )
    assert not out[1].any()
    np.testing.assert_allclose(out[2, :3], np.array([0.5, 1, 0]) / np.sqrt(2), rtol=1e-2)


def test_negated_words_count_with_the_opposite_sign(lexicon: PolarityLexicon) -> None:
    plain, negated = features(lexicon, ["i am happy", "i am not happy"])
    # "i am happy": 3 tokens, one positive match
    assert plain[0] == pytest.approx(0.5 / 2, rel=1e-2) and plain[1] == pytest.approx(0.5)
    assert negated[0] < 0 and negated[1] == 0 and negated[2] > 0


def test_batch_equals_single(lexicon: PolarityLexicon) -> None:
    texts = ["happy happy", "", "awful 😍 day", "not awful"]
    batch = features(lexicon, texts)
    singles = np.vstack([features(lexicon, [t]) for t in texts])
    np.testing.assert_allclose(batch, singles, rtol=1e-6)


def test_save_and_load_round_trip(lexicon: PolarityLexicon, tmp_path: Path) -> None:
    path = tmp_path / "lexicon.npz"
    lexicon.save(path)
    loaded = PolarityLexicon.load(path)
    assert loaded.columns == ["words", "emoji"] and len(loaded) == 3
    np.testing.assert_allclose(loaded.values, lexicon.values, atol=0.01)
    texts = ["happy but awful 😍"]
    np.testing.assert_allclose(features(loaded, texts), features(lexicon, texts), atol=0.01)


def test_shapes_must_fit() -> None:
    with pytest.raises(ValueError, match="do not fit"):
        PolarityLexicon(np.zeros(2, dtype=np.uint64), np.zeros((3, 1), dtype=np.float32), ["a"])
