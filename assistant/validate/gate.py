"""The allow-list gate (VG002): a batch passes only if every statement is known to be read-only.

It reads the batch twice and both readings must agree:

1. **the text, as SQL Server reads it** (:mod:`.lexer`): every statement must start with
   an allowed word (SELECT, WITH, DECLARE, SET @var or a harmless SET option, IF, WHILE,
   ELSE, BEGIN…END, BEGIN/END TRY/CATCH, BREAK, CONTINUE, PRINT, INSERT into a ``#temp``
   table or ``@table`` variable); a name at the start of a batch (where SQL Server runs a
   procedure without EXEC) is refused; the words that only ever begin a write, DDL, EXEC,
   admin or transaction statement are refused wherever they stand; so are ``sp_``/``xp_``
   names, INTO anything but a ``#temp`` table, OUTPUT in an INSERT, ODBC escapes, and every
   call of a function that is neither a SQL Server built-in nor a documented Vista
   function (``vf…``/``bf…``) in the catalog;
2. **the trees sqlglot built** (what the DuckDB shadow would run): no write, DDL or EXEC
   node, no SELECT … INTO or OUTPUT into a permanent table, no unknown function, no file
   read (``read_csv``, ``glob``, a table named like a path).

Each refusal is a :class:`Finding` at the offending token, naming the statement.
"""

from __future__ import annotations

from typing import Iterator

from sqlglot import exp
from sqlglot.tokens import TokenType

from ..catalog import Catalog
from .batch import line_col
from .builtins import (
    BLOCK_WORDS,
    FUNCTIONS,
    ISOLATION_LEVELS,
    PAREN_KEYWORDS,
    REFUSED_AFTER_BEGIN,
    REFUSED_SEQUENCES,
    REFUSED_WORDS,
    SET_FLAGS,
    SET_STATISTICS,
    SET_VALUES,
    TABLE_HINTS,
    TYPES,
    XML_METHODS,
)
from .findings import Finding
from .lexer import Lexeme, lex, sqlcmd_lines
from .scope import Analysis

CODE, RULE, SEVERITY = "VG002", "write-statement", "error"
HINT = "only read-only statements pass: SELECT, DECLARE, SET @var, IF/WHILE, BEGIN…END, PRINT, INSERT into #temp"
MAX_FINDINGS = 50

# statements the gate lets through, by their first word
QUERY_HEADS = frozenset({"SELECT", "WITH"})
# words that begin a new statement wherever they stand at the top level of a batch
STATEMENT_WORDS = frozenset(
    {
        "DECLARE",
        "SET",
        "IF",
        "WHILE",
        "ELSE",
        "BEGIN",
        "END",
        "PRINT",
        "BREAK",
        "CONTINUE",
        "INSERT",
    }
)
_SEQUENCE_STARTS = frozenset(seq[0] for seq, _ in REFUSED_SEQUENCES)
_XP = ("sp_", "xp_")
_XP_KEYS = frozenset({"SP_", "XP_"})
# words the scan looks at (everything else needs a look only when a "(" follows it)
_FLOW = frozenset({"CASE", "END", "ELSE"}) | STATEMENT_WORDS
_BLOCK = frozenset({"BEGIN", "END", "ELSE"})
# refused words that begin a statement of their own (the rest only stand inside one: OPENQUERY, TRAN …)
_REFUSED_STARTS = frozenset(REFUSED_WORDS) - {
    "OPENQUERY",
    "OPENROWSET",
    "OPENDATASOURCE",
    "OPENXML",
    "ADD",
    "TRAN",
    "TRANSACTION",
}
_WATCHED_WORDS = frozenset(REFUSED_WORDS) | _SEQUENCE_STARTS | _FLOW | {"INTO", "OUTPUT"}


