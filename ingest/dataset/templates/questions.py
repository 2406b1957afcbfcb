"""Generation templates: a business question and the T-SQL that answers it.

Every template walks the catalog (its tables, columns, domains and join paths),
never a hard-coded list of tables, and writes SQL in the house style of
``sql.py``. Each yields ``TemplateCase`` values; the caller validates them, adds the
schema context and splits them. Phrasing varies: several patterns per template,
synonyms for tables (``phrasing``), company words, months.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from assistant.catalog import Catalog, Column, DbObject, JoinPath

from .. import phrasing as ph
from . import sql as q

NOISE = {
    "keyid",
    "uniqueattchid",
    "notes",
    "purge",
    "inusebatchid",
    "inusemth",
    "batchid",
    "auditYN".lower(),
}
YEARS = (2022, 2023, 2024, 2025)

# The company column that owns each group in HQCO (a master keyed by group is
# filtered through the company's group).
GROUP_COMPANY = {
    "VendorGroup": "APCo",
    "CustGroup": "ARCo",
    "PhaseGroup": "JCCo",
    "MatlGroup": "INCo",
    "TaxGroup": "HQCo",
    "EMGroup": "EMCo",
    "ShopGroup": "EMCo",
}


@dataclass(frozen=True)
class TemplateCase:
    """One generated question with its SQL and the objects and columns it uses."""

    template: str
    question: str
    sql: str
    objects: tuple[str, ...]
    used: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def used_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.used)


Template = Callable[[Catalog, random.Random], Iterator[TemplateCase]]


# -- shared pieces ---------------------------------------------------------------


def is_batch(obj: DbObject) -> bool:
    """Posting batch and work tables (keyed by BatchId/BatchSeq): plumbing, not what users ask about."""
    keys = {k.lower() for k in obj.business_key}
    return (
        bool(keys & {"batchid", "batchseq"})
        or obj.has_column("BatchSeq")
        or "batch" in obj.description.lower()
    )


def company_views(catalog: Catalog) -> Iterator[tuple[DbObject, DbObject]]:
    """(base table, its view) for every base table users read through a view, with a company column."""
    for table in sorted(catalog.tables, key=lambda o: o.name):
        view = catalog.view_of(table.name)
        if view is None or view.kind == "table" or not table.company_column or is_batch(table):
            continue
        if not view.has_column(table.company_column):
            continue
        yield table, view


def _lit(column: Column, value: str) -> str:
    if q.is_text(column) or not value.lstrip("-").replace(".", "", 1).isdigit():
        return "'" + value.replace("'", "''") + "'"
    return value


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[0].upper() + text[1:]


def _draft(
    template: str, question: str, sql: str, objects: list[DbObject], used: dict[str, list[str]]
) -> TemplateCase:
    return TemplateCase(
        template,
        _sentence(question),
        sql.strip() + ";",
        tuple(o.name for o in objects),
        tuple((k, tuple(dict.fromkeys(v))) for k, v in used.items()),
    )


def _is_flag(column: Column) -> bool:
    values = {v.upper() for v in column.domain.values} if column.domain else set()
    return column.vista_type.lower() == "byn" or values == {"Y", "N"}


def _filterable(obj: DbObject) -> list[Column]:
    keys = {k.lower() for k in obj.business_key}
    out = [
        c
        for c in obj.columns
        if c.domain is not None
        and c.domain.closed
        and c.domain.values
        and c.name.lower() not in keys
        and c.name.lower() not in NOISE
    ]
    # documented codes (statuses, types) teach more than Y/N flags: put them first
    return sorted(out, key=lambda c: (_is_flag(c), not c.domain.meanings))


# -- templates ---------------------------------------------------------------------


def domain_filter(
    catalog: Catalog, rng: random.Random, per_object: int = 2
) -> Iterator[TemplateCase]:
    """Rows with a documented code or flag value: 'open contracts', 'invoices not yet paid'."""
    for table, view in company_views(catalog):
        columns = _filterable(view)[:per_object]
        for column in columns:
            flag = _is_flag(column)
            values = (
                [v for v in column.domain.values if v.upper() in ("Y", "N")]
                if flag
                else list(column.domain.values)
            )
            if not values:
                continue
            value = rng.choice(values)
            taken: set[str] = set()
            a = q.alias_for(view.name, taken)
            co = q.pick_company(table.company_column, rng)
            keys = q.key_columns(view)
            labels = q.label_columns(view, 1)
            money = q.money_columns(view)
            extra = rng.choice(money) if money and rng.random() < 0.5 else None
            cols = [table.company_column, *keys, *(c.name for c in labels), column.name]
            if extra is not None:
                cols.append(extra.name)
            cols = list(dict.fromkeys(cols))
            trim = rng.random() < 0.5
            sql = (
                co.declare()
                + q.select_list([q.shown(a, view, c, trim) for c in cols])
                + f"\nFROM {view.name} {a}"
                + f"\nWHERE {a}.{table.company_column} = {co.value}\n    AND {a}.{column.name} = {_lit(column, value)}"
            )
            if keys:
                sql += f"\nORDER BY {', '.join(f'{a}.{k}' for k in keys)}"
            ent = ph.entity(view, rng)
            words = co.words(rng)
            phrase = ph.column_phrase(column)
            if flag:
                yes = value.upper() == "Y"
                adjective = column.name.endswith(
                    "YN"
                )  # OpenYN, ActiveYN read as adjectives: 'open', 'active'
                pattern = rng.choice(
                    (
                        "Which {ent} {co} are {neg}{phrase}?"
                        if adjective
                        else "Which {ent} {co} have {col} = '{v}'?",
                        "List {ent} {co} where {col} is '{v}'.",
                        "Show me the {ent} {co} that are {neg}flagged {phrase}.",
                        "I need every one of the {ent} {co} with {phrase} set to {yn}.",
                        "Pull the {ent} {co} whose {phrase} flag is {yn}.",
                    )
                )
                question = pattern.format(
                    ent=ent,
                    co=words,
                    neg="" if yes else "not ",
                    phrase=phrase,
                    col=column.name,
                    v=value,
                    yn="Yes" if yes else "No",
                )
            else:
                meaning = ph.value_phrase(column, value)
                status_like = "status" in column.name.lower() and column.domain.meanings
                patterns = [
                    "List {ent} {co} whose {phrase} is {m}.",
                    "Which {ent} {co} have {phrase} {m} ({v})?",
                    "Show all {ent} with a {phrase} of {m} {co}.",
                    "Give me the {ent} {co} where {col} means {m}.",
                ]
                if status_like:
                    patterns += ["List the {ml} {ent} {co}.", "Which {ent} are {ml} {co}?"]
                question = rng.choice(patterns).format(
                    ent=ent,
                    co=words,
                    phrase=phrase,
                    m=meaning,
                    v=value,
                    col=column.name,
                    ml=meaning.lower(),
                )
            if extra is not None:
                question = question.rstrip(".?") + rng.choice(
                    (", with the {x}.", " and show their {x}.", " including {x}?")
                ).format(x=ph.column_phrase(extra))
            yield _draft("domain-filter", question, sql, [view], {view.name: cols})


def status_breakdown(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """Counts per documented code, with the meanings spelled out in a CASE."""
    for table, view in company_views(catalog):
        coded = [c for c in _filterable(view) if c.domain.meanings and not _is_flag(c)]
        if not coded:
            continue
        column = coded[0]
        taken: set[str] = set()
        a = q.alias_for(view.name, taken)
        co = q.pick_company(table.company_column, rng)
        whens = " ".join(
            f"WHEN {_lit(column, v)} THEN '{m.replace(chr(39), chr(39) * 2)}'"
            for v, m in column.domain.meanings
        )
        name = "".join(w.capitalize() for w in ph.entity(view).split()[:3]) if False else "Rows"
        sql = (
            co.declare()
            + q.select_list(
                [
                    f"{a}.{column.name}",
                    f"CASE {a}.{column.name} {whens} ELSE 'Other' END AS {column.name}Meaning",
                    f"COUNT(*) AS {name}",
                ]
            )
            + f"\nFROM {view.name} {a}\nWHERE {a}.{table.company_column} = {co.value}"
            + f"\nGROUP BY {a}.{column.name}\nORDER BY {a}.{column.name}"
        )
        ent = ph.entity(view, rng)
        phrase = ph.column_phrase(column)
        question = rng.choice(
            (
                "How many {ent} are there for each {p} {co}?",
                "Count the {ent} {co} by {p}, with each code's meaning.",
                "Break down {ent} {co} by {p} and spell out what each value means.",
                "Give me a count of {ent} per {p} {co}.",
            )
        ).format(ent=ent, p=phrase, co=co.words(rng))
        yield _draft(
            "status-breakdown",
            question,
            sql,
            [view],
            {view.name: [table.company_column, column.name]},
        )


def _views_of_path(catalog: Catalog, path: JoinPath) -> tuple[DbObject, DbObject] | None:
    left, right = catalog.view_of(path.left), catalog.view_of(path.right)
    if left is None or right is None or left.kind == "table" or right.kind == "table":
        return None
    if is_batch(left) or is_batch(right):
        return None
    return left, right


def header_detail(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """Header → detail with every key pair (the month included), listed or totalled."""
    for path in sorted(
        (p for p in catalog.join_paths if p.kind == "header-detail"),
        key=lambda p: (p.left, p.right),
    ):
        pair = _views_of_path(catalog, path)
        if pair is None:
            continue
        head, detail = pair
        head_table = catalog.base_of(head.name)
        company = head_table.company_column if head_table else None
        if not company or not all(
            head.has_column(a) and detail.has_column(b) for a, b in path.pairs
        ):
            continue
        taken: set[str] = set()
        h, d = q.alias_for(head.name, taken), q.alias_for(detail.name, taken)
        co = q.pick_company(company, rng)
        joined = {a.lower() for a, _ in path.pairs}
        head_keys = [a for a, _ in path.pairs]
        detail_keys = [
            k for k in detail.business_key if k.lower() not in {b.lower() for _, b in path.pairs}
        ]
        head_label = q.label_columns(head, 1)
        money = q.money_columns(detail)
        month = None
        where = f"\nWHERE {h}.{company} = {co.value}"
        has_mth = "mth" in joined
        year, mon = rng.choice(YEARS), rng.randint(1, 12)
        if has_mth:
            month = f"{year}-{mon:02d}-01"
            where += f"\n    AND {h}.Mth = '{month}'"
        on = q.join_on(h, d, path.pairs)
        head_ent, detail_ent = ph.entity(head, rng), ph.entity(detail, rng)
        when = f" for {ph.month_words(year, mon)}" if month else ""
        words = co.words(rng)
        # 1. list the detail rows under their header
        cols = (
            [f"{h}.{k}" for k in head_keys]
            + [f"{h}.{c.name}" for c in head_label]
            + [f"{d}.{k}" for k in detail_keys]
        )
        cols += [f"{d}.{c.name}" for c in (money[:1] or q.label_columns(detail, 1))]
        sql = (
            co.declare()
            + q.select_list(list(dict.fromkeys(cols)))
            + f"\nFROM {head.name} {h}\nJOIN {detail.name} {d}\n    ON {on}"
            + where
            + f"\nORDER BY {', '.join(f'{h}.{k}' for k in head_keys)}"
            + (f", {', '.join(f'{d}.{k}' for k in detail_keys)}" if detail_keys else "")
        )
        question = rng.choice(
            (
                "Show the {de} of the {he} {co}{when}.",
                "List {he} {co}{when} together with their {de}.",
                "For each of the {he}{when} {co}, show its {de}.",
                "I want the {de} joined to their {he} {co}{when}.",
            )
        ).format(de=detail_ent, he=head_ent, co=words, when=when)
        used = {
            head.name: head_keys + [c.name for c in head_label] + [company],
            detail.name: [b for _, b in path.pairs]
            + detail_keys
            + [c.name for c in (money[:1] or q.label_columns(detail, 1))],
        }
        yield _draft("header-detail", question, sql, [head, detail], used)
        # 2. total a detail amount per header
        if money:
            amount = rng.choice(money)
            group = [f"{h}.{k}" for k in head_keys] + [f"{h}.{c.name}" for c in head_label]
            total = (
                amount.name if amount.name.lower().startswith("total") else f"Total{amount.name}"
            )
            sql = (
                co.declare()
                + q.select_list(group + [f"SUM({d}.{amount.name}) AS {total}"])
                + f"\nFROM {head.name} {h}\nJOIN {detail.name} {d}\n    ON {on}"
                + where
                + "\nGROUP BY "
                + ", ".join(group)
                + f"\nORDER BY {', '.join(f'{h}.{k}' for k in head_keys)}"
            )
            question = rng.choice(
                (
                    "Total the {amt} of the {de} for each of the {he} {co}{when}.",
                    "For each of the {he} {co}{when}, what is the total {amt} on its {de}?",
                    "For {he} {co}{when}, add up the {amt} from their {de}.",
                )
            ).format(
                amt=ph.column_phrase(amount),
                de=detail_ent,
                he=head_ent,
                co=co.words(rng),
                when=when,
            )
            used = {
                head.name: head_keys + [c.name for c in head_label],
                detail.name: [b for _, b in path.pairs] + [amount.name],
            }
            yield _draft("header-detail-total", question, sql, [head, detail], used)


def _master_noun(obj: DbObject) -> str:
    return ph.SINGULAR.get(obj.name, ph.description_noun(obj).removesuffix(" records"))


def master_lookup(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """A detail row with its master's name, joined through the group (VendorGroup + Vendor)."""
    for path in sorted(
        (p for p in catalog.join_paths if p.kind == "master-lookup"),
        key=lambda p: (p.left, p.right),
    ):
        pair = _views_of_path(catalog, path)
        if pair is None:
            continue
        left, master = pair
        left_table = catalog.base_of(left.name)
        company = left_table.company_column if left_table else None
        label = q.label_columns(master, 1)
        if (
            not company
            or not label
            or not all(left.has_column(a) and master.has_column(b) for a, b in path.pairs)
        ):
            continue
        taken: set[str] = set()
        l, m = q.alias_for(left.name, taken), q.alias_for(master.name, taken)
        co = q.pick_company(company, rng)
        keys = q.key_columns(left)
        codes = [a for a, _ in path.pairs if a not in keys]
        cols = [f"{l}.{c}" for c in [company, *keys, *codes]] + [f"{m}.{label[0].name}"]
        sql = (
            co.declare()
            + q.select_list(list(dict.fromkeys(cols)))
            + f"\nFROM {left.name} {l}\nJOIN {master.name} {m}\n    ON "
            + q.join_on(l, m, path.pairs)
            + f"\nWHERE {l}.{company} = {co.value}"
        )
        noun = _master_noun(master)
        group = next((a for a, _ in path.pairs if a.endswith("Group")), None)
        question = rng.choice(
            (
                "List {ent} {co} with the {noun} {lab}.",
                "Show {ent} {co} and the {lab} of their {noun}.",
                "For the {ent} {co}, bring in each {noun}'s {lab}"
                + (" (match on {grp} too)." if group else "."),
                "Which {noun} does each of the {ent} {co} belong to? Show the {lab}.",
            )
        ).format(
            ent=ph.entity(left, rng),
            co=co.words(rng),
            noun=noun,
            lab=ph.column_phrase(label[0]),
            grp=group,
        )
        used = {
            left.name: [company, *keys, *(a for a, _ in path.pairs)],
            master.name: [b for _, b in path.pairs] + [label[0].name],
        }
        yield _draft("master-lookup", question, sql, [left, master], used)


