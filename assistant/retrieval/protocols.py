"""The seams of retrieval, as typed Protocols: what each side actually calls on the other.

* :class:`Embedder`: the sentence embedder (``embedding.VgptEmbeddingFunction``),
  called by the retriever, the index store and ``vgpt ingest``, and handed to Chroma
  as a collection's embedding function.
* :class:`VectorStore`: what the :class:`~assistant.retrieval.retrieve.Retriever`
  reads from the index (``store.Store``).
* :class:`Retriever`: what drafting and the app call to get a schema context
  (``retrieve.Retriever``; tests hand in small fakes).

Structural types only: nothing here imports chromadb, torch or numpy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Protocol, Sequence

if TYPE_CHECKING:
    from .context import Context


class Embedder(Protocol):
    """Texts to normalised vectors; ``identity`` names the model, so an index knows what wrote it."""

    identity: str

    def embed(self, texts: Sequence[str]) -> Sequence[Any]:
        """One vector per text (chunk texts at ingest)."""
        ...

    def embed_query(self, input: Sequence[str]) -> Sequence[Any]:
        """One vector per question."""
        ...

    def __call__(self, input: Sequence[str]) -> Sequence[Any]:
        """Chroma's embedding-function call."""
        ...

    def get_config(self) -> dict[str, Any]:
        """What Chroma stores with a collection to rebuild the function on reopening."""
        ...


class VectorStore(Protocol):
    """A committed index version, read whole: the retriever keeps its few thousand vectors in memory."""

    def all(
        self, kind: str, include: Iterable[str] = ("embeddings", "metadatas", "documents")
    ) -> dict[str, Any]:
        """Every record of collection ``kind`` (schema, docs or examples): ``ids`` plus a list per ``include``d field."""
        ...


class Retriever(Protocol):
    """A question to the schema context the model is shown, trimmed to a token budget."""

    def retrieve(self, question: str, k: int = 8, budget_tokens: int = 1500) -> Context: ...