def is_read_only(sql: str, catalog: Catalog) -> list[Finding]:
    """The gate alone: no findings when every statement of the batch is on the allow-list.

    For callers that need only "may this text run?" (poisoned-doc refusal at ingest).

    >>> from assistant.validate.checks._examples import micro
    >>> [f.code for f in is_read_only("PRINT 'x' DELETE FROM bAPTH", micro())]
    ['VG002']
    >>> is_read_only("SELECT Contract FROM JCCM WHERE JCCo = 1", micro())
    []
    """
    try:
        analysis: Analysis | None = Analysis(sql, catalog)
    except Exception:  # too deep to parse, say: the text alone still decides
        analysis = None
    return list(gate(sql, catalog, analysis))


def gate(sql: str, catalog: Catalog, analysis: Analysis | None = None) -> Iterator[Finding]:
    """Findings for every statement or token that is not on the allow-list (text, then trees)."""
    refusals = _Scan(sql, catalog).run()
    for start, end, message in refusals[:MAX_FINDINGS]:
        yield _finding(sql, start, end, message)
    if len(refusals) > MAX_FINDINGS:
        start, end, _ = refusals[MAX_FINDINGS]
        more = len(refusals) - MAX_FINDINGS
        yield _finding(sql, start, end, f"and {more} more statements or tokens the gate refuses")
    if analysis is None:
        return
    refused = [(s, e) for s, e, _ in refusals]
    text = analysis.sql
    for statement in analysis.statements:
        tree = statement.tree
        if tree is None or any(s <= statement.end and statement.start <= e for s, e in refused):
            continue  # the text's reading already refused it
        if not _worth_a_walk(statement.tokens):
            continue
        for node, message in _tree_problems(tree, catalog):
            label = f"statement ({statement.head or '?'}, line {line_col(text, statement.start)[0]}): {message}"
            f = Finding.at(node, CODE, RULE, SEVERITY, label, HINT)
            if (
                f.start == 0 and f.end == 0 and statement.tokens
            ):  # a node sqlglot kept no position for
                f = _finding(text, statement.tokens[0].start, statement.tokens[0].end + 1, label)
            yield f


def _finding(sql: str, start: int, end: int, message: str) -> Finding:
    line, col = line_col(sql, start)
    return Finding(CODE, RULE, SEVERITY, message, line, col, start, max(start, end - 1), HINT)


# -- the text, as SQL Server reads it ---------------------------------------------------


