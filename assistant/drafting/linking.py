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

The trade's everyday words read as Vista's (``thesaurus``): a client is a customer.

>>> [str(link) for link in question_links("Open contracts with the client name", [jccm, arcm])]
['open = JCCM.ContractStatus = 1', 'customer name = ARCM.Name']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..catalog import Column, DbObject
from ..thesaurus import with_vista_words
from ..vocabulary import split_identifier, stem, words
from .nouns import view_noun
from .plan import (
    Aggregate,
    ColumnRef,
    Compare,
    Number,
    Plan,
    PlanColumn,
    PlanFilter,
    Text,
    refs,
)

MAX_LINKS = 6  # a prompt line, not a second listing

_WORD = re.compile(r"[a-z0-9]+")
_FLAG = ("Y", "N")
# meanings too vague to link on their own ("Other", "None", "Normal" match ordinary prose)
_VAGUE = frozenset({"other", "none", "normal", "no", "yes", "all", "new", "standard", "default"})


@dataclass(frozen=True)
class Link:
    """What the question said, and the column (and, for a code, the literal) it stands for."""

    said: str
    view: str
    column: str
    literal: str | None = None  # ``1``, ``'Y'``; None for a column link

    @property
    def means(self) -> str:
        target = f"{self.view}.{self.column}"
        return f"{target} = {self.literal}" if self.literal is not None else target

    def __str__(self) -> str:
        return f"{self.said} = {self.means}"


def question_links(question: str, views: Iterable[DbObject]) -> list[Link]:
    """The links between ``question`` and ``views``' codes and columns, values first, at most ``MAX_LINKS``."""
    said = _stems(question)
    # read as said, and with Vista's word after each everyday one ("supplier name" is the
    # vendor's name), so that neither reading breaks a phrase of the other ("check number")
    readings = [said] + [alt for alt in [with_vista_words(said)] if alt != said]
    values: list[Link] = []
    columns: list[Link] = []
    named: dict[tuple[str, ...], dict[str, Link]] = {}  # said → the columns it names
    for view in views:
        noun = _noun(view)
        for column in view.columns:
            for reading in readings:
                values += _value_links(reading, view, column)
                if noun:
                    columns += _column_links(reading, noun, view, column)
                found = _named_column(reading, view, column)
                if found is not None:
                    named.setdefault(tuple(_stems(found.said)), {})[found.means] = found
    # a column named by its own words ("credit limit"), when one view alone has it and the words
    # are not part of a flag or code the question names ("restrict bill group" is not BillGroup)
    coded = [_stems(link.said) for link in values]
    columns += [
        next(iter(found.values()))
        for said_words, found in named.items()
        if len(found) == 1 and not any(_inside(list(said_words), c) for c in coded)
    ]
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


def complete_plan(plan: Plan, links: Sequence[Link]) -> tuple[Plan, list[str]]:
    """``plan`` with what the question says plainly and the plan left out, and what was added.

    A small model often drops the filter a question states ("open") or the column it asks for
    ("customer name"). The catalog knows both exactly, so they are added, never guessed:

    - a code filter, when the plan names the code's view, does not filter that column yet, and the
      word links to no other column of the plan's views (ambiguous words are left alone);
    - a linked column, when the plan has no aggregate (a new plain column would change the grouping)
      and does not show it yet.

    >>> from assistant.drafting.plan import parse_plan, render_plan
    >>> links = [Link("open", "JCCM", "ContractStatus", "1"), Link("customer name", "ARCM", "Name")]
    >>> plan, added = complete_plan(parse_plan("SELECT JCCM.Contract"), links)
    >>> print(render_plan(plan))
    SELECT JCCM.Contract, ARCM.Name
    WHERE JCCM.ContractStatus = 1
    >>> added
    ['WHERE JCCM.ContractStatus = 1 (the question says "open")', 'SELECT ARCM.Name (the question says "customer name")']
    """
    views = {v.lower() for v in plan.views}
    filtered = {
        (cond.left.view.lower(), cond.left.column.lower())
        for f in plan.filters
        for cond in f.any_of
        if isinstance(cond.left, ColumnRef)
    }
    shown = {(r.view.lower(), r.column.lower()) for c in plan.columns for r in refs(c.expr)}
    codes = [link for link in links if link.literal is not None and link.view.lower() in views]
    filters = list(plan.filters)
    columns = list(plan.columns)
    added: list[str] = []
    for link in codes:
        key = (link.view.lower(), link.column.lower())
        rivals = {(o.view, o.column) for o in codes if o.said == link.said}
        if key in filtered or len(rivals) > 1:
            continue
        value = (
            Number(link.literal)
            if _is_number(link.literal)
            else Text(link.literal[1:-1].replace("''", "'"))
        )
        filters.append(PlanFilter((Compare(ColumnRef(link.view, link.column), "=", value),)))
        filtered.add(key)
        added.append(f'WHERE {link.means} (the question says "{link.said}")')
    if not any(isinstance(c.expr, Aggregate) for c in plan.columns):
        for link in links:
            key = (link.view.lower(), link.column.lower())
            if link.literal is None and key not in shown:
                columns.append(PlanColumn(ColumnRef(link.view, link.column)))
                shown.add(key)
                added.append(f'SELECT {link.means} (the question says "{link.said}")')
    if not added:
        return plan, []
    return replace(plan, columns=tuple(columns), filters=tuple(filters)), added


