"""Plan mode: the model writes a query plan under a schema grammar, the catalog compiles it to T-SQL.

``draft_plan()`` is plan mode's ``draft()`` (``generate.py`` keeps free SQL). The loop:

1. retrieve the schema context (views, columns, approved examples);
2. list the views with their columns and codes (``plan_prompt``) and build the plan grammar over
   exactly what is listed (``plan_grammar``): the decoder can name nothing else;
3. decode under the grammar (llguidance in process, or a server that takes GBNF; a backend that
   cannot constrain decodes freely, and the draft says so in ``notes``);
4. parse the plan (a reply cut by the token limit is trimmed back to its last whole item), and
   add what the question states plainly and the plan left out (``linking.complete_plan``: a
   stated code such as "open", a named column such as "customer name"; the notes say so);
5. compile it (``compile_plan``: joins, company, GROUP BY from the catalog);
6. validate the compiled SQL like any other query (static checks and the shadow dry run):
   the compiler is not trusted either.

Self-correction: a compile error is fed back to the model with the plan it wrote. When no
documented path joins the views it named (PL201), or two paths are equally good (PL202), the
context is widened once with the views that link them, so the next attempt can name one. When
every attempt still names a view that nothing joins (PL201), the last plan is compiled without
the items on the views that stay apart (the largest part joined to its first view); the draft's
notes name what was dropped, and that SQL is validated like any other.

The result is the same :class:`~assistant.drafting.generate.Draft` SQL mode returns, with the
plan attached (``Draft.plan``) and ``mode="plan"``: the app and ``vgpt ask`` render both.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from functools import partial
from itertools import combinations
from typing import Any, Callable, Iterable

from ..backends.base import Backend, Message, grammar_mode
from ..catalog import Catalog, DbObject
from ..errors import BackendError
from ..retrieval.protocols import Retriever
from ..settings import Settings
from ..validate.findings import Finding, Report
from .compiler import Compiled, compile_plan
from .generate import Attempt, Draft, best_attempt, drafting_question
from .grammar import plan_grammar
from .linking import Link, complete_plan, question_links
from .plan import (
    Compare,
    InList,
    Number,
    Param,
    Plan,
    PlanSyntaxError,
    Text,
    bare_refs,
    condition_refs,
    condition_values,
    parse_plan,
    refs,
    render_plan,
)
from .plan_prompt import MAX_COLUMNS, listed_views, plan_messages

PLAN_MAX_NEW_TOKENS = (
    160  # a plan is 62 tokens at the median, 118 at p95 (docs/plan.md); more is a loop
)
WIDEN_CODES = ("PL201", "PL202")  # compile errors that more views can fix
WIDEN_VIEWS = 3  # views added when widening
PLAN_SYNTAX_CODE = "GEN002"
NO_VIEW_CODE = "GEN003"
UNCONSTRAINED_NOTE = (
    "{backend} decoded without a grammar (it takes none; set openai_grammar for llama.cpp or vLLM "
    "servers): the plan was checked by the parser, the compiler and the validator instead"
)

_COMPANY = re.compile(r"\bcompany\s*(?:no\.?|number|#)?\s*(\d{1,3})\b", re.IGNORECASE)


def named_company(question: str) -> int | None:
    """The company a question names ("in company 1", "company #3"); None when it names none.

    >>> named_company("Which contracts in company 1 are open?"), named_company("open contracts")
    (1, None)
    """
    match = _COMPANY.search(question)
    return int(match.group(1)) if match else None


def draft_plan(
    question: str,
    *,
    catalog: Catalog,
    retriever: Retriever | None,
    backend: Backend,
    settings: Settings,
    on_token: Callable[[str], None] | None = None,
    on_attempt: Callable[[Attempt], None] | None = None,
    stages: Iterable[Callable] = (),
    context: Any = None,
) -> Draft:
    """Draft validated SQL for ``question`` through a plan. See the module docstring for the loop.

    ``context`` is a retrieval result to use instead of retrieving again (the chat shows it first).
    """
    question = drafting_question(question, backend)
    from ..validate import validate

    stages = tuple(stages)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    if context is None and retriever is not None:
        context = retriever.retrieve(question, k=8, budget_tokens=settings.context_tokens)
    timings["retrieve"] = time.perf_counter() - started
    objects = context_objects(context)
    if not objects:
        raise BackendError(
            "plan mode needs the schema context: no view was retrieved for this question (run `vgpt ingest`)"
        )
    examples = tuple(getattr(context, "examples", ()) or ())
    mode = grammar_mode(backend)
    notes: list[str] = []
    if mode == "none":
        notes.append(UNCONSTRAINED_NOTE.format(backend=getattr(backend, "name", "the backend")))
    asked = named_company(question)
    compile_ = partial(
        compile_plan, catalog=catalog, company=asked, default_company=settings.default_company or 1
    )
    max_new = min(PLAN_MAX_NEW_TOKENS, settings.max_new_tokens)

    attempts: list[Attempt] = []
    plans: dict[int, str] = {}  # attempt number -> the plan it compiled
    widened = False
    feedback: list[Message] = []
    generation: list[dict] = []
    generate_seconds = compile_seconds = validate_seconds = 0.0
    for _ in range(max(1, settings.max_attempts)):
        views = listed_views(objects, catalog, max_columns=MAX_COLUMNS)
        grammar = plan_grammar(views, Catalog(tuple(views))) if mode != "none" else None
        messages = plan_messages(question, objects, catalog, examples) + feedback
        t0 = time.perf_counter()
        reply = _generate(backend, messages, max_new, on_token, grammar)
        generate_seconds += time.perf_counter() - t0
        stats = dict(getattr(backend, "last_stats", {}) or {})
        generation.append(stats)

        t1 = time.perf_counter()
        plan, text, problem = settle_plan(reply, cut=(stats.get("new_tokens") or 0) >= max_new)
        compiled = None
        if plan is not None:
            plan, compiled, added = compile_completed(
                plan, question_links(question, views), compile_
            )
            if added:
                text = render_plan(plan)
                note = ADDED_NOTE + "; ".join(added)
                if note not in notes:
                    notes.append(note)
        compile_seconds += time.perf_counter() - t1
        t2 = time.perf_counter()
        if compiled is not None and compiled.ok:
            report = validate(compiled.sql, catalog, stages=stages)
            sql = report.sql
        else:
            findings = (problem,) if problem is not None else compiled.errors
            report = Report(sql="", verdict="fail", findings=findings)
            sql = ""
        validate_seconds += time.perf_counter() - t2
        attempt = Attempt(len(attempts) + 1, "model", reply, sql, report, time.perf_counter() - t0)
        attempts.append(attempt)
        plans[attempt.number] = text
        if on_attempt is not None:
            on_attempt(attempt)
        if attempt.passed:
            break
        errors = list(report.errors)
        if (
            compiled is not None
            and not compiled.ok
            and not widened
            and any(f.code in WIDEN_CODES for f in errors)
        ):
            more = linking_views(
                plan,
                catalog,
                [
                    o.name if isinstance(o, DbObject) else str(getattr(o, "name", o))
                    for o in objects
                ],
            )
            if more:
                objects = [*objects, *more]
                widened = True
                notes.append(
                    f"widened the context with {', '.join(more)} after: {errors[0].message}"
                )
        feedback = correction_turns(text or reply, errors, widened=widened)
    last = attempts[-1]
    if not last.passed and "PL201" in {f.code for f in last.report.errors}:
        t0 = time.perf_counter()
        pruned = joinable_part(
            parse_plan(plans[last.number]), catalog, asked, settings.default_company or 1
        )
        if pruned is not None:
            part, dropped = pruned
            part, compiled, added = compile_completed(
                part, question_links(question, views), compile_
            )
            if added:
                notes.append(ADDED_NOTE + "; ".join(added))
            report = validate(compiled.sql, catalog, stages=stages)
            attempt = Attempt(
                len(attempts) + 1,
                "plan-fix",
                f"attempt {last.number} without {', '.join(dropped)}",
                report.sql,
                report,
                time.perf_counter() - t0,
            )
            attempts.append(attempt)
            plans[attempt.number] = render_plan(part)
            notes.append(
                f"dropped {', '.join(dropped)}: no documented join path reaches "
                f"{'it' if len(dropped) == 1 else 'them'} from {part.views[0]}"
            )
            if on_attempt is not None:
                on_attempt(attempt)
    timings["generate"] = generate_seconds
    timings["compile"] = compile_seconds
    timings["validate"] = validate_seconds

    final = best_attempt(attempts)
    timings["total"] = time.perf_counter() - started
    return Draft(
        question,
        tuple(attempts),
        context,
        final.sql,
        final.report,
        final.report.verdict,
        None,
        timings,
        mode="plan",
        plan=plans.get(final.number, ""),
        notes=tuple(notes),
        plan_findings=_plan_findings(final, plans, catalog, asked, settings),
        generation=tuple(generation),
    )


def joinable_part(
    plan: Plan, catalog: Catalog, company: int | None, default_company: int
) -> tuple[Plan, list[str]] | None:
    """The largest part of ``plan`` that compiles: its items on a set of views with its first view that a
    documented join tree connects (output columns, filter lines, order items and parameters on other
    views are left out), and the views left out. None when no part with an output column compiles.
    """
    views = list(plan.views)
    if not views:
        return None
    root, others = views[0], views[1:]
    for size in range(len(others) - 1, -1, -1):
        for kept in combinations(others, size):
            keep = {root.lower(), *(v.lower() for v in kept)}
            part = _restrict(plan, keep)
            if part is None:
                continue
            if compile_plan(part, catalog, company=company, default_company=default_company).ok:
                return part, [v for v in views if v.lower() not in keep]
    return None


def _restrict(plan: Plan, keep: set[str]) -> Plan | None:
    def on(nodes) -> bool:
        return all(r.view.lower() in keep for r in nodes)

    columns = tuple(c for c in plan.columns if on(refs(c.expr)))
    if not columns:
        return None
    filters = tuple(f for f in plan.filters if all(on(condition_refs(c)) for c in f.any_of))
    having = tuple(f for f in plan.having if all(on(condition_refs(c)) for c in f.any_of))
    order = tuple(o for o in plan.order if on(refs(o.expr)))
    used = {
        v.name.lower()
        for f in (*filters, *having)
        for c in f.any_of
        for v in condition_values(c)
        if isinstance(v, Param)
    }
    params = tuple(p for p in plan.params if p.name.lower() in used)
    return replace(
        plan, columns=columns, filters=filters, having=having, order=order, params=params
    )


def context_objects(context: Any) -> list[Any]:
    """The retrieved objects a plan may name: those shown with their columns (all of them when none is)."""
    tables = list(getattr(context, "tables", ()) or ())
    full = [t for t in tables if not getattr(t, "compact", False)]
    if full or tables:
        return full or tables
    return list(getattr(context, "table_names", ()) or ())


ADDED_NOTE = "added what the question states and the plan left out: "


def compile_completed(
    plan: Plan, links: list[Link], compile_: Callable[[Plan], Compiled]
) -> tuple[Plan, Compiled, list[str]]:
    """``plan`` with the question's stated terms added (``linking.complete_plan``), compiled, and
    what was added; the model's own plan, compiled, where the additions cannot be joined in."""
    completed, added = complete_plan(plan, links)
    if added:
        compiled = compile_(completed)
        if compiled.ok:
            return completed, compiled, added
    return plan, compile_(plan), []