class _Scan:
    """One pass over the lexemes: statement boundaries, allowed heads, refused words and calls."""

    def __init__(self, sql: str, catalog: Catalog):
        self.sql = sql
        self.catalog = catalog
        self.lx: list[Lexeme] = lex(sql)
        self.sqlcmd = sqlcmd_lines(sql)
        self.out: list[tuple[int, int, str]] = []
        self.number = 0  # statements seen
        self.head = ""  # the current statement's first word, as written
        self.head_key = ""
        self.refused = False  # the current statement was already refused
        self.start = 0  # where it starts

    def refuse(self, i: int, message: str) -> None:
        """Refuse the current statement at lexeme i (once: its first reason is the one shown)."""
        if self.refused:
            return
        _, _, start, end = self.lx[i]
        line = self.sql.count("\n", 0, self.start) + 1
        self.out.append(
            (
                start,
                end,
                f"statement {max(self.number, 1)} ({self.head or '?'}, line {line}): {message}",
            )
        )
        self.refused = True

    def begin(self, i: int) -> None:
        kind, key, start, end = self.lx[i]
        if not (kind == "word" and key in _BLOCK):  # BEGIN, END and ELSE only frame statements
            self.number += 1
        self.start = start
        self.head = self.sql[start:end] if kind != "string" else "a string"
        self.head_key = key if kind == "word" else ""
        self.refused = False

    def run(self) -> list[tuple[int, int, str]]:
        for _, key, start, end in self.sqlcmd:
            self.out.append(
                (
                    start,
                    end,
                    f"a line starting with {key!r} is a sqlcmd command (a shell command, a "
                    "file include or a new connection in SQLCMD mode)",
                )
            )
        lx = self.lx
        n = len(lx)
        depth = case_depth = 0
        expect = batch_start = True
        i = 0
        while i < n:
            kind, key, start, end = lx[i]
            if kind == "go":
                expect = batch_start = True
                depth = case_depth = 0
                i += 1
                if i < n and lx[i][0] == "number" and "\n" not in self.sql[end : lx[i][2]]:
                    i += 1  # GO 3: the count belongs to GO
                continue
            if kind == "hidden-go":
                self.refuse(
                    i,
                    "a line that reads GO inside a string or comment: "
                    "a client tool may start a new batch there",
                )
                i += 1
                continue
            if kind == "op":
                if key == ";" and depth == 0:
                    expect, case_depth = True, 0
                elif key == "(":
                    if expect and depth == 0:
                        self.begin(i)
                        expect = batch_start = False
                    depth += 1
                elif key == ")":
                    depth = max(depth - 1, 0)
                elif key in "{}":
                    self.refuse(i, "ODBC escape sequences ({fn …}, {call …}) are not allowed")
                elif expect and depth == 0:
                    self.begin(i)
                    self.refuse(i, f"a statement cannot start with {key!r}")
                    expect = batch_start = False
                i += 1
                continue
            if kind == "word":
                if key in _FLOW:
                    if key == "CASE":
                        case_depth += 1
                    elif case_depth and (key == "END" or key == "ELSE"):  # a CASE's own
                        if key == "END":
                            case_depth -= 1
                        i += 1
                        continue
                elif not expect and key not in _WATCHED_WORDS and key[:3] not in _XP_KEYS:
                    # an ordinary word: only a call needs a look
                    i += 1
                    if i < n and lx[i][1] == "(" and lx[i][0] == "op":
                        self.call(i - 1)
                    continue
            elif not expect and (kind == "number" or kind == "var" or kind == "temp"):
                i += 1
                continue
            if depth == 0 and (
                expect
                or (
                    kind == "word"
                    and key in STATEMENT_WORDS
                    and not (key == "SET" and self.refused)
                )
            ):
                i, expect = self.statement(i, batch_start)
                batch_start = False
                continue
            if (
                depth == 0
                and kind == "word"
                and key in _REFUSED_STARTS
                and not self.refused
                and not self._exempt(i, key)
            ):
                self.begin(
                    i
                )  # a refused statement run on after an allowed one (PRINT 'x' DELETE …)
            i = self.token(i)
        self.out.sort()
        return self.out

    # -- statements ---------------------------------------------------------------

    def statement(self, i: int, batch_start: bool) -> tuple[int, bool]:
        """Check the statement starting at lexeme i; (next lexeme, whether a statement must follow)."""
        lx = self.lx
        kind, key, _, _ = lx[i]
        self.begin(i)
        if kind != "word":
            if kind == "name" and key.lower().startswith(_XP):
                return self.token(i), False
            if batch_start and kind == "name":
                self.refuse(
                    i,
                    f"a name at the start of a batch runs that procedure "
                    f"(SQL Server needs no EXEC there): [{key}]",
                )
            elif kind == "name":
                self.refuse(i, f"[{key}] is not an allowed statement")
            else:
                self.refuse(i, "a statement cannot start with a value")
            return i + 1, False
        nxt = self._word(i + 1)
        if key in QUERY_HEADS or key in ("DECLARE", "PRINT", "IF", "WHILE"):
            return i + 1, False
        if key == "SET":
            return self.set_statement(i), False
        if key in ("ELSE", "BREAK", "CONTINUE"):
            return i + 1, True
        if key in ("BEGIN", "END"):
            if nxt in BLOCK_WORDS:
                return i + 2, True
            if nxt in REFUSED_AFTER_BEGIN:
                self.refuse(
                    i + 1,
                    f"{key} {nxt} is not allowed: "
                    "transactions, dialogs and conversations are not read-only",
                )
                return i + 2, False
            return i + 1, True
        if key == "INSERT":
            return self.insert(i), False
        if key in REFUSED_WORDS or key[:3] in _XP_KEYS:
            return self.token(i), False  # the word itself says why
        if key in _SEQUENCE_STARTS:
            found = self._sequence(i)
            if found:
                return i + found, False
        if batch_start:
            self.refuse(
                i,
                f"a name at the start of a batch runs that procedure (SQL Server needs no EXEC there): "
                f"{self.head}",
            )
        else:
            self.refuse(i, f"{self.head} is not an allowed statement")
        return i + 1, False

    def set_statement(self, i: int) -> int:
        """SET @var = …, or a SET option that cannot write; anything else is refused."""
        lx = self.lx
        j = i + 1
        if j < len(lx) and lx[j][0] == "var":
            return j  # SET @x = <expression>: the expression's tokens are checked as they come
        word = self._word(j)
        if word in SET_FLAGS or word == "STATISTICS":
            allowed = SET_STATISTICS if word == "STATISTICS" else SET_FLAGS
            j += 1 if word != "STATISTICS" else 2
            if word == "STATISTICS" and self._word(j - 1) not in SET_STATISTICS:
                self.refuse(j - 1, "SET STATISTICS takes IO, TIME, XML or PROFILE")
                return j
            while self._op(j) == "," and self._word(j + 1) in allowed:
                j += 2
            if self._word(j) in ("ON", "OFF"):
                return j + 1
            self.refuse(min(j, len(lx) - 1), f"SET {word} takes ON or OFF")
            return j
        if word in SET_VALUES:
            k = j + 1
            if self._op(k) in ("-", "+"):
                k += 1
            if k < len(lx) and lx[k][0] in ("word", "number", "string", "var", "name"):
                return k + 1
            self.refuse(j, f"SET {word} needs a value")
            return k
        if (
            word == "TRANSACTION"
            and self._word(j + 1) == "ISOLATION"
            and self._word(j + 2) == "LEVEL"
        ):
            k = j + 3
            for level in ISOLATION_LEVELS:
                if all(self._word(k + m) == w for m, w in enumerate(level)):
                    return k + len(level)
            self.refuse(j, "SET TRANSACTION ISOLATION LEVEL needs a level")
            return k
        if j < len(lx):
            self.refuse(
                j,
                f"SET {self.sql[lx[j][2] : lx[j][3]]} is not an allowed option "
                "(allowed: SET @var, NOCOUNT, ANSI_*, DATEFORMAT, TRANSACTION ISOLATION LEVEL …)",
            )
        else:
            self.refuse(i, "SET without an option")
        return j

    def insert(self, i: int) -> int:
        """INSERT [INTO] #temp / @table: rows into something that vanishes with the session."""
        lx = self.lx
        j = i + 1
        if self._word(j) == "INTO":
            j += 1
        if j < len(lx) and _local_target(lx[j]):
            return j + 1
        target = self.sql[lx[j][2] : lx[j][3]] if j < len(lx) else "nothing"
        self.refuse(
            i,
            f"INSERT into {target} writes data: only a #temp table or @table variable may be filled",
        )
        return j + 1 if j < len(lx) and lx[j][0] != "op" else j

    # -- tokens inside a statement ---------------------------------------------------------

    def token(self, i: int) -> int:
        """Check one lexeme inside a statement; the index of the next one."""
        lx = self.lx
        kind, key, start, end = lx[i]
        if kind == "word":
            why = REFUSED_WORDS.get(key)
            if why is not None and not self._exempt(i, key):
                self.refuse(i, f"{self._named(i)} {why}")
                return i + 1
            if key in _SEQUENCE_STARTS:
                found = self._sequence(i)
                if found:
                    return i + found
            if key[:3] in _XP_KEYS:
                self.refuse(i, f"{self.sql[start:end]} is a system procedure: it runs code")
                return i + 1
            if key == "INTO":
                if i + 1 < len(lx) and not _local_target(lx[i + 1], allow_var=False):
                    target = self.sql[lx[i + 1][2] : lx[i + 1][3]]
                    self.refuse(
                        i + 1, f"INTO {target} writes a table: only INTO a #temp table is allowed"
                    )
                return i + 1
            if key == "OUTPUT" and self.head_key == "INSERT":
                self.refuse(i, "OUTPUT in an INSERT can write rows elsewhere: not allowed")
                return i + 1
            if self._op(i + 1) == "(":
                self.call(i)
        elif kind == "name":
            if key.lower().startswith(_XP):
                self.refuse(i, f"[{key}] is a system procedure: it runs code")
                return i + 1
            if self._op(i + 1) == "(":
                self.call(i)
        elif kind == "string":
            prev = self._word(i - 1)
            if prev in ("FROM", "JOIN"):
                self.refuse(
                    i, "a string where a table belongs reads a file in some engines: not allowed"
                )
        return i + 1

    def _named(self, i: int) -> str:
        """EXEC with what it runs (``EXEC master..xp_cmdshell``); any other word as written."""
        lx = self.lx
        word = self.sql[lx[i][2] : lx[i][3]]
        if lx[i][1] not in ("EXEC", "EXECUTE"):
            return word
        j = i + 1
        if self._op(j) == "(":
            return f"{word} (dynamic SQL)"
        end = j
        while end < len(lx) and (lx[end][0] in ("word", "name", "var") or self._op(end) == "."):
            end += 1
            if lx[end - 1][0] != "op" and self._op(end) != ".":
                break
        return f"{word} {self.sql[lx[j][2] : lx[end - 1][3]]}" if end > j else word

    def _exempt(self, i: int, key: str) -> bool:
        """Refused words that are harmless where they stand."""
        if key == "FETCH":  # OFFSET … ROWS FETCH NEXT … ROWS ONLY (not FETCH NEXT FROM a cursor)
            return self._word(i - 1) in ("ROW", "ROWS") and self._word(i + 2) != "FROM"
        if key == "USE":  # OPTION (USE HINT (…)), OPTION (USE PLAN N'…')
            return self._word(i + 1) in ("HINT", "PLAN") and self._op(i - 1) in ("(", ",")
        if key == "MERGE":  # the join hint: LEFT MERGE JOIN
            return self._word(i + 1) == "JOIN"
        return False

    def _sequence(self, i: int) -> int:
        """The length of a refused multi-word statement starting at i (0 if none), refusing it."""
        for words, why in REFUSED_SEQUENCES:
            if all(self._word(i + k) == w for k, w in enumerate(words)):
                self.refuse(i, f"{' '.join(words)} {why}")
                return len(words)
        return 0

    def call(self, i: int) -> None:
        """A name followed by ``(``: a built-in, a documented Vista function, or refused."""
        lx = self.lx
        kind, key, start, end = lx[i]
        name = key if kind == "word" else key.upper()
        if kind == "word" and (name in PAREN_KEYWORDS or name in REFUSED_WORDS):
            return
        prev = lx[i - 1] if i else None
        if prev is not None and prev[0] == "op" and prev[1] == ".":
            parts = self._qualifiers(i)
            if name in XML_METHODS or _vista_function(parts + [key], self.catalog):
                return
            self.refuse(
                i,
                f"{'.'.join(parts + [self.sql[start:end]])}() is not a SQL Server built-in or a documented "
                "Vista function",
            )
            return
        if prev is not None and prev[0] == "op" and prev[1] == "::":
            self.refuse(i, f"::{self.sql[start:end]}() calls a type method: not allowed")
            return
        if prev is not None and (
            (prev[0] == "word" and prev[1] == "AS") or (prev[0] == "op" and prev[1] == ")")
        ):
            return  # a type (CAST(x AS varchar(10))) or an alias's column list (… ) v(n))
        if name in FUNCTIONS or name in TYPES or _vista_function([key], self.catalog):
            return
        if self._word(i + 2) in ("SELECT", "WITH"):
            return  # a subquery or a statement in parentheses: no call takes a bare SELECT
        if self._word(i + 2) in TABLE_HINTS:
            return  # FROM APTH h (NOLOCK)
        if self._cte_columns(i):
            return  # WITH x (a, b) AS (…)
        self.refuse(
            i,
            f"{self.sql[start:end]}() is not a SQL Server built-in or a documented Vista function",
        )

    def _qualifiers(self, i: int) -> list[str]:
        parts: list[str] = []
        j = i - 1
        while j >= 1 and self.lx[j][0] == "op" and self.lx[j][1] == ".":
            if self.lx[j - 1][0] in ("word", "name"):
                parts.insert(0, self.lx[j - 1][1])
                j -= 2
            elif self.lx[j - 1][0] == "op" and self.lx[j - 1][1] == ".":
                parts.insert(0, "")
                j -= 1
            else:
                parts.insert(0, "?")
                break
        return parts

    def _cte_columns(self, i: int) -> bool:
        lx = self.lx
        depth = 0
        for j in range(i + 1, len(lx)):
            kind, key = lx[j][0], lx[j][1]
            if kind == "op" and key == "(":
                depth += 1
            elif kind == "op" and key == ")":
                depth -= 1
                if depth == 0:
                    return self._word(j + 1) == "AS" and self._op(j + 2) == "("
            elif kind == "go":
                return False
        return False

    def _word(self, i: int) -> str:
        if 0 <= i < len(self.lx) and self.lx[i][0] == "word":
            return self.lx[i][1]
        return ""

    def _op(self, i: int) -> str:
        if 0 <= i < len(self.lx) and self.lx[i][0] == "op":
            return self.lx[i][1]
        return ""


