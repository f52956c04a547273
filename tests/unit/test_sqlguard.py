"""The text and parse checks on analysts' SQL (sinks/clickhouse/sqlguard.py)."""

from __future__ import annotations

import pytest

from sinks.clickhouse.sqlguard import (
    QueryRefused,
    check_table_functions,
    check_tables,
    clean_error,
    precheck,
    table_functions,
    tables_in_tree,
)


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("SELECT 1; DROP TABLE voc.alerts", "one statement"),
        ("SELECT 1;\n-- c\nSELECT 2", "one statement"),
        ("DROP TABLE voc.alerts", "not DROP"),
        ("INSERT INTO FUNCTION file('x.pth') VALUES (1)", "not INSERT"),
        ("SET readonly = 1", "not SET"),
        ("  /* hi */ ALTER TABLE voc.alerts DELETE WHERE 1", "not ALTER"),
        ("SELECT * FROM file('/etc/passwd', 'LineAsString')", "file()"),
        ("SELECT * FROM `FILE` ('/etc/passwd')", "FILE`()"),
        ("SELECT * FROM \"url\"('http://127.0.0.1/')", 'url"()'),
        ("SELECT file('/etc/passwd')", "file()"),
        ("SELECT * FROM remoteSecure('h', voc.alerts)", "remoteSecure()"),
        ("WITH s AS (SELECT * FROM s3('http://x/y')) SELECT * FROM s", "s3()"),
        ("SELECT 1 INTO OUTFILE '/tmp/x'", "INTO OUTFILE"),
        ("SELECT 'unterminated", "unterminated"),
        ("SELECT 1 /* open", "unterminated"),
        ("", "empty"),
        (" ;; ", "empty"),
    ],
)
def test_precheck_refuses(sql: str, reason: str) -> None:
    with pytest.raises(QueryRefused) as refused:
        precheck(sql)
    assert reason in str(refused.value)


def test_precheck_keeps_text_in_strings_and_comments() -> None:
    # ';', file( and INTO OUTFILE inside strings, identifiers and comments are data.
    sql = "SELECT 'a;b', 'file(x)', `x;y` -- ; DROP\n FROM voc.t"
    statement = precheck(sql + " /* INTO OUTFILE */ ;")
    assert statement.sql == sql
    assert statement.fmt is None and statement.kind == "select"
    assert precheck("SELECT 'it''s;' , 'x\\';'").fmt is None


def test_precheck_takes_off_the_users_format() -> None:
    statement = precheck("select 1 AS x FORMAT JSON;")
    assert (statement.sql, statement.fmt) == ("select 1 AS x", "JSON")
    assert precheck("SELECT 'FORMAT JSON'").fmt is None
    assert precheck("DESCRIBE voc.alerts").kind == "describe"
    with pytest.raises(QueryRefused):
        precheck("SELECT 1 FORMAT `a b`")


AST = """SelectWithUnionQuery (children 1)
 ExpressionList (children 1)
  SelectQuery (children 2)
   ExpressionList (children 1)
    Function count (children 1)
   TablesInSelectQuery (children 2)
    TablesInSelectQueryElement (children 1)
     TableExpression (children 1)
      Function numbers (children 1)
       ExpressionList (children 1)
        Literal UInt64_10
    TablesInSelectQueryElement (children 2)
     TableExpression (children 1)
      Function Url (children 1)
"""

TREE = """QUERY id: 0
  JOIN TREE
    JOIN id: 8, strictness: ALL, kind: INNER
      LEFT TABLE EXPRESSION
        TABLE id: 3, alias: __table1, table_name: voc.touchpoints
      RIGHT TABLE EXPRESSION
        TABLE_FUNCTION id: 14, alias: __table1, table_function_name: numbers
  WHERE
    TABLE id: 8, alias: __table2, table_name: system.tables
"""


def test_table_functions_come_from_the_parse_tree_only() -> None:
    assert table_functions(AST) == ["numbers", "url"]  # count() is not a table function
    with pytest.raises(QueryRefused, match=r"url\(\)"):
        check_table_functions(table_functions(AST))
    check_table_functions(["numbers", "zeros", "values"])


def test_tables_must_be_in_voc() -> None:
    tables, functions = tables_in_tree(TREE)
    assert tables == ["voc.touchpoints", "system.tables"] and functions == ["numbers"]
    with pytest.raises(QueryRefused, match=r"system\.tables"):
        check_tables(tables)
    check_tables(["voc.alerts", "alerts", "system.one"])
    with pytest.raises(QueryRefused):
        check_tables(["default.t"])


def test_clean_error_is_one_line_without_driver_noise() -> None:
    raw = (
        "HTTPDriver for http://ch:8123 received ClickHouse error code 164\n"
        "Code: 164. DB::Exception: Code: 164. DB::Exception: Cannot modify 'readonly' setting "
        "in readonly mode. (READONLY) (version 26.9.2.1). (READONLY)\nstack trace..."
    )
    assert clean_error(raw) == (
        "Code: 164. DB::Exception: Cannot modify 'readonly' setting in readonly mode. (READONLY)"
    )
    syntax = "Code: 62. DB::Exception: Syntax error: failed at position 24 (line 1, col 24): +"
    assert "position 12" in clean_error(syntax, offset=12)
    assert "col 12" in clean_error(syntax, offset=12)
