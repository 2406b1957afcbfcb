"""Read plan text into a ``Plan``; a syntax error names its line and column.

The parser is lenient where a model's text may vary harmlessly (keyword case,
spaces, blank lines, ``!=`` for ``<>``, ``ASC``) and strict on structure: one
clause per line, in the order SELECT, WHERE/AND, HAVING/AND, ORDER BY, COMPANY,
PARAM. It knows no catalog: whether ``JCCM.Nme`` exists is the compiler's
question, so this module has no I/O and no schema.

>>> parse_plan("SELECT JCCM.Contract\\nWHERE JCCM.ContractStatus IN (1, 2)").filters[0].any_of[0].values
(Number(text='1'), Number(text='2'))
>>> parse_plan("SELECT JCCM.Contract\\nWHERE JCCM.ContractStatus ==")
Traceback (most recent call last):
...
assistant.drafting.plan_parser.PlanSyntaxError: line 2, col 28: expected a value, found '='
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError


class PlanSyntaxError(InputError):
    """Plan text that does not parse; ``line`` and ``col`` (1-based) point at the offending token."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(f"line {line}, col {col}: {message}", line=line)
        self.col = col
        self.reason = message


@dataclass(frozen=True)
class Token:
    kind: str  # WORD NUMBER MONTH STRING PARAM OP NL EOF
    text: str
    line: int
    col: int

    @property
    def pos(self) -> P.Pos:
        return (self.line, self.col)

    @property
    def upper(self) -> str:
        return self.text.upper()


_TOKEN = re.compile(
    r"(?P<NL>\n)|(?P<WS>[ \t\r]+)"
    r"|(?P<STRING>'(?:[^'\n]|'')*')"
    r"|(?P<PARAM>@[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<MONTH>\d{4}-\d{2}(?![\d.]))"
    r"|(?P<NUMBER>\d+(?:\.\d+)?)"
    r"|(?P<WORD>[A-Za-z_][A-Za-z0-9_$#]*)"
    r"|(?P<OP><>|!=|<=|>=|[=<>+\-*/(),.])"
)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    line, line_start, i = 1, 0, 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None:
            raise PlanSyntaxError(f"unexpected character {text[i]!r}", line, i - line_start + 1)
        kind = m.lastgroup
        if kind == "NL":
            tokens.append(Token("NL", "\n", line, i - line_start + 1))
            line, line_start = line + 1, m.end()
        elif kind != "WS":
            tokens.append(Token(kind, m.group(), line, i - line_start + 1))
        i = m.end()
    tokens.append(Token("EOF", "", line, len(text) - line_start + 1))
    return tokens


# clause order: each clause may follow only those before it
_ORDER = {"SELECT": 0, "WHERE": 1, "HAVING": 2, "ORDER": 3, "COMPANY": 4, "PARAM": 5}


