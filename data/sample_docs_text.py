"""Rule and reference pages of the sample ``_ai_orchestration`` folder.

Written in our own words from conventions.md; the reference tables are generated from
the schema facts so they cannot drift from them.
"""

from __future__ import annotations

from collections import Counter

RULES: dict[str, str] = {
    "01_views_not_base_tables.md": """# Read the views, not the base tables

Every Vista base table (`bJCCM`, `bAPTH`, newer `v...` tables such as `vSMWorkOrder`) has a view
named without the prefix (`JCCM`, `APTH`). The view is usually `select a.* from bJCCM a`.

- Ordinary users and report logins are granted SELECT on the views only, never on the base tables.
- Some views filter rows: `JCJM` shows only jobs with `PCVisibleInJC = 'Y'`; `JCCD`, `PREH`, `PRTH` and
  the other payroll views apply per-user data security through `suser_sname()`.
- So a query should name `JCCM`, not `bJCCM`. A `b`-table in a user query is a warning, not an error:
  admin logins and Viewpoint's own reports do read base tables.
- A few base tables have no view at all; only those may be read directly.
""",
    "02_company_predicates.md": """# Always filter and join on the company

Each module has its own company column of type `bCompany` (a tinyint): JCCo, APCo, ARCo, GLCo, PRCo,
PMCo, SLCo, POCo, EMCo, JBCo, INCo, CMCo. They all refer to `HQCO.HQCo`.

- Real queries always restrict the company: `WHERE JCCo = @JCCo`.
- **A join between two company-keyed tables must equate the company columns.** Leaving the company
  predicate out silently multiplies rows across companies; it is the most common invalid join.
- Declare the parameter with the Vista type: `DECLARE @JCCo bCompany = 1`.
""",
    "03_group_keys.md": """# Master tables are keyed by group, not by company

The group keys come from `HQCO`: VendorGroup, CustGroup, PhaseGroup, MatlGroup, TaxGroup, EMGroup.
Master tables are keyed by a group plus a code:

| Master | Key |
|---|---|
| APVM (vendors) | VendorGroup, Vendor |
| ARCM (customers) | CustGroup, Customer |
| JCPM (phases) | PhaseGroup, Phase |
| JCCT (cost types) | PhaseGroup, CostType |
| HQMT (materials) | MatlGroup, Material |

The correct vendor join is `APTH.VendorGroup = APVM.VendorGroup AND APTH.Vendor = APVM.Vendor`.
Joining on the code alone mixes vendors of different groups.
""",
    "04_header_detail_keys.md": """# Header→detail joins carry every key column, the month included

Business keys are the unique clustered `bi<Table>` indexes, for example `JCCM (JCCo, Contract)` or
`SLIT (SLCo, SL, SLItem)`; they are not `KeyID`. `KeyID` is a bigint identity row id used by integrations.

Transaction tables are keyed by company, month and transaction number:

- `APTH (APCo, Mth, APTrans)` → `APTL (APCo, Mth, APTrans, APLine)` → `APTD (..., APLine, APSeq)`
- `ARTH (ARCo, Mth, ARTrans)` → `ARTL`
- `JBIN (JBCo, BillMonth, BillNumber)` → `JBIT`

`Mth` (type `bMonth`) is the batch or posting month, always the first of a month. **Dropping `Mth`
from the join matches transaction number N of every month together.**

Job-level tables carry `PhaseGroup` in their keys: `JCJP (JCCo, Job, PhaseGroup, Phase)` and
`JCCH (JCCo, Job, PhaseGroup, Phase, CostType)`.
""",
    "05_status_codes.md": """# Status codes and value domains

Use the documented codes; never guess them.

- `JCCM.ContractStatus` and `JCJM.JobStatus`: 0 Pending, 1 Open, 2 Soft close, 3 Hard close.
- `APTD.Status`: 1 Open, 2 Hold, 3 Paid, 4 Cleared.
- `APTH` has **no** Status column: whether an invoice is open is `APTH.OpenYN`.
- `ARCM.Status`: A (active), H (hold), I (inactive).
- `ARTH.ARTransType` is one of A, C, F, I, M, P, R, V, W.
- Bound rules and check constraints give the exact allowed values of many more columns (see the
  table pages).
- Cost-type numbers (`CostType`) are configured per customer in `JCCT`: never hard-code their meaning.
""",
    "06_yes_no_columns.md": """# Yes/No columns hold 'Y' or 'N'

Columns of type `bYN` (a char(1); most names end in `YN`) hold only `'Y'` or `'N'`, enforced by the
bound rule `brYesNo`. Compare with `= 'Y'`, never with `1`, `'Yes'` or `'true'`.
""",
    "07_actual_vs_estimate_cost.md": """# Actual cost versus estimates in JCCD

`JCCD.JCTransType` says what a cost detail row is. OE (original estimate), CO (change-order estimate)
and PF (projection) rows are **not** actual cost. Actual cost is every other transaction type.

- Sum `ActualCost` for actual cost; estimate rows carry `EstCost`, projections `ProjCost`.
- `JCCM.BilledAmt` and similar columns are live running totals. Period figures come from the by-period
  tables `JCCP` (cost) and `JCIP` (revenue).
""",
    "08_formatted_codes.md": """# Job, contract and phase codes are formatted

Job, contract and phase codes are stored formatted to an input mask: right-justified, with leading
spaces and separators (for example `' 22896-'`).

- Show them with `LTRIM(RTRIM(Job))` in the output.
- Compare the raw columns in joins and filters, so that the indexes can be used.
""",
    "09_nolock.md": """# WITH (NOLOCK) is a habit, not a rule

`WITH (NOLOCK)` is common in Vista reporting SQL. It reads uncommitted data, so totals may include
rows that are later rolled back. Use it knowingly; it is never required for correctness.
Aliases and `dbo.` prefixes are normal in reporting SQL.
""",
}


