"""What people call a view: the business noun shown beside its name (``JCCM contracts``)."""

from __future__ import annotations

import re

from ..catalog import DbObject

# What people call the well-known views, shown beside the name so that business words map to a view.
# (The same nouns the dataset's questions use; the catalog's descriptions are formal.)
_NOUNS: dict[str, str] = {
    "HQCO": "companies",
    "JCCM": "contracts",
    "JCCI": "contract items",
    "JCJM": "jobs",
    "JCJP": "job phases",
    "JCCH": "phase cost types",
    "JCCD": "job cost detail",
    "JCCP": "job cost by period",
    "JCIP": "contract revenue by period",
    "JCCT": "cost types",
    "JCPM": "phase master",
    "JCDM": "JC departments",
    "JCMP": "project managers",
    "APVM": "vendors",
    "APTH": "AP invoices",
    "APTL": "AP invoice lines",
    "APTD": "AP invoice pay detail",
    "APUI": "unapproved AP invoices",
    "APUL": "unapproved invoice lines",
    "APPH": "AP payments",
    "APPD": "AP payment detail",
    "ARCM": "customers",
    "ARTH": "AR transactions",
    "ARTL": "AR transaction lines",
    "PREH": "employees",
    "PRTH": "timecards",
    "PRDP": "PR departments",
    "PRCM": "crafts",
    "PRCC": "craft classes",
    "PREC": "earnings codes",
    "PRGR": "payroll groups",
    "SLHD": "subcontracts",
    "SLIT": "subcontract items",
    "SLCD": "subcontract change orders",
    "POHD": "purchase orders",
    "POIT": "purchase order items",
    "GLAC": "GL accounts",
    "GLDT": "GL detail",
    "GLYB": "GL beginning balances",
    "EMEM": "equipment",
    "JBIN": "progress bills",
    "JBIT": "progress bill items",
    "PMOI": "change order items",
    "PMFM": "PM firms",
    "HQMT": "materials",
    "HQTX": "tax codes",
    "INMO": "material orders",
}


def view_noun(view: DbObject) -> str:
    """``contracts`` for JCCM; otherwise the description without its module prefix, lower case."""
    key = view.name[1:] if view.name[:1] in "bv" and view.name[1:2].isupper() else view.name
    if key.upper() in _NOUNS:
        return _NOUNS[key.upper()]
    text = re.sub(r"\s*\(.*", "", view.description or "").strip()
    words = text.split()
    if len(words) > 1 and view.module and words[0].upper() == view.module.upper():
        words = words[1:]
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words[:5])