def settle_plan(reply: str, *, cut: bool = False) -> tuple[Plan | None, str, Finding | None]:
    """The plan in a reply, its canonical text, or the syntax finding that stopped it.

    A reply the token limit cut short (``cut``: ``SELECT A.X, A.Y, A.Cu``) loses its last,
    unfinished item or line; one that does not parse is trimmed back the same way until it does.
    An item written twice (a small model's loop) is kept once, and an ORDER BY item the plan
    cannot sort by is dropped (``orderable``). Nothing is added: what remains is text the model wrote.

    >>> plan, text, problem = settle_plan("SELECT JCCM.Contract, JCCM.Customer, JCCM.Customer, JCCM.Cus", cut=True)
    >>> text, problem
    ('SELECT JCCM.Contract, JCCM.Customer', None)
    """
    text = reply.strip()
    first: PlanSyntaxError | None = None
    candidate = _trim(text) if cut else text
    while candidate:
        try:
            plan = orderable(dedupe(parse_plan(candidate)))
            if (
                not plan.views
            ):  # SELECT COUNT(*) alone: nothing to read from (the compiler needs a view)
                return (
                    None,
                    render_plan(plan),
                    Finding(
                        NO_VIEW_CODE,
                        "plan-names-no-view",
                        "error",
                        "the plan names no View.Column: name a column of a listed view",
                        source="generator",
                    ),
                )
            return plan, render_plan(plan), None
        except PlanSyntaxError as exc:
            first = first or exc
        candidate = _trim(candidate)
    if first is None:
        return (
            None,
            "",
            Finding(
                PLAN_SYNTAX_CODE,
                "plan-syntax",
                "error",
                "the model wrote no plan",
                source="generator",
            ),
        )
    return (
        None,
        "",
        Finding(
            PLAN_SYNTAX_CODE,
            "plan-syntax",
            "error",
            f"the plan does not parse: {first.reason}",
            line=first.line or 1,
            col=first.col or 1,
            source="generator",
        ),
    )


