-- A read-only, limited ClickHouse user for analysts' SQL (voc sql, the worker's /sql).
-- Run once as an administrator (clickhouse-client --multiquery < analyst.sql), with
-- SQL-driven access control enabled, then point the worker at it:
--   VOC_CLICKHOUSE_ANALYST_URL=http://voc_analyst:<password>@clickhouse:8123/
-- The worker sends no settings on this connection: the profile holds them, and
-- readonly = 1 forbids changing them (SET, a SETTINGS clause, URL parameters).
-- final = 1 makes every read of the ReplacingMergeTree tables exact without
-- writing FINAL (replayed rows collapse): the user Grafana and other BI tools
-- connect as (deploy/grafana/). The README's "For analysts" answers ten
-- questions in SQL on the views of sinks/clickhouse/migrations/007_analyst_views.sql.

CREATE SETTINGS PROFILE IF NOT EXISTS voc_analyst SETTINGS
    readonly = 1,                                -- no writes, no DDL, no SET
    final = 1,                                   -- FINAL on every ReplacingMergeTree read:
                                                 -- BI tools (Grafana) get exact counts
    max_execution_time = 30,                     -- seconds (VOC_SQL_MAX_SECONDS)
    timeout_overflow_mode = 'throw',
    max_rows_to_read = 2000000000,               -- VOC_SQL_MAX_ROWS_TO_READ
    read_overflow_mode = 'throw',
    max_result_rows = 100000,                    -- VOC_SQL_MAX_RESULT_ROWS
    result_overflow_mode = 'throw',
    max_memory_usage = 1000000000,               -- bytes (VOC_SQL_MAX_MEMORY_BYTES)
    max_threads = 4,
    max_concurrent_queries_for_user = 4;

CREATE USER IF NOT EXISTS voc_analyst
    IDENTIFIED WITH sha256_password BY 'change-me'
    SETTINGS PROFILE 'voc_analyst';

-- Only SELECT on the voc database: no other database, no table functions that
-- reach files, URLs or other servers (those need the FILE, URL, REMOTE, S3...
-- sources, which this user is not granted), no dictionaries, no SYSTEM commands.
REVOKE ALL ON *.* FROM voc_analyst;
GRANT SELECT ON voc.* TO voc_analyst;
