"""Fixtures for the dataset tests: a tiny hand-made catalog (real Vista columns) and the full sample build."""

from __future__ import annotations

import pytest

from assistant.catalog import Catalog, Column, DbObject, Domain, Example, JoinPath

YN = Domain(values=("Y", "N"), source="bYN")
CONTRACT_STATUS = Domain(
    values=("0", "1", "2", "3"),
    numeric=True,
    meanings=(("0", "Pending"), ("1", "Open"), ("2", "Soft Close"), ("3", "Hard Close")),
)
APTD_STATUS = Domain(
    values=("1", "2", "3", "4"),
    numeric=True,
    meanings=(("1", "Open"), ("2", "Hold"), ("3", "Paid"), ("4", "Cleared")),
)
ARCM_STATUS = Domain(
    values=("A", "H", "I"), meanings=(("A", "Active"), ("H", "Hold"), ("I", "Inactive"))
)


def col(name, vista, base=None, domain=None, nullable=True):
    return Column(name, vista, base or vista, nullable, domain=domain)


CO = lambda name: col(name, "bCompany", "tinyint", nullable=False)  # noqa: E731
GROUP = lambda name: col(name, "bGroup", "tinyint")  # noqa: E731
MONEY = lambda name: col(name, "bDollar", "numeric(12,2)")  # noqa: E731

TABLES = {
    "HQCO": (
        "HQ",
        "HQ Companies",
        ("HQCo",),
        "HQCo",
        [
            CO("HQCo"),
            col("Name", "varchar(60)"),
            GROUP("VendorGroup"),
            GROUP("CustGroup"),
            GROUP("PhaseGroup"),
        ],
    ),
    "JCCM": (
        "JC",
        "JC Contract Master",
        ("JCCo", "Contract"),
        "JCCo",
        [
            CO("JCCo"),
            col("Contract", "bContract", "varchar(10)"),
            col("Description", "bItemDesc", "varchar(60)"),
            col("ContractStatus", "tinyint", domain=CONTRACT_STATUS),
            GROUP("CustGroup"),
            col("Customer", "bCustomer", "int"),
            MONEY("ContractAmt"),
            MONEY("BilledAmt"),
            col("StartMonth", "bMonth", "smalldatetime"),
            col("CompleteYN", "bYN", "char(1)", YN),
            col("KeyID", "bigint"),
        ],
    ),
    "JCCI": (
        "JC",
        "JC Contract Items",
        ("JCCo", "Contract", "Item"),
        "JCCo",
        [
            CO("JCCo"),
            col("Contract", "bContract", "varchar(10)"),
            col("Item", "bContractItem", "char(16)"),
            col("Description", "bItemDesc", "varchar(60)"),
            MONEY("ContractAmt"),
            MONEY("BilledAmt"),
        ],
    ),
    "APTH": (
        "AP",
        "AP Transaction Header",
        ("APCo", "Mth", "APTrans"),
        "APCo",
        [
            CO("APCo"),
            col("Mth", "bMonth", "smalldatetime"),
            col("APTrans", "bTrans", "int"),
            GROUP("VendorGroup"),
            col("Vendor", "bVendor", "int"),
            col("Description", "bDesc", "varchar(30)"),
            col("InvDate", "bDate", "smalldatetime"),
            MONEY("InvTotal"),
            col("OpenYN", "bYN", "char(1)", YN),
        ],
    ),
    "APTL": (
        "AP",
        "AP Transaction Lines",
        ("APCo", "Mth", "APTrans", "APLine"),
        "APCo",
        [
            CO("APCo"),
            col("Mth", "bMonth", "smalldatetime"),
            col("APTrans", "bTrans", "int"),
            col("APLine", "smallint"),
            col("Description", "bDesc", "varchar(30)"),
            MONEY("GrossAmt"),
        ],
    ),
    "APTD": (
        "AP",
        "AP Transaction Detail",
        ("APCo", "Mth", "APTrans", "APLine", "APSeq"),
        "APCo",
        [
            CO("APCo"),
            col("Mth", "bMonth", "smalldatetime"),
            col("APTrans", "bTrans", "int"),
            col("APLine", "smallint"),
            col("APSeq", "tinyint"),
            MONEY("Amount"),
            col("Status", "tinyint", domain=APTD_STATUS),
            col("PaidMth", "bMonth", "smalldatetime"),
        ],
    ),
    "APVM": (
        "AP",
        "AP Vendor Master",
        ("VendorGroup", "Vendor"),
        None,
        [
            GROUP("VendorGroup"),
            col("Vendor", "bVendor", "int"),
            col("Name", "varchar(60)"),
            col("ActiveYN", "bYN", "char(1)", YN),
        ],
    ),
    "ARCM": (
        "AR",
        "AR Customer Master",
        ("CustGroup", "Customer"),
        None,
        [
            GROUP("CustGroup"),
            col("Customer", "bCustomer", "int"),
            col("Name", "varchar(60)"),
            col("Status", "char(1)", domain=ARCM_STATUS),
        ],
    ),
}


def tiny() -> Catalog:
    objects = []
    for name, (module, desc, key, company, columns) in TABLES.items():
        groups = tuple(c.name for c in columns if c.name.endswith("Group"))
        common = dict(
            module=module,
            description=desc,
            columns=tuple(columns),
            business_key=key,
            company_column=company,
            group_columns=groups,
        )
        objects.append(DbObject(f"b{name}", "table", view=name, **common))
        objects.append(DbObject(name, "view", base_table=f"b{name}", **common))
    joins = (
        JoinPath("bJCCM", "bJCCI", (("JCCo", "JCCo"), ("Contract", "Contract")), "header-detail"),
        JoinPath(
            "bAPTH",
            "bAPTL",
            (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans")),
            "header-detail",
        ),
        JoinPath(
            "bAPTL",
            "bAPTD",
            (("APCo", "APCo"), ("Mth", "Mth"), ("APTrans", "APTrans"), ("APLine", "APLine")),
            "header-detail",
        ),
        JoinPath(
            "bAPTH",
            "bAPVM",
            (("VendorGroup", "VendorGroup"), ("Vendor", "Vendor")),
            "master-lookup",
        ),
        JoinPath(
            "bJCCM",
            "bARCM",
            (("CustGroup", "CustGroup"), ("Customer", "Customer")),
            "master-lookup",
        ),
        JoinPath("bJCCM", "bHQCO", (("JCCo", "HQCo"),), "company"),
        JoinPath("bAPTH", "bHQCO", (("APCo", "HQCo"),), "company"),
    )
    examples = (
        Example(
            "List open contracts for company 1 with billed to date",
            "SELECT c.JCCo, c.Contract, c.Description, c.BilledAmt\nFROM JCCM c\nWHERE c.JCCo = 1 AND c.ContractStatus = 1",
            "Experts_V2/approved/open_contracts.sql",
        ),
    )
    return Catalog(tuple(objects), joins, examples=examples)


@pytest.fixture(scope="session")
def tiny_catalog() -> Catalog:
    return tiny()


@pytest.fixture(scope="session")
def sample_build(sample_catalog):
    """The dataset of the full sample corpus, built once with the real validator and mutants."""
    from ingest.dataset import build_dataset

    return build_dataset(sample_catalog, seed=13)
