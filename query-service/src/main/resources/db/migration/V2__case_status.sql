-- Projection "case status": the child, the professionals, the current risk level and every assessment.
create table case_status (
    case_id                      varchar(100) primary key,
    area                         varchar(50),
    child                        jsonb,
    professionals                jsonb        not null default '[]',
    placement                    jsonb,
    other_professionals_involved text,
    risk_level                   varchar(10),
    risk_level_since             date,
    risk_level_assessment_id     varchar(100),
    current_assessment_id        varchar(100),
    updated_at                   timestamptz  not null
);

create table case_status_assessment (
    assessment_id          varchar(100) primary key,
    case_id                varchar(100) not null,
    started_sequence       bigint       not null,
    status                 varchar(20)  not null,
    assessment_date        date         not null,
    catalogue_version      varchar(100) not null,
    previous_assessment_id varchar(100),
    started_by             varchar(100),
    started_at             timestamptz  not null,
    -- what the tool suggests (or suggested at submission); JSON of the outcome, see OutcomeView
    outcome                jsonb,
    assessed_level         varchar(10),
    rationale              text,
    downgrade              boolean      not null default false,
    analysis               text,
    locations_of_concern   jsonb        not null default '[]',
    persons_of_concern     jsonb        not null default '[]',
    additional_detail      jsonb        not null default '{}',
    submitted_by           varchar(100),
    submitted_at           timestamptz,
    returned_reason        text,
    returned_by            varchar(100),
    returned_at            timestamptz,
    authorised_by          varchar(100),
    authorised_at          timestamptz,
    manager_comments       text
);

create index case_status_assessment_case on case_status_assessment (case_id, started_sequence);

-- Active indicators of an assessment: marked, or carried forward and neither confirmed nor withdrawn yet.
create table case_status_indicator (
    assessment_id varchar(100) not null,
    code          varchar(100) not null,
    category      varchar(20)  not null,
    state         varchar(20)  not null check (state in ('MARKED', 'CARRIED_FORWARD')),
    primary key (assessment_id, code)
);

create table case_status_evidence (
    id             bigserial    primary key,
    assessment_id  varchar(100) not null,
    indicator_code varchar(100) not null,
    evidence_id    varchar(100),
    text           text,
    source         text,
    observed_on    date,
    added_by       varchar(100),
    added_at       timestamptz
);

create index case_status_evidence_indicator on case_status_evidence (assessment_id, indicator_code, id);
