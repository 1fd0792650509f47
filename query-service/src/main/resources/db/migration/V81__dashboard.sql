-- Projection "dashboard" (issue 11 item 1): what the live dashboard counts, one row per case and per assessment,
-- with the agencies involved in each case. No child's details: a manager's lists show case and assessment ids only.
create table dashboard_case (
    case_id                  varchar(100) primary key,
    area                     varchar(50),
    risk_level               varchar(10),
    -- the own date of the assessment that set the level: reviews fall due from it
    risk_level_date          date,
    risk_level_assessment_id varchar(100),
    current_assessment_id    varchar(100)
);

-- A case belongs to the agency that opened it and to every agency whose practitioner started or submitted one of
-- its assessments.
create table dashboard_case_agency (
    case_id varchar(100) not null,
    agency  varchar(100) not null,
    primary key (case_id, agency)
);

create table dashboard_assessment (
    assessment_id               varchar(100) primary key,
    case_id                     varchar(100) not null,
    -- the author's agency, then the submitter's: the agency whose managers oversee it (ADR 022)
    agency                      varchar(100),
    status                      varchar(20)  not null,
    suggested_level             varchar(10),
    assessed_level              varchar(10),
    submitted_at                timestamptz,
    step_down                   boolean      not null default false,
    below_floor_with_indicators boolean      not null default false
);

create index dashboard_assessment_case on dashboard_assessment (case_id);
create index dashboard_assessment_status on dashboard_assessment (status, agency);
