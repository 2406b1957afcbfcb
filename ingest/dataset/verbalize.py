"""A plan in business words: the questions a project accountant or PM would type for it.

The question is written *from the plan*, so it says exactly what the plan does and
nothing more: the rows (a noun for the root view: "contracts", "AP invoices"), the
columns wanted ("with the customer name"), the filters in words (a documented code's
meaning: "open"; a flag: "active"; a month range: "from January to June 2024"), totals
and groupings ("total gross amount per vendor"), a top N, a company. It never names a
table or view: users do not write ``JCCM``, and a model trained on such questions learns
to copy names from the question. ``paraphrases`` draws several wordings (frames, verbs,
synonyms, the order of the parts), seeded, and drops any that would contain a catalog
object's name (``NameGuard``).

A view that the catalog gives no business noun for (no nickname, no description, a bare
code like ``APRH``) cannot be asked about in business words: ``paraphrases`` returns none.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence

from assistant.catalog import Catalog, Column, DbObject
from assistant.drafting.plan import (
    Aggregate,
    Arith,
    Between,
    ColumnRef,
    Compare,
    During,
    InList,
    IsNull,
    Like,
    Meaning,
    Number,
    Param,
    Period,
    Plan,
    Text,
)
from assistant.drafting.plan_sql import is_month_column
from assistant.vocabulary import QUESTION_ABBREVIATIONS, split_identifier

from . import phrasing as ph

MONTHS = ph.MONTHS
_LABELS = ("description", "name", "sortname", "title", "fullname")

# Synonyms for words inside column phrases (the catalog documents almost no column descriptions).
_WORD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "amount": ("amount", "amount", "value"),
    "description": ("description", "description", "name"),
    "total": ("total", "total", "overall"),
    "original": ("original", "original", "initial"),
    "current": ("current", "current", "latest"),
    "billed": ("billed", "billed", "invoiced"),
    "received": ("received", "received", "collected"),
    "gross": ("gross", "gross"),
    "vendor": ("vendor", "vendor", "supplier"),
    "customer": ("customer", "customer", "client"),
    "job": ("job", "job", "project"),
}


class NameGuard:
    """Whether a text names a catalog object (case-insensitive, whole word): such a question is refused."""

    def __init__(self, catalog: Catalog) -> None:
        self.names = {o.name.lower(): o.name for o in catalog.objects}

    def names_in(self, text: str) -> list[str]:
        """The catalog names in ``text``, as whole words (identifiers are word characters only)."""
        return [self.names[w] for w in re.findall(r"\w+", text.lower()) if w in self.names]

    def __call__(self, text: str) -> bool:
        return any(w in self.names for w in re.findall(r"\w+", text.lower()))


# -- nouns and phrases -------------------------------------------------------------


def _short(name: str) -> str:
    return name[1:] if name[:1] in "bv" and name[1:2].isupper() else name


def plural_nouns(view: DbObject) -> list[str]:
    """The nouns for a view's rows, most common first; empty when the catalog gives none in business words."""
    key = _short(view.name)
    if key in ph.NICKNAMES:
        return list(ph.NICKNAMES[key])
    if view.description:
        noun = ph.description_noun(view)
        return [noun, noun.replace(" records", " entries")] if noun.endswith(" records") else [noun]
    words = split_identifier(key)
    if (
        len(words) >= 3
    ):  # HQCompanyProcess → 'HQ company process records'; a bare code (APRH) says nothing
        text = " ".join(w if w.isupper() else w.lower() for w in words)
        return [f"{text} records"]
    return []


def singular_noun(view: DbObject) -> str:
    key = _short(view.name)
    if key in ph.SINGULAR:
        return ph.SINGULAR[key]
    nouns = plural_nouns(view)
    if not nouns:
        return ""
    noun = nouns[0].removesuffix(" records").removesuffix(" entries")
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def column_phrases(column: Column) -> list[str]:
    """A column in words, with synonyms: ``ContractAmt`` → 'contract amount', 'contract value'."""
    base = ph.column_phrase(column)
    out = [base]
    if column.description and len(column.description) <= 40 and "(" not in column.description:
        out.append(column.description.strip().rstrip(".").lower())
    words = base.split()
    for i, w in enumerate(words):
        for syn in _WORD_SYNONYMS.get(w, ()):
            out.append(" ".join(words[:i] + [syn] + words[i + 1 :]))
    return list(dict.fromkeys(p for p in out if p))


