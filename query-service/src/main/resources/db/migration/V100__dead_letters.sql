-- Events a projection could not apply although they could be read (a defect, a value a view cannot hold), after a
-- few attempts: the dead letters (docs/adr/100-dead-letters-hold-their-case.md). The case's later events wait in
-- parked_event, in order, until the dead letter is re-driven (POST /api/admin/dead-letters/{deadLetterId}/redrive).
-- Holds the record value, which contains the event's payload (personal data, like the projections and parked_event).
create table dead_letter (
    id              bigserial     primary key,
    case_id         varchar(100)  not null,
    sequence        bigint        not null,
    event_id        varchar(100),
    type            varchar(100),
    revision        integer,
    record_value    text          not null,
    kafka_topic     varchar(255)  not null,
    kafka_partition integer       not null,
    kafka_offset    bigint        not null,
    reason          varchar(2000) not null,
    attempts        integer       not null,
    dead_lettered_at timestamptz  not null,
    last_attempt_at timestamptz   not null,
    resolved_at     timestamptz
);

-- At most one open dead letter per case: the case is held behind it.
create unique index dead_letter_open_per_case on dead_letter (case_id) where resolved_at is null;