def orchestration_pages(tables: list[dict], udts: dict[str, str]) -> dict[str, str]:
    pages = {f"rules/{name}": text for name, text in RULES.items()}
    pages["reference/module_overview.md"] = module_overview(tables)
    pages["reference/vista_types.md"] = types_reference(tables, udts)
    pages["reference/status_codes.md"] = status_reference(tables)
    return pages


MODULE_NAMES = {
    "AP": "Accounts Payable",
    "AR": "Accounts Receivable",
    "CM": "Cash Management",
    "EM": "Equipment Management",
    "GL": "General Ledger",
    "HQ": "Headquarters (companies, groups, shared masters)",
    "IN": "Inventory",
    "JB": "Job Billing",
    "JC": "Job Cost",
    "PM": "Project Management",
    "PO": "Purchase Orders",
    "PR": "Payroll",
    "SL": "Subcontracts",
}


def module_overview(tables: list[dict]) -> str:
    counts = Counter(t["module"] for t in tables)
    lines = [
        "# Vista modules in this documentation",
        "",
        "A base table's name carries its module in the two letters after the `b` (or `v`) prefix:",
        "`bJCCM` is Job Cost, `bAPTH` Accounts Payable. Each module has its own company column",
        "(JCCo, APCo, ...), all referring to `HQCO.HQCo`.",
        "",
        "| Module | Area | Tables | Examples |",
        "|---|---|---|---|",
    ]
    for module in sorted(counts):
        examples = [
            f"{t['view'] or t['table']} ({t['description']})"
            for t in tables
            if t["module"] == module and t.get("description") and t.get("business_key")
        ][:4]
        lines.append(
            f"| {module} | {MODULE_NAMES.get(module, '')} | {counts[module]} | {'; '.join(examples)} |"
        )
    return "\n".join(lines) + "\n"


def types_reference(tables: list[dict], udts: dict[str, str]) -> str:
    used = Counter(c["type"] for t in tables for c in t["columns"] if c.get("base_type"))
    lines = [
        "# Vista data types",
        "",
        "Vista declares most columns with user-defined types (`b...`) over SQL Server base types.",
        "Reports declare their parameters with them: `DECLARE @JCCo bCompany, @Mth bMonth`.",
        "`bMonth` values are always the first day of a month; `bYN` holds 'Y' or 'N'.",
        "",
        "| Vista type | SQL Server type | Columns using it |",
        "|---|---|---|",
    ]
    for name in sorted(udts, key=str.lower):
        lines.append(f"| {name} | {udts[name]} | {used.get(name, 0)} |")
    return "\n".join(lines) + "\n"


def status_reference(tables: list[dict]) -> str:
    lines = [
        "# Documented status codes and allowed values",
        "",
        "Values documented for columns in this Vista documentation. A list ending in `...` is",
        "open: other values exist. Bound rules and check constraints on the table pages give",
        "the exact values of many more columns.",
        "",
        "| Table | Column | Values |",
        "|---|---|---|",
    ]
    for t in tables:
        for c in t["columns"]:
            if c.get("values"):
                lines.append(
                    f"| {t['view'] or t['table']} | {c['name']} | {c['values'].replace('|', '/')} |"
                )
    lines += [
        "",
        "`APTH` has no Status column: an AP invoice is open when `APTH.OpenYN = 'Y'`;",
        "the payment status of each line's detail is `APTD.Status`.",
    ]
    return "\n".join(lines) + "\n"
