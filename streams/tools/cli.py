"""The ``voc`` command line (a contract: the README's command table)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rich.console import Console

from streams.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_PARTIAL, UserError
from streams.settings import Settings
from streams.tools.errors import explain, quiet_library_warnings, system_exit_message


def _settings() -> Settings:
    from streams.tools.errors import settings_message

    try:
        return Settings()
    except ValidationError as exc:  # one line naming each bad VOC_ variable
        raise UserError(settings_message(exc)) from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.preflight import check_clickhouse
    from streams.tools.jsonlines import check_input

    settings = _settings()
    path = Path(args.input) if args.input else None
    if path is not None:
        check_input(path)  # a missing, binary or damaged file: one line, before starting
    check_clickhouse(settings.clickhouse_url)
    from streams.tools.demo import SAMPLE, run_demo

    return asyncio.run(
        run_demo(settings, path or SAMPLE, Console(), timeout=args.timeout, serve=args.serve)
    )


def cmd_dashboard(args: argparse.Namespace) -> int:
    """The live dashboard on a store no worker holds (a worker serves its own /dashboard)."""
    from streams.preflight import check_port_free
    from streams.worker.dashboard import dashboard_address, run_alone
    from streams.worker.holder import read_worker_info

    settings = _settings()
    info = read_worker_info(settings) if settings.embedded_clickhouse else None
    if info is not None:
        served = settings.model_copy(update={"web_port": int(info["web_port"])})
        print(f"a worker holds this store; its dashboard: {dashboard_address(served)}")
        return EXIT_OK
    port = args.port or settings.web_port
    check_port_free(settings.web_bind, port)
    return asyncio.run(run_alone(settings, port))


def cmd_run(args: argparse.Namespace) -> int:
    from streams.preflight import check_broker, check_clickhouse, check_port_free

    settings = _settings()  # configuration errors first, before the slow imports
    if args.workers > 1:
        from streams.tools.supervise import run_workers

        return run_workers(settings, args.workers)
    check_port_free(settings.web_bind, settings.web_port)
    check_clickhouse(settings.clickhouse_url)
    if settings.kafka_broker:
        check_broker(settings.kafka_broker)
    from streams.worker.runtime import build_pipeline, kafka_bootstrap, serve_forever

    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    with kafka_bootstrap(settings) as bootstrap:
        if not settings.kafka_broker:
            print(
                f"embedded broker on {bootstrap} (export VOC_KAFKA_BROKER={bootstrap} to publish)"
            )
        code = asyncio.run(serve_forever(build_pipeline(settings), bootstrap))
    return code


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
    """Exit 0: every line published; 1: some lines rejected (the rest published);
    2: nothing or not all could be read or sent (file, broker, configuration)."""
    from streams.tools.jsonlines import check_input
    from streams.tools.publisher import Publisher, ensure_topics

    settings = _settings()
    path = Path(args.file)
    check_input(path)  # a directory, a missing, binary or non-gzip file: before connecting
    bootstrap = _bootstrap_or_exit(settings, "publish")
    ensure_topics(bootstrap, settings)
    with Publisher(bootstrap, settings) as publisher:
        report = publisher.publish_file(path)
    for number, reason in report.rejected:
        print(f"{path}:{number}: rejected: {reason}", file=sys.stderr)
    channels = ", ".join(f"{k}={v}" for k, v in sorted(report.by_channel.items()))
    print(f"published {report.sent} touchpoints ({channels}); rejected {len(report.rejected)}")
    return EXIT_PARTIAL if report.rejected else EXIT_OK


def _query_worker(settings: Settings, port: int, query: str) -> Any:
    """The worker's ``POST /sql`` (it holds the embedded store), with its bearer token."""
    from sinks.clickhouse.readonly import Result
    from streams.worker.webauth import call_worker, read_token

    try:
        status, body = call_worker(port, "/sql", read_token(settings), {"query": query})
    except OSError as exc:
        raise UserError(f"the worker on port {port} does not answer ({exc})") from None
    if not isinstance(body, dict) or status != 200:
        error = body.get("error") if isinstance(body, dict) else None
        raise UserError(error or f"the worker answered HTTP {status}")
    return Result.from_json(body)