def _trim(text: str) -> str:
    """``text`` without its last item (after the last ``", "`` of the last line) or, lacking one, its last line."""
    lines = text.split("\n")
    if ", " in lines[-1]:
        lines[-1] = lines[-1][: lines[-1].rindex(", ")]
    else:
        lines.pop()
    return "\n".join(lines).strip()


def orderable(plan: Plan) -> Plan:
    """``plan`` without the ORDER BY items it cannot sort by: in a grouped plan, a column that is
    neither an output column nor inside an aggregate; with DISTINCT, anything not in the output.
    Only the order of the rows changes, never which rows (the compiler would reject the plan).

    >>> print(render_plan(orderable(parse_plan(
    ...     "SELECT JCCH.Phase, SUM(JCCH.OrigCost)\\nORDER BY JCCH.Phase, JCCH.CostType"))))
    SELECT JCCH.Phase, SUM(JCCH.OrigCost)
    ORDER BY JCCH.Phase
    """
    if plan.aggregated:
        grouped = {str(r).lower() for c in plan.columns for r in bare_refs(c.expr)}
        keep = tuple(
            o for o in plan.order if all(str(r).lower() in grouped for r in bare_refs(o.expr))
        )
    elif plan.distinct:
        shown = {c.expr for c in plan.columns}
        keep = tuple(o for o in plan.order if o.expr in shown)
    else:
        return plan
    return plan if keep == plan.order else replace(plan, order=keep)