def _local_target(lexeme: Lexeme, allow_var: bool = True) -> bool:
    """A ``#temp`` table (not a ``##global`` one) or, for INSERT, an ``@table`` variable."""
    kind, key = lexeme[0], lexeme[1]
    if kind == "temp" or kind == "name":
        return key.startswith("#") and not key.startswith("##") and len(key) > 1
    return allow_var and kind == "var" and not key.startswith("@@")


def _vista_function(parts: list[str], catalog: Catalog) -> bool:
    """``vf…``/``bf…`` (optionally ``dbo.``), documented as a function in the catalog."""
    *schema, name = parts
    if len(schema) > 1 or (schema and schema[0].lower() != "dbo"):
        return False
    if not name.lower().startswith(("vf", "bf")):
        return False
    obj = catalog.get(name)
    return obj is not None and obj.kind == "function"


# -- the trees, as sqlglot read them ------------------------------------------------


_WRITES = (
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.TruncateTable,
    exp.Grant,
    exp.Revoke,
    exp.Execute,
    exp.Use,
    exp.Kill,
    exp.Commit,
    exp.Rollback,
    exp.Transaction,
    exp.Copy,
    exp.LoadData,
    exp.Pragma,
    exp.Attach,
    exp.Detach,
    exp.Install,
    exp.Export,
)
_FILE_READS = (exp.ReadCSV, exp.ReadParquet, exp.Glob, exp.ToFile)
_WATCHED = (
    _WRITES
    + _FILE_READS
    + (exp.Insert, exp.Command, exp.Into, exp.Returning, exp.Anonymous, exp.Table)
)
_AST_NAMES = FUNCTIONS | XML_METHODS | TABLE_HINTS


