"""Tests for the trainable topic/intent classifier (streams/text/classifier.py)."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import numpy as np
import pytest

from streams.text.classifier import (
    TextClassifier,
    evaluate_classifier,
    read_labelled_csv,
)
from streams.text.ngrams import FeatureSpec, Vocabulary, normalise_batch

# A few examples per category, in English, French, German and Spanish.
TRAINING = {
    "delivery": [
        "My parcel has not arrived yet",
        "Where is my package? The delivery is late",
        "The courier never delivered my order",
        "Mon colis n'est toujours pas arrivé",
        "La livraison de ma commande est en retard",
        "Mein Paket ist noch nicht angekommen",
        "Die Lieferung kommt zu spät",
        "Mi paquete no ha llegado todavía",
        "El envío de mi pedido está retrasado",
    ],
    "refund": [
        "I want a refund for this item",
        "Please give me my money back",
        "When will I get my refund?",
        "Je veux être remboursé de ma commande",
        "Quand vais-je recevoir mon remboursement ?",
        "Ich möchte eine Rückerstattung",
        "Bitte erstatten Sie mir mein Geld zurück",
        "Quiero un reembolso de mi dinero",
        "¿Cuándo recibiré el reembolso?",
    ],
    "login": [
        "I forgot my password and cannot log in",
        "I can't sign in to my account",
        "Password reset link does not work",
        "Je n'arrive pas à me connecter à mon compte",
        "J'ai oublié mon mot de passe",
        "Ich kann mich nicht in mein Konto einloggen",
        "Passwort vergessen, Anmeldung geht nicht",
        "No puedo iniciar sesión en mi cuenta",
        "Olvidé mi contraseña",
    ],
    "praise": [
        "Great service, thank you so much",
        "Your support team is wonderful",
        "Excellent app, I love it",
        "Merci beaucoup, service excellent",
        "Super équipe, très satisfait",
        "Vielen Dank, toller Service",
        "Ausgezeichnete App, sehr zufrieden",
        "Muchas gracias, excelente servicio",
        "Me encanta la aplicación, muy satisfecho",
    ],
}

PARAPHRASES = [
    ("the package still has not arrived", "delivery"),
    ("mon colis est en retard", "delivery"),
    ("Paket nicht angekommen", "delivery"),
    ("I would like my money back please", "refund"),
    ("je veux mon remboursement", "refund"),
    ("quiero el reembolso", "refund"),
    ("cannot log in, forgot password", "login"),
    ("mot de passe oublié, impossible de me connecter", "login"),
    ("thanks, wonderful service", "praise"),
    ("muchas gracias, servicio excelente", "praise"),
]


def _training_rows() -> tuple[list[str], list[str]]:
    texts = [text for examples in TRAINING.values() for text in examples]
    labels = [label for label, examples in TRAINING.items() for _ in examples]
    return texts, labels


@pytest.fixture(scope="module")
def model() -> TextClassifier:
    return TextClassifier.train(*_training_rows())


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_predicts_unseen_paraphrases_in_several_languages(model: TextClassifier) -> None:
    predictions = model.predict([text for text, _ in PARAPHRASES])
    wrong = [
        (text, expected, got)
        for (text, expected), (got, _) in zip(PARAPHRASES, predictions, strict=True)
    ]
    wrong = [case for case in wrong if case[1] != case[2]]
    assert not wrong


def test_confidence_is_a_probability_and_ranks_clear_cases_higher(model: TextClassifier) -> None:
    (clear_label, clear), (_, vague) = model.predict(
        ["my parcel has not arrived, the delivery is late", "hello"]
    )
    assert clear_label == "delivery"
    assert 0.0 < vague < clear <= 1.0


def test_prediction_of_a_text_does_not_depend_on_its_batch(model: TextClassifier) -> None:
    odd = ["", "   ", "?!", "lone \ud800 surrogate", "中文文本 😀", "a\x00b"]
    texts = [text for text, _ in PARAPHRASES] + odd
    batched = model.predict(texts)
    alone = [model.predict([text])[0] for text in texts]
    assert batched == alone
    assert model.predict([]) == []


def test_save_and_load_round_trip_gives_identical_predictions(
    model: TextClassifier, tmp_path: Path
) -> None:
    model.save(tmp_path / "model")
    assert sorted(p.name for p in (tmp_path / "model").iterdir()) == [
        "classifier.json",
        "classifier.npz",
    ]
    loaded = TextClassifier.load(tmp_path / "model")
    texts = [text for text, _ in PARAPHRASES] + _training_rows()[0]
    assert loaded.predict(texts) == model.predict(texts)
    assert loaded.labels == model.labels


def test_saved_arrays_load_without_pickle(model: TextClassifier, tmp_path: Path) -> None:
    model.save(tmp_path)
    with np.load(tmp_path / "classifier.npz", allow_pickle=False) as arrays:
        assert {"hashes", "idf", "coef"} <= set(arrays.files)


def test_load_rejects_a_foreign_directory(tmp_path: Path) -> None:
    (tmp_path / "classifier.json").write_text('{"format": "something-else"}')
    with pytest.raises(ValueError, match="not a voc-text-classifier"):
        TextClassifier.load(tmp_path)


def test_training_needs_two_categories_and_matching_lengths() -> None:
    with pytest.raises(ValueError, match="two categories"):
        TextClassifier.train(["a", "b"], ["x", "x"])
    with pytest.raises(ValueError, match="labels"):
        TextClassifier.train(["a", "b"], ["x"])


def test_feature_hashes_are_fixed_across_processes() -> None:
    """Saved models identify n-grams by hash: the hash must never change silently."""
    spec = FeatureSpec(word_ngrams=(1, 1), char_ngrams=(3, 3))
    hashes, _ = spec.extract(["Ab cd"])
    assert [int(h) for h in hashes[0]] == [int(h) for h in spec.extract(["ab  CD!"])[0][0]]
    assert len(hashes[0]) == 2 and len(hashes[1]) == 4  # " ab", "ab ", " cd", "cd "
    assert int(hashes[1][0]) == _reference_char_hash(" ab") == 15539613416511652077


def _reference_char_hash(ngram: str) -> int:
    """The char n-gram hash written out in plain Python, independent of numpy."""
    modulus = 2**64
    value = 0
    for char in ngram:
        value = (value * 0x100000001B3 + ord(char)) % modulus
    value ^= (len(ngram) * 0x632BE59BD9B4E019) % modulus
    value ^= value >> 30
    value = (value * 0xBF58476D1CE4E5B9) % modulus
    value ^= value >> 27
    value = (value * 0x94D049BB133111EB) % modulus
    return value ^ (value >> 31)


def test_char_ngrams_never_span_two_documents() -> None:
    spec = FeatureSpec(word_ngrams=(1, 2), char_ngrams=(2, 5))
    together, together_docs = spec.extract(["ab", "cd"])
    for family in range(2):
        apart = np.concatenate([spec.extract([text])[0][family] for text in ("ab", "cd")])
        assert sorted(together[family].tolist()) == sorted(apart.tolist())
    assert together_docs[0].tolist() == [0, 1]


def test_normalisation_lowercases_masks_digits_and_strips_punctuation() -> None:
    assert normalise_batch(["Paid £25.50, twice!", "OK"]) == "paid 00 00 twice \x00ok"


def test_vocabulary_transform_rows_are_unit_length_per_family() -> None:
    """Each family is L2-normalised over its n-gram occurrences (repeats are separate entries)."""
    spec = FeatureSpec()
    texts = ["the card has not arrived", "refund please", "card refund", "zzz"]
    vocabulary = Vocabulary.fit(spec, texts[:3])
    features = vocabulary.transform(spec, texts)
    for row in range(3):
        start, end = features.indptr[row], features.indptr[row + 1]
        families = vocabulary.family[features.indices[start:end]]
        values = features.data[start:end]
        for family in range(2):
            assert np.sum(values[families == family] ** 2) == pytest.approx(1.0, abs=1e-5)
    assert features.indptr[4] == features.indptr[3]  # unknown n-grams only: empty row


def test_read_labelled_csv_reads_rows_and_ignores_extra_columns(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "ok.csv",
        [
            ["id", "text", "category"],
            ["1", "hello, world", "greeting"],
            [],
            ["2", "bye", "farewell"],
        ],
    )
    assert read_labelled_csv(path) == (["hello, world", "bye"], ["greeting", "farewell"])


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["text", "label"], ["hi", "x"]], r"bad\.csv, line 1: missing column\(s\) category"),
        (
            [["text", "category"], ["hi", "x"], ["only one field"]],
            r"bad\.csv, line 3: expected 2 fields",
        ),
        ([["text", "category"], ["hi", ""]], r"bad\.csv, line 2: empty text or category"),
        ([["text", "category"]], r"bad\.csv: no labelled rows"),
        ([], r"bad\.csv: empty file"),
    ],
)
def test_read_labelled_csv_names_file_and_line_of_bad_input(
    tmp_path: Path, rows: list[list[str]], message: str
) -> None:
    path = _write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(ValueError, match=message):
        read_labelled_csv(path)


def test_evaluate_classifier_emits_accuracy_line_last(tmp_path: Path) -> None:
    texts, labels = _training_rows()
    train = _write_csv(
        tmp_path / "train.csv", [["text", "category"], *map(list, zip(texts, labels, strict=True))]
    )
    test = _write_csv(
        tmp_path / "test.csv", [["text", "category"], *[[t, c] for t, c in PARAPHRASES]]
    )
    lines: list[str] = []
    accuracy = evaluate_classifier(train, test, emit=lines.append)
    assert re.fullmatch(r"accuracy=\d{1,3}\.\d", lines[-1])
    assert float(lines[-1].split("=")[1]) == pytest.approx(accuracy, abs=0.05)
    assert accuracy == pytest.approx(100.0)
    assert any(line.startswith("read 36 training rows") for line in lines)
    assert any("texts/s" in line for line in lines)


def test_split_script_is_deterministic_and_stratified(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[2] / "training" / "split_banking77.py"
    spec = importlib.util.spec_from_file_location("split_banking77", script)
    assert spec is not None and spec.loader is not None
    split = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split)
    rows = [["text", "category"]] + [[f"text {i}", f"c{i % 3}"] for i in range(30)]
    source = _write_csv(tmp_path / "all.csv", rows)
    split.main([str(source), str(tmp_path / "a")])
    split.main([str(source), str(tmp_path / "b")])
    for name in ("train.csv", "test.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    test_texts, test_labels = read_labelled_csv(tmp_path / "a" / "test.csv")
    train_texts, _ = read_labelled_csv(tmp_path / "a" / "train.csv")
    assert sorted(test_labels) == ["c0", "c0", "c1", "c1", "c2", "c2"]
    assert not set(test_texts) & set(train_texts)
    assert len(test_texts) + len(train_texts) == 30
