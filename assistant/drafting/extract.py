"""Pull the SQL out of a model's reply: fenced, bare, or wrapped in chatter.

Small models answer in every shape: a ```sql block, a bare query, a query after
"Here is the query:", a query followed by an explanation, a block cut off by the
token limit. This is a pure function over text, so every shape has a test.
It only finds the SQL; whether the SQL is any good is the validator's job.
"""

from __future__ import annotations

import re

# chat-template tokens a server or a sloppy decode may leave in the text
SPECIAL_TOKEN = re.compile(r"<\|[a-z_]+\|>|</s>|<s>|\[/?INST\]", re.IGNORECASE)
FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n?(.*?)(?:```|\Z)", re.DOTALL)
SQL_LANGS = {"sql", "tsql", "t-sql", "mssql", "sqlserver", "transact-sql", ""}
# where a query may begin: a read, a CTE, or the variables a Vista report declares first
START = re.compile(
    r"^[ \t]*(?:SELECT|WITH\s+\[?\w+\]?\s*(?:\([^)]*\))?\s*AS\s*\(|DECLARE\s+@|SET\s+@)",
    re.IGNORECASE | re.MULTILINE,
)
INLINE_START = re.compile(r"\b(?:SELECT|WITH\s+\w+\s+AS\s*\()\s", re.IGNORECASE)
# a line that continues a query: clause keywords, operators, identifiers lists, comments
SQL_LINE = re.compile(
    r"^\s*(?:--|/\*|\*|\)|\(|,|\+|-|=|<|>|@|\[|'|\d|"
    r"(?:SELECT|FROM|WHERE|AND|OR|NOT|ON|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|OUTER|APPLY|GROUP|ORDER|BY|HAVING|"
    r"UNION|EXCEPT|INTERSECT|ALL|DISTINCT|TOP|AS|CASE|WHEN|THEN|ELSE|END|IN|IS|NULL|LIKE|BETWEEN|EXISTS|"
    r"OFFSET|FETCH|WITH|DECLARE|SET|OPTION|OVER|PARTITION|ROWS|ASC|DESC|INTO|VALUES|GO)\b)",
    re.IGNORECASE,
)
# prose: a capitalised word and then ordinary lower-case words ("This query returns ...")
PROSE = re.compile(r"^\s*(?:\d+\.\s+|[-*]\s+)?[A-Z][a-z']+(?:,)?(?:\s+[a-z][a-z'-]*){2,}")
INLINE_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")
LABEL = re.compile(
    r"^\s*(?:T-?SQL|SQL|Query|Answer|Corrected(?:\s+(?:query|SQL))?)\s*:\s*", re.IGNORECASE
)


def extract_sql(text: str) -> str:
    """The SQL in a reply, trimmed; ``""`` when the reply holds none.

    >>> extract_sql("Sure!\\n```sql\\nSELECT 1\\n```\\nDone.")
    'SELECT 1'
    >>> extract_sql("Here is the query: SELECT JCCo FROM JCCM; It lists contracts.")
    'SELECT JCCo FROM JCCM;'
    >>> extract_sql("I cannot help with that.")
    ''
    """
    if not text:
        return ""
    text = SPECIAL_TOKEN.sub("", text).replace("\r\n", "\n")
    fenced = _from_fences(text)
    if fenced:
        return fenced
    for span in INLINE_CODE.findall(text):
        if _looks_like_sql(span) and INLINE_START.match(span.strip() + " "):
            return _trim(span)
    # unclosed or odd fences and inline `code` marks: drop the marks, keep the text
    return _bare(re.sub(r"```[A-Za-z0-9_+-]*|`", "\n", text))


def _from_fences(text: str) -> str:
    blocks = [(lang.lower(), body) for lang, body in FENCE.findall(text)]
    candidates = [body for lang, body in blocks if lang in SQL_LANGS and _looks_like_sql(body)]
    if not candidates:
        return ""
    # the first block that holds a query; a later one is usually "alternatively ..." or an echo
    body = candidates[0]
    body = LABEL.sub("", body.strip())
    match = START.search(body)
    return _trim(body[match.start() :] if match else body)


def _bare(text: str) -> str:
    match = START.search(text)
    if match is None:
        inline = INLINE_START.search(text)
        if inline is None:
            return ""
        start = inline.start()
    else:
        start = match.start()
    lines = text[start:].split("\n")
    kept: list[str] = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        if PROSE.match(line) and not SQL_LINE.match(line):
            break
        if (
            kept
            and not kept[-1].strip()
            and not SQL_LINE.match(line)
            and not line.startswith((" ", "\t"))
        ):
            break  # a blank line, then something that does not continue a query
        kept.append(line)
    return _trim(_cut_trailing_prose("\n".join(kept)))


def _cut_trailing_prose(sql: str) -> str:
    """``SELECT ... FROM JCCM; It lists contracts.`` keeps only the statement before the prose."""
    for match in re.finditer(r";", sql):
        rest = sql[match.end() :].strip()
        if rest and PROSE.match(rest) and not START.match(rest):
            return sql[: match.end()]
    return sql


def _looks_like_sql(body: str) -> bool:
    return bool(START.search(body) or INLINE_START.search(body))


def _trim(sql: str) -> str:
    lines = [line.rstrip() for line in sql.strip().split("\n")]
    return "\n".join(lines).strip()