def _is_number(text: str) -> bool:
    return not text.startswith("'")


def _value_links(said: list[str], view: DbObject, column: Column) -> list[Link]:
    domain = column.domain
    if domain is None or not domain.values:
        return []
    if tuple(sorted(domain.values)) == tuple(sorted(_FLAG)) and not domain.meanings:
        name = column.name[:-2] if column.name.upper().endswith("YN") else column.name
        words = [stem(w.lower()) for w in split_identifier(name)] if name else []
        at = _where(said, words, negated_too=True) if words else None
        if at is not None:
            said_words = " ".join(w.lower() for w in split_identifier(name))
            return [Link(said_words, view.name, column.name, _flag_literal(said, at, len(words)))]
        return []
    out = []
    for code, meaning in domain.meanings:
        words = [stem(w) for w in _WORD.findall(re.sub(r"\(.*?\)", "", meaning).lower())]
        if not words or (len(words) == 1 and words[0] in _VAGUE):
            continue
        if _contains(said, words):
            literal = code if domain.numeric else "'" + code.replace("'", "''") + "'"
            out.append(Link(meaning.lower(), view.name, column.name, literal))
    return out


def _column_links(said: list[str], noun: str, view: DbObject, column: Column) -> list[Link]:
    """``noun``: what people call the view, as a word ("customer"); matched by its stem."""
    words = [stem(w.lower()) for w in split_identifier(column.name) if len(w) > 1]
    if not words or words == [stem(noun)]:
        return []
    if _contains(said, [stem(noun), *words]):
        said_words = " ".join([noun, *(w.lower() for w in split_identifier(column.name))])
        return [Link(said_words, view.name, column.name)]
    return []


def _named_column(said: list[str], view: DbObject, column: Column) -> Link | None:
    """A column whose name, written out in two words or more, the question says ("credit limit" is
    ``CreditLimit``, "invoice total" ``InvTotal``). Yes/no flags are filters, linked as values."""
    if column.domain is not None and column.domain.values:
        return None
    written = words(column.name).split()
    if len(written) < 2 or not _contains(said, [stem(w) for w in written]):
        return None
    return Link(" ".join(written), view.name, column.name)


def _noun(view: DbObject) -> str:
    """The last word of what people call the view, singular: ``customer`` for "AR Customer Master"."""
    words = [w for w in _WORD.findall(view_noun(view).lower()) if w not in ("master", "header")]
    return stem(words[-1], verb_endings=False) if words else ""


def _stems(text: str) -> list[str]:
    """The stems of a text's words; a possessive is its noun ("customer's name": customer, name)."""
    return [stem(w) for w in _WORD.findall(re.sub(r"['\u2019]s\b", "", text.lower()))]


def _inside(part: list[str], whole: list[str]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


_NEGATIONS = frozenset({"not", "non", "no", "never", "without", "except", "excluding"})
# what may follow a flag's name to give its value: "auto init set to No", "taxable = yes"
_SET_TO = (("set", "to"), ("is",), ("are",), ("equal",), ("equal", "to"), ())
_NO = frozenset({"no", "n", "false", "off"})
_YES = frozenset({"yes", "y", "true", "on"})


def _negated(said: list[str], i: int) -> bool:
    """Whether one of the two words before position ``i`` negates it ("not open", "not marked taxable")."""
    return any(w in _NEGATIONS for w in said[max(0, i - 2) : i])


def _where(said: list[str], words: list[str], *, negated_too: bool = False) -> int | None:
    """Where ``words`` first occur in ``said``, in order and next to each other; a negated occurrence
    counts only with ``negated_too`` (a flag's value can be "no", a code's cannot)."""
    n = len(words)
    for i in range(len(said) - n + 1):
        if said[i : i + n] == words and (negated_too or not _negated(said, i)):
            return i
    return None


def _contains(said: list[str], words: list[str]) -> bool:
    """Whether ``words`` occur in ``said`` in order, next to each other, and not negated ("not open")."""
    return _where(said, words) is not None


def _flag_literal(said: list[str], at: int, n: int) -> str:
    """The value a question gives a yes/no flag named at ``said[at:at + n]``: ``'N'`` when it says
    "set to No" after the name or a negation before it ("not marked taxable"), else ``'Y'``."""
    after = said[at + n : at + n + 4]
    for lead in _SET_TO:
        value = (
            after[len(lead)] if after[: len(lead)] == list(lead) and len(after) > len(lead) else ""
        )
        if value in _NO:
            return "'N'"
        if value in _YES:
            return "'Y'"
    return "'N'" if _negated(said, at) else "'Y'"