def parse_plan(text: str) -> P.Plan:
    """Parse plan text (see ``docs/plan.md``); raises ``PlanSyntaxError`` at the first problem."""
    return _Parser(tokenize(text)).plan()


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0

    # -- token helpers ----------------------------------------------------------

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def next(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def error(self, expected: str, tok: Token | None = None) -> PlanSyntaxError:
        tok = tok or self.tok
        found = "the end of the line" if tok.kind in ("NL", "EOF") else repr(tok.text)
        return PlanSyntaxError(f"expected {expected}, found {found}", tok.line, tok.col)

    def at_word(self, *words: str) -> bool:
        return self.tok.kind == "WORD" and self.tok.upper in words

    def at_op(self, *ops: str) -> bool:
        return self.tok.kind == "OP" and self.tok.text in ops

    def word(self, *words: str) -> Token:
        if not self.at_word(*words):
            raise self.error(" or ".join(words))
        return self.next()

    def op(self, text: str) -> Token:
        if not self.at_op(text):
            raise self.error(repr(text))
        return self.next()

    def end_of_line(self) -> None:
        if self.tok.kind not in ("NL", "EOF"):
            raise self.error("the end of the line")

    # -- clauses ---------------------------------------------------------------------

    def plan(self) -> P.Plan:
        parts: dict = {
            "columns": (),
            "filters": [],
            "having": [],
            "order": (),
            "top": None,
            "distinct": False,
            "companies": (),
            "params": [],
        }
        stage, block = -1, None
        while True:
            while self.tok.kind == "NL":
                self.next()
            if self.tok.kind == "EOF":
                break
            start = self.tok
            if not self.at_word("SELECT", "WHERE", "AND", "HAVING", "ORDER", "COMPANY", "PARAM"):
                raise self.error(
                    "SELECT, WHERE, AND, HAVING, ORDER BY, COMPANY or PARAM at the start of a line"
                )
            key = start.upper
            if key == "AND":
                if block is None or stage != _ORDER[block]:
                    raise PlanSyntaxError(
                        "AND must continue a WHERE or HAVING line", start.line, start.col
                    )
                self.next()
                parts["filters" if block == "WHERE" else "having"].append(self.filter_line(start))
                self.end_of_line()
                continue
            rank = _ORDER[key]
            if rank < stage or (rank == stage and key != "PARAM"):
                raise PlanSyntaxError(
                    f"{key if key != 'ORDER' else 'ORDER BY'} is out of place: "
                    "clauses go SELECT, WHERE, HAVING, ORDER BY, COMPANY, PARAM",
                    start.line,
                    start.col,
                )
            if stage < 0 and key != "SELECT":
                raise PlanSyntaxError("a plan starts with SELECT", start.line, start.col)
            stage, block = rank, key if key in ("WHERE", "HAVING") else None
            self.next()
            if key == "SELECT":
                self.select(parts)
            elif key in ("WHERE", "HAVING"):
                parts["filters" if key == "WHERE" else "having"].append(self.filter_line(start))
            elif key == "ORDER":
                self.word("BY")
                parts["order"] = self.comma_list(self.order_item)
            elif key == "COMPANY":
                parts["companies"] = self.comma_list(self.company)
            else:
                parts["params"].append(self.param_value())
            self.end_of_line()
        if not parts["columns"]:
            raise PlanSyntaxError("a plan starts with SELECT", self.tok.line, self.tok.col)
        return P.Plan(
            parts["columns"],
            tuple(parts["filters"]),
            tuple(parts["having"]),
            parts["order"],
            parts["top"],
            parts["distinct"],
            parts["companies"],
            tuple(parts["params"]),
        )

    def comma_list(self, item) -> tuple:
        items = [item()]
        while self.at_op(","):
            self.next()
            items.append(item())
        return tuple(items)

    def select(self, parts: dict) -> None:
        if self.at_word("DISTINCT"):
            self.next()
            parts["distinct"] = True
        if self.at_word("TOP"):
            self.next()
            paren = self.at_op("(")
            if paren:
                self.next()
            if self.tok.kind != "NUMBER" or not self.tok.text.isdigit() or int(self.tok.text) < 1:
                raise self.error("a row count after TOP")
            parts["top"] = int(self.next().text)
            if paren:
                self.op(")")
        parts["columns"] = self.comma_list(self.select_item)

    def select_item(self) -> P.PlanColumn:
        expr = self.expr()
        if self.at_word("AS"):
            self.next()
            if self.tok.kind != "WORD":
                raise self.error("a column heading after AS")
            return P.PlanColumn(expr, self.next().text)
        return P.PlanColumn(expr)

    def order_item(self) -> P.OrderItem:
        expr = self.expr()
        if self.at_word("ASC", "DESC"):
            return P.OrderItem(expr, self.next().upper == "DESC")
        return P.OrderItem(expr)

    def company(self) -> int:
        if self.tok.kind != "NUMBER" or not self.tok.text.isdigit():
            raise self.error("a company number")
        return int(self.next().text)

    def param_value(self) -> P.ParamValue:
        if self.tok.kind != "PARAM":
            raise self.error("a parameter such as @Job")
        name = self.next().text[1:]
        self.op("=")
        value = self.value()
        if not isinstance(value, (P.Number, P.Text)):
            raise self.error("a number or a quoted string")
        return P.ParamValue(name, value)

    # -- conditions --------------------------------------------------------------------

    def filter_line(self, start: Token) -> P.PlanFilter:
        conditions = [self.condition()]
        while self.at_word("OR"):
            self.next()
            conditions.append(self.condition())
        return P.PlanFilter(tuple(conditions), start.pos)

    def condition(self) -> P.Condition:
        left = self.expr()
        if self.at_word("DURING"):
            if not isinstance(left, P.ColumnRef):
                raise self.error("a month column before DURING")
            self.next()
            return P.During(left, self.period())
        if self.at_word("IS"):
            self.next()
            negated = self.at_word("NOT")
            if negated:
                self.next()
            self.word("NULL")
            return P.IsNull(left, negated)
        negated = self.at_word("NOT")
        if negated:
            self.next()
            if not self.at_word("IN", "LIKE"):
                raise self.error("IN or LIKE after NOT")
        if self.at_word("IN"):
            self.next()
            self.op("(")
            values = self.comma_list(self.value)
            self.op(")")
            return P.InList(left, values, negated)
        if self.at_word("LIKE"):
            self.next()
            pattern = self.value()
            if not isinstance(pattern, (P.Text, P.Param)):
                raise self.error("a quoted pattern or a parameter after LIKE")
            return P.Like(left, pattern, negated)
        if self.at_word("BETWEEN"):
            self.next()
            low = self.value()
            self.word("AND")
            return P.Between(left, low, self.value())
        if self.tok.kind == "OP" and self.tok.text in (*P.COMPARISONS, "!="):
            op = self.next().text
            return P.Compare(left, "<>" if op == "!=" else op, self.value())
        raise self.error("a comparison, IN, BETWEEN, LIKE, IS NULL or DURING")

    def period(self) -> P.Period:
        if self.at_word("YTD"):
            self.next()
            return P.Period("ytd")
        if self.tok.kind == "NUMBER" and re.fullmatch(r"\d{4}", self.tok.text):
            return P.Period("year", self.next().text)
        if self.tok.kind == "MONTH":
            first = self.next().text
            _month(first, self.tokens[self.i - 1])
            if not self.at_word("TO"):
                return P.Period("month", first)
            self.next()
            if self.tok.kind != "MONTH":
                raise self.error("a month such as 2024-06 after TO")
            last = self.next().text
            _month(last, self.tokens[self.i - 1])
            if last < first:
                tok = self.tokens[self.i - 1]
                raise PlanSyntaxError(
                    f"the period ends ({last}) before it starts ({first})", tok.line, tok.col
                )
            return P.Period("range", first, last)
        raise self.error("a year (2024), a month (2024-05), a range (2024-01 TO 2024-06) or YTD")

    def value(self) -> P.Value:
        tok = self.tok
        if tok.kind == "STRING":
            self.next()
            return P.Text(tok.text[1:-1].replace("''", "'"), tok.pos)
        if tok.kind == "PARAM":
            self.next()
            return P.Param(tok.text[1:], tok.pos)
        if (
            tok.kind == "NUMBER"
            or (self.at_op("-") and self.tokens[self.i + 1].kind == "NUMBER")
            or tok.kind == "WORD"
        ):
            return self.expr()
        raise self.error("a value")

    # -- expressions ---------------------------------------------------------------------

    def expr(self) -> P.Expr:
        start = self.tok
        terms, ops = [self.term()], []
        while self.tok.kind == "OP" and self.tok.text in P.ARITHMETIC:
            ops.append(self.next().text)
            terms.append(self.term())
        return terms[0] if not ops else P.Arith(tuple(terms), tuple(ops), start.pos)

    def term(self) -> P.Expr:
        tok = self.tok
        if tok.kind == "NUMBER":
            self.next()
            return P.Number(tok.text, tok.pos)
        if self.at_op("-") and self.tokens[self.i + 1].kind == "NUMBER":
            self.next()
            return P.Number("-" + self.next().text, tok.pos)
        if tok.kind != "WORD":
            raise self.error("a View.Column, an aggregate or a number")
        name = tok.upper
        if (
            name in P.AGGREGATES
            and self.tokens[self.i + 1].kind == "OP"
            and self.tokens[self.i + 1].text == "("
        ):
            self.next()
            self.op("(")
            if name == "COUNT" and self.at_op("*"):
                self.next()
                self.op(")")
                return P.Aggregate("COUNT", None, tok.pos)
            func = name
            if self.at_word("DISTINCT"):
                if name != "COUNT":
                    raise self.error(f"an expression inside {name}(...)")
                self.next()
                func = "COUNT DISTINCT"
                arg = self.column_ref()
            else:
                arg = self.expr()
            self.op(")")
            return P.Aggregate(func, arg, tok.pos)
        if name == "MEANING" and self.tokens[self.i + 1].text == "(":
            self.next()
            self.op("(")
            column = self.column_ref()
            self.op(")")
            return P.Meaning(column, tok.pos)
        return self.column_ref()

    def column_ref(self) -> P.ColumnRef:
        tok = self.tok
        if (
            tok.kind != "WORD"
            or self.tokens[self.i + 1].text != "."
            or self.tokens[self.i + 2].kind != "WORD"
        ):
            raise self.error("View.Column")
        self.i += 3
        return P.ColumnRef(tok.text, self.tokens[self.i - 1].text, tok.pos)


def _month(text: str, tok: Token) -> None:
    if not 1 <= int(text[5:]) <= 12:
        raise PlanSyntaxError(f"{text} is not a month", tok.line, tok.col)


# Last, because ``plan`` re-exports this module's names: whichever of the two is imported first,
# the other then finds what it needs (the functions above read ``P`` only when called).
from . import plan as P  # noqa: E402