def _query_store(settings: Settings, query: str) -> Any:
    """Straight to ClickHouse (no worker holds the store): the same read-only client."""
    from sinks.clickhouse.readonly import QueryFailed, QueryRefused, ReadOnlySql
    from streams.worker.web import limits_of

    analyst = settings.clickhouse_analyst_url
    reader = ReadOnlySql(
        settings.clickhouse_dsn,
        limits_of(settings),
        analyst.get_secret_value() if analyst else None,
    )
    try:
        return reader.run(query)
    except (QueryRefused, QueryFailed) as exc:
        raise UserError(str(exc)) from None
    finally:
        reader.close()


def cmd_sql(args: argparse.Namespace) -> int:
    from streams.tools.sqlout import default_format, render
    from streams.worker.holder import read_worker_info

    settings = _settings()
    info = read_worker_info(settings) if settings.embedded_clickhouse else None
    if info is not None:
        result = _query_worker(settings, int(info["web_port"]), args.query)
    else:
        result = _query_store(settings, args.query)
    if result.fmt is not None:  # the query's own FORMAT: ClickHouse's bytes as they are
        sys.stdout.flush()
        sys.stdout.buffer.write(result.data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    terminal = sys.stdout.isatty()
    fmt = args.format or default_format(terminal)
    width = shutil.get_terminal_size((200, 24)).columns if terminal else 200
    sys.stdout.write(render(result.columns, result.rows, fmt, width=width, color=terminal))
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    """Erase a person (streams/tools/forget.py says how); exit 1 if not carried out in time."""
    from streams.tools.forget import forget_in_store, new_request, publish_request, report
    from streams.worker.holder import read_worker_info, try_lock

    settings = _settings()
    request = new_request(args.subject)
    info = read_worker_info(settings) if settings.embedded_clickhouse else None
    if info is not None:  # a running worker holds the store: through the topology
        from streams.tools.forget import wait_for_audit

        publish_request(_bootstrap_or_exit(settings, "forget"), settings, request)
        port = int(info["web_port"])
        counts = wait_for_audit(
            lambda sql: _query_worker(settings, port, sql).rows, request.request_id, args.wait
        )
        if counts is None:
            print(f"voc forget: request {request.request_id} published to "
                  f"{settings.erasure_topic}; not carried out within {args.wait:g} s "
                  "(the worker applies it when it catches up)", file=sys.stderr)  # fmt: skip
            return EXIT_PARTIAL
        print(report(request, counts, "by the running worker"))
        return EXIT_OK
    from sinks.clickhouse.store import ClickHouseStore

    lock = try_lock(settings.data_dir / "store.lock") if settings.embedded_clickhouse else None
    if settings.embedded_clickhouse and lock is None:
        raise UserError(
            "voc forget: a worker holds the store but publishes no web port (VOC_WEB_PORT=0); "
            f'publish {{"subject": ...}} to {settings.erasure_topic} instead'
        )
    store = ClickHouseStore(settings.clickhouse_dsn)
    try:
        store.migrate()
        counts = forget_in_store(store, request)
    finally:
        store.close()
        if lock is not None:
            lock.close()
    print(report(request, counts, "on the store"))
    if settings.kafka_broker:  # the workers' state forgets them too, now or at their next start
        publish_request(_bootstrap_or_exit(settings, "forget"), settings, request)
        print(f"state: request published to {settings.erasure_topic}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "alerts":
        from streams.tools.eval_alerts import run_all_cli, run_cli

        if args.input or args.customers is not None or args.seed is not None:
            run_cli(
                customers=400 if args.customers is None else args.customers,
                seed=7 if args.seed is None else args.seed,
                input_path=Path(args.input) if args.input else None,
                truth_path=Path(args.truth) if args.truth else None,
            )
        else:
            split = "tuning" if args.tuning else "all" if args.all else "report"
            run_all_cli(split, args.family, args.verbose)
        return 0
    if args.what == "expectations":
        from streams.tools.eval_expectations import run_cli as run_expectations

        run_expectations("tuning" if args.tuning else "all" if args.all else "report", args.family)
        return 0
    if args.what == "sentiment":
        from streams.text.sentiment import SentimentModel
        from streams.tools.eval_sentiment import evaluate_sentiment

        try:
            model = SentimentModel.load(mode=args.mode)
        except RuntimeError as error:  # the accurate extra is not installed
            raise SystemExit(f"voc eval sentiment: {error}") from error
        evaluate_sentiment(
            Path(args.dir), split=args.split, model=model, unaccented=args.unaccented
        )
    else:
        from streams.text.classifier import evaluate_classifier

        evaluate_classifier(Path(args.train), Path(args.test))
    return 0


def cmd_eval_journey(args: argparse.Namespace) -> int:
    from streams.tools.eval_journey import CUSTOMERS, run_cli

    run_cli("tuning" if args.tuning else "report", args.customers or CUSTOMERS)
    return 0


def cmd_eval_pii(args: argparse.Namespace) -> int:
    from streams.tools.eval_pii import EVAL_SET, TUNE_SET, run_cli

    path = Path(args.input) if args.input else TUNE_SET if args.tuning else EVAL_SET
    if not path.exists():
        raise SystemExit(f"voc eval pii: {path} not found")
    run_cli(path, show_errors=args.errors)
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
    from streams.worker.holder import read_worker_info

    bootstrap = settings.kafka_broker or (read_worker_info(settings) or {}).get("bootstrap")
    if not bootstrap:
        raise SystemExit(
            f"voc {command}: no broker. Set VOC_KAFKA_BROKER (`voc broker` prints it), "
            "or start `voc run` from this directory first."
        )
    from streams.preflight import check_broker

    check_broker(str(bootstrap))  # seconds, not kafka-python's 30 s of retries
    return str(bootstrap)


def cmd_reprocess(args: argparse.Namespace) -> int:
    """Stored touchpoints through the current models again (streams/tools/reprocess.py)."""
    from sinks.clickhouse.store import ClickHouseStore
    from streams.tools.reprocess import as_datetime, reprocess
    from streams.worker.holder import try_lock

    try:
        since = as_datetime(args.since)
    except ValueError as error:
        raise UserError(str(error)) from error
    settings = _settings()
    bootstrap = _bootstrap_or_exit(settings, "reprocess")
    lock = try_lock(settings.data_dir / "store.lock") if settings.embedded_clickhouse else None
    if settings.embedded_clickhouse and lock is None:
        raise UserError("a worker holds the embedded store: stop it first")
    registry = None
    if settings.schema_registry_url:
        from streams.worker.app import registry_decoder

        registry = registry_decoder(settings)
    store = ClickHouseStore(settings.clickhouse_dsn)
    try:
        store.migrate()
        report = reprocess(store, bootstrap, settings, since, registry=registry, group=args.group)
    finally:
        store.close()
        if lock is not None:
            lock.close()
    print("\n".join(report.lines()))
    return EXIT_OK


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
        memory_customers=args.memory_customers,
        timeout=args.timeout,
        output=Path(args.json),
        workers=tuple(int(n) for n in args.workers.split(",") if n.strip()),
    )
    run_benchmark(config)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    if args.bench:
        from streams.ingest.bench import run_ingest_bench

        run_ingest_bench(
            settings,
            clients=args.clients,
            seconds=args.seconds,
            batch=args.batch,
            gateway_timeout=60.0,
        )
        return 0
    from streams.ingest.serve import serve_gateway

    # VOC_KAFKA_BROKER set: the gateway never imports the worker (faust) to find it
    bootstrap = settings.kafka_broker or _bootstrap_or_exit(settings, "ingest")
    if not settings.ingest_keys:
        print("voc ingest: VOC_INGEST_KEYS is empty: POST /v1/touchpoints refuses every request")
    asyncio.run(serve_gateway(settings, bootstrap, args.port))
    return 0


def cmd_import_csv(args: argparse.Namespace) -> int:
    from streams.tools.import_csv import import_csv

    settings = _settings()
    path = Path(args.file)
    if not path.exists():
        raise SystemExit(f"voc import csv: {path} not found")
    bootstrap = settings.kafka_broker or _bootstrap_or_exit(settings, "import csv")
    return import_csv(settings, bootstrap, path, args.mapping, args.source, args.delimiter)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="voc", description="voc-stream: real-time VoC")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="whole pipeline on embedded defaults, bundled sample")
    demo.add_argument("--input", help="touchpoints as JSON Lines (.jsonl or .jsonl.gz)")
    demo.add_argument("--timeout", type=float, default=150.0, help="seconds to wait for the worker")
    demo.add_argument(
        "--serve", action="store_true", help="keep the worker and its dashboard up until Ctrl-C"
    )
    demo.set_defaults(func=cmd_demo)

    dashboard = sub.add_parser("dashboard", help="the live dashboard on a store no worker holds")
    dashboard.add_argument("--port", type=int, default=None, help="default VOC_WEB_PORT")
    dashboard.set_defaults(func=cmd_dashboard)

    run = sub.add_parser("run", help="the worker, configured by environment")
    run.add_argument(
        "--workers", type=int, default=1, help="worker processes on this machine (default 1)"
    )
    run.set_defaults(func=cmd_run)

    broker = sub.add_parser("broker", help="the embedded broker alone, in the foreground")
    broker.add_argument("--port", type=int, default=None)
    broker.set_defaults(func=cmd_broker)

    publish = sub.add_parser("publish", help="validate, encode and publish a JSON Lines file")
    publish.add_argument("file")
    publish.set_defaults(func=cmd_publish)

    sql = sub.add_parser("sql", help="query ClickHouse")
    sql.add_argument("query")
    sql.add_argument(
        "--format",
        choices=("table", "tsv", "json"),
        default=None,
        help="table on a terminal, tsv otherwise; a FORMAT clause in the query wins",
    )
    sql.set_defaults(func=cmd_sql)

    forget = sub.add_parser("forget", help="erase a person everywhere (GDPR request)")
    forget.add_argument("subject", help="customer id, email:…, phone:… or handle:…")
    forget.add_argument("--wait", type=float, default=60.0, help="seconds to wait for a worker")
    forget.set_defaults(func=cmd_forget)
    again = sub.add_parser(
        "reprocess", help="stored touchpoints through the current models again (no alerts)"
    )
    again.add_argument("--since", required=True, help="records published since (YYYY-MM-DD)")
    again.add_argument("--group", help="consumer group (default <app id>-reprocess-<time>)")
    again.set_defaults(func=cmd_reprocess)

    evaluate = sub.add_parser("eval", help="score the text analytics on labelled data")
    what = evaluate.add_subparsers(dest="what", required=True)
    sentiment = what.add_parser("sentiment", help="UMSAB layout: DIR/<language>/test_*.txt")
    sentiment.add_argument("dir")
    sentiment.add_argument("--split", default="test", help="file prefix: test (default) or val")
    sentiment.add_argument(
        "--mode",
        choices=("fast", "accurate"),
        default="fast",
        help="fast (default: the linear model) or accurate (plus the e5 encoder; needs the extra)",
    )
    sentiment.add_argument(
        "--unaccented",
        action="store_true",
        help="strip every accent from the texts first, as a writer in a hurry types them",
    )
    sentiment.set_defaults(func=cmd_eval)
    topics = what.add_parser("topics", help="train on one text,category CSV, score another")
    topics.add_argument("--train", required=True)
    topics.add_argument("--test", required=True)
    topics.set_defaults(func=cmd_eval)
    alerts = what.add_parser(
        "alerts", help="replay a scenario with planted truth; precision/recall per rule"
    )
    alerts.add_argument("--customers", type=int, help="one simulated run of N customers")
    alerts.add_argument("--seed", type=int, help="one simulated run with this seed")
    alerts.add_argument(
        "--tuning",
        action="store_true",
        help="the tuning families (TUNING_SEEDS and TUNING_SETS in streams/tools/eval_alerts.py)",
    )
    alerts.add_argument("--all", action="store_true", help="tuning and report families")
    alerts.add_argument("--family", help="only the families whose name contains this")
    alerts.add_argument("--verbose", action="store_true", help="each family's own table too")
    alerts.add_argument("--input", help="an independent scenario as touchpoint JSON Lines")
    alerts.add_argument("--truth", help="its ground truth JSON (the simulator's format)")
    alerts.set_defaults(func=cmd_eval)
    journey = what.add_parser(
        "journey", help="journey stage per touchpoint on the simulator's planted stages"
    )
    journey.add_argument("--tuning", action="store_true", help="the tuning seeds, not the report")
    journey.add_argument("--customers", type=int, help="customers per simulated run (400)")
    journey.set_defaults(func=cmd_eval_journey)
    expectations = what.add_parser(
        "expectations",
        help="emerging themes, criteria shifts, new alternatives on planted truth",
    )
    expectations.add_argument("--tuning", action="store_true", help="the tuning seeds")
    expectations.add_argument("--all", action="store_true", help="tuning and report families")
    expectations.add_argument("--family", help="only the families whose name contains this")
    expectations.set_defaults(func=cmd_eval)
    pii = what.add_parser(
        "pii", help="PII redaction on a labelled set; recall and precision per type"
    )
    pii.add_argument("--input", help="labelled JSON Lines (default: the bundled scored set)")
    pii.add_argument("--tuning", action="store_true", help="score the tuning set instead")
    pii.add_argument("--errors", action="store_true", help="list misses and false positives")
    pii.set_defaults(func=cmd_eval_pii)
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
    bench.add_argument(
        "--workers", default="1,2", help="worker counts to measure at saturation (default 1,2)"
    )
    bench.add_argument("--customers", type=int, default=100_000, help="simulated customers")
    bench.add_argument(
        "--rate", type=int, default=None,
        help="offered load, events/s (default: half the measured saturation throughput)",
    )  # fmt: skip
    bench.add_argument("--load-seconds", type=float, default=20.0)
    bench.add_argument(
        "--memory-customers", type=int, default=100_000,
        help="customers in state when the worker's memory is measured (0: skip)",
    )  # fmt: skip
    bench.add_argument("--timeout", type=float, default=600.0, help="seconds per phase")
    bench.add_argument("--json", default="bench/results/latest.json")
    bench.set_defaults(func=cmd_bench)

    ingest = sub.add_parser("ingest", help="HTTP ingest gateway: touchpoints and tool webhooks")
    ingest.add_argument("--port", type=int, default=8088)
    ingest.add_argument(
        "--bench", action="store_true", help="measure events/s and p99 time to 202, then exit"
    )
    ingest.add_argument("--clients", type=int, default=16, help="--bench: concurrent clients")
    ingest.add_argument("--seconds", type=float, default=10.0, help="--bench: load duration")
    ingest.add_argument("--batch", type=int, default=100, help="--bench: events per request")
    ingest.set_defaults(func=cmd_ingest)

    import_cmd = sub.add_parser("import", help="import survey exports")
    import_what = import_cmd.add_subparsers(dest="what", required=True)
    import_csv = import_what.add_parser(
        "csv", help="an NPS/CSAT/CES survey export as survey_response touchpoints"
    )
    import_csv.add_argument("file")
    import_csv.add_argument(
        "--mapping",
        required=True,
        help="'field=Column,...' or a .toml file (see README, Connecting tools)",
    )
    import_csv.add_argument("--source", default="survey_csv", help="the touchpoints' source")
    import_csv.add_argument("--delimiter", default=",")
    import_csv.set_defaults(func=cmd_import_csv)
    return parser


