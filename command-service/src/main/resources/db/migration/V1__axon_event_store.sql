-- The Axon event store, owned by Flyway rather than by Axon or Hibernate (see docs/adr/002-jdbc-event-store.md).
-- Payloads and metadata are bytea (JSON bytes), never large objects; the global index is a plain bigserial.

create table domain_event_entry (
    global_index         bigserial    primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    -- One case's history has one event per sequence number: the optimistic lock between concurrent writers.
    unique (aggregate_identifier, sequence_number)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- Which case an assessment belongs to, so the API can address assessments by their own id.
-- Written in the same transaction as the AssessmentStarted event.
create table assessment_index (
    assessment_id varchar(64) primary key,
    case_id       varchar(64) not null
);