def dedupe(plan: Plan) -> Plan:
    """``plan`` with each output column, filter line, order item and parameter kept once (first wins)."""

    def once(items, key=str):
        seen, out = set(), []
        for item in items:
            if key(item) not in seen:
                seen.add(key(item))
                out.append(item)
        return tuple(out)

    return replace(
        plan,
        columns=once(plan.columns),
        filters=once(plan.filters),
        having=once(plan.having),
        order=once(plan.order),
        params=once(plan.params, key=lambda p: p.name.lower()),
    )


def linking_views(
    plan: Plan | None, catalog: Catalog, shown: list[str], limit: int = WIDEN_VIEWS
) -> list[str]:
    """Views not yet shown that a documented join path links to the plan's views, those linking most first.

    A view that joins two of the plan's views (the missing link of PL201, or the one to name of PL202)
    ranks before one that joins a single view.
    """
    if plan is None:
        return []
    named = {v.lower() for v in plan.views}
    have = {s.lower() for s in shown} | named
    links: dict[str, set[str]] = {}
    for path in catalog.join_paths:
        for a, b in ((path.left, path.right), (path.right, path.left)):
            va, vb = catalog.view_of(a), catalog.view_of(b)
            if va is None or vb is None or va.name.lower() not in named or vb.name.lower() in have:
                continue
            if vb.name.upper() == "HQCO" or vb.kind == "table" or _batch(vb):
                continue
            links.setdefault(vb.name, set()).add(va.name.lower())
    ranked = sorted(links, key=lambda name: (-len(links[name]), name))
    return ranked[:limit]


def _batch(obj: DbObject) -> bool:
    """A batch table (keyed by BatchId/BatchSeq): data entry in progress, never a link to show (as jointree)."""
    return bool({k.lower() for k in obj.business_key} & {"batchid", "batchseq"}) or obj.has_column(
        "BatchSeq"
    )


def correction_turns(previous: str, errors: list[Finding], *, widened: bool) -> list[Message]:
    """The plan the model wrote and why it was refused, as the next turns of the chat."""
    lines = [f"- {f.message}" + (f" ({f.suggestion})" if f.suggestion else "") for f in errors] or [
        "- it was refused"
    ]
    ask = "Write the whole plan again"
    if widened:
        ask += ", using a view from the list that links them"
    return [
        {"role": "assistant", "content": previous.strip() or "(no plan)"},
        {
            "role": "user",
            "content": "The compiler could not use this plan:\n" + "\n".join(lines) + f"\n{ask}.",
        },
    ]


