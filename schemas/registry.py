"""The Confluent wire format through a schema registry (``VOC_SCHEMA_REGISTRY_URL``).

A message is ``00`` + the 4-byte big-endian schema id the registry gave the
writer schema + the Avro binary body. Encoding registers the current schema
under ``<topic>-value`` (confluent-kafka's ``AvroSerializer``, topic name
strategy); decoding looks the writer schema up by id (cached by the client) and
resolves it against the current reader schema (``AvroDeserializer``).

An id the registry does not know is bad input: :class:`DecodeError`
``unknown_schema``, a dead letter. A registry that cannot be reached is not:
:class:`RegistryUnavailable`, so the caller retries instead of setting the
message aside. Needs the ``registry`` extra (``confluent-kafka[avro,schemaregistry]``).
"""

from __future__ import annotations

import json
import struct
from typing import Any

from schemas.codec import CONFLUENT_MAGIC, DecodeError, current_schema

CONFLUENT_HEADER_LEN = 5


class RegistryUnavailable(RuntimeError):
    """The schema registry did not answer; retry later, the message is not at fault."""


def registry_client(url: str) -> Any:
    """A registry client; ``mock://<name>`` gives confluent-kafka's in-memory one (tests)."""
    from confluent_kafka.schema_registry import SchemaRegistryClient

    return SchemaRegistryClient.new_client({"url": url})


class ConfluentCodec:
    """Encode and decode one record type (e.g. ``"Touchpoint"``) in the Confluent wire format."""

    def __init__(self, client: Any, name: str) -> None:
        from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer

        self.name = name
        self._client = client
        schema_str = current_schema(name).path.read_text(encoding="utf-8")
        self._serializer = AvroSerializer(client, schema_str, conf={"auto.register.schemas": True})
        self._deserializer = AvroDeserializer(client, schema_str)
        self._writer_names: dict[int, str] = {}

    def encode(self, record: dict[str, Any], topic: str) -> bytes:
        from confluent_kafka.serialization import MessageField, SerializationContext

        data: bytes = self._serializer(record, SerializationContext(topic, MessageField.VALUE))
        return data

    def _writer_name(self, schema_id: int) -> str:
        """The record name of a writer schema id; raises DecodeError or RegistryUnavailable."""
        if schema_id not in self._writer_names:
            from confluent_kafka.schema_registry.error import SchemaRegistryError

            try:
                schema = self._client.get_schema(schema_id)
            except SchemaRegistryError as exc:
                if exc.http_status_code == 404:
                    raise DecodeError(
                        "unknown_schema", f"schema id {schema_id} is unknown to the registry"
                    ) from exc
                raise RegistryUnavailable(str(exc)) from exc
            except Exception as exc:  # connection errors from the HTTP client
                raise RegistryUnavailable(f"{type(exc).__name__}: {exc}") from exc
            parsed = json.loads(schema.schema_str)
            name = parsed.get("name", "") if isinstance(parsed, dict) else ""
            self._writer_names[schema_id] = name.rsplit(".", 1)[-1]
        return self._writer_names[schema_id]

    def decode(self, data: bytes) -> dict[str, Any]:
        """One Confluent-framed message to a record; raises :class:`DecodeError`."""
        if len(data) <= CONFLUENT_HEADER_LEN or data[:1] != CONFLUENT_MAGIC:
            raise DecodeError("not_avro", "missing the Confluent header 00 + 4-byte schema id")
        (schema_id,) = struct.unpack(">I", data[1:CONFLUENT_HEADER_LEN])
        writer = self._writer_name(schema_id)
        if writer != self.name:
            raise DecodeError("wrong_schema", f"message is a {writer}, expected {self.name}")
        try:
            record = self._deserializer(data, None)
        except Exception as exc:  # fastavro and the serializer raise many types
            raise DecodeError("avro_decode_error", f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(record, dict):
            raise DecodeError("avro_decode_error", "decoded value is not a record")
        return record
