"""Static word vectors: hashing as the sentiment model does, pooling, saving."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from streams.text.features import FeatureSpec, extract
from streams.text.wordvectors import WordVectors, vocabulary, word_hashes


def test_word_hashes_are_the_models_own() -> None:
    occ = extract(["Great SERVICE, thanks!"], FeatureSpec())
    assert word_hashes(["great", "service", ",", "thanks", "!"]).tolist() == (
        occ.word_hashes.tolist()
    )


def test_a_word_that_splits_is_refused() -> None:
    with pytest.raises(ValueError, match="not single tokens"):
        word_hashes(["two words"])


def test_vocabulary_counts_normalised_tokens() -> None:
    assert vocabulary(["Bad bad BAD!", "@bob bad"]) == {"bad": 4, "!": 1, "@user": 1}


def test_pool_is_the_mean_over_all_tokens() -> None:
    table = WordVectors(
        word_hashes(["good", "bad"]), np.array([[3.0, 0.0], [0.0, 4.0]], dtype=np.float32)
    )
    texts = ["good", "good bad unknown", "unknown", ""]
    occ = extract(texts, FeatureSpec())
    pooled = table.pool(occ.word_docs, occ.word_hashes, occ.n_docs)
    assert pooled.shape == (4, 2)
    np.testing.assert_allclose(pooled[0], [3.0, 0.0])
    np.testing.assert_allclose(pooled[1], [1.0, 4 / 3], rtol=1e-6)  # "unknown" counts as 0
    np.testing.assert_allclose(pooled[2:], 0.0)
    skipped = occ.word_hashes == word_hashes(["bad"])[0]
    np.testing.assert_allclose(
        table.pool(occ.word_docs, occ.word_hashes, occ.n_docs, skipped)[1], [1.0, 0.0]
    )


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(50, 8)).astype(np.float32)
    table = WordVectors(word_hashes([f"w{i}" for i in range(50)]), vectors)
    table.save(tmp_path / "t.npz")
    loaded = WordVectors.load(tmp_path / "t.npz")
    assert loaded.hashes.tolist() == table.hashes.tolist()
    np.testing.assert_allclose(loaded.vectors, table.vectors, atol=np.abs(vectors).max() / 127)
