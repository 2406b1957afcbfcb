"""The plan-mode prompt: one builder shared by the runtime and the training data.

In plan mode the model writes a query plan (``docs/plan.md``), not T-SQL, so its
prompt is much shorter than the SQL prompt: no conventions about joins, keys or
company filters (the compiler owns those), only the views it may name, their
columns and the documented codes of coded columns, then the question::

    Views:
    JCCM contracts: Contract, Description, ContractStatus {0=Pending, 1=Open, 2=Soft Close, 3=Hard Close}, ...
    ARCM customers: CustGroup, Customer, Name, ...
    Question: Which contracts are open, with their customer name?

The answer is the plan's canonical text (``render_plan``), nothing around it.
``finetune/data.py`` trains on exactly ``plan_messages(...)`` + the plan, and the
backends serve exactly ``plan_messages(...)``: change the format here, in one place,
and both follow (then retrain).

>>> from assistant.catalog import Catalog, Column, DbObject, Domain
>>> st = Domain(values=("0", "1"), meanings=(("0", "Pending"), ("1", "Open")), numeric=True)
>>> cm = DbObject("JCCM", "view", description="JC Contract Master", business_key=("JCCo", "Contract"),
...               company_column="JCCo", columns=(Column("JCCo", "bCompany", "tinyint"),
...               Column("Contract", "bContract", "varchar(10)"), Column("ContractStatus", "tinyint", "tinyint", domain=st)))
>>> print(plan_messages("Which contracts are open?", ["JCCM"], Catalog((cm,)))[-1]["content"])
Views:
JCCM contracts: Contract, ContractStatus {0=Pending, 1=Open}
Terms: open = JCCM.ContractStatus = 1
Question: Which contracts are open?
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..backends.base import Message
from ..catalog import Catalog, Column, DbObject
from .linking import links_line, question_links
from .nouns import view_noun
from .plan import render_plan
from .plan_sql import is_month_column

PLAN_SYSTEM = (
    "Answer with a query plan over the views listed, one clause per line: SELECT View.Column or "
    "SUM(View.Column) (COUNT, AVG, MIN, MAX); WHERE and AND conditions; ORDER BY; COMPANY n if the question "
    "names a company. Months: View.Mth DURING 2024, 2024-05 or 2024-01 TO 2024-06. No FROM, JOIN or GROUP BY."
)

MAX_EXAMPLES = 2
MAX_COLUMNS = 10  # per view: a plan names a handful; a long list costs prefill time on a CPU
MAX_CODES = 8  # documented codes shown per coded column (ContractStatus has 4; some have 20)

# Columns that say little about a row; listed only when asked for by name.
_NOISE = {"keyid", "uniqueattchid", "notes", "inusebatchid", "inusemth", "batchid", "purge"}


def plan_messages(
    question: str,
    context_objects: Iterable[Any],
    catalog: Catalog,
    examples: Iterable[Any] = (),
    *,
    columns: Mapping[str, Collection[str]] | None = None,
    max_columns: int = MAX_COLUMNS,
) -> list[Message]:
    """The chat that asks for a plan: system rules, worked examples as earlier turns, the views and the question.

    ``context_objects`` are what retrieval picked: view or table names, ``DbObject`` values, or the
    retriever's ``TableContext`` values (their chosen columns are listed). ``columns`` optionally names
    the columns to list per view (keys come first anyway). ``examples`` are approved examples
    (``{"question", "plan"}`` or ``{"question", "sql"}`` dicts, or objects with those attributes);
    SQL is lifted into a plan with ``plan_from_sql`` and skipped when the plan language cannot say it.
    """
    messages: list[Message] = [{"role": "system", "content": PLAN_SYSTEM}]
    for example in list(examples):
        if len(messages) >= 1 + 2 * MAX_EXAMPLES:
            break
        pair = _example_pair(example, catalog)
        if pair is not None:
            messages.append({"role": "user", "content": f"Question: {pair[0]}"})
            messages.append({"role": "assistant", "content": pair[1]})
    context_objects = list(context_objects)
    listing = schema_listing(context_objects, catalog, columns=columns, max_columns=max_columns)
    views = listed_views(context_objects, catalog, columns=columns, max_columns=max_columns)
    terms = links_line(question_links(question, views))
    messages.append({"role": "user", "content": plan_user_prompt(question, listing, terms)})
    return messages


def plan_user_prompt(question: str, listing: str, terms: str = "") -> str:
    """The listing, the question's linked terms (``linking.links_line``) and the question."""
    parts = [text for text in (listing, terms) if text.strip()]
    parts.append(f"Question: {' '.join(question.split())}")
    return "\n".join(parts)


def plan_answer(plan: Any) -> str:
    """The assistant turn for a plan: its canonical text (a ``Plan`` is rendered; text is stripped)."""
    return plan.strip() if isinstance(plan, str) else render_plan(plan)


def schema_listing(
    context_objects: Iterable[Any],
    catalog: Catalog,
    *,
    columns: Mapping[str, Collection[str]] | None = None,
    max_columns: int = MAX_COLUMNS,
) -> str:
    """``Views:`` then one line per view: name, what people call it, its columns with documented codes."""
    lines = []
    for view in listed_views(context_objects, catalog, columns=columns, max_columns=max_columns):
        noun = view_noun(view)
        head = f"{view.name} {noun}" if noun else view.name
        lines.append(f"{head}: " + ", ".join(column_entry(c) for c in view.columns))
    return "Views:\n" + "\n".join(lines) if lines else ""


