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

# Abbreviations in Vista column names, expanded for questions.
ABBREVIATIONS: dict[str, str] = {
    "amt": "amount", "desc": "description", "mth": "month", "co": "company", "orig": "original",
    "curr": "current", "cur": "current", "est": "estimated", "cont": "contract", "retg": "retainage",
    "disc": "discount", "inv": "invoice", "pd": "paid", "num": "number", "seq": "sequence",
    "trans": "transaction", "matl": "material", "hrs": "hours", "qty": "quantity", "um": "unit of measure",
    "proj": "projected", "cmtd": "committed", "tot": "total", "pct": "percent", "acct": "account",
    "gl": "GL", "ap": "AP", "ar": "AR", "jc": "JC", "pr": "PR", "em": "EM", "po": "PO", "sl": "SL",
    "in": "IN", "cm": "CM", "hq": "HQ", "jb": "JB", "pm": "PM", "id": "ID", "no": "number",
    "dept": "department", "emp": "employee", "equip": "equipment", "loc": "location", "ytd": "year to date",
    "mtd": "month to date", "chk": "check", "ref": "reference", "cmplt": "complete", "recvd": "received",
    "rec": "received", "bo": "backordered", "remain": "remaining", "addl": "additional", "ovr": "override",
    "prev": "previous", "wc": "work completed", "sm": "stored materials", "cust": "customer",
    "vend": "vendor", "phs": "phase", "ct": "cost type", "chg": "change", "dist": "distribution",
}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def split_words(name: str) -> list[str]:
    """``ContractStatus`` → ['Contract', 'Status']; ``APTrans`` → ['AP', 'Trans'].

    >>> split_words("OrigContractAmt")
    ['Orig', 'Contract', 'Amt']
    """
    return re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+", name) or [name]


def column_phrase(column: Column) -> str:
    """A column in words: its description when documented briefly, else its expanded name."""
    name = column.name
    if name.endswith("YN") and len(name) > 2:
        name = name[:-2]
    # an all-caps token is a module or acronym (``AP``, ``GL``); ``In`` in ``APInUse`` is a word
    words = [w if w.isupper() and len(w) > 1 else ABBREVIATIONS.get(w.lower(), w.lower()) for w in split_words(name)]
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
    if noun.endswith(("master", "header", "detail", "table", "parameters", "info")) or not noun.endswith("s"):
        noun = f"{noun} records"
    return f"{obj.module} {noun}" if obj.module else noun


def value_phrase(column: Column, value: str) -> str:
    """A domain value in words: its documented meaning, else the literal."""
    meaning = column.domain.meaning(value) if column.domain else None
    if meaning:
        return re.sub(r"\s*\([^)]*\)", "", meaning).strip() or value  # 'Hard (final) Close' → 'Hard Close'
    return f"'{value}'" if not value.isdigit() else value


def month_words(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def _short(name: str) -> str:
    return name[1:] if name[:1] in "bv" and name[1:2].isupper() else name
