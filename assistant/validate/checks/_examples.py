"""A micro catalog for the checks' docstring examples (the tests build a larger one)."""

from __future__ import annotations

from functools import lru_cache

from ...catalog import Catalog, Column, DbObject, Domain, JoinPath

YN = Domain(values=("Y", "N"), meanings=(("Y", "Yes"), ("N", "No")), source="bYN")
STATUS = Domain(
    values=("0", "1", "2", "3"),
    meanings=(("0", "Pending"), ("1", "Open"), ("2", "Soft close"), ("3", "Hard close")),
    numeric=True,
)

_TYPES = {
    "bCompany": "tinyint",
    "bGroup": "tinyint",
    "bMonth": "smalldatetime",
    "bTrans": "int",
    "bYN": "char(1)",
    "bContract": "varchar(10)",
    "bDollar": "numeric(12,2)",
    "bVendor": "int",
    "bDesc": "varchar(30)",
    "bContractItem": "varchar(16)",
    "bItemDesc": "varchar(60)",
}


def _cols(spec: str, domains: dict | None = None) -> tuple[Column, ...]:
    out = []
    for part in spec.split():
        name, vtype = part.split(":")
        dom = (domains or {}).get(name) or (YN if vtype == "bYN" else None)
        out.append(Column(name, vtype, _TYPES.get(vtype, vtype), domain=dom))
    return tuple(out)


def _pair(name, module, desc, cols, key, company, groups=()):
    table = DbObject(
        f"b{name}",
        "table",
        module,
        desc,
        cols,
        key,
        company_column=company,
        group_columns=groups,
        view=name,
    )
    view = DbObject(
        name,
        "view",
        module,
        desc,
        cols,
        key,
        company_column=company,
        group_columns=groups,
        base_table=f"b{name}",
    )
    return [table, view]


@lru_cache(maxsize=1)
def micro() -> Catalog:
    objects = []
    objects += _pair(
        "HQCO",
        "HQ",
        "HQ Companies",
        _cols("HQCo:bCompany Name:varchar(60) VendorGroup:bGroup"),
        ("HQCo",),
        "HQCo",
    )
    objects += _pair(
        "JCCM",
        "JC",
        "JC Contract Master",
        _cols(
            "JCCo:bCompany Contract:bContract Description:bItemDesc ContractStatus:tinyint ContractAmt:bDollar",
            {"ContractStatus": STATUS},
        ),
        ("JCCo", "Contract"),
        "JCCo",
    )
    objects += _pair(
        "JCCI",
        "JC",
        "JC Contract Items",
        _cols(
            "JCCo:bCompany Contract:bContract Item:bContractItem Description:bItemDesc ContractAmt:bDollar"
        ),
        ("JCCo", "Contract", "Item"),
        "JCCo",
    )
    objects += _pair(
        "APTH",
        "AP",
        "AP Transaction Header",
        _cols(
            "APCo:bCompany Mth:bMonth APTrans:bTrans VendorGroup:bGroup Vendor:bVendor InvTotal:bDollar OpenYN:bYN"
        ),
        ("APCo", "Mth", "APTrans"),
        "APCo",
    )
    objects += _pair(
        "APTL",
        "AP",
        "AP Transaction Lines",
        _cols("APCo:bCompany Mth:bMonth APTrans:bTrans APLine:smallint GrossAmt:bDollar"),
        ("APCo", "Mth", "APTrans", "APLine"),
        "APCo",
    )
    objects += _pair(
        "APVM",
        "AP",
        "AP Vendor Master",
        _cols("VendorGroup:bGroup Vendor:bVendor Name:varchar(60) ActiveYN:bYN"),
        ("VendorGroup", "Vendor"),
        None,
        ("VendorGroup",),
    )
    paths = (
        JoinPath(
            "bAPTH",
            "bAPTL",
            (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans")),
            "header-detail",
        ),
        JoinPath(
            "bAPTH",
            "bAPVM",
            (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")),
            "master-lookup",
        ),
        JoinPath("bJCCM", "bJCCI", (("JCCo", "JCCo"), ("Contract", "Contract")), "header-detail"),
    )
    return Catalog(objects=tuple(objects), join_paths=paths)


def codes(sql: str, check) -> list[str]:
    """The codes one check reports for ``sql`` against the micro catalog."""
    from ..scope import Analysis

    return [f.code for f in check(Analysis(sql, micro()), micro())]
