"""BM25 over two texts per catalog object: what it is and what it holds (``bm25s``)."""

from __future__ import annotations

import numpy as np


class Lexical:
    """BM25 (``bm25s``) over two texts per object: what it is and what it holds."""

    def __init__(
        self,
        names: list[str],
        identity: list[list[str]],
        holds: list[list[str]],
        holds_b: float = 0.75,
    ) -> None:
        import bm25s

        self._n = len(names)
        self._identity = bm25s.BM25()
        # column lists run from 3 to 300 columns: full length normalisation would punish every wide table
        self._holds = bm25s.BM25(b=holds_b)
        if self._n:
            self._identity.index([t or ["_"] for t in identity], show_progress=False)
            self._holds.index([t or ["_"] for t in holds], show_progress=False)

    def scores(self, asked: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if not self._n:
            return np.zeros(0), np.zeros(0)
        out = []
        for index in (self._identity, self._holds):
            s = np.asarray(index.get_scores(asked), dtype=np.float32)
            top = float(s.max()) if len(s) else 0.0
            out.append(s / top if top > 0 else s)
        return out[0], out[1]