def _with_subclasses(classes: tuple[type, ...]) -> frozenset[type]:
    out: set[type] = set()
    todo = list(classes)
    while todo:
        cls = todo.pop()
        if cls not in out:
            out.add(cls)
            todo.extend(cls.__subclasses__())
    return frozenset(out)


# one set lookup per node: much cheaper than isinstance() against 30 classes
_WATCH_TYPES = _with_subclasses(_WATCHED)


T = TokenType
_QUERY_FIRST = frozenset({T.SELECT, T.WITH, T.L_PAREN})
# sqlglot tokens behind every node _tree_problems reports (writes, INTO, OUTPUT, commands, GLOB)
_SUSPECT_TOKENS = frozenset(
    getattr(T, name)
    for name in (
        "INTO",
        "RETURNING",
        "INSERT",
        "UPDATE",
        "DELETE",
        "MERGE",
        "CREATE",
        "DROP",
        "ALTER",
        "TRUNCATE",
        "GRANT",
        "REVOKE",
        "EXECUTE",
        "USE",
        "KILL",
        "COMMIT",
        "ROLLBACK",
        "COMMAND",
        "GLOB",
        "COPY",
        "PRAGMA",
        "INSTALL",
        "EXPORT",
        "ATTACH",
        "DETACH",
        "LOAD",
    )
    if hasattr(T, name)
)
_CALL_OK = (
    FUNCTIONS
    | XML_METHODS
    | TABLE_HINTS
    | PAREN_KEYWORDS
    | TYPES
    | {"ORDER BY", "GROUP BY", "PARTITION BY", "GROUPING SETS"}
)
_STRING_TYPES = frozenset({T.STRING, T.NATIONAL_STRING})
_TABLE_BEFORE = frozenset({T.FROM, T.JOIN, T.COMMA})


