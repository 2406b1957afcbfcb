"""The plan grammar for one request: only the retrieved views, their columns and their codes.

``plan_grammar(objects, catalog)`` writes a GBNF grammar (llama.cpp's format; llguidance reads
it through ``assistant.backends.constrain.gbnf_to_lark``) for the plan language of ``docs/plan.md``,
in its canonical spelling (``render_plan``: upper-case keywords, single spaces, one
clause per line). Under it a decoder can only write plans that parse and that name:

- views among ``objects``, each with its own columns (``JCCM.Contract``, never ``JCCM.Name``);
- for a coded column (a closed documented domain: ``ContractStatus`` 0–3, a ``bYN`` flag), only its
  documented values (or a ``@Param``) in ``=``, ``<>`` and ``IN``;
- ``DURING`` only on month columns, and no filter on a view's own company column
  (the compiler adds it);
- a value of the column's type: a number for a numeric column, quoted text for a text or date
  column (``JCCM.Contract = 1`` cannot be written: a contract number is text), ``LIKE`` on text only.

Free text, numbers and ``@Param`` names go where a value goes; at most six PARAM lines
(a bound, so a looping decoder stops). Rules are shared by domain, so a grammar stays
small when many flags share ``bYN``.

>>> from assistant.catalog import Catalog, Column, DbObject, Domain
>>> yn = Domain(values=("Y", "N"))
>>> v = DbObject("APVM", "view", columns=(Column("Vendor", "bVendor", "int"), Column("ActiveYN", "bYN", "char(1)", domain=yn)))
>>> print(plan_grammar([v], Catalog((v,))).splitlines()[0])
root ::= select-line where-block? having-block? order-line? company-line? params?
"""

from __future__ import annotations

from typing import Iterable

from ..catalog import Catalog, Column, DbObject
from .compiler import company_key
from .plan_sql import is_month_column

# The language's fixed part: everything but the names and codes of this request.
_CORE = r"""root ::= select-line where-block? having-block? order-line? company-line? params?
params ::= param-line (param-line (param-line (param-line (param-line param-line?)?)?)?)?
select-line ::= "SELECT " ("DISTINCT ")? ("TOP " count " ")? item (", " item)*
item ::= expr (" AS " label)?
expr ::= term (arith (term | number))*
agg ::= "COUNT(*)" | "COUNT(DISTINCT " col ")" | agg-name "(" agg-arg ")"
agg-name ::= "SUM" | "COUNT" | "AVG" | "MIN" | "MAX"
agg-arg ::= col (arith (col | number))*
arith ::= " + " | " - " | " * " | " / "
where-block ::= "\nWHERE " cond-line ("\nAND " cond-line)*
cond-line ::= cond (" OR " cond)*
plain-tail ::= " " cmp " " value | " " ("NOT ")? "IN (" value (", " value)* ")" | " BETWEEN " value " AND " value | " " ("NOT ")? "LIKE " (text | param) | null-tail
null-tail ::= " IS NULL" | " IS NOT NULL"
cmp ::= "=" | "<>" | "<" | "<=" | ">" | ">="
value ::= number | text | param | col
having-block ::= "\nHAVING " having-line ("\nAND " having-line)*
having-line ::= having-cond (" OR " having-cond)*
having-cond ::= expr " " cmp " " (number | param | expr)
order-line ::= "\nORDER BY " order-item (", " order-item)*
order-item ::= expr (" DESC")?
company-line ::= "\nCOMPANY " company (", " company)*
param-line ::= "\nPARAM " param " = " (number | text)
period ::= "YTD" | year | month (" TO " month)?
year ::= [12] [0-9] [0-9] [0-9]
month ::= year "-" ("0" [1-9] | "1" [0-2])
count ::= [1-9] [0-9]? [0-9]? [0-9]?
company ::= [1-9] [0-9]? [0-9]?
number ::= "-"? [0-9]+ ("." [0-9]+)?
text ::= "'" ([^'\n] | "''")* "'"
param ::= "@" [A-Za-z] [A-Za-z0-9_]*
label ::= [A-Za-z] [A-Za-z0-9_]*
"""


