"""Checks on an analyst's SQL before and after ClickHouse parses it: pure functions.

The read-only client (:mod:`sinks.clickhouse.readonly`) runs them around the
engine's own guard (a ``readonly=1`` session with limits, or a read-only
ClickHouse user): they refuse what a read-only session still allows or what
should never reach the engine at all.

1. :func:`precheck` reads the text with a small lexer that knows ClickHouse's
   strings, quoted identifiers and comments: one statement; it starts with
   SELECT, WITH, DESCRIBE or DESC; no ``INTO OUTFILE`` (chDB writes the file
   even when read-only); no function that reads files, reaches URLs or other
   servers, or runs programs. A trailing ``FORMAT X`` is taken off and
   returned, so the caller asks for that format itself.
2. :func:`table_functions` reads ``EXPLAIN AST`` (ClickHouse's parser, which
   touches no data): only the table functions of :data:`ALLOWED_TABLE_FUNCTIONS`.
3. :func:`tables_in_tree` reads ``EXPLAIN QUERY TREE`` (the analyzer's resolved
   query, subqueries and ``IN`` included): only tables of the ``voc`` database.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

DATABASE = "voc"

#: Functions that read files, reach URLs or other servers, or run programs:
#: refused wherever they appear, before the engine sees the query.
FORBIDDEN_FUNCTIONS = frozenset(
    name.lower()
    for name in (
        "file", "fileCluster", "url", "urlCluster", "s3", "s3Cluster", "gcs", "oss",
        "cosn", "azureBlobStorage", "azureBlobStorageCluster", "hdfs", "hdfsCluster",
        "remote", "remoteSecure", "cluster", "clusterAllReplicas", "input", "executable",
        "executablePool", "mysql", "postgresql", "jdbc", "odbc", "mongodb", "redis",
        "sqlite", "hive", "iceberg", "icebergS3", "icebergAzure", "icebergHDFS",
        "icebergLocal", "deltaLake", "deltaLakeAzure", "deltaLakeLocal", "hudi",
        "dictionary", "merge", "loop", "arrowFlight", "arrowflight", "ytsaurus",
        "fuzzJSON", "fuzzQuery", "prometheusQuery", "timeSeriesData",
        "timeSeriesMetrics", "timeSeriesTags", "paimon", "urlencode_file",
    )
)  # fmt: skip
#: The table functions an analyst may use: generated data only.
ALLOWED_TABLE_FUNCTIONS = frozenset(
    {"numbers", "numbers_mt", "zeros", "zeros_mt", "generate_series", "generateseries",
     "values", "null", "generaterandom"}
)  # fmt: skip
STATEMENTS = frozenset({"select", "with", "describe", "desc"})
_FORMAT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class QueryRefused(ValueError):
    """The query is not one an analyst may run; the message says why."""


@dataclass(frozen=True)
class Token:
    kind: str  # word, string, ident (quoted identifier), punct, number
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Statement:
    """An analyst's statement as sent to ClickHouse, and the format they asked for."""

    sql: str
    #: ``FORMAT X`` the user wrote at the end (taken off ``sql``), or None.
    fmt: str | None
    #: "select" (SELECT or WITH) or "describe".
    kind: str


def tokens(sql: str) -> list[Token]:
    """The significant tokens of ``sql`` (comments and spaces dropped).

    Raises QueryRefused on an unterminated string, identifier or comment.
    """
    out: list[Token] = []
    i, n = 0, len(sql)
    while i < n:
        char = sql[i]
        if char.isspace():
            i += 1
        elif sql.startswith("--", i) or char == "#":
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif sql.startswith("/*", i):
            i = _skip_block_comment(sql, i)
        elif char in "'\"`":
            end = _quoted_end(sql, i, char)
            out.append(Token("string" if char == "'" else "ident", sql[i:end], i, end))
            i = end
        elif char == "$" and (match := re.match(r"\$([A-Za-z_]*)\$", sql[i:])):
            close = sql.find(match.group(0), i + len(match.group(0)))
            if close < 0:
                raise QueryRefused("unterminated $$ string")
            end = close + len(match.group(0))
            out.append(Token("string", sql[i:end], i, end))
            i = end
        elif char.isalpha() or char == "_":
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] in "_$"):
                end += 1
            out.append(Token("word", sql[i:end], i, end))
            i = end
        elif char.isdigit():
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] in "._"):
                end += 1
            out.append(Token("number", sql[i:end], i, end))
            i = end
        else:
            out.append(Token("punct", char, i, i + 1))
            i += 1
    return out


def _skip_block_comment(sql: str, start: int) -> int:
    depth, i = 0, start
    while i < len(sql):
        if sql.startswith("/*", i):
            depth, i = depth + 1, i + 2
        elif sql.startswith("*/", i):
            depth, i = depth - 1, i + 2
            if depth == 0:
                return i
        else:
            i += 1
    raise QueryRefused("unterminated /* comment")


def _quoted_end(sql: str, start: int, quote: str) -> int:
    i = start + 1
    while i < len(sql):
        if sql[i] == "\\":
            i += 2
        elif sql[i] == quote:
            if i + 1 < len(sql) and sql[i + 1] == quote:
                i += 2  # doubled quote
            else:
                return i + 1
        else:
            i += 1
    raise QueryRefused(f"unterminated {quote} quote")


def _name(token: Token) -> str:
    """A word or a quoted identifier as ClickHouse reads it, lower case."""
    if token.kind == "ident":
        return token.text[1:-1].lower()
    return token.text.lower() if token.kind == "word" else ""