def _worth_a_walk(tokens: list) -> bool:
    """Whether sqlglot's tokens of a statement could have built a node the tree walk refuses.

    Walking every tree is the gate's largest cost; a query whose tokens hold no write or
    INTO/OUTPUT keyword, no call of an unknown name, no quoted name that looks like a path
    and no string where a table may stand cannot (the tree is built from these tokens).
    """
    if not tokens or tokens[0].token_type not in _QUERY_FIRST:
        return True
    prev = None
    for tok in tokens:
        tt = tok.token_type
        if tt in _SUSPECT_TOKENS:
            return True
        if tt is T.L_PAREN:
            name = prev.text if prev is not None else ""
            if (name[:1].isalpha() or name[:1] == "_") and name.upper() not in _CALL_OK:
                return True
        elif tt is T.IDENTIFIER:
            if "." in tok.text or "/" in tok.text or "\\" in tok.text:
                return True
        elif tt in _STRING_TYPES and prev is not None and prev.token_type in _TABLE_BEFORE:
            return True
        prev = tok
    return False


def _tree_problems(tree: exp.Expr, catalog: Catalog) -> Iterator[tuple[exp.Expr, str]]:
    """What sqlglot's tree of one statement holds that may not run."""
    for node in tree.walk():
        if type(node) not in _WATCH_TYPES:
            continue
        if isinstance(node, _WRITES):
            yield node, f"{type(node).__name__.upper()} is not read-only"
        elif isinstance(node, _FILE_READS):
            yield node, f"{type(node).__name__} reads files: not allowed"
        elif isinstance(node, exp.Insert):
            if not _local_table(node.this):
                yield node, "INSERT into a permanent table writes data"
        elif isinstance(node, exp.Command):
            if node.name.upper() != "PRINT":
                yield node, f"{node.name.upper()} is not an allowed statement"
        elif isinstance(node, exp.Into):
            if not _local_table(node.this, allow_var=False):
                yield node, "SELECT … INTO a permanent table writes data"
        elif isinstance(node, exp.Returning):
            yield node, "OUTPUT can write rows elsewhere: not allowed"
        elif isinstance(node, exp.Anonymous):
            name = node.name
            if name.upper() not in _AST_NAMES and not _vista_function([name], catalog):
                yield node, f"{name}() is not a SQL Server built-in or a documented Vista function"
        elif isinstance(node, exp.Table):
            name = node.name
            if (
                isinstance(node.this, exp.Literal)
                or any(c in name for c in "/\\")
                or ("." in name and "#" not in name)
            ):
                yield node, f"{name!r} looks like a file, not a table"


def _local_table(table: exp.Expr | None, allow_var: bool = True) -> bool:
    if isinstance(table, exp.Schema):
        table = table.this
    if not isinstance(table, exp.Table) or table.args.get("db") or table.args.get("catalog"):
        return False
    this = table.this
    if isinstance(this, exp.Parameter):
        return allow_var
    return (
        isinstance(this, exp.Identifier)
        and bool(this.args.get("temporary"))
        and not this.args.get("global_")
    )