def _add_debug_flag(parser: argparse.ArgumentParser, top: bool = True) -> None:
    """``--debug`` before or after the subcommand: tracebacks instead of one line."""
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="show the traceback of an error (as VOC_LOG_LEVEL=DEBUG does)",
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                _add_debug_flag(sub, top=False)


def _debugging(args: argparse.Namespace) -> bool:
    if getattr(args, "debug", False):
        return True
    try:
        return Settings().log_level == "DEBUG"
    except ValidationError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. A configuration or environment error ends as one line on
    stderr and exit code 2 (``streams/errors.py``); ``--debug`` shows the traceback."""
    parser = build_parser()
    _add_debug_flag(parser)
    args = parser.parse_args(argv)
    if not _debugging(args):
        quiet_library_warnings()
    command = " ".join(
        str(getattr(args, name)) for name in ("command", "what") if getattr(args, name, None)
    )
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except SystemExit as exc:  # ``raise SystemExit("voc x: message")`` in a command
        message, code = system_exit_message(exc.code)
        if message is not None:
            if _debugging(args):
                raise
            if exc.__cause__ is not None:  # a library error the command passed on
                message, code = explain(exc.__cause__, command, fallback=message)
            print(message, file=sys.stderr)
        return code
    except Exception as exc:
        if _debugging(args):
            raise
        message, code = explain(exc, command)
        print(message, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
