"""The ``voc`` command line (the contract in ARCHITECTURE.md)."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import signal
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console

from streams.settings import Settings


def _settings() -> Settings:
    try:
        return Settings()
    except Exception as exc:  # pydantic's message names the bad variable
        raise SystemExit(f"voc: invalid configuration: {exc}") from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.tools.demo import SAMPLE, run_demo

    path = Path(args.input) if args.input else SAMPLE
    if not path.exists():
        raise SystemExit(f"voc demo: input file {path} not found")
    return asyncio.run(run_demo(_settings(), path, Console(), timeout=args.timeout))


def cmd_run(args: argparse.Namespace) -> int:
    from streams.worker.runtime import build_pipeline, kafka_bootstrap, serve_forever

    settings = _settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    with kafka_bootstrap(settings) as bootstrap:
        if not settings.kafka_broker:
            print(
                f"embedded broker on {bootstrap} (export VOC_KAFKA_BROKER={bootstrap} to publish)"
            )
        asyncio.run(serve_forever(build_pipeline(settings), bootstrap))
    return 0


def cmd_broker(args: argparse.Namespace) -> int:
    from streams.worker.embedded import EmbeddedBroker

    broker = EmbeddedBroker(port=args.port)
    broker.start()
    print(f"embedded broker listening on {broker.bootstrap} (memory only; Ctrl-C stops it)")
    print(f"  export VOC_KAFKA_BROKER={broker.bootstrap}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        return broker.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        broker.stop()


def cmd_publish(args: argparse.Namespace) -> int:
    from streams.tools.publisher import Publisher, ensure_topics

    settings = _settings()
    path = Path(args.file)
    if not path.exists():
        raise SystemExit(f"voc publish: {path} not found")
    bootstrap = _bootstrap_or_exit(settings, "publish")
    ensure_topics(bootstrap, settings)
    with Publisher(bootstrap, settings) as publisher:
        report = publisher.publish_file(path)
    for number, reason in report.rejected:
        print(f"{path}:{number}: rejected: {reason}", file=sys.stderr)
    channels = ", ".join(f"{k}={v}" for k, v in sorted(report.by_channel.items()))
    print(f"published {report.sent} touchpoints ({channels}); rejected {len(report.rejected)}")
    return 0


def _query_worker(port: int, query: str) -> tuple[list[str], list[list[Any]]]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/sql", data=query.encode(), method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        body = json.loads(exc.read() or b"{}")
    if "error" in body:
        raise SystemExit(f"voc sql: {body['error']}")
    return body["columns"], body["rows"]


def cmd_sql(args: argparse.Namespace) -> int:
    from streams.worker.runtime import read_worker_info

    settings = _settings()
    info = read_worker_info(settings) if settings.embedded_clickhouse else None
    if info is not None:
        columns, rows = _query_worker(int(info["web_port"]), args.query)
    else:
        from sinks.clickhouse.store import ClickHouseStore

        store = ClickHouseStore(settings.clickhouse_dsn)
        try:
            columns, raw_rows = store.query(args.query)
        except Exception as exc:
            raise SystemExit(f"voc sql: {exc}") from exc
        finally:
            store.close()
        rows = [list(row) for row in raw_rows]
    _print_rows(columns, rows, args.format)
    return 0


def _print_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    elif fmt == "tsv":
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from streams.tools.demo import render_table

        Console(width=200).print(render_table(f"{len(rows)} rows", columns, rows))


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "alerts":
        from streams.tools.eval_alerts import run_cli

        run_cli(
            customers=args.customers,
            seed=args.seed,
            input_path=Path(args.input) if args.input else None,
            truth_path=Path(args.truth) if args.truth else None,
        )
        return 0
    if args.what == "sentiment":
        from streams.text.sentiment import evaluate_sentiment

        evaluate_sentiment(Path(args.dir), split=args.split)
    else:
        from streams.text.classifier import evaluate_classifier

        evaluate_classifier(Path(args.train), Path(args.test))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from streams.text.classifier import TextClassifier, read_labelled_csv

    texts, labels = read_labelled_csv(Path(args.train))
    print(f"training on {len(texts):,} rows, {len(set(labels))} topics from {args.train}...")
    model = TextClassifier.train(texts, labels)
    model.save(Path(args.out))
    print(f"saved to {args.out}; use it with VOC_TOPIC_MODEL_DIR={args.out}")
    return 0


def _bootstrap_or_exit(settings: Settings, command: str) -> str:
    from streams.worker.runtime import read_worker_info

    bootstrap = settings.kafka_broker or (read_worker_info(settings) or {}).get("bootstrap")
    if not bootstrap:
        raise SystemExit(
            f"voc {command}: no broker. Set VOC_KAFKA_BROKER (`voc broker` prints it), "
            "or start `voc run` from this directory first."
        )
    return str(bootstrap)


def cmd_alerts_replay(args: argparse.Namespace) -> int:
    from streams.worker.delivery import replay_delivery_dlq

    settings = _settings()
    bootstrap = _bootstrap_or_exit(settings, "alerts replay")
    count = replay_delivery_dlq(settings, bootstrap)
    print(f"replayed={count} (the running worker delivers them)")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from streams.tools.bench import BenchConfig, run_benchmark

    config = BenchConfig(
        events=args.events,
        customers=args.customers,
        rate=args.rate,
        load_seconds=args.load_seconds,
        timeout=args.timeout,
        output=Path(args.json),
    )
    run_benchmark(config)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="voc", description="voc-stream: real-time VoC")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="whole pipeline on embedded defaults, bundled sample")
    demo.add_argument("--input", help="touchpoints as JSON Lines (.jsonl or .jsonl.gz)")
    demo.add_argument("--timeout", type=float, default=150.0, help="seconds to wait for the worker")
    demo.set_defaults(func=cmd_demo)

    run = sub.add_parser("run", help="the worker, configured by environment")
    run.set_defaults(func=cmd_run)

    broker = sub.add_parser("broker", help="the embedded broker alone, in the foreground")
    broker.add_argument("--port", type=int, default=None)
    broker.set_defaults(func=cmd_broker)

    publish = sub.add_parser("publish", help="validate, encode and publish a JSON Lines file")
    publish.add_argument("file")
    publish.set_defaults(func=cmd_publish)

    sql = sub.add_parser("sql", help="query ClickHouse")
    sql.add_argument("query")
    sql.add_argument("--format", choices=("table", "tsv", "json"), default="table")
    sql.set_defaults(func=cmd_sql)

    evaluate = sub.add_parser("eval", help="score the text analytics on labelled data")
    what = evaluate.add_subparsers(dest="what", required=True)
    sentiment = what.add_parser("sentiment", help="UMSAB layout: DIR/<language>/test_*.txt")
    sentiment.add_argument("dir")
    sentiment.add_argument("--split", default="test", help="file prefix: test (default) or val")
    sentiment.set_defaults(func=cmd_eval)
    topics = what.add_parser("topics", help="train on one text,category CSV, score another")
    topics.add_argument("--train", required=True)
    topics.add_argument("--test", required=True)
    topics.set_defaults(func=cmd_eval)
    alerts = what.add_parser(
        "alerts", help="replay a scenario with planted truth; precision/recall per rule"
    )
    alerts.add_argument("--customers", type=int, default=400, help="simulated customers")
    alerts.add_argument("--seed", type=int, default=7)
    alerts.add_argument("--input", help="an independent scenario as touchpoint JSON Lines")
    alerts.add_argument("--truth", help="its ground truth JSON (the simulator's format)")
    alerts.set_defaults(func=cmd_eval)
    train = sub.add_parser("train", help="train the topic classifier on labelled examples")
    train_what = train.add_subparsers(dest="what", required=True)
    train_topics = train_what.add_parser("topics", help="text,category CSV -> model directory")
    train_topics.add_argument("--train", required=True)
    train_topics.add_argument("--out", required=True)
    train_topics.set_defaults(func=cmd_train)

    alerts_cmd = sub.add_parser("alerts", help="alert delivery")
    alerts_what = alerts_cmd.add_subparsers(dest="what", required=True)
    replay = alerts_what.add_parser(
        "replay", help="send the alerts of the delivery dead-letter topic again"
    )
    replay.set_defaults(func=cmd_alerts_replay)

    bench = sub.add_parser("bench", help="end-to-end benchmark; last line is the summary")
    bench.add_argument("--events", type=int, default=40_000, help="backlog size")
    bench.add_argument("--customers", type=int, default=100_000, help="simulated customers")
    bench.add_argument("--rate", type=int, default=1_000, help="offered load, events/s")
    bench.add_argument("--load-seconds", type=float, default=10.0)
    bench.add_argument("--timeout", type=float, default=240.0, help="seconds per phase")
    bench.add_argument("--json", default="bench/results/latest.json")
    bench.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
