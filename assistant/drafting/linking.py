"""Value and column linking: the question's words that name a documented code or a view's column.

A small model reads "open" in a question and must write ``JCCM.ContractStatus = 1``; it sees the
code list in the view listing but often fails to connect the two. Text-to-SQL systems link
values and columns before decoding (IRNet, RESDSQL); so do we, from the catalog alone:

- a coded column's documented meaning whose words all occur in the question
  ("open" → ``ContractStatus = 1``, "soft close" → ``= 2``, "on hold" → ``ARCM.Status = 'H'``);
- a ``bYN`` flag whose name (without ``YN``) occurs in the question ("active" → ``ActiveYN = 'Y'``);
- a view's noun followed by one of its column's words ("customer name" → ``ARCM.Name``).

The links are hints in the prompt (``Terms:``), never facts: the model may ignore them, and
the grammar still decides what can be written.

>>> from assistant.catalog import Column, DbObject, Domain
>>> status = Domain(values=("0", "1"), meanings=(("0", "Pending"), ("1", "Open")), numeric=True)
>>> jccm = DbObject("JCCM", "view", columns=(Column("Contract", "bContract", "varchar(10)"),
...     Column("ContractStatus", "tinyint", "tinyint", domain=status)))
>>> arcm = DbObject("ARCM", "view", description="AR Customer Master", module="AR",
...     columns=(Column("Customer", "bCustomer", "int"), Column("Name", "varchar(60)", "varchar(60)")))
>>> [str(link) for link in question_links("Open contracts with the customer name", [jccm, arcm])]
['open = JCCM.ContractStatus = 1', 'customer name = ARCM.Name']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..catalog import Column, DbObject
from ..vocabulary import split_identifier, stem

MAX_LINKS = 6  # a prompt line, not a second listing

_WORD = re.compile(r"[a-z0-9]+")
_FLAG = ("Y", "N")
# meanings too vague to link on their own ("Other", "None", "Normal" match ordinary prose)
_VAGUE = frozenset({"other", "none", "normal", "no", "yes", "all", "new", "standard", "default"})


@dataclass(frozen=True)
class Link:
    """What the question said, and the plan text it stands for."""

    said: str
    means: str

    def __str__(self) -> str:
        return f"{self.said} = {self.means}"


def question_links(question: str, views: Iterable[DbObject]) -> list[Link]:
    """The links between ``question`` and ``views``' codes and columns, values first, at most ``MAX_LINKS``."""
    said = _stems(question)
    values: list[Link] = []
    columns: list[Link] = []
    for view in views:
        noun = _noun_stem(view)
        for column in view.columns:
            values += _value_links(said, view, column)
            if noun:
                columns += _column_links(said, noun, view, column)
    seen: set[str] = set()
    out: list[Link] = []
    for link in values + columns:
        if link.means not in seen:
            seen.add(link.means)
            out.append(link)
    return out[:MAX_LINKS]


def links_line(links: Iterable[Link]) -> str:
    """``Terms: open = JCCM.ContractStatus = 1; customer name = ARCM.Name`` (empty without links)."""
    text = "; ".join(str(link) for link in links)
    return f"Terms: {text}" if text else ""


def _value_links(said: list[str], view: DbObject, column: Column) -> list[Link]:
    domain = column.domain
    if domain is None or not domain.values:
        return []
    target = f"{view.name}.{column.name}"
    if tuple(sorted(domain.values)) == tuple(sorted(_FLAG)) and not domain.meanings:
        name = column.name[:-2] if column.name.upper().endswith("YN") else ""
        words = [stem(w.lower()) for w in split_identifier(name)] if name else []
        if words and _contains(said, words):
            return [Link(" ".join(w.lower() for w in split_identifier(name)), f"{target} = 'Y'")]
        return []
    out = []
    for code, meaning in domain.meanings:
        words = [stem(w) for w in _WORD.findall(re.sub(r"\(.*?\)", "", meaning).lower())]
        if not words or (len(words) == 1 and words[0] in _VAGUE):
            continue
        if _contains(said, words):
            literal = code if domain.numeric else "'" + code.replace("'", "''") + "'"
            out.append(Link(meaning.lower(), f"{target} = {literal}"))
    return out


def _column_links(said: list[str], noun: str, view: DbObject, column: Column) -> list[Link]:
    words = [stem(w.lower()) for w in split_identifier(column.name) if len(w) > 1]
    if not words or words == [noun]:
        return []
    if _contains(said, [noun, *words]):
        return [
            Link(
                " ".join([noun, *(w.lower() for w in split_identifier(column.name))]),
                f"{view.name}.{column.name}",
            )
        ]
    return []


def _noun_stem(view: DbObject) -> str:
    """The last word of what people call the view, stemmed: ``customer`` for "AR Customer Master"."""
    from .plan_prompt import view_noun

    words = [w for w in _WORD.findall(view_noun(view).lower()) if w not in ("master", "header")]
    return stem(words[-1]) if words else ""


def _stems(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text.lower())]


def _contains(said: list[str], words: list[str]) -> bool:
    """Whether ``words`` occur in ``said`` in order, next to each other."""
    n = len(words)
    return any(said[i : i + n] == words for i in range(len(said) - n + 1))
