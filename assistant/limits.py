"""Input limits: how much text one query, chat message or upload may hold.

A 5 MB query took 39 s and 1 GB of memory to validate, and one 869 KB chat paste
took the server to 1.7 GB; so the CLI and the chat refuse input over the
``max_query_bytes`` setting (UTF-8 bytes, 256 KB by default) with a message that
says the limit and how to change it, before any parsing happens.
"""

from __future__ import annotations

from .errors import InputError


def size_problem(size: int, limit: int, what: str = "the query") -> str | None:
    """Why ``size`` bytes of input are refused, or None when they are within ``limit``.

    >>> size_problem(300_000, 262_144)
    'the query is 300,000 bytes, over the limit of 262,144 bytes (setting max_query_bytes)'
    >>> size_problem(10, 262_144) is None
    True
    """
    if size <= limit:
        return None
    return f"{what} is {size:,} bytes, over the limit of {limit:,} bytes (setting max_query_bytes)"


def text_size(text: str) -> int:
    """The size of a text as the limit counts it: UTF-8 bytes (cheap for ASCII, exact for the rest)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def check_query_size(
    text: str, limit: int, *, what: str = "the query", file: str | None = None
) -> str:
    """``text`` itself, or an :class:`InputError` (exit 2 in the CLI) when it is over ``limit``."""
    problem = size_problem(text_size(text), limit, what)
    if problem:
        raise InputError(problem, file=file)
    return text
