"""Words for schema things: entity nouns, column phrases, value meanings.

The catalog says what a table *is* (its description) and what a column holds
(its type, domain and name). Users do not talk like that, so these helpers turn
catalog facts into the phrases a project accountant or PM would type, with
several variants each so that a model learns the task and not one template.
Only the nicknames of well-known tables are hand-written: no catalog carries
"vendors" for APVM.
"""

from __future__ import annotations

import random
import re

from assistant.catalog import Column, DbObject
from assistant.vocabulary import QUESTION_ABBREVIATIONS, split_identifier

# What people call the well-known Vista tables (the catalog's descriptions are
# accurate but formal: "AP Transaction Header"). First entry is the most common.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "HQCO": ("companies", "HQ companies"),
    "JCCM": ("contracts", "JC contracts", "job cost contracts"),
    "JCCI": ("contract items", "contract line items", "bid items on contracts"),
    "JCJM": ("jobs", "JC jobs", "projects"),
    "JCJP": ("job phases", "phases on jobs"),
    "JCCH": ("job cost headers", "phase cost types on jobs", "cost type budgets on job phases"),
    "JCCD": ("job cost transactions", "job cost detail lines", "JC cost detail"),
    "JCCP": ("job cost by period rows", "monthly job cost figures", "period job cost totals"),
    "JCIP": ("contract item revenue by period", "monthly contract revenue figures"),
    "JCCT": ("cost types", "JC cost types"),
    "JCPM": ("phases in the phase master", "standard phases"),
    "JCDM": ("JC departments", "job cost departments"),
    "JCMP": ("project managers", "JC project managers"),
    "APVM": ("vendors", "suppliers", "AP vendors"),
    "APTH": ("AP invoices", "payable invoices", "AP transactions"),
    "APTL": ("AP invoice lines", "payable invoice lines", "lines on AP invoices"),
    "APTD": ("AP payment detail lines", "AP invoice pay sequences", "AP transaction detail"),
    "APUI": ("unapproved AP invoices", "invoices awaiting approval"),
    "APUL": ("unapproved invoice lines", "lines on unapproved invoices"),
    "APPH": ("AP payments", "vendor payments", "AP checks"),
    "APPD": ("AP payment detail lines", "lines of vendor payments"),
    "ARCM": ("customers", "AR customers", "clients"),
    "ARTH": ("AR transactions", "AR invoices and receipts", "receivable transactions"),
    "ARTL": ("AR transaction lines", "lines on AR invoices"),
    "PREH": ("employees", "PR employees", "payroll employees"),
    "PRTH": ("timecards", "PR timecard entries", "time entries"),
    "PRDP": ("payroll departments", "PR departments"),
    "PRCM": ("crafts", "union crafts"),
    "PRCC": ("craft classes", "craft classifications"),
    "PREC": ("earnings codes", "PR earnings codes"),
    "PRGR": ("payroll groups", "PR groups"),
    "SLHD": ("subcontracts", "SL subcontracts"),
    "SLIT": ("subcontract items", "lines on subcontracts"),
    "SLCD": ("subcontract change orders", "SL change orders"),
    "POHD": ("purchase orders", "POs"),
    "POIT": ("purchase order items", "PO lines"),
    "GLAC": ("GL accounts", "general ledger accounts"),
    "GLDT": ("GL detail transactions", "posted GL entries"),
    "GLYB": ("GL balance forward rows", "GL beginning balances"),
    "EMEM": ("pieces of equipment", "equipment", "EM equipment units"),
    "JBIN": ("progress bills", "JB bills", "contract billings"),
    "JBIT": ("progress bill items", "JB bill item lines"),
    "PMOI": ("change order items", "PM change order items"),
    "PMFM": ("PM firms", "firms in project management"),
    "HQMT": ("materials", "HQ materials"),
    "HQTX": ("tax codes", "HQ tax codes"),
    "INMO": ("material orders", "IN material orders"),
}

# What one row of a well-known table is called ("the vendor name", "each AP invoice"): the
# masters first, then the headers and lines. EMCC is the EM cost code master (module EM, keyed
# by EMGroup and CostCode); its codes sit on AP, AR, PO and PR lines beside the JC phase and cost
# type, so the module is said, as for EMCT's "EM cost type".
SINGULAR: dict[str, str] = {
    "APVM": "vendor",
    "ARCM": "customer",
    "JCPM": "phase",
    "HQMT": "material",
    "JCCT": "cost type",
    "HQTX": "tax code",
    "PMFM": "firm",
    "EMCC": "EM cost code",
    "EMCT": "EM cost type",
    "EMRC": "revenue code",
    "HQMC": "material category",
    "JCJM": "job",
    "JCCM": "contract",
    "GLAC": "GL account",
    "PREH": "employee",
    "EMEM": "equipment",
    "HQCO": "company",
    "SLHD": "subcontract",
    "POHD": "purchase order",
    "JCJP": "job phase",
    "CMAC": "CM account",
    "INLM": "IN location",
    "PRDP": "PR department",
    "JCDM": "JC department",
    "HQPT": "payment terms code",
    "JCCI": "contract item",
    "APTH": "AP invoice",
    "APTL": "invoice line",
    "APTD": "pay sequence",
    "ARTH": "AR transaction",
    "ARTL": "AR line",
    "PRTH": "timecard",
    "SLIT": "subcontract item",
    "POIT": "PO item",
    "JBIN": "bill",
    "JBIT": "bill item",
    "JCCH": "cost type budget",
    "PRCM": "craft",
    "PRCC": "craft class",
    "PREC": "earnings code",
    "PRGR": "payroll group",
    "APPH": "payment",
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def column_phrase(column: Column) -> str:
    """A column in words: its description when documented briefly, else its expanded name."""
    name = column.name
    if name.endswith("YN") and len(name) > 2:
        name = name[:-2]
    # an all-caps token is a module or acronym (``AP``, ``GL``); ``In`` in ``APInUse`` is a word
    words = [
        w if w.isupper() and len(w) > 1 else QUESTION_ABBREVIATIONS.get(w.lower(), w.lower())
        for w in split_identifier(name) or [name]
    ]
    return " ".join(words)


def entity(obj: DbObject, rng: random.Random | None = None) -> str:
    """The plural noun people use for the rows of a table or view."""
    key = _short(obj.name)
    names = NICKNAMES.get(key)
    if names:
        return names[0] if rng is None else rng.choice(names)
    return description_noun(obj)


def description_noun(obj: DbObject) -> str:
    """``AP Vendor Additional Addresses`` → 'vendor additional addresses' (module prefix dropped)."""
    text = (obj.description or "").split("(")[0].strip()
    if not text:
        return f"{_short(obj.name)} records"
    words = text.split()
    if words and words[0].upper() == obj.module.upper() and len(words) > 1:
        words = words[1:]
    noun = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    if noun.endswith(
        ("master", "header", "detail", "table", "parameters", "info")
    ) or not noun.endswith("s"):
        noun = f"{noun} records"
    return f"{obj.module} {noun}" if obj.module else noun


def value_phrase(column: Column, value: str) -> str:
    """A domain value in words: its documented meaning, else the literal."""
    meaning = column.domain.meaning(value) if column.domain else None
    if meaning:
        return (
            re.sub(r"\s*\([^)]*\)", "", meaning).strip() or value
        )  # 'Hard (final) Close' → 'Hard Close'
    return f"'{value}'" if not value.isdigit() else value


def month_words(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def _short(name: str) -> str:
    return name[1:] if name[:1] in "bv" and name[1:2].isupper() else name
