"""Build the sample Vista documentation folder from the shared schema facts.

Deterministic: the same facts give byte-identical files, so the generated corpus can
be committed and a rebuild shows up in ``git diff`` only when the facts change.

    python data/build_sample_docs.py [--facts FILE] [--conventions FILE] [--out DIR]

The output imitates a customer's Vista export: SSMS-style DDL (statements separated
by GO), a markdown page per table, flat column metadata in a *different* shape from
the DDL (so the readers must merge), join definitions, rule pages and approved
expert SQL. Only facts from ``schema_facts.json`` and ``conventions.md`` are written;
nothing is invented (folders the facts have nothing for get a README saying so).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FACTS = HERE.parent.parent / "shared" / "vista" / "schema_facts.json"
DEFAULT_CONVENTIONS = DEFAULT_FACTS.with_name("conventions.md")
DEFAULT_OUT = HERE / "viewpoint_documentation"
if str(HERE) not in sys.path:  # the text and expert modules sit beside this script
    sys.path.insert(0, str(HERE))

from sample_docs_text import orchestration_pages  # noqa: E402
from sample_experts import EXPERTS  # noqa: E402

GROUP_NAMES = ("VendorGroup", "CustGroup", "PhaseGroup", "MatlGroup", "TaxGroup", "EMGroup")

# master lookups: (master view, key columns). A table that has all the key columns
# (with the master's own types) joins the master on them.
MASTERS = (
    ("APVM", ("VendorGroup", "Vendor")),
    ("ARCM", ("CustGroup", "Customer")),
    ("JCPM", ("PhaseGroup", "Phase")),
    ("JCCT", ("PhaseGroup", "CostType")),
    ("HQMT", ("MatlGroup", "Material")),
    ("EMEM", ("EMCo", "Equipment")),
    ("JCJM", ("JCCo", "Job")),
    ("JCCM", ("JCCo", "Contract")),
    ("GLAC", ("GLCo", "GLAcct")),
    ("PREH", ("PRCo", "Employee")),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=DEFAULT_FACTS)
    parser.add_argument("--conventions", type=Path, default=DEFAULT_CONVENTIONS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    facts = json.loads(args.facts.read_text(encoding="utf-8"))
    build(facts, args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def build(facts: dict, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    tables = sorted(facts["tables"], key=lambda t: t["table"].lower())
    udts = facts["user_defined_types"]
    db = out / "Viewpoint_Database"
    files: dict[Path, str] = {}
    for t in tables:
        files[db / "Tables" / f"{t['table']}.sql"] = table_sql(t)
        files[db / "Tables" / f"{t['table']}.md"] = table_page(t)
        if t.get("view"):
            files[db / "View" / f"{t['view']}.sql"] = view_sql(t["view"], t)
        for other in t.get("other_views", ()):
            files[db / "View" / f"{other}.sql"] = view_sql(other, t)
    for name, text in sorted(rules_of(tables).items()):
        files[db / "Rules" / f"{name}.sql"] = f"CREATE RULE [dbo].[{name}] AS {text}\nGO\n"
    for name, text in sorted(defaults_of(tables).items()):
        files[db / "Defaults" / f"{name}.sql"] = f"CREATE DEFAULT [dbo].[{name}] AS {text}\nGO\n"
    for name in sorted(udts, key=str.lower):
        files[db / "User_Defined_Types" / f"{name}.sql"] = (
            f"CREATE TYPE [dbo].[{name}] FROM {bracket_type(udts[name])} NULL\nGO\n"
        )
    files[db / "_Metadata" / "columns.json"] = json.dumps(column_metadata(tables), indent=1) + "\n"
    for name, rels in relationships(tables).items():
        files[db / "_Relationship_Validation" / f"{name}.json"] = json.dumps(rels, indent=1) + "\n"
    none_note = (
        "# {0}\n\nThe schema facts this sample is built from list no {1}, so this folder is empty.\n"
        "A customer's export puts one `.sql` file per {2} here.\n"
    )
    files[db / "Stored_Procedures" / "README.md"] = none_note.format(
        "Stored procedures", "stored procedures", "procedure"
    )
    files[db / "Functions" / "README.md"] = none_note.format("Functions", "functions", "function")
    for rel, text in orchestration_pages(tables, udts).items():
        files[out / "_ai_orchestration" / rel] = text
    # the business glossary, written by hand from the facts' descriptions and value domains
    # (tests/index/test_glossary.py checks every target against the catalog)
    files[out / "_ai_orchestration" / "reference" / "glossary.md"] = (
        HERE / "sample_glossary.md"
    ).read_text(encoding="utf-8")
    for i, (slug, question, tags, sql) in enumerate(EXPERTS, 1):
        head = f"-- Question: {question}\n" + (f"-- Tags: {', '.join(tags)}\n" if tags else "")
        files[out / "Experts_V2" / "approved" / f"{i:03d}_{slug}.sql"] = head + sql.strip() + "\n"
    for path, text in sorted(files.items()):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


# -- DDL -------------------------------------------------------------------------


def bracket_type(sql_type: str) -> str:
    """``numeric(12,2)`` → ``[numeric](12, 2)``, as SSMS scripts a type."""
    m = re.fullmatch(r"(\w+)(?:\((.*)\))?", sql_type.strip())
    if not m:
        return sql_type
    args = f"({', '.join(a.strip() for a in m.group(2).split(','))})" if m.group(2) else ""
    return f"[{m.group(1)}]{args}"


def column_type(c: dict) -> str:
    if c.get("base_type"):  # a Vista user-defined type
        return f"[dbo].[{c['type']}]"
    return bracket_type(c["type"])


def complete(check: str) -> bool:
    """One CHECK text in the facts is cut off mid-expression; it cannot be scripted."""
    return check.count("(") == check.count(")") and not check.rstrip().endswith(("OR", "AND"))


def checks_of(t: dict) -> list[tuple[str, str]]:
    """Distinct CHECK constraints with stable names (the facts list them per column)."""
    seen: dict[str, str] = {}
    used: set[str] = set()
    for c in t["columns"]:
        for text in c.get("check_constraints", ()):
            if text in seen or not complete(text):
                continue
            name = f"CK_{t['table']}_{c['name']}"
            n = 2
            while name in used:
                name = f"CK_{t['table']}_{c['name']}_{n}"
                n += 1
            used.add(name)
            seen[text] = name
    return [(name, text) for text, name in seen.items()]


def table_sql(t: dict) -> str:
    name = t["table"]
    lines = []
    for c in t["columns"]:
        parts = [f"\t[{c['name']}] {column_type(c)}"]
        if c.get("identity"):
            parts.append("IDENTITY(1,1)")
        parts.append("NULL" if c["nullable"] else "NOT NULL")
        if "default" in c:
            parts.append(f"CONSTRAINT [DF_{name}_{c['name']}] DEFAULT ({c['default']})")
        lines.append(" ".join(parts))
    for ck_name, text in checks_of(t):
        lines.append(f"\tCONSTRAINT [{ck_name}] CHECK {text}")
    out = ["SET ANSI_NULLS ON", "GO", "SET QUOTED_IDENTIFIER ON", "GO"]
    for c in t["columns"]:
        for text in c.get("check_constraints", ()):
            if not complete(text):
                out.append(
                    f"-- The CHECK constraint on [{c['name']}] is truncated in the source facts and is not scripted."
                )
    out.append(f"CREATE TABLE [dbo].[{name}](\n" + ",\n".join(lines) + "\n) ON [PRIMARY]")
    out.append("GO")
    for k in t["keys"]:
        cols = ", ".join(f"[{c}] ASC" for c in k["columns"])
        if k.get("primary_key"):
            out.append(
                f"ALTER TABLE [dbo].[{name}] ADD CONSTRAINT [{k['index']}] PRIMARY KEY CLUSTERED ({cols})"
            )
        elif "index" in k:
            kind = ("UNIQUE " if k.get("unique") else "") + (
                "CLUSTERED" if k.get("clustered") else "NONCLUSTERED"
            )
            out.append(f"CREATE {kind} INDEX [{k['index']}] ON [dbo].[{name}] ({cols})")
        else:
            continue
        out.append("GO")
    for k in t["keys"]:
        if "foreign_key" in k:
            cols = ", ".join(f"[{c}]" for c in k["columns"])
            refs = ", ".join(f"[{c}]" for c in k["ref_columns"])
            out.append(
                f"ALTER TABLE [dbo].[{name}] WITH CHECK ADD CONSTRAINT [{k['foreign_key']}] "
                f"FOREIGN KEY({cols}) REFERENCES [dbo].[{k['references']}] ({refs})"
            )
            out.append("GO")
    for c in t["columns"]:
        if c.get("bound_rule"):
            rule = c["bound_rule"].split(":", 1)[0].strip()
            out.append(f"EXEC sp_bindrule N'[dbo].[{rule}]', N'[dbo].[{name}].[{c['name']}]'")
            out.append("GO")
        if c.get("bound_default"):
            default = c["bound_default"].split(":", 1)[0].strip()
            out.append(f"EXEC sp_bindefault N'[dbo].[{default}]', N'[dbo].[{name}].[{c['name']}]'")
            out.append("GO")
    return "\n".join(out) + "\n"


def rules_of(tables: list[dict]) -> dict[str, str]:
    return _bound(tables, "bound_rule")


def defaults_of(tables: list[dict]) -> dict[str, str]:
    return _bound(tables, "bound_default")


def _bound(tables: list[dict], key: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for t in tables:
        for c in t["columns"]:
            if c.get(key):
                name, _, text = c[key].partition(":")
                found[name.strip()] = text.strip()
    return found


def view_sql(view: str, t: dict) -> str:
    body = f"CREATE VIEW [dbo].[{view}] AS select a.* from [dbo].[{t['table']}] a"
    if t.get("view_filter"):
        body += "\n" + t["view_filter"].strip()
    return body + "\nGO\n"


# -- markdown page -----------------------------------------------------------------


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def allowed_values(c: dict) -> str:
    """What a reader of the page is told a column may hold (documented values first)."""
    if c.get("values"):
        return c["values"]
    if c.get("bound_rule"):
        return "rule " + c["bound_rule"]
    checks = [x for x in c.get("check_constraints", ()) if complete(x)]
    if checks:
        return "check " + "; ".join(checks)
    return ""


def table_page(t: dict) -> str:
    lines = [f"# {t['table']}", ""]
    if t.get("description"):
        lines += [t["description"], ""]
    lines.append(f"- **Module:** {t['module']}")
    if t.get("view"):
        lines.append(f"- **View:** {t['view']}")
    else:
        lines.append("- **View:** none (read the base table; no view is defined)")
    for other in t.get("other_views", ()):
        lines.append(f"- **Other view:** {other}")
    if t.get("view_filter"):
        lines.append(f"- **Row filter:** `{t['view_filter'].strip()}`")
    if t.get("triggers"):
        lines.append(f"- **Triggers:** {', '.join(t['triggers'])}")
    lines += [
        "",
        "## Columns",
        "",
        "| Column | Type | Nullable | Description | Allowed values |",
        "|---|---|---|---|---|",
    ]
    for c in t["columns"]:
        kind = f"{c['type']} ({c['base_type']})" if c.get("base_type") else c["type"]
        if c.get("identity"):
            kind += " identity"
        lines.append(
            f"| {c['name']} | {_cell(kind)} | {'Yes' if c['nullable'] else 'No'} | "
            f"{_cell(c.get('description', ''))} | {_cell(allowed_values(c))} |"
        )
    lines += ["", "## Business key", ""]
    if t.get("business_key"):
        lines.append(", ".join(t["business_key"]))
    else:
        lines.append("None documented.")
    idx = [k for k in t["keys"] if "index" in k]
    if idx:
        lines += ["", "## Indexes", ""]
        for k in idx:
            flags = [
                f
                for f, on in (
                    ("primary key", k.get("primary_key")),
                    ("unique", k.get("unique")),
                    ("clustered", k.get("clustered")),
                )
                if on
            ]
            lines.append(
                f"- {k['index']} ({', '.join(flags) or 'non-unique'}): {', '.join(k['columns'])}"
            )
    fks = [k for k in t["keys"] if "foreign_key" in k]
    if fks:
        lines += ["", "## Foreign keys", ""]
        for k in fks:
            lines.append(
                f"- {k['foreign_key']}: ({', '.join(k['columns'])}) → {k['references']} ({', '.join(k['ref_columns'])})"
            )
    return "\n".join(lines) + "\n"


# -- flat metadata ---------------------------------------------------------------


def column_metadata(tables: list[dict]) -> dict:
    """One record per column, keyed by object: a different shape from the DDL on purpose."""
    records = []
    for t in tables:
        key = t.get("business_key") or []
        for i, c in enumerate(t["columns"], 1):
            rec = {
                "object": t["table"],
                "ordinal": i,
                "column": c["name"],
                "sql_type": c.get("base_type") or c["type"],
                "vista_type": c["type"] if c.get("base_type") else None,
                "is_nullable": "YES" if c["nullable"] else "NO",
                "key_ordinal": key.index(c["name"]) + 1 if c["name"] in key else None,
                "description": c.get("description"),
                "allowed_values": c.get("values"),
            }
            records.append({k: v for k, v in rec.items() if v is not None})
    return {"format": "vista-column-metadata", "version": 1, "columns": records}


# -- relationships -----------------------------------------------------------------


def company_column(t: dict) -> str | None:
    """The company column: the bCompany column of the business key, preferring <Module>Co."""
    if t["table"].lower() == "bhqco":
        return "HQCo"
    types = {c["name"]: c["type"] for c in t["columns"]}
    key = t.get("business_key")
    cands = [c for c in (key if key else types) if types.get(c) == "bCompany"]
    if not cands:
        return None
    preferred = f"{t['module']}Co"
    for want in (preferred, "Co"):
        if want in cands:
            return want
    return cands[0]


def _rel(kind: str, parent: str, child: str, pairs: list[tuple[str, str]], note: str) -> dict:
    return {
        "name": f"{parent}_{child}" if kind != "company" else f"{parent}_HQCO",
        "type": kind,
        "from": {"view": parent},
        "to": {"view": child},
        "on": [{"from": a, "to": b} for a, b in pairs],
        "note": note,
    }


def relationships(tables: list[dict]) -> dict[str, dict]:
    viewed = [t for t in tables if t.get("view")]
    by_view = {t["view"]: t for t in viewed}
    header_detail, lookups, company = [], [], []
    for child in viewed:
        ckey = child.get("business_key") or []
        parents = [
            p
            for p in viewed
            if p is not child
            and p["module"] == child["module"]
            and p.get("business_key")
            and len(p["business_key"]) >= 2
            and len(p["business_key"]) < len(ckey)
            and set(p["business_key"]) <= set(ckey)
        ]
        # the immediate parent: the longest key contained in the child's key (usually a
        # prefix: APTH → APTL; PREH → PRTH is not, its key starts PRCo, PRGroup, ...)
        if parents:
            longest = max(len(p["business_key"]) for p in parents)
            for p in sorted(parents, key=lambda p: p["view"]):
                if len(p["business_key"]) == longest:
                    pairs = [(c, c) for c in p["business_key"]]
                    header_detail.append(
                        _rel(
                            "header-detail",
                            p["view"],
                            child["view"],
                            pairs,
                            f"{child['view']} rows belong to one {p['view']} row; join on every key column.",
                        )
                    )
    for t in viewed:
        # compare SQL base types: JCCD.PhaseGroup is a bGroup, JCCT.PhaseGroup a plain tinyint
        types = {c["name"]: c.get("base_type") or c["type"] for c in t["columns"]}
        for master, cols in MASTERS:
            m = by_view.get(master)
            if m is None or m is t:
                continue
            mtypes = {c["name"]: c.get("base_type") or c["type"] for c in m["columns"]}
            if all(c in types and c in mtypes and types[c] == mtypes[c] for c in cols):
                lookups.append(
                    _rel(
                        "master-lookup",
                        t["view"],
                        master,
                        [(c, c) for c in cols],
                        f"look up {master} through {' and '.join(cols)}.",
                    )
                )
        co = company_column(t)
        if co and t["view"] != "HQCO":
            company.append(
                _rel(
                    "company",
                    t["view"],
                    "HQCO",
                    [(co, "HQCo")],
                    f"{t['view']}.{co} is an HQ company number.",
                )
            )
    sort = lambda rels: sorted(rels, key=lambda r: (r["from"]["view"], r["to"]["view"]))  # noqa: E731
    return {
        "header_detail": {"relationships": sort(header_detail)},
        "master_lookups": {"relationships": sort(lookups)},
        "company": {"relationships": sort(company)},
    }


if __name__ == "__main__":
    raise SystemExit(main())