def invented_names(text: str, views: Iterable[DbObject]) -> list[str]:
    r"""What ``text`` names outside the listing: ``View.Column`` names that are not a listed column of a
    listed view, and codes a coded column is compared with that its domain does not document.

    This is what the grammar makes impossible; for free text it counts what the model made up.

    >>> from assistant.catalog import Column, DbObject, Domain
    >>> st = Domain(values=("0", "1"), numeric=True)
    >>> v = DbObject("JCCM", "view", columns=(Column("Contract", "bContract", "varchar(10)"),
    ...                                        Column("ContractStatus", "tinyint", "tinyint", domain=st)))
    >>> invented_names("SELECT JCCM.Contract, JCCM.Name, ARCM.Name\nWHERE JCCM.ContractStatus IN (1, 7)", [v])
    ['JCCM.Name', 'ARCM.Name', 'JCCM.ContractStatus = 7']
    """
    views = list(views)
    known = {(v.name.lower(), c.name.lower()): c for v in views for c in v.columns}
    out = [f"{a}.{b}" for a, b in _NAME.findall(text) if (a.lower(), b.lower()) not in known]
    try:
        plan = parse_plan(text)
    except PlanSyntaxError:
        return out
    for line in (*plan.filters, *plan.having):
        for cond in line.any_of:
            column = known.get(
                (
                    str(getattr(cond.left, "view", "")).lower(),
                    str(getattr(cond.left, "column", "")).lower(),
                )
            )
            codes = _codes(column)
            if not codes:
                continue
            values = (
                cond.values
                if isinstance(cond, InList)
                else (cond.right,)
                if isinstance(cond, Compare)
                else ()
            )
            for value in values:
                if (
                    isinstance(value, (Number, Text))
                    and str(getattr(value, "value", value)).strip("'") not in codes
                ):
                    out.append(f"{cond.left} = {value}")
    return out


def _codes(column) -> set[str]:
    domain = getattr(column, "domain", None)
    if domain is None or not domain.closed or not domain.values:
        return set()
    return {str(v) for v in domain.values}


_NAME = re.compile(r"(?<![\w.@'])([A-Za-z][A-Za-z0-9]*)\.([A-Za-z_][A-Za-z0-9_]*)(?![\w.])")


def _plan_findings(
    final: Attempt, plans: dict[int, str], catalog: Catalog, asked: int | None, settings: Settings
) -> tuple[Finding, ...]:
    """The compiler's notes on the final plan (joined through, company override), for the report."""
    text = plans.get(final.number, "")
    if (
        not text or not final.sql
    ):  # not compiled: the report holds why (parser, compiler or generator)
        return tuple(f for f in final.report.findings if f.source in ("compiler", "generator"))
    compiled: Compiled = compile_plan(
        parse_plan(text), catalog, company=asked, default_company=settings.default_company or 1
    )
    return compiled.findings


_CLAUSE = re.compile(
    r"^(SELECT (DISTINCT )?(TOP \d+ )?|WHERE |AND |HAVING |ORDER BY |COMPANY |PARAM )"
)


def plan_loops(text: str) -> bool:
    r"""Whether a plan so far writes a finished item twice in one line, or a line twice: a small model's loop.

    In-process backends end the plan at the next point where it may end once this holds (the
    repeated item is then kept once), instead of looping to the token limit. The last item of
    the last line is not finished (``SUM(A.X)`` may go on as ``SUM(A.X) - SUM(A.Y)``).

    >>> plan_loops("SELECT A.X, A.Y, A.X, A.Y"), plan_loops("SELECT A.X, A.Y, A.X")
    (True, False)
    >>> plan_loops("SELECT A.X, A.Y\nORDER BY A.X"), plan_loops("SELECT A.X\nAND A.Y = 1\nAND A.Y = 1")
    (False, True)
    """
    lines = text.split("\n")
    if len(lines) != len(set(lines)):
        return True
    for n, line in enumerate(lines, 1):
        items = _CLAUSE.sub("", line).split(", ")
        finished = items[:-1] if n == len(lines) else items
        if len(finished) != len(set(finished)):
            return True
    return False


def _generate(
    backend: Backend,
    messages: list[Message],
    max_new_tokens: int,
    on_token: Callable[[str], None] | None,
    grammar: str | None,
) -> str:
    kwargs: dict[str, Any] = {"grammar": grammar} if grammar else {}
    if grammar and grammar_mode(backend) == "llguidance":
        kwargs["stop"] = plan_loops  # end a loop at the next point where the plan may end
    if on_token is None:
        return str(
            backend.generate(messages, stream=False, max_new_tokens=max_new_tokens, **kwargs)
        )
    pieces = []
    for piece in backend.generate(messages, stream=True, max_new_tokens=max_new_tokens, **kwargs):
        pieces.append(piece)
        on_token(piece)
    return "".join(pieces)
