"""T-SQL text split the way SQL Server splits it, for the allow-list gate.

The validator's parser reads tokens from sqlglot (:mod:`.batch`); the gate reads the
same text a second time with SQL Server's own lexical rules, so what counts as code and
what counts as a string, a quoted name or a comment is SQL Server's decision, not a
parser's:

* strings ``'…'`` and ``N'…'`` escape a quote by doubling it; a backslash escapes nothing;
* names in ``[…]`` escape ``]`` by doubling it, names in ``"…"`` escape ``"``;
* ``--`` comments run to the end of the line; ``/* … */`` comments nest;
* an unterminated string, name or comment runs to the end of the text (SQL Server refuses
  the batch; the gate reads nothing inside it as code);
* ``GO`` as the first token of a line separates batches (the client tools split there).

Each lexeme is a tuple ``(kind, key, start, end)`` with ``end`` exclusive. ``kind`` is one of
``word`` (key: upper case), ``name`` (a quoted identifier; key: its text, unquoted),
``string``, ``number``, ``var`` (``@x``, ``@@x``), ``temp`` (``#t``, ``##t``), ``op``
(one character, or ``::``), ``go`` (a batch separator) and ``hidden-go`` (a line that reads
``GO`` inside a string, a quoted name or a block comment: a client tool that splits the
text without reading it would start a new batch there). :func:`sqlcmd_lines` finds the
lines sqlcmd would run as its own commands.
"""

from __future__ import annotations

import re

Lexeme = tuple[str, str, int, int]

# one match per lexeme, white space before it included; the groups, in order (the common ones first):
# 1 word, 2 string, 3 number, 4 @var, 5 #temp, 6 [name], 7 "name", 8 line comment, 9 block comment, 10 op
_TOKEN = re.compile(
    r"""[\s\ufeff]*(?:
      ((?![Nn]')[^\W\d][\w@#$]*)
    | ([Nn]?'[^']*(?:''[^']*)*'?)
    | (0[xX][0-9a-fA-F]*|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    | (@@?[\w@#$]*)
    | (\#\#?[\w@#$]*)
    | (\[[^\]]*(?:\]\][^\]]*)*\]?)
    | ("[^"]*(?:""[^"]*)*"?)
    | (--[^\n]*)
    | (/\*)
    | (::|[^\s\ufeff])
    )""",
    re.VERBOSE | re.DOTALL,
)
_KINDS = (None, "word", "string", "number", "var", "temp", "name", "name", "line", "block", "op")
_COMMENT_MARK = re.compile(r"/\*|\*/")
# line breaks as the client tools see them (a lone CR ends a line too)
_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_GO_LINE = re.compile(
    rf"[{_BREAKS}][ \t]*(GO)(?:[ \t]+\d+)?[ \t]*(?:;[ \t]*)?(?:--[^{_BREAKS}]*)?(?=[{_BREAKS}]|$)",
    re.IGNORECASE,
)
# sqlcmd (and SSMS in SQLCMD mode) runs a line that starts with ":" (":!! cmd", ":r file", ":connect") or "!!"
_SQLCMD_LINE = re.compile(rf"(?:^|[{_BREAKS}])[ \t]*(:[!A-Za-z]|!!)")


def lex(text: str) -> list[Lexeme]:
    """The lexemes of a T-SQL text, comments and white space dropped (never raises).

    >>> [(kind, key) for kind, key, _, _ in lex("PRINT N'it''s' -- note\\nGO\\n[xp_cmdshell] 'dir'")]
    [('word', 'PRINT'), ('string', "N'it''s'"), ('go', 'GO'), ('name', 'xp_cmdshell'), ('string', "'dir'")]
    """
    out: list[Lexeme] = []
    append = out.append
    last_end = pos = 0
    while True:
        for m in _TOKEN.finditer(text, pos):
            group = m.lastindex
            start, end = m.span(group)
            if group == 1:  # a word
                key = text[start:end].upper()
                if key == "GO" and (not out or _line_break(text, last_end, start)):
                    append(("go", key, start, end))
                else:
                    append(("word", key, start, end))
            elif group == 10 or group == 3 or group == 4 or group == 5:
                append((_KINDS[group], text[start:end], start, end))
            elif group == 2:  # a string
                if end - start > 3:
                    _hidden_go(text, start, end, append)
                append(("string", text[start:end], start, end))
            elif group == 8:  # a line comment
                continue
            elif group == 9:  # a block comment
                pos = _comment_end(text, end)
                _hidden_go(text, start, pos, append)
                break  # go on after the comment's (possibly nested) end
            else:  # a quoted name
                close = "]" if group == 6 else '"'
                body = (
                    text[start + 1 : end - 1]
                    if end - start > 1 and text[end - 1] == close
                    else text[start + 1 : end]
                )
                if end - start > 3:
                    _hidden_go(text, start, end, append)
                append(("name", body.replace(close * 2, close), start, end))
            last_end = end
        else:
            return out


def sqlcmd_lines(text: str) -> list[Lexeme]:
    """Lines a client tool runs itself before SQL Server sees the text (sqlcmd ``:`` and ``!!`` commands).

    Found in the raw text, strings and comments included: sqlcmd reads lines, not tokens.

    >>> [(k, start) for k, _, start, _ in sqlcmd_lines("SELECT 1\\n  :!! whoami")]
    [('sqlcmd', 11)]
    """
    if ":" not in text and "!!" not in text:
        return []
    return [("sqlcmd", m.group(1), m.start(1), m.end(1)) for m in _SQLCMD_LINE.finditer(text)]


def _line_break(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return "\n" in gap or any(c in gap for c in _BREAKS)


def _comment_end(text: str, pos: int) -> int:
    """Where a block comment opened just before ``pos`` ends: SQL Server nests ``/* … */``."""
    depth = 1
    for m in _COMMENT_MARK.finditer(text, pos):
        if m.group() == "/*":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    return len(text)


def _hidden_go(text: str, start: int, end: int, append) -> None:
    if end - start > 3 and _line_break(text, start, end):
        m = _GO_LINE.search(text, start, end)
        if m is not None:
            append(("hidden-go", "GO", m.start(1), m.end(1)))