def meaning_words(column: Column, value: str) -> str:
    return ph.value_phrase(column, value)


def _period_words(period: Period, rng: random.Random) -> str:
    if period.kind == "ytd":
        return rng.choice(("year to date", "so far this year", "for this year to date"))
    if period.kind == "year":
        return rng.choice(("in {y}", "during {y}", "for {y}", "for calendar year {y}")).format(
            y=period.start
        )
    if period.kind == "month":
        y, m = period.start.split("-")
        name = MONTHS[int(m) - 1]
        return rng.choice(
            ("in {m} {y}", "for {m} {y}", "for the {m} {y} month", "in the month of {m} {y}")
        ).format(m=name, y=y)
    (y1, m1), (y2, m2) = period.start.split("-"), period.end.split("-")
    a, b = MONTHS[int(m1) - 1], MONTHS[int(m2) - 1]
    if y1 == y2:
        return rng.choice(
            (
                "from {a} to {b} {y}",
                "between {a} and {b} {y}",
                "for {a} through {b} {y}",
                "in the months {a} to {b} {y}",
            )
        ).format(a=a, b=b, y=y1)
    return rng.choice(("from {a} {y1} to {b} {y2}", "between {a} {y1} and {b} {y2}")).format(
        a=a, b=b, y1=y1, y2=y2
    )


# -- the plan, read ----------------------------------------------------------------


class _Unsayable(Exception):
    """The plan holds something this verbalizer has no business words for."""


