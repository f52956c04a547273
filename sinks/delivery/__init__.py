"""Alert delivery: Slack and signed webhooks, routed, rate-limited, retried, logged.

- :mod:`routing` (+ ``routing.toml``): which alerts go to which destinations;
- :mod:`slack`, :mod:`webhook`, :mod:`links`: pure rendering and signing;
- :mod:`policy`: pure retry decisions (backoff, answers, Retry-After);
- :mod:`records`: delivery-log rows and delivery dead letters;
- :mod:`feedback`, :mod:`acks`: parsing judgements; acking events in offset order;
- :mod:`config`: the delivery settings (defaults, read from ``Settings``);
- :mod:`engine`: the async engine that sends (queues, rate limits, digests);
- ``streams/worker/delivery.py`` wires it to Faust and ClickHouse.
"""
