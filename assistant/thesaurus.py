"""The everyday words of construction accounting → the words Vista's tables use for the same things.

A question says "supplier", "payee" or "subcontractor"; every Vista table says ``Vendor``. It says
"union", Vista says ``Craft``; "machine" or "truck", Vista says ``Equipment``; "markup", Vista's PM
says ``Addon``. Neither the column names nor the documented descriptions carry these words, so
word matching cannot join them, and the embedder only sometimes does.

This table is the trade's vocabulary, not any one customer's: a customer's own terms belong in
the glossary the user owns (``_ai_orchestration/reference/glossary.md``), which can say far more
(tables, columns, filters). Retrieval adds the Vista words of every entry a question uses to the
question's words (``synonyms``); the user's own word is still what the reasons show.

Entries go one way, everyday → Vista, and only where the everyday word means the Vista thing in
every module: "unit" (equipment? of measure?) and "owner" (customer? project owner firm?) are left
out on purpose.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from .vocabulary import tokens

# everyday word or phrase → the Vista word(s) for it
EVERYDAY: dict[str, str] = {
    # the parties
    "supplier": "vendor",
    "payee": "vendor",
    "subcontractor": "vendor subcontract",
    "seller": "vendor",
    "client": "customer",
    "payer": "customer",
    "worker": "employee",
    "staff": "employee",
    "laborer": "employee",
    "mechanic": "employee",
    "technician": "employee",
    "union": "craft",
    "trade": "craft",
    # what they deal in
    "machine": "equipment",
    "truck": "equipment",
    "vehicle": "equipment",
    "fleet": "equipment",
    "part": "material",  # the parts a work order uses are materials (EMWP.Material → HQMT)
    "warehouse": "inventory location",
    "stockroom": "inventory location",
    "markup": "addon",
    "cost code": "phase",
    "budget": "estimate",
    "retention": "retainage",
    "pay application": "bill",
    "pay app": "bill",
    "progress billing": "bill",
    "draw request": "bill",
    "timesheet": "timecard",
    "time card": "timecard",
    "wage": "earnings",
    "salary": "earnings",
    "withholding": "deduction",
    "benefit": "liability",
    "vacation": "leave",
    "sick time": "leave",
    "pto": "leave",
    "cheque": "check payment",
    "payment term": "pay term",  # HQ PayTerms
    "bank": "cash",  # a bank account is Cash Management's account (CMAcct), its entries CMDT's
    # Vista's own words for everyday things: an AP or AR invoice is a "transaction" (APTH, ARTH),
    # and the checks AP writes are its "payments" (APPH)
    "invoice": "transaction",
    "check": "payment",
    "certificate": "compliance",
    "remittance": "remit",
    "answer": "response",  # an RFI's answers are its responses (PMRFIResponse)
    "reply": "response",
    "schedule of values": "contract item",
    "sov": "contract item",
    "moved": "transfer",
    "movement": "transaction",
    # an entry is a transaction only where the kind is said: "time entries" are timecards, and
    # a bare "entry" would name AP's transactions (APTH) in every payroll question
    "journal entry": "transaction",
    "bank entry": "cash transaction",
    "time entry": "timecard",
    # the acronyms users type for what the index writes out (``vocabulary.INDEX_ABBREVIATIONS``)
    "po": "purchase order",
    "pco": "pending change order",
    "aco": "approved change order",
    "wo": "work order",
    "co": "change order",  # a user's CO is a change order; the company is what Vista's "Co" columns say
    "mo": "material order",
    "je": "journal transaction",
    "rfi": "request information",
    "pm": "project manager",  # "who's the PM on each job": the module is said as Project Management
    "sub": "subcontract vendor",  # as "subcontractor"
}


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(tokens(k)): tuple(tokens(v)) for k, v in EVERYDAY.items()}


def _found(asked: list[str]) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Each everyday word or phrase in ``asked`` (longest first): (start, length, its Vista stems)."""
    table = _table()
    longest = max((len(k) for k in table), default=0)
    i = 0
    while i < len(asked):
        for n in range(min(longest, len(asked) - i), 0, -1):
            found = table.get(tuple(asked[i : i + n]))
            if found:
                yield i, n, found
                i += n
                break
        else:
            i += 1


def synonyms(asked: list[str]) -> list[tuple[str, str]]:
    """The Vista words for the everyday words of a question's stems: (Vista stem, the stem it came from).

    >>> synonyms(["supplier", "name"])
    [('vendor', 'supplier')]
    >>> [v for v, _ in synonyms(["cost", "code", "budget"])]
    ['phase', 'estim']
    """
    return [(v, asked[i + n - 1]) for i, n, found in _found(asked) for v in found if v not in asked]


def with_vista_words(asked: list[str]) -> list[str]:
    """The stems in order, each everyday word or phrase followed by its Vista words, so that what
    follows it still reads on: "the supplier's name" says "vendor name".

    >>> with_vista_words(["the", "supplier", "name"])
    ['the', 'supplier', 'vendor', 'name']
    >>> with_vista_words(["cost", "code", "descript"])
    ['cost', 'code', 'phase', 'descript']
    """
    out: list[str] = []
    start = 0
    for i, n, found in _found(asked):
        out += asked[start : i + n] + [v for v in found if v not in asked]
        start = i + n
    return out + asked[start:]
