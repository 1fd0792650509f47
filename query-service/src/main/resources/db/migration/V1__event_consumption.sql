-- Where the consumer stands for each case. Updated in the same transaction as every projection, so a projection
-- never reflects an event this table does not count, and a redelivered event is recognised by its sequence.
create table case_progress (
    case_id        varchar(100) primary key,
    last_sequence  bigint       not null,
    last_event_id  varchar(100),
    updated_at     timestamptz  not null
);

-- Events that arrived before their predecessor (a gap in a case's sequence) and were retried in vain: kept here,
-- unapplied, until the missing event arrives, then applied in sequence order in the same transaction as it.
-- Holds the record value, which contains the event's payload (personal data, like the projections).
create table parked_event (
    case_id        varchar(100) not null,
    sequence       bigint       not null,
    event_id       varchar(100),
    type           varchar(100),
    revision       integer,
    record_value   text         not null,
    kafka_topic    varchar(255) not null,
    kafka_partition integer     not null,
    kafka_offset   bigint       not null,
    parked_at      timestamptz  not null,
    primary key (case_id, sequence)
);

-- Records that could not be read (unknown type or revision, malformed JSON, payload not matching the contract),
-- set aside after a few attempts: the first step of the dead-letter path. No payload text is kept here; the
-- topic keeps the record itself (topic, partition, offset) until its retention ends.
create table unprocessable_event (
    id              bigserial    primary key,
    event_id        varchar(100),
    case_id         varchar(100),
    sequence        bigint,
    type            varchar(100),
    revision        integer,
    reason          varchar(2000) not null,
    kafka_topic     varchar(255) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    recorded_at     timestamptz  not null,
    constraint unprocessable_event_record unique (kafka_topic, kafka_partition, kafka_offset)
);

create index unprocessable_event_case on unprocessable_event (case_id, sequence);
