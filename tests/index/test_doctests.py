"""The examples in the retrieval and ingest modules' docstrings hold (they document the word handling)."""

import doctest

import pytest

from assistant import thesaurus, vocabulary
from assistant.retrieval import lookup, ranking, reading
from ingest import chunks


@pytest.mark.parametrize(
    "module", [vocabulary, thesaurus, ranking, reading, lookup, chunks], ids=lambda m: m.__name__
)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
