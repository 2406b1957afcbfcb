"""Grammar-constrained decoding with llguidance: the model can only write what a grammar allows.

The plan grammar (``assistant.drafting.grammar.plan_grammar``) is GBNF, llama.cpp's format,
which llama.cpp's own sampler reads as it is. llguidance (used by the transformers backend)
reads Lark, and lexes: each terminal is one lexeme, matched greedily with no backtracking. Two
things follow, and :func:`gbnf_to_lark` handles both:

- a rule becomes a terminal only when it is *word-like* (its literals hold no space or line
  break: a column name, a number, a code) and is more than a choice of keywords; whole clauses
  stay nonterminals, or a plan line would be one huge regular expression (llguidance stops
  with ``ParserTooComplex``);
- a lexeme must never be a proper prefix of another lexeme allowed at the same place, or greedy
  lexing takes the wrong one and cannot go back: ``" "`` (before ``= 1``) against ``" IN ("``,
  ``COUNT(`` (before a column) against ``COUNT(DISTINCT ``. So the literals of nonterminal
  rules are cut into words, spaces, line breaks and single punctuation marks. A word is then
  always followed by a non-word character, and maximal munch is always right.

:class:`TokenConstraint` is one request's matcher: it gives the allowed-token mask for the next
step and consumes the token chosen.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any, Iterator

import numpy as np

from ..errors import BackendError


def gbnf_to_lark(gbnf: str) -> str:
    r"""A GBNF grammar in llguidance's Lark dialect, lexer-friendly (see the module docstring).

    >>> print(gbnf_to_lark('root ::= "SELECT " col (" " ("NOT ")? "IN (" col ")")?\ncol ::= "A.B" | "A.C"'))
    %llguidance {}
    <BLANKLINE>
    start: "SELECT" " " col (" " ("NOT" " ")? "IN" " " "(" col ")")?
    col: "A.B"
         | "A.C"
    <BLANKLINE>
    """
    from llguidance.gbnf_to_lark import GrammarParser, LiteralNode, RuleRefNode, SequenceNode

    try:
        rules = GrammarParser().parse(gbnf)
    except Exception as exc:  # the converter raises its own error and plain ones
        raise BackendError(f"the plan grammar is not valid GBNF: {exc}") from exc
    if "root" not in rules:
        raise BackendError("the plan grammar has no root rule")
    for rule in rules.values():
        rule.alternatives = rule.alternatives.simplify()

    def walk(node) -> Iterator[Any]:
        for child in node.children():
            yield child
            yield from walk(child)

    for rule in rules.values():
        for node in walk(rule):
            if isinstance(node, RuleRefNode):
                if node.name not in rules:
                    raise BackendError(
                        f"the plan grammar refers to an undefined rule {node.name!r}"
                    )
                node.target = rules[node.name]

    def word_like(rule) -> bool:
        literals = [n for n in walk(rule) if isinstance(n, LiteralNode)]
        only_literals = all(isinstance(n, LiteralNode) or not n.is_atomic() for n in walk(rule))
        return not any(" " in n.value or "\\n" in n.value for n in literals) and not only_literals

    changed = True
    while changed:
        changed = False
        for rule in rules.values():
            if (
                rule.name != "root"
                and not rule.rule_is_terminal
                and rule.alternatives.is_terminal()
                and word_like(rule)
            ):
                rule.rule_is_terminal = True
                changed = True

    def split(node):
        """Literals of a nonterminal rule, cut into words, spaces, line breaks and punctuation."""
        if isinstance(node, LiteralNode):
            pieces = _PIECE.findall(node.value)
            return node if len(pieces) <= 1 else SequenceNode([LiteralNode(p) for p in pieces])
        for attr in ("nodes", "alternatives"):
            if isinstance(getattr(node, attr, None), list):
                setattr(node, attr, [split(n) for n in getattr(node, attr)])
        if hasattr(node, "node"):
            node.node = split(node.node)
        return node

    for rule in rules.values():
        if not rule.rule_is_terminal:
            rule.alternatives = split(rule.alternatives)
        name = "start" if rule.name == "root" else rule.name.replace("-", "_")
        rule.name = name.upper() if rule.rule_is_terminal else name.lower()
    ordered = [rules["root"], *(r for key, r in rules.items() if key != "root")]
    return "%llguidance {}\n\n" + "\n".join(str(r) for r in ordered) + "\n"


# One lexeme of a clause's literal text: a word (names keep their dot: ``JCCM.Contract``), a
# comparison operator, an escaped character (``\n``), or any other single character.
_PIECE = re.compile(r"[A-Za-z0-9_.@]+|[<>=!]+|\\.|.")


@lru_cache(maxsize=8)
def compiled_grammar(gbnf: str) -> str:
    """The llguidance grammar for a GBNF text (cached: a request's retries reuse it)."""
    from llguidance import LLMatcher

    return LLMatcher.grammar_from_lark(gbnf_to_lark(gbnf))


class TokenConstraint:
    """One request's matcher over one tokenizer: the mask for the next token, and the tokens taken.

    ``tokenizer`` is an ``llguidance.LLTokenizer`` (built once per model: about a second).
    """

    def __init__(self, tokenizer: Any, gbnf: str, vocab_size: int | None = None) -> None:
        from llguidance import LLMatcher

        grammar = compiled_grammar(gbnf)
        self.matcher = LLMatcher(tokenizer, grammar, log_level=0)
        if self.matcher.is_error():
            raise BackendError(
                f"llguidance rejected the plan grammar: {self.matcher.get_error()[:300]}"
            )
        self.vocab_size = vocab_size or tokenizer.vocab_size
        self.eos = tokenizer.eos_token
        self.mask_seconds = 0.0
        self.steps = 0
        self.taken = 0  # tokens of the reply consumed so far (``follow``)

    def allowed(self) -> np.ndarray:
        """A bool array over the vocabulary: the tokens the grammar allows next (only EOS once it is done)."""
        import time

        t0 = time.perf_counter()
        if self.matcher.is_stopped():
            allowed = np.zeros(self.vocab_size, dtype=bool)
            allowed[self.eos] = True
        else:
            bits = np.frombuffer(self.matcher.compute_bitmask(), dtype=np.uint8)
            allowed = np.unpackbits(bits, bitorder="little")[: self.vocab_size].astype(bool)
            if allowed.shape[0] < self.vocab_size:  # a model vocabulary padded past the tokenizer's
                allowed = np.concatenate(
                    [allowed, np.zeros(self.vocab_size - allowed.shape[0], dtype=bool)]
                )
        self.mask_seconds += time.perf_counter() - t0
        self.steps += 1
        return allowed

    def consume(self, token: int) -> bool:
        """Advance over a chosen token; False when the grammar did not allow it (the matcher is then in error)."""
        if self.matcher.is_stopped():
            return token == self.eos
        return self.matcher.consume_token(int(token))

    def follow(self, reply: list[int]) -> bool:
        """Consume the tokens of ``reply`` not consumed yet; False when the grammar refused one.

        transformers asks for the next mask and for "stop now?" at different moments of a step:
        both call this first, so each sees the matcher after every token chosen so far.
        """
        while self.taken < len(reply):
            if not self.consume(reply[self.taken]):
                return False
            self.taken += 1
        return True

    @property
    def accepting(self) -> bool:
        """Whether the text so far is a whole sentence of the grammar (it may end here)."""
        return self.matcher.is_accepting()

    @property
    def done(self) -> bool:
        return self.matcher.is_stopped() or self.matcher.is_error()

    @property
    def error(self) -> str:
        return self.matcher.get_error() if self.matcher.is_error() else ""


_TOKENIZERS: dict[int, Any] = {}
_TOKENIZERS_LOCK = threading.Lock()


def hf_lltokenizer(hf_tokenizer: Any) -> Any:
    """The llguidance tokenizer for a transformers fast tokenizer, built once per tokenizer object."""
    with _TOKENIZERS_LOCK:
        key = id(hf_tokenizer)
        if key not in _TOKENIZERS:
            import llguidance.hf

            try:
                _TOKENIZERS[key] = llguidance.hf.from_tokenizer(hf_tokenizer)
            except ValueError as exc:  # a slow (Python) tokenizer
                raise BackendError(f"constrained decoding needs a fast tokenizer: {exc}") from exc
        return _TOKENIZERS[key]


class _ByteVocabulary:
    """A vocabulary of the 256 bytes (and an end token): every text is spellable, one byte a token."""

    eos_token_id = 256
    bos_token_id = None
    tokens = [bytes([i]) for i in range(256)] + [b"\xff</s>"]  # 0xff marks a special token
    special_token_ids = [256]

    def __call__(self, text: bytes | str) -> list[int]:
        return list(text.encode("utf-8") if isinstance(text, str) else text)


@lru_cache(maxsize=1)
def byte_tokenizer() -> Any:
    """An llguidance tokenizer over single bytes: whether a grammar accepts a text, whatever a model's vocabulary."""
    from llguidance import LLTokenizer, TokenizerWrapper

    return LLTokenizer(TokenizerWrapper(_ByteVocabulary()))


def grammar_accepts(gbnf: str, text: str) -> bool:
    """Whether llguidance, under ``gbnf``, accepts ``text`` whole (and nothing stops it early).

    >>> grammar_accepts('root ::= "SELECT " ("A.B" | "A.C")', "SELECT A.C")
    True
    >>> grammar_accepts('root ::= "SELECT " ("A.B" | "A.C")', "SELECT A.D")
    False
    """
    from llguidance import LLMatcher

    matcher = LLMatcher(byte_tokenizer(), compiled_grammar(gbnf), log_level=0)
    return matcher.consume_tokens(list(text.encode("utf-8"))) and matcher.is_accepting()
