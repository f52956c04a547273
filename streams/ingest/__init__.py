"""The HTTP ingest gateway (``voc ingest``): upstream tools send touchpoints over HTTP.

``POST /v1/touchpoints`` takes the contract's JSON (array or NDJSON) with a
write key; ``POST /v1/hooks/<source>`` takes a tool's own webhook payload,
checks its signature and maps it (``hooks/``). Everything validated here is
published exactly as ``voc publish`` would, and only answered 202 once the
broker has acknowledged it. This package does not import faust.
"""
