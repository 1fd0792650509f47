-- Projection "audit history": every applied event of a case, with who, when and what changed.
create table case_history (
    case_id        varchar(100) not null,
    sequence       bigint       not null,
    event_id       varchar(100) not null,
    type           varchar(100) not null,
    revision       integer      not null,
    occurred_at    timestamptz  not null,
    actor          varchar(100),
    role           varchar(50),
    agency         varchar(100),
    correlation_id varchar(100),
    summary        text         not null,
    -- the event's payload as it was received (json, not jsonb, keeps it as written)
    data           json         not null,
    primary key (case_id, sequence)
);

-- The form version of each assessment, to name indicators by their labels in the summaries.
create table case_history_assessment (
    assessment_id     varchar(100) primary key,
    case_id           varchar(100) not null,
    catalogue_version varchar(100) not null
);
