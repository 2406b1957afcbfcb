"""Under the plan grammar a looping reply is ended where the text may end, never inside a name."""

from __future__ import annotations

import torch

from assistant.backends.constrain import TokenConstraint, byte_tokenizer
from assistant.backends.transformers_backend import _grammar_criterion

# one byte a token; "A.B" is a whole name and a prefix of "A.BCD", as Contract is of ContractAmt
GRAMMAR = 'root ::= "SELECT " col (", " col)*\ncol ::= "A.B" | "A.BCD"\n'


def _stops_at(reply: str) -> str:
    """Feed ``reply`` a byte at a time through the stopping criterion; the text when it says stop."""
    constraint = TokenConstraint(byte_tokenizer(), GRAMMAR, vocab_size=257)
    stop = _grammar_criterion(constraint, prompt_length=0)
    tokens = list(reply.encode())
    for n in range(1, len(tokens) + 1):
        if bool(stop(torch.tensor([tokens[:n]]), None)[0]):
            return reply.encode()[:n].decode()
    return reply


def test_a_loop_over_a_column_ends_after_a_whole_name() -> None:
    looping = "SELECT " + ", ".join(["A.BCD"] * 12)
    text = _stops_at(looping)
    assert text != looping  # the loop was cut short
    assert text.endswith(("A.BCD", "A.B"))  # not "A.BC": no such column


def test_the_constraint_follows_each_token_once_whoever_asks_first() -> None:
    constraint = TokenConstraint(byte_tokenizer(), GRAMMAR, vocab_size=257)
    reply = list(b"SELECT A.B")
    assert constraint.follow(reply[:5]) and constraint.follow(
        reply
    )  # the second call takes the rest
    assert constraint.taken == len(reply) and constraint.accepting
    assert not constraint.follow(reply + list(b"X"))  # a byte the grammar refuses
