"""A T-SQL batch as text, tokens and statements, and offsets within it.

SQL Server batches are not what ``sqlglot.parse`` expects: statements run on
without semicolons (``DECLARE @JCCo bCompany`` then ``SELECT …``), ``GO``
separates batches, and a ``DECLARE`` with a Vista type makes sqlglot swallow the
rest of the text as one opaque command. So the text is tokenized once and split
into statements at the token level, keeping every token's offset in the
original text, so each statement can be parsed from its own tokens.

Also here: the syntax problems found while reading tokens (:class:`ParseIssue`,
unterminated strings, what sqlglot forgives but SQL Server rejects) and the
line/column/offset conversions that place a finding in the text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Iterator

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.tokens import Token, TokenType

DIALECT = Dialect.get_or_raise("tsql")


class _QuietFallback(logging.Filter):
    # sqlglot logs a warning each time it keeps an unsupported statement as a
    # Command; for a validator that is an expected outcome, not news.
    def filter(self, record: logging.LogRecord) -> bool:
        return "unsupported syntax" not in record.getMessage()


logging.getLogger("sqlglot").addFilter(_QuietFallback())

GO_LINE = re.compile(r"^[ \t]*GO(?:[ \t]+\d+)?[ \t]*;?[ \t]*$", re.IGNORECASE | re.MULTILINE)

T = TokenType
# tokens that begin a new statement when met at the top level of a batch
STARTS = {
    T.SELECT,
    T.WITH,
    T.INSERT,
    T.UPDATE,
    T.DELETE,
    T.MERGE,
    T.DECLARE,
    T.SET,
    T.EXECUTE,
    T.CREATE,
    T.ALTER,
    T.DROP,
    T.TRUNCATE,
    T.GRANT,
    T.REVOKE,
    T.USE,
    T.COMMAND,
}
CONTROL_WORDS = {
    "if",
    "while",
    "return",
    "deny",
    "break",
    "continue",
    "waitfor",
    "raiserror",
    "throw",
}
QUERY_STARTS = {T.SELECT, T.WITH, T.INSERT, T.UPDATE, T.DELETE, T.MERGE}
SET_OPS = {T.UNION, T.EXCEPT, T.INTERSECT, T.ALL, T.DISTINCT, T.L_PAREN}


# -- tokens and statements ------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """The T-SQL tokens of the text, each keeping its offsets in it (raises sqlglot's TokenError)."""
    tokens = DIALECT.tokenize(text)
    merge, command, join = T.MERGE, T.COMMAND, T.JOIN
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        tt = tok.token_type
        if tt is merge and i < last and tokens[i + 1].token_type is join:
            # the MERGE join hint (LEFT MERGE JOIN) is not the MERGE statement: read it like HASH or LOOP
            tok.token_type = T.VAR
        elif tt is command and i < last:
            # A command word (PRINT, …) at the start of a statement makes the tokenizer read
            # the rest of the text as its argument; split after that line and go on, so a
            # write hidden behind a PRINT is still seen.
            nxt = tokens[i + 1]
            newline = text.find("\n", tok.end, nxt.end + 1)
            if newline != -1 and nxt.end > newline:
                masked = re.sub(r"[^\n]", " ", text[: newline + 1]) + text[newline + 1 :]
                return tokens[: i + 1] + [_semicolon(newline)] + tokenize(masked)
    return tokens


def _semicolon(offset: int) -> Token:
    return Token(T.SEMICOLON, ";", line=0, col=0, start=offset, end=offset)


(
    _CASE,
    _END,
    _LP,
    _RP,
    _SEMI,
    _BEGIN,
    _ELSE,
    _VAR,
    _WITH,
    _SELECT,
    _SET,
    _EXEC,
    _ALIAS,
    _FOR,
    _OR,
    _ALTER,
) = (
    T.CASE,
    T.END,
    T.L_PAREN,
    T.R_PAREN,
    T.SEMICOLON,
    T.BEGIN,
    T.ELSE,
    T.VAR,
    T.WITH,
    T.SELECT,
    T.SET,
    T.EXECUTE,
    T.ALIAS,
    T.FOR,
    T.OR,
    T.ALTER,
)
# tokens the splitter must look at; everything else just joins the current statement
_WATCHED = frozenset(STARTS | {_CASE, _END, _LP, _RP, _SEMI, _BEGIN, _ELSE, _VAR, _WITH})
_ABSORB = {"WITH": 1, "INSERT": 1, "UPDATE": 1}


def split_statements(tokens: list[Token]) -> Iterator[tuple[list[Token], str, bool]]:
    """Split a batch into statements: (tokens, HEAD, is_condition).

    A statement starts at a top-level statement keyword unless the current one
    still expects it (``WITH … SELECT``, ``INSERT … SELECT``, ``UPDATE … SET``,
    ``CREATE VIEW … AS SELECT``, the branches of a UNION).
    """
    cur: list[Token] = []
    head = ""
    absorb = 0
    depth = 0
    case_depth = 0
    condition = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        tt = tok.token_type
        if tt not in _WATCHED:
            cur.append(tok)
            continue
        if tt is _CASE:
            case_depth += 1
        elif tt is _END and case_depth > 0:
            case_depth -= 1
            cur.append(tok)
            continue
        elif tt is _LP:
            depth += 1
        elif tt is _RP:
            depth = max(depth - 1, 0)
        if depth or case_depth:
            cur.append(tok)
            continue
        if tt is _SEMI:
            if cur:
                yield cur, head, condition
            cur, head, absorb, condition = [], "", 0, False
            continue
        if tt is _VAR:
            word = tok.text.lower()
            if (
                word in ("try", "catch", "tran", "transaction")
                and i
                and tokens[i - 1].token_type in (_BEGIN, _END)
            ):
                if cur:
                    yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
                continue
            if word in CONTROL_WORDS and head != "MERGE":
                if cur:
                    yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
                head = word.upper()
                if word in ("if", "while"):
                    condition = True
                    continue
                cur.append(tok)
                continue
            cur.append(tok)
            continue
        if tt in (_BEGIN, _END, _ELSE):
            if cur:
                yield cur, head, condition
            cur, head, absorb, condition = [], "", 0, False
            continue
        starts = tt in STARTS
        if tt is _WITH:
            nxt = tokens[i + 1] if i + 1 < n else None
            after = tokens[i + 2] if i + 2 < n else None
            starts = (
                nxt is not None
                and nxt.token_type is not _LP
                and after is not None
                and after.token_type in (_ALIAS, _LP)
            )
        if starts and cur:
            prev = cur[-1].token_type
            if condition and tt in STARTS:
                pass  # the IF/WHILE condition ends where its statement begins
            elif tt is _SELECT and prev in SET_OPS:
                starts = False
            elif head == "MERGE":
                starts = False
            elif absorb and (
                tt in QUERY_STARTS or tt is _EXEC or (tt is _SET and head == "UPDATE")
            ):
                absorb -= 1
                if tt is _WITH:
                    absorb += 1
                starts = False
            elif head in ("CREATE", "ALTER") and prev is _ALIAS and tt in (_SELECT, _WITH):
                starts = False
                if tt is _WITH:
                    absorb = 1
            elif head == "DECLARE" and prev is _FOR and tt is _SELECT:
                starts = False
            elif head == "CREATE" and prev is _OR and tt is _ALTER:  # CREATE OR ALTER VIEW
                starts = False
            if starts:
                yield cur, head, condition
                cur, head, absorb, condition = [], "", 0, False
        if not cur and (not condition or starts):
            condition = False
            head = "EXEC" if tt is _EXEC else tok.text.upper()
            absorb = _ABSORB.get(head, 0)
        cur.append(tok)
    if cur:
        yield cur, head, condition


# -- syntax problems found in the text and tokens ----------------------------------


@dataclass(frozen=True)
class ParseIssue:
    """A syntax problem at a place in the batch (1-based line/col, inclusive offsets)."""

    message: str
    line: int
    col: int
    start: int
    end: int


def unterminated(text: str) -> tuple[int, str] | None:
    """Where an unterminated string, bracketed name or block comment opens, if one does."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "-" and text.startswith("--", i):
            nl = text.find("\n", i)
            i = n if nl == -1 else nl + 1
            continue
        if ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end == -1:
                return i, "comment"
            i = end + 2
            continue
        closer = {"'": "'", "[": "]", '"': '"'}.get(ch)
        if closer is None:
            i += 1
            continue
        j = i + 1
        while True:
            j = text.find(closer, j)
            if j == -1:
                return i, "string" if ch == "'" else "quoted name"
            if text.startswith(closer * 2, j):  # '' and ]] escape themselves
                j += 2
                continue
            break
        i = j + 1
    return None


_LIST_END = {
    T.COMMA,
    T.FROM,
    T.R_PAREN,
    T.WHERE,
    T.GROUP_BY,
    T.ORDER_BY,
    T.HAVING,
    T.UNION,
    T.SEMICOLON,
}
_AFTER_FROM = {T.FROM, T.SELECT, T.WHERE, T.JOIN, T.COMMA, T.ON, T.GROUP_BY, T.ORDER_BY}


def stricter_than_sqlglot(chunk: list[Token]) -> ParseIssue | None:
    """Syntax sqlglot forgives but SQL Server rejects: a dangling comma, ``FROM FROM``, FROM-first queries."""
    for prev, tok in zip(chunk, chunk[1:]):
        if prev.token_type == T.COMMA and tok.token_type in _LIST_END:
            why = f"a list cannot end with a comma before {tok.text!r}"
        elif prev.token_type == T.FROM and tok.token_type in _AFTER_FROM:
            why = f"FROM must be followed by a table, not {tok.text!r}"
        else:
            continue
        col = max(1, tok.col - (tok.end - tok.start))
        return ParseIssue(
            f"syntax error near {tok.text!r}: {why}", tok.line, col, tok.start, tok.end
        )
    return None


# -- positions -------------------------------------------------------------------


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset, clamped to the text.

    >>> line_col("SELECT 1\\nFROM x", 9)
    (2, 1)
    """
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def offset_of(text: str, line: int, col: int) -> int:
    """The offset of a 1-based (line, column), clamped to the text.

    >>> offset_of("SELECT 1\\nFROM x", 2, 6)
    14
    """
    pos = 0
    for _ in range(line - 1):
        nxt = text.find("\n", pos)
        if nxt == -1:
            break
        pos = nxt + 1
    return min(pos + col - 1, len(text))


def start_col(tok: Token) -> tuple[int]:
    # sqlglot's Token.col is the column of the token's last character
    return (max(1, tok.col - (tok.end - tok.start)),)


def span(node: exp.Expr) -> tuple[int, int] | None:
    """(start, end) offsets, inclusive, of every positioned token under a node."""
    starts, ends = [], []
    for n in node.walk():
        m = n._meta
        if m and "start" in m:
            starts.append(m["start"])
            ends.append(m["end"])
    if not starts:
        return None
    return min(starts), max(ends)
