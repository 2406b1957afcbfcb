"""A catalog built straight from ``/work/shared``-style facts and the sample's relationship JSON.

The shadow tests run on the real sample catalog (``sample_catalog``) when the
catalog builder is installed; this adapter is the stand-in used only while it is
not, so the shadow can be developed and benchmarked on the same 697 real tables.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.catalog import Catalog, Column, DbObject, Domain, ForeignKey, Index, JoinPath

ROOT = Path(__file__).resolve().parents[2]
FACTS = Path("/work/shared/vista/schema_facts.json")
RELATIONS = ROOT / "data" / "viewpoint_documentation" / "Viewpoint_Database" / "_Relationship_Validation"

_IN_LIST = re.compile(r"in\s*\((.*)\)", re.I)


def _domain(col: dict) -> Domain | None:
    rule = col.get("bound_rule", "")
    if col.get("type") == "bYN" or rule.startswith("brYesNo"):
        return Domain(values=("Y", "N"), meanings=(("Y", "Yes"), ("N", "No")), source="bYN")
    if rule.startswith("brCMAcct"):
        return Domain(low=1, high=9999, numeric=True, source=rule)
    m = _IN_LIST.search(rule)
    if m:
        values = tuple(v.strip().strip("'") for v in m.group(1).split(",") if v.strip().lower() != "null")
        numeric = all(v.isdigit() for v in values)
        return Domain(values=values, numeric=numeric, source=rule)
    text = col.get("values", "")
    if text and "..." not in text and "…" not in text:
        pairs = re.findall(r"(\w+)\s*=\s*([^,()]+)", text)
        if pairs and col["name"] in ("JobStatus", "ContractStatus", "Status", "LineType"):
            values = tuple(v for v, _ in pairs)
            numeric = all(v.isdigit() for v in values)
            if col["name"] == "Status" and numeric and "4" not in values:
                values += ("4",)
            return Domain(values=values, meanings=tuple(pairs), numeric=numeric, source="values")
    return None


def facts_catalog(facts: Path = FACTS) -> Catalog:
    data = json.loads(facts.read_text(encoding="utf-8"))
    objects: list[DbObject] = []
    for t in data["tables"]:
        columns = tuple(
            Column(
                name=c["name"],
                vista_type=c["type"],
                base_type=c.get("base_type") or c["type"],
                nullable=c["nullable"],
                default=c.get("default"),
                identity=bool(c.get("identity")),
                domain=_domain(c),
            )
            for c in t["columns"]
        )
        bcompany = [c.name for c in columns if c.vista_type == "bCompany"]
        key = tuple(t.get("business_key", ()))
        company = next((k for k in key if k in bcompany), bcompany[0] if bcompany else None)
        groups = tuple(c.name for c in columns if c.vista_type == "bGroup")
        indexes = tuple(
            Index(k["index"], tuple(k["columns"]), k.get("unique", False), k.get("clustered", False))
            for k in t["keys"] if "index" in k
        )
        fks = tuple(
            ForeignKey(k["foreign_key"], tuple(k["columns"]), k["references"], tuple(k["ref_columns"]))
            for k in t["keys"] if "foreign_key" in k
        )
        view = t.get("view")
        has_view = bool(view) and view != t["table"]
        objects.append(DbObject(
            name=t["table"], kind="table", module=t["module"], description=t["description"], columns=columns,
            business_key=key, indexes=indexes, foreign_keys=fks, company_column=company, group_columns=groups,
            view=view if has_view else None,
        ))
        if has_view:
            objects.append(DbObject(
                name=view, kind="view", module=t["module"], description=t["description"], columns=columns,
                business_key=key, company_column=company, group_columns=groups, base_table=t["table"],
                row_filter=t.get("view_filter"),
            ))
    kinds = {"header_detail.json": "header-detail", "master_lookups.json": "master-lookup", "company.json": "company"}
    paths = []
    for name, kind in kinds.items():
        file = RELATIONS / name
        if not file.exists():
            continue
        for r in json.loads(file.read_text(encoding="utf-8"))["relationships"]:
            left = r["from"].get("view") or r["from"].get("table")
            right = r["to"].get("view") or r["to"].get("table")
            paths.append(JoinPath(left, right, tuple((p["from"], p["to"]) for p in r["on"]), kind, name))
    return Catalog(objects=tuple(objects), join_paths=tuple(paths))