def plan_grammar(objects: Iterable[DbObject | str], catalog: Catalog) -> str:
    """A GBNF grammar for plans over ``objects`` (views or their names; base tables mean their views).

    Raises ``ValueError`` when none of ``objects`` is in the catalog: a grammar with no
    names would let the decoder write nothing at all.
    """
    views = _views(objects, catalog)
    if not views:
        raise ValueError("plan_grammar needs at least one view of the catalog")
    cols: list[str] = []
    numeric: list[str] = []
    texts: list[str] = []
    months: list[str] = []
    meanings: list[str] = []
    coded: dict[tuple[str, ...], list[str]] = {}  # domain literals -> the columns that hold them
    for view in views:
        company = (company_key(view) or "").lower()
        for column in view.columns:
            name = _lit(f"{view.name}.{column.name}")
            cols.append(name)
            if column.name.lower() == company:
                continue
            values = _codes(column)
            if column.domain is not None and column.domain.meanings and values:
                meanings.append(name)
            if values:
                coded.setdefault(values, []).append(name)
            elif is_month_column(column):
                months.append(name)
            elif column.is_numeric:
                numeric.append(name)
            else:
                texts.append(name)
    # a part this request lacks (no month column, no coded column) is left out of the alternatives:
    # GBNF has no empty rule, and nothing may stand in for it
    lines = [_CORE.rstrip("\n"), "col ::= " + _alts(cols)]
    terms, conds = (
        ["col", "agg"],
        [],
    )  # a bare number is no output column; it may only follow an operator
    if meanings:
        terms.append("meaning")
        lines.append(f'meaning ::= "MEANING(" ({_alts(meanings)}) ")"')
    if numeric:
        conds.append("num-cond")
        lines += [
            "num-cond ::= num-col num-tail",
            "num-col ::= " + _alts(numeric),
            'num-tail ::= " " cmp " " num-value | " " ("NOT ")? "IN (" num-value (", " num-value)* ")" '
            '| " BETWEEN " num-value " AND " num-value | null-tail',
            "num-value ::= number | param | col",
        ]
    if texts or months:
        lines += [
            'text-tail ::= " " cmp " " text-value | " " ("NOT ")? "IN (" text-value (", " text-value)* ")" '
            '| " BETWEEN " text-value " AND " text-value | " " ("NOT ")? "LIKE " (text | param) | null-tail',
            "text-value ::= text | param | col",
        ]
    if texts:
        conds.append("text-cond")
        lines += ["text-cond ::= text-col text-tail", "text-col ::= " + _alts(texts)]
    if months:
        conds.append("month-cond")
        lines += [
            'month-cond ::= month-col (" DURING " period | text-tail)',
            "month-col ::= " + _alts(months),
        ]
    for i, (values, names) in enumerate(sorted(coded.items())):
        conds.append(f"coded-cond-{i}")
        lines.append(f"coded-cond-{i} ::= ({_alts(names)}) coded-tail-{i}")
        lines.append(
            f'coded-tail-{i} ::= (" = " | " <> ") code-{i} | " " ("NOT ")? "IN (" code-{i} (", " code-{i})* ")" | null-tail'
        )
        lines.append(f"code-{i} ::= {_alts([_lit(v) for v in values])} | param")
    lines.append("term ::= " + " | ".join(terms))
    if not conds:  # only company columns: no filter can be written, so no WHERE line either
        lines[0] = lines[0].replace("where-block? ", "")
        conds.append("plain-cond")
        lines += ["plain-cond ::= col plain-tail"]
    lines.append("cond ::= " + " | ".join(conds))
    return "\n".join(lines) + "\n"


def _views(objects: Iterable[DbObject | str], catalog: Catalog) -> list[DbObject]:
    out: dict[str, DbObject] = {}
    for o in objects:
        obj = catalog.get(o) if isinstance(o, str) else o
        if obj is None:
            continue
        view = catalog.view_of(obj.name) or obj
        out.setdefault(view.name.lower(), view)
    return list(out.values())


def _codes(column: Column) -> tuple[str, ...]:
    """The literal spellings of a closed domain's values, as the plan writes them (``1``, ``'Y'``)."""
    d = column.domain
    if d is None or not d.closed or not d.values:
        return ()
    values = [v for v in d.values if v and "…" not in v and "..." not in v and v.lower() != "null"]
    if d.numeric:
        return tuple(v for v in values if _is_number(v))
    return tuple("'" + v.replace("'", "''") + "'" for v in values)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _alts(items: list[str]) -> str:
    return " | ".join(dict.fromkeys(items))
