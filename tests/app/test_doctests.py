"""The examples in the app modules' docstrings hold."""

import doctest

import pytest

from assistant.app import answer, detect, excerpt


@pytest.mark.parametrize("module", [answer, detect, excerpt], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
