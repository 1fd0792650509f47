-- Per-case data keys (docs/adr/050-crypto-shredding.md). This database holds nothing else: never the event store,
-- never a copy of an event. A key is stored only wrapped by the key-encryption key, which never enters a database.
-- Erasure nulls the wrapped key and keeps the row as a tombstone, so that a destroyed key is never created again
-- for the same case (a later event could otherwise be encrypted, and read, under a fresh key).

create table case_key (
    case_id      varchar(100) primary key,
    key_version  integer      not null,
    wrapped_key  bytea,
    created_at   timestamptz  not null,
    destroyed_at timestamptz,
    constraint case_key_destroyed_or_present check ((wrapped_key is null) = (destroyed_at is not null))
);
