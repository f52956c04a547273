-- The B2B account roll-up: one row per account version (ReplacingMergeTree),
-- written by the account stage after each contact update it applies.
CREATE TABLE IF NOT EXISTS voc.accounts
(
    account_id        String,
    updated_at        DateTime64(3, 'UTC'),
    version           UInt64,
    health            Float32,
    contacts          UInt32,
    unhappy_contacts  UInt32,
    unhappy_weight    Float32,
    at_risk           Bool,
    unhappy           Array(String),
    last_seen         Nullable(DateTime64(3, 'UTC')),
    contact_state     String
)
ENGINE = ReplacingMergeTree(version)
ORDER BY account_id;