def group_master(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """A master keyed by group, filtered to one company through that company's group in HQCO."""
    hq = catalog.get("HQCO")
    if hq is None:
        return
    for table in sorted(catalog.tables, key=lambda o: o.name):
        view = catalog.view_of(table.name)
        if (
            view is None
            or view.kind == "table"
            or table.company_column
            or not table.business_key
            or is_batch(table)
        ):
            continue
        group = table.business_key[0]
        if not group.endswith("Group") or not hq.has_column(group) or len(table.business_key) < 2:
            continue
        label = q.label_columns(view, 1)
        taken: set[str] = set()
        m, h = q.alias_for(view.name, taken), q.alias_for(hq.name, taken)
        co = q.pick_company(GROUP_COMPANY.get(group, "HQCo"), rng)
        cols = list(dict.fromkeys([*table.business_key, *(c.name for c in label)]))
        flags = [c for c in _filterable(view) if _is_flag(c) and "active" in c.name.lower()]
        # every group in the key comes from the same company (POVM: VendorGroup and MatlGroup)
        groups = [k for k in table.business_key if k.endswith("Group") and hq.has_column(k)]
        on = "\n    AND ".join(f"{h}.{g} = {m}.{g}" for g in groups)
        sql = (
            co.declare()
            + q.select_list([f"{m}.{c}" for c in cols])
            + f"\nFROM {view.name} {m}\nJOIN {hq.name} {h}\n    ON {on}"
            + f"\nWHERE {h}.HQCo = {co.value}"
        )
        ent = ph.entity(view, rng)
        adjective = ""
        if flags:
            sql += f"\n    AND {m}.{flags[0].name} = 'Y'"
            adjective = "active "
        sql += f"\nORDER BY {', '.join(f'{m}.{c}' for c in table.business_key)}"
        question = rng.choice(
            (
                "List the {adj}{ent} {co}.",
                "Which {adj}{ent} can {co_} use? (They are shared through its {grp}.)",
                "Show the {adj}{ent} available {co}, via the company's {grp}.",
            )
        ).format(adj=adjective, ent=ent, co=co.words(rng), co_=f"company {co.number}", grp=group)
        used = {view.name: cols + [c.name for c in flags[:1]], hq.name: ["HQCo", *groups]}
        yield _draft("group-master", question, sql, [view, hq], used)


def period_totals(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """Money totals by posting month (``Mth``, always the first of a month)."""
    for table, view in company_views(catalog):
        mth = view.column("Mth")
        money = q.money_columns(view)
        if mth is None or mth.vista_type.lower() != "bmonth" or not money:
            continue
        amount = rng.choice(money)
        taken: set[str] = set()
        a = q.alias_for(view.name, taken)
        co = q.pick_company(table.company_column, rng)
        year = rng.choice(YEARS)
        ent = ph.entity(view, rng)
        amt = ph.column_phrase(amount)
        sql = (
            co.declare()
            + q.select_list([f"{a}.Mth", f"SUM({a}.{amount.name}) AS {amount.name}"])
            + f"\nFROM {view.name} {a}"
            + f"\nWHERE {a}.{table.company_column} = {co.value}\n    AND {a}.Mth >= '{year}-01-01'\n    AND {a}.Mth < '{year + 1}-01-01'"
            + f"\nGROUP BY {a}.Mth\nORDER BY {a}.Mth"
        )
        question = rng.choice(
            (
                "Monthly {amt} from {ent} {co} for {y}.",
                "What was the total {amt} per month in {y} {co}?",
                "Give me {amt} by posting month for {y} {co}, from the {ent}.",
                "Sum {amt} for each month of {y} ({ent}, {co_}).",
            )
        ).format(amt=amt, ent=ent, co=co.words(rng), y=year, co_=f"company {co.number}")
        yield _draft(
            "period-totals",
            question,
            sql,
            [view],
            {view.name: [table.company_column, "Mth", amount.name]},
        )
        # one month, broken down by the next key column (job, vendor, account...)
        by = next((k for k in view.business_key if k not in (table.company_column, "Mth")), None)
        if by is None:
            continue
        mon = rng.randint(1, 12)
        sql = (
            co.declare()
            + q.select_list([f"{a}.{by}", f"SUM({a}.{amount.name}) AS {amount.name}"])
            + f"\nFROM {view.name} {a}"
            + f"\nWHERE {a}.{table.company_column} = {co.value}\n    AND {a}.Mth = '{year}-{mon:02d}-01'"
            + f"\nGROUP BY {a}.{by}\nORDER BY {amount.name} DESC"
        )
        question = rng.choice(
            (
                "Total {amt} per {by} for {when} {co}.",
                "For {when}, what is the {amt} of each {by} {co}?",
                "Break {amt} down by {by} in the {when} posting month {co}.",
            )
        ).format(
            amt=amt,
            by=ph.column_phrase(view.column(by)),
            when=ph.month_words(year, mon),
            co=co.words(rng),
        )
        yield _draft(
            "period-by-key",
            question,
            sql,
            [view],
            {view.name: [table.company_column, "Mth", by, amount.name]},
        )


def top_n(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """The largest rows by a money column."""
    for table, view in company_views(catalog):
        money = q.money_columns(view)
        keys = q.key_columns(view)
        if not money or not keys:
            continue
        amount = rng.choice(money)
        n = rng.choice((5, 10, 10, 20, 25))
        taken: set[str] = set()
        a = q.alias_for(view.name, taken)
        co = q.pick_company(table.company_column, rng)
        labels = q.label_columns(view, 1)
        cols = list(dict.fromkeys([*keys, *(c.name for c in labels), amount.name]))
        trim = rng.random() < 0.5
        sql = (
            co.declare()
            + f"SELECT TOP ({n})\n    "
            + ",\n    ".join(q.shown(a, view, c, trim) for c in cols)
            + f"\nFROM {view.name} {a}"
            + f"\nWHERE {a}.{table.company_column} = {co.value}\nORDER BY {a}.{amount.name} DESC"
        )
        question = rng.choice(
            (
                "Top {n} {ent} by {amt} {co}.",
                "Which {n} {ent} have the largest {amt} {co}?",
                "Show the {n} biggest {ent} {co}, ranked by {amt}.",
            )
        ).format(n=n, ent=ph.entity(view, rng), amt=ph.column_phrase(amount), co=co.words(rng))
        yield _draft("top-n", question, sql, [view], {view.name: [table.company_column, *cols]})


def key_lookup(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """One row by its full business key, with parameters declared in their Vista types."""
    for table, view in company_views(catalog):
        keys = list(view.business_key)
        if not 2 <= len(keys) <= 6 or table.company_column not in keys or rng.random() < 0.4:
            continue
        columns = [view.column(k) for k in keys]
        if any(c is None for c in columns):
            continue
        number = rng.choice((1, 1, 2, 5))
        declares = ", ".join(
            f"@{c.name} {c.vista_type}" + (f" = {number}" if c.name == table.company_column else "")
            for c in columns
        )
        taken: set[str] = set()
        a = q.alias_for(view.name, taken)
        labels = q.label_columns(view, 2)
        cols = list(dict.fromkeys([*keys, *(c.name for c in labels)]))
        sql = (
            f"DECLARE {declares};\n\n"
            + q.select_list([f"{a}.{c}" for c in cols])
            + f"\nFROM {view.name} {a}\nWHERE "
            + "\n    AND ".join(f"{a}.{k} = @{k}" for k in keys)
        )
        key_words = ", ".join(
            ph.column_phrase(c) for c in columns if c.name != table.company_column
        )
        question = rng.choice(
            (
                "Look up one of the {ent} by its {kw} in company {n}, as a parameterised query.",
                "Write a report query that returns one row of the {ent} for a given {kw} (company {n}).",
                "Fetch a single record from the {ent} for company {n} given the {kw}.",
            )
        ).format(ent=ph.entity(view, rng), kw=key_words, n=number)
        yield _draft("key-lookup", question, sql, [view], {view.name: cols})


def filtered_lookup(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """The everyday report: rows in a documented state, with their master's name ('open AP invoices with vendor names')."""
    by_left: dict[str, list[JoinPath]] = {}
    for path in sorted(
        (p for p in catalog.join_paths if p.kind == "master-lookup"),
        key=lambda p: (p.left, p.right),
    ):
        by_left.setdefault(path.left.lower(), []).append(path)
    for paths in by_left.values():
        path = rng.choice(paths)
        pair = _views_of_path(catalog, path)
        if pair is None:
            continue
        left, master = pair
        left_table = catalog.base_of(left.name)
        company = left_table.company_column if left_table else None
        label = q.label_columns(master, 1)
        states = _filterable(left)
        if (
            not company
            or not label
            or not states
            or not all(left.has_column(a) and master.has_column(b) for a, b in path.pairs)
        ):
            continue
        column = states[0]
        flag = _is_flag(column)
        value = ("Y" if rng.random() < 0.7 else "N") if flag else rng.choice(column.domain.values)
        taken: set[str] = set()
        l, m = q.alias_for(left.name, taken), q.alias_for(master.name, taken)
        co = q.pick_company(company, rng)
        keys = q.key_columns(left)
        money = q.money_columns(left)[:1]
        cols = list(
            dict.fromkeys(
                [f"{l}.{c}" for c in [company, *keys]]
                + [f"{m}.{label[0].name}"]
                + [f"{l}.{c.name}" for c in money]
            )
        )
        sql = (
            co.declare()
            + q.select_list(cols)
            + f"\nFROM {left.name} {l}\nJOIN {master.name} {m}\n    ON "
            + q.join_on(l, m, path.pairs)
            + f"\nWHERE {l}.{company} = {co.value}\n    AND {l}.{column.name} = {_lit(column, value)}"
        )
        if keys:
            sql += f"\nORDER BY {', '.join(f'{l}.{k}' for k in keys)}"
        if flag:
            state = (
                (ph.column_phrase(column) if value == "Y" else f"not {ph.column_phrase(column)}")
                if column.name.endswith("YN")
                else f"with {column.name} = '{value}'"
            )
        else:
            state = f"with {ph.column_phrase(column)} {ph.value_phrase(column, value)}"
        ent = ph.entity(left, rng)
        noun, lab = _master_noun(master), ph.column_phrase(label[0])
        adjective_first = flag and column.name.endswith("YN") and not state.startswith("not")
        subject = f"{state} {ent}" if adjective_first else f"{ent} {state}"
        question = rng.choice(
            (
                "List {subject} {co} with the {noun} {lab}.",
                "Show me {subject} {co}, including each {noun}'s {lab}.",
                "Which {subject} are there {co}? Add the {noun} {lab}.",
            )
        ).format(subject=subject, co=co.words(rng), noun=noun, lab=lab)
        used = {
            left.name: [
                company,
                *keys,
                column.name,
                *(a for a, _ in path.pairs),
                *(c.name for c in money),
            ],
            master.name: [b for _, b in path.pairs] + [label[0].name],
        }
        yield _draft("filtered-lookup", question, sql, [left, master], used)


def documented_codes(catalog: Catalog, rng: random.Random) -> Iterator[TemplateCase]:
    """Every documented meaning of every coded column (ContractStatus 1 = Open, ARCM.Status H = Hold...).

    These few columns carry most of the questions users ask, so each value gets a question;
    a master keyed by group (ARCM) is limited to a company through HQCO.
    """
    hq = catalog.get("HQCO")
    for table, column in sorted(catalog.domains(), key=lambda tc: (tc[0].name, tc[1].name)):
        if not column.domain.meanings or _is_flag(column) or column.name in table.business_key:
            continue
        view = catalog.view_of(table.name)
        if view is None or view.kind == "table" or is_batch(table):
            continue
        group = table.business_key[0] if table.business_key else ""
        via_hq = (
            not table.company_column
            and group.endswith("Group")
            and hq is not None
            and hq.has_column(group)
        )
        if not table.company_column and not via_hq:
            continue
        for value, meaning in column.domain.meanings:
            taken: set[str] = set()
            a = q.alias_for(view.name, taken)
            keys = q.key_columns(view) if table.company_column else list(table.business_key)
            labels = q.label_columns(view, 1)
            money = q.money_columns(view)[:1]
            cols = list(
                dict.fromkeys(
                    [
                        *([table.company_column] if table.company_column else []),
                        *keys,
                        *(c.name for c in labels),
                        *(c.name for c in money),
                    ]
                )
            )
            trim = rng.random() < 0.5
            if via_hq:
                h = q.alias_for(hq.name, taken)
                co = q.pick_company(GROUP_COMPANY.get(group, "HQCo"), rng)
                source = f"\nFROM {view.name} {a}\nJOIN {hq.name} {h}\n    ON {h}.{group} = {a}.{group}\nWHERE {h}.HQCo = {co.value}"
            else:
                co = q.pick_company(table.company_column, rng)
                source = f"\nFROM {view.name} {a}\nWHERE {a}.{table.company_column} = {co.value}"
            sql = (
                co.declare()
                + q.select_list([q.shown(a, view, c, trim) for c in cols])
                + source
                + f"\n    AND {a}.{column.name} = {_lit(column, value)}"
            )
            if keys:
                sql += f"\nORDER BY {', '.join(f'{a}.{k}' for k in keys)}"
            words = ph.value_phrase(column, value)
            question = rng.choice(
                (
                    "List the {ml} {ent} {co}.",
                    "Which {ent} {co} have {phrase} {m}?",
                    "Show {ent} {co} whose {phrase} is {m} ({v}).",
                    "I need the {ent} with {phrase} = {m} {co}.",
                )
            ).format(
                ml=words.lower(),
                ent=ph.entity(view, rng),
                co=co.words(rng),
                phrase=ph.column_phrase(column),
                m=words,
                v=value,
            )
            if money and rng.random() < 0.5:
                question = question.rstrip(".?") + f", with the {ph.column_phrase(money[0])}."
            used = {view.name: [*cols, column.name]}
            objects = [view] + ([hq] if via_hq else [])
            if via_hq:
                used[hq.name] = ["HQCo", group]
            yield _draft("documented-codes", question, sql, objects, used)


TEMPLATES: tuple[tuple[str, Template], ...] = (
    ("domain-filter", domain_filter),
    ("documented-codes", documented_codes),
    ("status-breakdown", status_breakdown),
    ("header-detail", header_detail),
    ("master-lookup", master_lookup),
    ("filtered-lookup", filtered_lookup),
    ("group-master", group_master),
    ("period-totals", period_totals),
    ("top-n", top_n),
    ("key-lookup", key_lookup),
)


def generate_cases(catalog: Catalog, seed: int) -> Iterator[TemplateCase]:
    """Every template's drafts; each template has its own random stream, so one change stays local."""
    for name, template in TEMPLATES:
        yield from template(catalog, random.Random(f"{seed}:{name}"))