class Verbalizer:
    """Turns plans over one catalog into questions."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.guard = NameGuard(catalog)

    # .. names

    def view(self, name: str) -> DbObject:
        obj = self.catalog.get(name)
        if obj is None:
            raise _Unsayable(name)
        return self.catalog.view_of(obj.name) or obj

    def column(self, ref: ColumnRef) -> Column:
        col = self.view(ref.view).column(ref.column)
        if col is None:
            raise _Unsayable(str(ref))
        return col

    def entity(self, view: DbObject, rng: random.Random) -> str:
        nouns = plural_nouns(view)
        if not nouns:
            raise _Unsayable(view.name)
        return rng.choice(nouns)

    def col_words(
        self, ref: ColumnRef, subject: DbObject, rng: random.Random, *, owner: bool = True
    ) -> str:
        """A column in words; a column of another view says whose it is ('customer name', 'job description')."""
        view, column = self.view(ref.view), self.column(ref)
        phrase = rng.choice(column_phrases(column))
        if not owner or view.name == subject.name:
            return phrase
        noun = singular_noun(view)
        if not noun:
            raise _Unsayable(view.name)
        first = phrase.split()[0] if phrase else ""
        if first and first in noun.split():  # 'vendor' + 'vendor group' → 'vendor group'
            return phrase
        if column.name.lower() in _LABELS and rng.random() < 0.3:
            return f"{noun}'s {phrase}"
        return f"{noun} {phrase}"

    def expr_words(self, expr, subject: DbObject, rng: random.Random) -> str:
        if isinstance(expr, ColumnRef):
            return self.col_words(expr, subject, rng)
        if isinstance(expr, Aggregate):
            if expr.arg is None:
                return rng.choice(("number of {e}", "count of {e}", "how many {e}")).format(
                    e=self.entity(subject, rng)
                )
            inner = self.expr_words(expr.arg, subject, rng)
            if expr.func == "COUNT DISTINCT":
                return rng.choice(
                    ("number of distinct {x}", "how many different {x}", "count of unique {x}")
                ).format(x=inner)
            if expr.func == "COUNT":
                return rng.choice(("number of {x} entries", "count of {x}")).format(x=inner)
            date = (
                isinstance(expr.arg, ColumnRef)
                and "date" in self.column(expr.arg).vista_type.lower()
            )
            words = {
                "SUM": ("total {x}", "sum of {x}", "total {x}"),
                "AVG": ("average {x}", "mean {x}"),
                "MIN": ("earliest {x}",) if date else ("smallest {x}", "minimum {x}", "lowest {x}"),
                "MAX": ("latest {x}",) if date else ("largest {x}", "maximum {x}", "highest {x}"),
            }[expr.func]
            return rng.choice(words).format(x=inner)
        if isinstance(expr, Meaning):
            return rng.choice(
                ("what each {x} means", "the meaning of each {x}", "{x} spelled out")
            ).format(x=self.col_words(expr.column, subject, rng))
        if isinstance(expr, Arith):
            parts = [self.expr_words(t, subject, rng) for t in expr.terms]
            ops = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}
            out = parts[0]
            for op, part in zip(expr.ops, parts[1:]):
                out += f" {ops[op]} {part}"
            return out
        if isinstance(expr, Number):
            return expr.text
        raise _Unsayable(str(expr))

    def value_words(self, value, column: Column | None) -> str:
        if isinstance(value, Number):
            if (
                column is not None
                and column.domain is not None
                and column.domain.meaning(value.text)
            ):
                return meaning_words(column, value.text)
            return value.text
        if isinstance(value, Text):
            if (
                column is not None
                and column.domain is not None
                and column.domain.meaning(value.value)
            ):
                return meaning_words(column, value.value)
            if (
                column is not None
                and column.domain is not None
                and column.domain.values
                and value.value.upper() in ("Y", "N")
            ):
                return "Yes" if value.value.upper() == "Y" else "No"
            return f"'{value.value.strip()}'"
        if isinstance(value, Param):
            raise _Unsayable("parameter")  # said by the caller ('for a given job')
        if isinstance(value, ColumnRef):
            raise _Unsayable("column comparison")
        raise _Unsayable(str(value))

    # .. conditions: (before the noun, after the noun)

    def condition(self, cond, subject: DbObject, rng: random.Random) -> tuple[str, str]:
        """One condition in words: an adjective before the noun ('open'), or a clause after it."""
        if isinstance(cond, During):
            column = self.column(cond.column)
            when = _period_words(cond.period, rng)
            if (
                column.name.lower() == "mth"
            ):  # the posting month, whichever of the joined views holds it
                return "", when if rng.random() < 0.6 else "posted " + when
            return "", f"with {self.col_words(cond.column, subject, rng)} {when}"
        left = cond.left
        if not isinstance(left, ColumnRef):
            if isinstance(cond, Compare):
                return (
                    "",
                    f"where the {self.expr_words(left, subject, rng)} is {_op_words(cond.op, rng)} {self.value_words(cond.right, None)}",
                )
            raise _Unsayable(str(cond))
        column = self.column(left)
        phrase = self.col_words(left, subject, rng)
        flag = column.name.endswith("YN") or column.vista_type.lower() == "byn"
        if isinstance(cond, Compare) and isinstance(cond.right, Param):
            return "", rng.choice(
                ("for a given {p}", "for one {p}", "for the {p} I pass in", "for a chosen {p}")
            ).format(p=phrase)
        if (
            isinstance(cond, Compare)
            and cond.op in ("=", "<>")
            and isinstance(cond.right, (Number, Text))
        ):
            raw = cond.right.text if isinstance(cond.right, Number) else cond.right.value
            negated = cond.op == "<>"
            if flag and raw.upper() in ("Y", "N"):
                yes = (raw.upper() == "Y") != negated
                word = ph.column_phrase(column)
                if column.name.endswith("YN") and self.view(left.view).name == subject.name:
                    if yes:
                        return rng.choice(
                            (
                                (word, ""),
                                ("", f"that are {word}"),
                                ("", f"marked {word}"),
                                ("", f"flagged {word}"),
                            )
                        )
                    return rng.choice(
                        (
                            ("", f"that are not {word}"),
                            ("", f"not marked {word}"),
                            ("", f"not flagged {word}"),
                        )
                    )
                return "", f"with {phrase} set to {'Yes' if yes else 'No'}"
            meaning = column.domain.meaning(raw) if column.domain is not None else None
            if meaning:
                m = meaning_words(column, raw)
                status_like = (
                    "status" in column.name.lower() or "stat" == column.name.lower()[-4:]
                ) and self.view(left.view).name == subject.name
                if negated:
                    return "", rng.choice(
                        ("whose {p} is not {m}", "that are not {m}", "with a {p} other than {m}")
                    ).format(p=phrase, m=m)
                options = [
                    ("", f"whose {phrase} is {m}"),
                    ("", f"with {phrase} {m}"),
                    ("", f"with a {phrase} of {m}"),
                ]
                if status_like and len(m.split()) <= 2:
                    options += [(m.lower(), ""), (m.lower(), ""), ("", f"that are {m.lower()}")]
                return rng.choice(options)
            value = self.value_words(cond.right, column)
            if negated:
                return "", f"whose {phrase} is not {value}"
            return "", rng.choice(("whose {p} is {v}", "with {p} {v}", "where {p} = {v}")).format(
                p=phrase, v=value
            )
        if isinstance(cond, Compare):
            value = self.value_words(cond.right, column)
            return "", f"with {phrase} {_op_words(cond.op, rng)} {value}"
        if isinstance(cond, InList):
            values = [self.value_words(v, column) for v in cond.values]
            listed = ", ".join(values[:-1]) + " or " + values[-1] if len(values) > 1 else values[0]
            return "", (
                f"whose {phrase} is not {listed}" if cond.negated else f"whose {phrase} is {listed}"
            )
        if isinstance(cond, Between):
            return (
                "",
                f"with {phrase} between {self.value_words(cond.low, column)} and {self.value_words(cond.high, column)}",
            )
        if isinstance(cond, Like) and isinstance(cond.pattern, Text):
            pattern = cond.pattern.value
            core = pattern.strip("%")
            if "%" in core or "_" in core:
                raise _Unsayable(pattern)
            verb = {"both": "contains", "start": "starts with", "end": "ends with", "none": "is"}
            negated = {
                "both": "does not contain",
                "start": "does not start with",
                "end": "does not end with",
                "none": "is not",
            }
            where = (
                "both"
                if pattern.startswith("%") and pattern.endswith("%")
                else "start"
                if pattern.endswith("%")
                else "end"
                if pattern.startswith("%")
                else "none"
            )
            return "", f"whose {phrase} {(negated if cond.negated else verb)[where]} '{core}'"
        if isinstance(cond, IsNull):
            return "", (
                rng.choice(("that have a {p}", "with a {p} filled in"))
                if cond.negated
                else rng.choice(("with no {p}", "missing a {p}", "where the {p} is empty"))
            ).format(p=phrase)
        raise _Unsayable(str(cond))

    # .. the whole question

    def question(self, plan: Plan, rng: random.Random) -> str:
        subject = self._subject(plan)
        noun = self.entity(subject, rng)
        pre: list[str] = []
        post: list[str] = []
        for f in plan.filters:
            parts = [self.condition(c, subject, rng) for c in f.any_of]
            if len(parts) == 1:
                before, after = parts[0]
                (pre.append(before) if before else post.append(after))
            else:
                post.append(" or ".join(a or f"that are {b}" for b, a in parts))
        for f in plan.having:
            parts = []
            for c in f.any_of:
                if not isinstance(c, Compare):
                    raise _Unsayable(str(c))
                right = (
                    c.right.text
                    if isinstance(c.right, Number)
                    else self.expr_words(c.right, subject, rng)
                )
                parts.append(
                    f"the {self.expr_words(c.left, subject, rng)} is {_op_words(c.op, rng)} {right}"
                )
            post.append("where " + " or ".join(parts))
        company = _company_words(plan.companies, rng)
        scope = " ".join(x for x in (*pre, noun) if x)
        rng.shuffle(post) if len(post) > 1 and rng.random() < 0.3 else None
        tail = " ".join(x for x in (_and(post), company) if x)
        if plan.aggregated:
            text = self._aggregate_question(plan, subject, scope, tail, rng)
        else:
            text = self._list_question(plan, subject, scope, tail, rng)
        return _sentence(text)

    def _subject(self, plan: Plan) -> DbObject:
        """The rows the question is about: the view of the first aggregate, else the first view named."""
        for c in plan.columns:
            if isinstance(c.expr, Aggregate) and c.expr.arg is not None:
                refs = [r for r in _refs(c.expr.arg)]
                if refs:
                    return self.view(refs[0].view)
        counted = [c for c in plan.columns if isinstance(c.expr, Aggregate) and c.expr.arg is None]
        if counted and plan.filters:
            first = next(iter(_refs_of_cond(plan.filters[0].any_of[0])), None)
            if first is not None:
                return self.view(first.view)
        return self.view(plan.views[0])

    def _wanted(
        self, plan: Plan, subject: DbObject, rng: random.Random, *, skip_keys: bool
    ) -> list[str]:
        """The output columns worth saying: not the subject's own key columns (listing rows shows them)."""
        keys = {k.lower() for k in subject.business_key}
        out = []
        previous = None  # consecutive columns of one other view name it once: 'line pay method, CM reference'
        for c in plan.columns:
            e = c.expr
            if (
                skip_keys
                and isinstance(e, ColumnRef)
                and self.view(e.view).name == subject.name
                and e.column.lower() in keys
            ):
                continue
            owner = self.view(e.view).name if isinstance(e, ColumnRef) else None
            if owner is not None and owner == previous and owner != subject.name:
                out.append(self.col_words(e, subject, rng, owner=False))
            else:
                out.append(self.expr_words(e, subject, rng))
            previous = owner
        return list(dict.fromkeys(out))

    def _list_question(
        self, plan: Plan, subject: DbObject, scope: str, tail: str, rng: random.Random
    ) -> str:
        wanted = self._wanted(plan, subject, rng, skip_keys=True)
        if len(wanted) > 5:
            wanted = wanted[:5]
        cols = _and(wanted)
        distinct = "distinct " if plan.distinct else ""
        top_order = plan.order[0] if plan.order else None
        if plan.top is not None:
            by = self.expr_words(top_order.expr, subject, rng) if top_order else ""
            big = (
                ("largest", "biggest", "highest")
                if (top_order is None or top_order.descending)
                else ("smallest", "lowest")
            )
            frames = (
                [
                    "Top {n} {scope} by {by} {tail}",
                    "Which {n} {scope} {tail} have the {big} {by}?",
                    "Show the {n} {scope} with the {big} {by} {tail}",
                ]
                if by
                else ["Show {n} {scope} {tail}", "Give me {n} {scope} {tail}"]
            )
            text = rng.choice(frames).format(
                n=plan.top, scope=distinct + scope, by=by, big=rng.choice(big), tail=tail
            )
            if cols:
                text = text.rstrip("?.") + rng.choice(
                    (", with their {c}.", ", showing {c}.", " and show the {c}.")
                )
            return text.format(c=cols) if "{c}" in text else text
        with_cols = (
            rng.choice(
                ("with their {c}", "with the {c}", "including {c}", "showing {c}", "and their {c}")
            ).format(c=cols)
            if cols
            else ""
        )
        frames = [
            "List {d}{scope} {tail} {w}",
            "Show {d}{scope} {tail} {w}",
            "Show me {d}{scope} {tail} {w}",
            "Give me the {d}{scope} {tail} {w}",
            "I need the {d}{scope} {tail} {w}",
            "Which {d}{scope} are there {tail}? {W}",
            "What are the {d}{scope} {tail}? {W}",
            "Pull up {d}{scope} {tail} {w}",
            "Find {d}{scope} {tail} {w}",
        ]
        W = ("Show " + ("their " if rng.random() < 0.5 else "the ") + cols + ".") if cols else ""
        return rng.choice(frames).format(d=distinct, scope=scope, tail=tail, w=with_cols, W=W)

    def _aggregate_question(
        self, plan: Plan, subject: DbObject, scope: str, tail: str, rng: random.Random
    ) -> str:
        groups, measures = [], []
        for c in plan.columns:
            e = c.expr
            if isinstance(e, ColumnRef):
                column = self.column(e)
                if column.name.lower() == "mth" or is_month_column(column):
                    groups.append(rng.choice(("month", "posting month")))
                else:
                    groups.append(self.col_words(e, subject, rng))
            elif isinstance(e, Meaning):
                groups.append(self.expr_words(e, subject, rng))
            else:
                measures.append(self.expr_words(e, subject, rng))
        groups = list(dict.fromkeys(groups))
        measures = list(dict.fromkeys(measures))
        per = ""
        if groups:
            per = rng.choice(("per {g}", "by {g}", "for each {g}", "broken down by {g}")).format(
                g=_and(groups)
            )
        top = f"the top {plan.top} " if plan.top is not None else ""
        desc = any(o.descending for o in plan.order)
        ranked = (", largest first" if desc and rng.random() < 0.5 else "") if not top else ""
        m = _and(measures) or "rows"
        counting = all(
            isinstance(c.expr, Aggregate) and c.expr.arg is None
            for c in plan.columns
            if not isinstance(c.expr, (ColumnRef, Meaning))
        )
        frames = [
            "{M} {per} for {scope} {tail}{r}",
            "What is the {m} {per} for {scope} {tail}?",
            "Give me the {m} of {scope} {per} {tail}{r}",
            "Show {top}{m} {per} from {scope} {tail}{r}",
            "{scope}: {m} {per} {tail}{r}",
        ]
        if counting and groups:
            frames += ["How many {scope} are there {per} {tail}?", "Count {scope} {per} {tail}{r}"]
        if counting and not groups:
            frames = ["How many {scope} are there {tail}?", "Count the {scope} {tail}"]
        return rng.choice(frames).format(
            M=m[:1].upper() + m[1:], m=m, per=per, scope=scope, tail=tail, r=ranked, top=top
        )

    def paraphrases(self, plan: Plan, rng: random.Random, n: int = 4, tries: int = 12) -> list[str]:
        """Up to ``n`` different questions for ``plan``; none when it cannot be said in business words."""
        out: list[str] = []
        seen: set[str] = set()
        for _ in range(max(n, 1) * tries // 2):
            if len(out) >= n:
                break
            try:
                text = self.question(plan, rng)
            except _Unsayable:
                return []
            key = re.sub(r"\W+", " ", text.lower()).strip()
            if key in seen or self.guard(text):
                continue
            seen.add(key)
            out.append(text)
        return out


# -- helpers -------------------------------------------------------------------------


def _refs(node) -> Iterable[ColumnRef]:
    from assistant.drafting.plan import refs

    return refs(node)


def _refs_of_cond(cond) -> Iterable[ColumnRef]:
    from assistant.drafting.plan import condition_refs

    return condition_refs(cond)


def _op_words(op: str, rng: random.Random) -> str:
    return {
        ">": rng.choice(("over", "above", "greater than", "more than")),
        ">=": rng.choice(("at least", "no less than")),
        "<": rng.choice(("under", "below", "less than")),
        "<=": rng.choice(("at most", "no more than")),
        "=": "equal to",
        "<>": "not equal to",
    }[op]


def _company_words(companies: Sequence[int], rng: random.Random) -> str:
    if not companies:
        return ""
    if len(companies) > 1:
        listed = ", ".join(map(str, companies[:-1])) + f" and {companies[-1]}"
        return rng.choice(("in companies {c}", "for companies {c}")).format(c=listed)
    return rng.choice(
        ("in company {n}", "for company {n}", "(company {n})", "in co {n}", "for company #{n}")
    ).format(n=companies[0])


def _and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([?.,:])", r"\1", text)
    text = re.sub(r"([?.])\s*\.$", r"\1", text)
    text = text.replace("..", ".").replace("?.", "?").replace(",.", ".")
    if text and text[-1] not in ".?":
        text += "." if not text.lower().startswith(("which", "what", "how")) else "?"
    return text[:1].upper() + text[1:]


def words_of(name: str) -> str:
    """An identifier in words, as the dataset's questions write it."""
    return " ".join(
        QUESTION_ABBREVIATIONS.get(w.lower(), w.lower()) for w in split_identifier(name)
    )
