-- Erasure on request (issue 13): one audit row per erasure the store carried
-- out. It proves the erasure without keeping the person: subject_hash is the
-- SHA-256 of the normalised identifier (streams/stages/erasure.py), never the
-- identifier; rows says how many rows each table lost. Written by the store
-- writer (or by `voc forget` on a store no worker holds). Kept without TTL.
CREATE TABLE IF NOT EXISTS voc.erasures
(
    request_id    String,
    subject_hash  String,
    requested_at  DateTime64(3, 'UTC'),
    erased_at     DateTime64(3, 'UTC'),
    keys          UInt16 COMMENT 'customer keys erased (the survivor and the keys merged into it)',
    identifiers   UInt16 COMMENT 'identifiers identity resolution had linked to them',
    rows          Map(String, UInt64) COMMENT 'table -> rows deleted',
    stored_at     DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = MergeTree
ORDER BY (requested_at, request_id);
