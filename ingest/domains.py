"""Value domains read from text: rule and CHECK conditions, documented value lists.

A bound rule or a single-column CHECK (``[X]='A' OR [X]='B'``, ``IN``, ranges)
gives the exact values or range a column allows; a documented list
(``0=Pending,1=Open``, ``'Y'/'N'``, ``A,H,I (rule ...: A=Active)``) gives values
with their meanings, open when it ends in "...". Which source wins where they
disagree is :mod:`ingest.derive`'s business.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from assistant.catalog import Domain


@lru_cache(maxsize=4096)  # the same rule is bound to hundreds of columns; parse it once
def domain_from_condition(
    text: str, column: str, numeric: bool, integer: bool, source: str
) -> Domain | None:
    """The values or range a CHECK/rule condition allows one column, or None if it is not of that form.

    >>> domain_from_condition("([X]='A' OR [X]='B' OR [X] IS NULL)", "X", False, False, "check").values
    ('A', 'B')
    """
    try:
        tree = sqlglot.parse_one(f"SELECT 1 WHERE {text}", read="tsql").args["where"].this
    except (SqlglotError, KeyError, AttributeError):
        return None
    col = column.lower()

    def is_col(node) -> bool:
        node = _unwrap(node)
        return isinstance(node, exp.Column) and node.name.lower() == col and not node.table

    def literal(node) -> str | None:
        node = _unwrap(node)
        if isinstance(node, exp.Neg) and isinstance(_unwrap(node.this), exp.Literal):
            return "-" + _unwrap(node.this).this
        if isinstance(node, exp.Literal):
            return node.this
        return None

    values: list[str] = []
    low = high = None

    def walk(node) -> bool:
        nonlocal low, high
        node = _unwrap(node)
        if isinstance(node, exp.Or):
            return walk(node.this) and walk(node.expression)
        if (
            isinstance(node, exp.Is)
            and is_col(node.this)
            and isinstance(_unwrap(node.expression), exp.Null)
        ):
            return True
        if isinstance(node, exp.EQ) and is_col(node.this):
            if isinstance(_unwrap(node.expression), exp.Null):
                return True
            v = literal(node.expression)
            if v is None:
                return False
            values.append(v)
            return True
        if isinstance(node, exp.In) and is_col(node.this):
            for e in node.expressions:
                if isinstance(_unwrap(e), exp.Null):
                    continue
                v = literal(e)
                if v is None:
                    return False
                values.append(v)
            return True
        if isinstance(node, (exp.And, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between)):
            bounds = _range(node, is_col, literal, integer)
            if bounds is None:
                return False
            low, high = bounds
            return True
        return False

    if not walk(tree):
        return None
    if values:
        return Domain(values=tuple(dict.fromkeys(values)), numeric=numeric, source=source)
    if low is not None or high is not None:
        return Domain(numeric=True, low=low, high=high, source=source)
    return None


def _unwrap(node):
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def _range(node, is_col, literal, integer):
    low = high = None
    parts = list(node.flatten()) if isinstance(node, exp.And) else [node]
    for p in parts:
        p = _unwrap(p)
        if isinstance(p, exp.Between) and is_col(p.this):
            lo, hi = literal(p.args.get("low")), literal(p.args.get("high"))
            if lo is None or hi is None:
                return None
            low, high = float(lo), float(hi)
            continue
        if not isinstance(p, (exp.GT, exp.GTE, exp.LT, exp.LTE)):
            return None
        left, right = p.this, p.expression
        op = type(p)
        if not is_col(left):
            if not is_col(right):
                return None
            left, right = right, left
            op = {exp.GT: exp.LT, exp.GTE: exp.LTE, exp.LT: exp.GT, exp.LTE: exp.GTE}[op]
        v = literal(right)
        try:
            number = float(v)
        except (TypeError, ValueError):
            return None
        step = 1 if integer else 0
        if op is exp.GT:
            low = number + step
        elif op is exp.GTE:
            low = number
        elif op is exp.LT:
            high = number - step
        else:
            high = number
    return low, high


_PAIR = re.compile(r"^'?([A-Za-z0-9][A-Za-z0-9 ]{0,11}?)'?\s*=\s*(.+)$", re.DOTALL)
_BARE = re.compile(r"^'?([A-Za-z0-9][A-Za-z0-9 ]{0,11}?)'?(?:\s*\(.*\))?$", re.DOTALL)


def _split_top(text: str, seps: str = ",/;") -> list[str]:
    """Split on separators outside parentheses and quotes."""
    parts, depth, quote, cur = [], 0, False, []
    for ch in text:
        if ch == "'":
            quote = not quote
        elif not quote and ch == "(":
            depth += 1
        elif not quote and ch == ")":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0 and not quote:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parse_meanings(text: str) -> list[tuple[str, str]]:
    """The value=meaning pairs of a list, values without a meaning left out.

    >>> parse_meanings("0=false, 1=true, 2")
    [('0', 'false'), ('1', 'true')]
    """
    out = []
    for token in _split_top(text):
        m = _PAIR.match(token)
        if m:
            out.append((m.group(1).strip(), _clean_meaning(m.group(2))))
    return out


def _clean_meaning(text: str) -> str:
    # a parenthesis that names other values is not part of this value's meaning
    text = re.sub(r"\s*\([^()]*=[^()]*\)", "", text).strip()
    return text.rstrip(".").strip()


def parse_documented(text: str, numeric: bool, source: str) -> Domain | None:
    """Documented allowed values with meanings: ``0=Pending,1=Open``; ``A,H,I (rule ...: A=Active)``;
    ``'Y'/'N'``. A list with "..." is open (other values exist).

    >>> d = parse_documented("0=Pending,1=Open,2=Soft Close,3=Hard (final) Close", True, "doc")
    >>> d.values, d.meaning("3"), d.closed
    (('0', '1', '2', '3'), 'Hard (final) Close', True)
    """
    text = text.strip()
    if not text:
        return None
    is_open = "..." in text or "…" in text
    values: list[str] = []
    meanings: dict[str, str] = {}
    # sentences after ';' are commentary ("the JCJM view filters WHERE ...")
    head = _split_top(text, ";")[0] if ";" in text else text
    for token in _split_top(head.replace("...", "").replace("…", ""), ",/"):
        pair, bare = _PAIR.match(token), _BARE.match(token)
        if pair and not bare:
            value, meaning = pair.group(1).strip(), _clean_meaning(pair.group(2))
            values.append(value)
            meanings.setdefault(value, meaning)
        elif bare:
            values.append(bare.group(1).strip())
        # values named inside parentheses: "(others I=Inactive, D=Down)", "(4=Cleared ...)"
        for inner in re.findall(r"\(([^()]*=[^()]*)\)", token):
            for value, meaning in re.findall(
                r"(?<![\w'])'?([A-Za-z0-9]{1,4})'?\s*=\s*([^,;]+)", inner
            ):
                meaning = _clean_meaning(meaning)
                if value not in values and re.fullmatch(r"[A-Za-z0-9]{1,4}", value):
                    values.append(value)
                meanings.setdefault(value, meaning)
    values = [v for v in dict.fromkeys(values) if not numeric or re.fullmatch(r"-?\d+", v)]
    if not values:
        return None
    ordered = tuple((v, meanings[v]) for v in values if meanings.get(v))
    return Domain(
        values=tuple(values),
        meanings=ordered,
        numeric=numeric,
        closed=not is_open,
        source=f"documented {source}",
    )