def listed_views(
    context_objects: Iterable[Any],
    catalog: Catalog,
    *,
    columns: Mapping[str, Collection[str]] | None = None,
    max_columns: int = MAX_COLUMNS,
) -> list[DbObject]:
    """The views ``schema_listing`` lists, each holding exactly the columns it lists, in that order.

    The plan grammar is built over these, so the model can name what it is shown and nothing else.
    """
    wanted = {k.lower(): v for k, v in (columns or {}).items()}
    views: list[DbObject] = []
    seen: set[str] = set()
    for item in context_objects:
        view, chosen = _view_and_columns(item, catalog)
        if view is None or view.name.lower() in seen:
            continue
        seen.add(view.name.lower())
        names = wanted.get(view.name.lower())
        if names is None and view.base_table:
            names = wanted.get(view.base_table.lower())
        views.append(
            replace(
                view,
                columns=tuple(
                    _pick_columns(view, names if names is not None else chosen, max_columns)
                ),
            )
        )
    return views


def column_entry(column: Column) -> str:
    """``ContractStatus {0=Pending, 1=Open}``, ``Mth month``, or the bare name."""
    domain = column.domain
    if domain is not None and domain.closed and domain.values:
        shown = (
            domain.meanings[:MAX_CODES]
            if domain.meanings
            else tuple((v, "") for v in domain.values[:MAX_CODES])
        )
        codes = ", ".join(f"{v}={m}" if m else v for v, m in shown)
        return f"{column.name} {{{codes}}}"
    if is_month_column(column):
        return f"{column.name} month"
    return column.name


# -- helpers -------------------------------------------------------------------------


def _view_and_columns(item: Any, catalog: Catalog) -> tuple[DbObject | None, list[str] | None]:
    """The view behind a context item, and the columns retrieval chose for it (None: not chosen)."""
    if isinstance(item, str):
        obj = catalog.get(item)
        chosen = None
    elif isinstance(item, DbObject):
        obj, chosen = item, None
    else:  # a retrieval TableContext (or anything with .name and .columns)
        obj = catalog.get(str(getattr(item, "name", "")))
        cols = getattr(item, "columns", ()) or ()
        chosen = [getattr(c, "name", str(c)) for c in cols] or None
    if obj is None:
        return None, None
    view = catalog.view_of(obj.name) or obj
    return view, chosen


def _pick_columns(view: DbObject, names: Collection[str] | None, limit: int) -> list[Column]:
    """Keys (not the company column: the compiler pins it), the named columns, then what a plan most often
    names (labels, codes, amounts, months), up to ``limit``; listed in the view's own column order, so the
    position of a column in the list never says which ones a question wants."""
    company = (view.company_column or "").lower()
    picked: list[Column] = []

    def add(name: str) -> None:
        column = view.column(name)
        if column is not None and column.name.lower() != company and column not in picked:
            picked.append(column)

    for name in view.business_key:
        add(name)
    for name in names or ():
        add(name)
    rest = [
        c
        for c in view.columns
        if c.name.lower() not in _NOISE
        and not c.name.lower().startswith("inuse")
        and not c.name.lower().startswith("inbatch")
    ]
    for column in sorted(rest, key=_usefulness):
        if len(picked) >= limit:
            break
        add(column.name)
    order = {c.name.lower(): i for i, c in enumerate(view.columns)}
    return sorted(picked, key=lambda c: order.get(c.name.lower(), len(order)))


_LABELS = ("description", "name", "sortname", "title", "fullname", "lastname", "firstname")


def _usefulness(column: Column) -> int:
    """Lower is listed first: labels, documented codes, amounts, months, group and code columns, the rest."""
    name, kind = column.name.lower(), column.vista_type.lower()
    if name in _LABELS:
        return 0
    if column.domain is not None and column.domain.meanings:
        return 1
    if kind == "bdollar":
        return 2
    if kind == "bmonth":
        return 3
    if kind in (
        "bgroup",
        "bvendor",
        "bcustomer",
        "bjob",
        "bcontract",
        "bphase",
        "bjcctype",
        "bemployee",
        "bglacct",
    ):
        return 4
    if kind in ("bdate", "bhrs", "bunits", "bpct"):
        return 5
    if column.domain is not None and column.domain.closed:
        return 6
    return 7


def _example_pair(example: Any, catalog: Catalog) -> tuple[str, str] | None:
    get = example.get if isinstance(example, dict) else (lambda k, d=None: getattr(example, k, d))
    inner = None if isinstance(example, dict) else getattr(example, "example", None)
    if inner is not None and not getattr(example, "sql", None):
        get = lambda k, d=None: getattr(inner, k, d)  # noqa: E731  (a retrieval hit wrapping a catalog Example)
    question = str(get("question", "") or "").strip()
    plan = get("plan", None)
    if plan is None and get("sql", None):
        from .plan_from_sql import plan_from_sql

        plan = plan_from_sql(str(get("sql")), catalog)
    if not question or plan is None or (isinstance(plan, str) and not plan.strip()):
        return None
    return " ".join(question.split()), plan_answer(plan)
