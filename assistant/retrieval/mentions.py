"""Lookup masters a question mentions: "the vendor's name" on AP lines is ``APVM``, "the job's project manager" ``JCMP``.

A report question names its anchor table and then, by one word each, the masters
behind the anchor's columns: the vendor, the job, the department, the company. The
ranking finds the anchor; this module finds the masters, from the catalog alone:

* a table's **title** is what its rows are: the documented description when it is
  short ("AP Vendor Master"), else the "one row per ..." part of a derived one, and
  the name in words (``PMSubmittalPackage``);
* a link from a chosen table to a master (``links``: a column holding the master's
  key) is **mentioned** when a word of the question is a word of the link's column
  (``ProjectMgr``: project, manager) or of the master's title, and is not a word of
  the chosen table's own title ("job phases" do not mention the job master);
* each word pulls one master at most, the one behind the best-ranked table (so
  "vendor" brings ``APVM`` once, not every vendor-keyed table), and a master pulled
  in is followed in turn (invoice line → job → project manager), for a few rounds.

The other way round works the same: a question about a master may name, by its whole
title, a table that holds the master's key ("the insurance template of each job":
``JCTN`` is found, and "job" names ``JCJM``, whose ``InsTemplate`` column points at it).
Only a title the question says in full counts there, as many tables point at a master.

Everything here is a pure function of the links, the titles and the question's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from ..catalog import DbObject
from ..vocabulary import MODULES, split_identifier, tokens, words, written_out
from .links import Link

SHORT_TITLE = 8  # words: a longer documented description is prose, not a title
_ROW_PER = re.compile(r"one row per ([^.;:()]+)", re.IGNORECASE)
# words every title has ("master", "detail") or that a question uses about any table
_TITLE_NOISE = frozenset({"master", "detail", "header", "row", "one", "table", "file"})


@dataclass(frozen=True)
class Mention:
    """A master pulled in because the question names it from a chosen table."""

    target: str
    source: str  # the chosen table whose link leads to it
    words: tuple[str, ...]  # the question's words that name it
    strength: float  # their summed idf


def title_terms(obj: DbObject, info: DbObject, name_in_words: str) -> frozenset[str]:
    """The words that say what a table's rows are (no module codes, no words every title has)."""
    described, derived = obj.about if obj.about[0] else info.about
    text = ""
    if derived:
        found = _ROW_PER.search(described)
        text = found.group(1).replace(" and ", " ") if found else ""
    else:
        # a long gloss is prose: "JC Override Projections (projected job cost override by month)"
        for named in (described, re.sub(r"\s*\(.*", "", described)):
            if named and len(named.split()) <= SHORT_TITLE:
                text = written_out(named)  # "HQ Matls" is said "materials"
                break
    found_terms = set(tokens(f"{text} {name_in_words}"))
    return frozenset(t for t in found_terms if t.upper() not in MODULES and t not in _TITLE_NOISE)


def link_terms(link: Link, siblings: Iterable[Link] = ()) -> frozenset[str]:
    """The words of the columns that carry a link (``ProjectMgr`` → project, manager), without
    module codes: ``JCCo`` says "company", not "job cost".

    A column that carries another of the table's links on its own is left out when others are
    left (``siblings``: the table's links): PREH's Craft and Class lead to the class (PRCC), but
    Craft alone leads to the craft (PRCM), so "the class description" names PRCC.
    """
    naming = set(link.naming)
    for other in siblings:
        if other is not link and set(other.naming) < naming:
            naming -= set(other.naming)
    columns = [c for c in link.naming if c in naming] or list(link.naming)
    parts = [p for c in columns for p in split_identifier(c) if p.upper() not in MODULES]
    return frozenset(tokens(" ".join(words(p) for p in parts)))


def _says(asked: set[str], whole: frozenset[str]) -> bool:
    """Whether the question says every word of a name (a link's column or a title), and it has any."""
    return bool(whole) and whole <= asked


def mentioned_masters(
    asked: set[str],
    chosen: list[str],
    up: dict[str, list[Link]],
    titles: dict[str, frozenset[str]],
    idf: Callable[[str], float],
    min_idf: float,
    rounds: int = 2,
) -> list[Mention]:
    """The masters the question names behind the ``chosen`` tables (best first), following pulled masters ``rounds`` deep."""
    used: set[str] = set()  # question words that already pulled a master
    have = {c.lower() for c in chosen}
    out: list[Mention] = []
    frontier = list(chosen)
    for _ in range(rounds):
        pulled: list[str] = []
        for source in frontier:
            own = titles.get(source, frozenset())
            offers = []
            links = up.get(source.lower(), ())
            for link in links:
                target = link.target
                if target.lower() in have:
                    continue
                title = titles.get(target, frozenset())
                column = link_terms(link, links)
                named = set()
                for whole in (column, title):
                    if _says(asked, whole):
                        named |= whole
                new = tuple(sorted(w for w in named - own - used if idf(w) >= min_idf))
                if new:
                    # the most exact name first: "job" is JCJM's whole title, a word of EMJT's
                    offers.append((len(title - named), -len(new), target, new))
            for _, _, target, new in sorted(offers):
                if _take(target, new, have, used):
                    pulled.append(target)
                    out.append(Mention(target, source, new, sum(idf(w) for w in new)))
        if not pulled:
            break
        frontier = pulled
    return out


def mentioned_referrers(
    asked: set[str],
    chosen: list[str],
    into: dict[str, list[Link]],
    titles: dict[str, frozenset[str]],
    idf: Callable[[str], float],
    min_idf: float,
) -> list[Mention]:
    """Tables that point at a ``chosen`` one and whose whole title the question says (best first).

    ``into``: each object's incoming links (lower-case target → links). Each word names
    one table at most, the one with the shortest title behind the best-ranked table.
    """
    used: set[str] = set()
    have = {c.lower() for c in chosen}
    out: list[Mention] = []
    for target in chosen:
        own = titles.get(target, frozenset())
        offers = []
        for link in into.get(target.lower(), ()):
            source = link.source
            title = titles.get(source, frozenset())
            if source.lower() in have or not _says(asked, title):
                continue
            new = tuple(sorted(w for w in title - own - used if idf(w) >= min_idf))
            if new and len(new) == len(title - own):
                offers.append((len(title), source, new))
        for _, source, new in sorted(offers):
            if _take(source, new, have, used):
                out.append(Mention(source, target, new, sum(idf(w) for w in new)))
    return out


def _take(name: str, new: tuple[str, ...], have: set[str], used: set[str]) -> bool:
    """Take ``name`` unless it is already in, or one of its words already named another table."""
    if name.lower() in have or used.intersection(new):
        return False
    used.update(new)
    have.add(name.lower())
    return True
