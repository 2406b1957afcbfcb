"""Tell a pasted query from a question, and pull the SQL out of a chat message.

A user may paste SQL bare, in a fenced block, or after an explicit "review"
prefix; everything else is a question for the drafting flow. English can start
like SQL ("select the open contracts…"), so a leading keyword alone is not
enough: the text must also parse, or carry SQL punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import sqlglot
from sqlglot.errors import ParseError, TokenError

Intent = Literal["review", "lookup", "question"]

_FENCE = re.compile(r"```[ \t]*(?:t?sql|mssql|tsql)?[ \t]*\n(.*?)```", re.IGNORECASE | re.DOTALL)
_REVIEW_PREFIX = re.compile(
    r"^\s*(?:/review\b|review\b(?:\s+(?:this|my|the))?(?:\s+(?:legacy|old))?(?:\s+(?:query|sql))?)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_SQL_START = re.compile(
    r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*"  # leading comments
    r"(select|with|declare|set|insert|update|delete|merge|exec|execute|create|alter|drop|"
    r"truncate|grant|revoke|use|if|begin)\b",
    re.IGNORECASE | re.DOTALL,
)
# Punctuation and shapes that English questions do not carry.
_SQL_SIGNS = re.compile(
    r"[=<>(*;@\[\]]|\w\.\w|\bfrom\s+\[?(?:dbo\.)?\w+\]?\s*(?:$|\w+\s*$|\bwhere\b|\bjoin\b)",
    re.IGNORECASE,
)
_LOOKUP = re.compile(
    r"^\s*(?:which|what)\s+(?:table|view|tables|views|column|columns)\b|"
    r"^\s*where\s+(?:is|are|do|does|can)\b.*\b(?:stored|kept|held|found)\b|"
    r"\b(?:which|what)\s+(?:table|view)s?\s+(?:holds?|has|have|contains?|stores?|keeps?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parsed:
    """What a message asks for, and the text to work on."""

    intent: Intent
    text: str  # the SQL for a review, the question otherwise
    question: str = ""  # words around a pasted query, kept as the review's question


def classify(message: str, *, force_review: bool = False) -> Parsed:
    """Decide whether a message is a query to review, a schema look-up, or a question.

    >>> classify("SELECT Status FROM APTH").intent
    'review'
    >>> classify("list open contracts for company 1 with billed to date").intent
    'question'
    >>> classify("Which table holds the vendor name?").intent
    'lookup'
    """
    text = message.strip()
    fenced = _FENCE.search(text)
    if fenced:
        sql = fenced.group(1).strip()
        around = (text[: fenced.start()] + " " + text[fenced.end() :]).strip()
        around = _REVIEW_PREFIX.sub("", around).strip(" :\n")
        return Parsed("review", sql, around)
    prefixed = _REVIEW_PREFIX.match(text)
    if prefixed and prefixed.end() < len(text) and looks_like_sql(text[prefixed.end() :]):
        return Parsed("review", text[prefixed.end() :].strip())
    if force_review or looks_like_sql(text):
        return Parsed("review", text)
    if _LOOKUP.search(text):
        return Parsed("lookup", text)
    return Parsed("question", text)


def looks_like_sql(text: str) -> bool:
    """True for T-SQL by its shape: a statement keyword first, and it parses or looks like code.

    >>> looks_like_sql("select all open contracts for company 1")
    False
    >>> looks_like_sql("SELECT Status FROM APTH")
    True
    >>> looks_like_sql("DELETE FROM APTH WHERE APCo = 1")
    True
    """
    if not _SQL_START.match(text):
        return False
    if text.rstrip().endswith("?") and "\n" not in text.strip():
        return False
    signs = bool(_SQL_SIGNS.search(text))
    if _parses(text):
        # "select open contracts" parses as SELECT open AS contracts: plain words
        # with no FROM and no punctuation are English.
        return (
            signs
            or bool(re.search(r"\bfrom\b", text, re.IGNORECASE))
            or not re.fullmatch(r"[\w\s,]+", text)
        )
    return signs or text.count("\n") >= 2


def _parses(text: str) -> bool:
    try:
        statements = sqlglot.parse(text, read="tsql")
    except (ParseError, TokenError, ValueError, RecursionError):
        return False
    except Exception:  # sqlglot raises assorted errors on odd input; treat them as "not SQL"
        return False
    return any(s is not None for s in statements)