def precheck(sql: str) -> Statement:
    """One read statement, nothing that reaches files, URLs or other servers.

    Raises QueryRefused with the reason; returns the statement without its
    trailing ``;`` and ``FORMAT X``.
    """
    toks = tokens(sql)
    while toks and toks[-1].text == ";":
        toks.pop()
    if not toks:
        raise QueryRefused("empty query")
    if any(t.kind == "punct" and t.text == ";" for t in toks):
        raise QueryRefused("one statement per request: remove the ';' between statements")
    first = _name(toks[0])
    if first not in STATEMENTS:
        word = toks[0].text[:30]
        raise QueryRefused(f"only SELECT, WITH and DESCRIBE are allowed here, not {word}")
    for before, after in itertools.pairwise(toks):
        if _name(before) == "into" and _name(after) == "outfile":
            raise QueryRefused("INTO OUTFILE is not allowed: use --format and redirect")
        if after.text == "(" and _name(before) in FORBIDDEN_FUNCTIONS:
            raise QueryRefused(
                f"{before.text}() is not allowed: analysts' SQL reads only the voc tables"
            )
    fmt = None
    if len(toks) >= 3 and _name(toks[-2]) == "format" and toks[-1].kind in {"word", "ident"}:
        fmt = toks[-1].text.strip('`"')
        if not _FORMAT_NAME.match(fmt):
            raise QueryRefused(f"unknown format {fmt[:40]!r}")
        toks = toks[:-2]
    body = sql[toks[0].start : toks[-1].end]
    return Statement(body, fmt, "describe" if first in {"describe", "desc"} else "select")


def _tree(text: str) -> list[tuple[int, str]]:
    """EXPLAIN output as (indentation, stripped line)."""
    return [(len(line) - len(line.lstrip(" ")), line.strip()) for line in text.splitlines()]


def table_functions(explain_ast: str) -> list[str]:
    """Names of the table functions in ``EXPLAIN AST`` output (lower case)."""
    names: list[str] = []
    parents: list[tuple[int, str]] = []
    for indent, line in _tree(explain_ast):
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if (
            line.startswith("Function ")
            and parents
            and parents[-1][1].startswith("TableExpression")
        ):
            names.append(line.split()[1].lower())
        parents.append((indent, line))
    return names


def table_identifiers(explain_ast: str) -> list[str]:
    """``TableIdentifier`` names in ``EXPLAIN AST`` output (DESCRIBE's table)."""
    return [
        line.split()[1] for _, line in _tree(explain_ast) if line.startswith("TableIdentifier ")
    ]


_TREE_TABLE = re.compile(r"\bTABLE id: \d+.*?\btable_name: ([^,\s]+)")
_TREE_FUNCTION = re.compile(r"\bTABLE_FUNCTION id: \d+.*?\btable_function_name: ([^,\s]+)")


def tables_in_tree(explain_tree: str) -> tuple[list[str], list[str]]:
    """(tables, table functions) the analyzer resolved, from ``EXPLAIN QUERY TREE``."""
    return _TREE_TABLE.findall(explain_tree), [
        name.lower() for name in _TREE_FUNCTION.findall(explain_tree)
    ]


def check_table_functions(names: list[str]) -> None:
    for name in names:
        if name not in ALLOWED_TABLE_FUNCTIONS:
            allowed = ", ".join(sorted(ALLOWED_TABLE_FUNCTIONS))
            raise QueryRefused(f"table function {name}() is not allowed (allowed: {allowed})")


#: Tables outside ``voc`` a query may read: ``SELECT 1`` reads ``system.one``.
ALLOWED_OTHER_TABLES = frozenset({"system.one"})


def check_tables(names: list[str], database: str = DATABASE) -> None:
    """Every table is in ``database`` (a bare name resolves there: the session's database)."""
    for name in names:
        db, _, table = name.rpartition(".")
        if name.lower() in ALLOWED_OTHER_TABLES:
            continue
        if db and db.strip('`"').lower() != database:
            raise QueryRefused(f"{name}: analysts' SQL reads only the {database} database")
        if not table:
            raise QueryRefused(f"unexpected table name {name!r}")


_NESTED = re.compile(r"(Code: \d+\. DB::Exception: )(?:Code: \d+\. DB::Exception: )+")
_VERSION = re.compile(r"\s*\(version [\d.]+[^)]*\)")
_REPEATED_NAME = re.compile(r"(\(([A-Z_]+)\))\.? \(\2\)")
_POSITION = re.compile(r"failed at position (\d+)")
_LINE_ONE = re.compile(r"\(line 1, col (\d+)\)")


def clean_error(message: str, offset: int = 0) -> str:
    """A ClickHouse error as one line: no driver prefix (URL), nesting or version.

    ``offset``: characters the caller put before the user's text (``EXPLAIN
    AST ``), taken off the position a syntax error reports.
    """
    start = message.find("Code: ")
    text = message[start:] if start >= 0 else message
    text = _NESTED.sub(r"\1", text)
    text = _REPEATED_NAME.sub(r"\1", _VERSION.sub("", text))
    lines = text.strip().splitlines()
    text = lines[0] if lines else "query failed"
    if offset:
        text = _POSITION.sub(lambda m: f"failed at position {max(int(m[1]) - offset, 1)}", text)
        text = _LINE_ONE.sub(lambda m: f"(line 1, col {max(int(m[1]) - offset, 1)})", text)
    return text[:1000]
