"""The embedded broker's end offsets, as table recovery sees them (streams/worker/tansu.py).

Tansu answers ListOffsets with the base offset of the last record batch plus
one. Records produced in one batch therefore look like one record to aiokafka;
the correction must find the real end from a fetch, every time.
"""

from __future__ import annotations

import asyncio

import aiokafka
from aiokafka.structs import TopicPartition
from kafka import KafkaProducer

from streams.worker.embedded import EmbeddedBroker
from streams.worker.tansu import patch_end_offsets, true_end_offsets


def produce_one_batch(bootstrap: str, topic: str, count: int) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=500, batch_size=1 << 20)
    try:
        for n in range(count):
            producer.send(topic, key=b"k", value=str(n).encode(), partition=0)
        producer.flush()
    finally:
        producer.close()


def test_end_offsets_count_every_record_of_the_last_batch(
    broker: EmbeddedBroker, unique: str
) -> None:
    topic = f"end-offsets-{unique}"
    produce_one_batch(broker.bootstrap, topic, 5)
    produce_one_batch(broker.bootstrap, topic, 40)
    tp = TopicPartition(topic, 0)

    async def reported_and_patched() -> tuple[int, int]:
        consumer = aiokafka.AIOKafkaConsumer(bootstrap_servers=broker.bootstrap)
        await consumer.start()
        try:
            # The broker's own answer (another test of this session may have patched it).
            method = aiokafka.AIOKafkaConsumer.end_offsets
            unpatched = getattr(method, "__wrapped__", method)
            reported = (await unpatched(consumer, [tp]))[tp]
            patch_end_offsets(broker.bootstrap)
            patched = (await consumer.end_offsets([tp]))[tp]
            return reported, patched
        finally:
            await consumer.stop()

    reported, patched = asyncio.run(reported_and_patched())
    assert reported < 45  # the broker's own answer: why the patch exists
    assert patched == 45
    for _ in range(5):  # the answer comes from a fetch, not from reads going quiet
        assert true_end_offsets(broker.bootstrap, {tp: reported})[tp] == 45
