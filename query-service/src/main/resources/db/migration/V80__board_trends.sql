-- Projection "board trends" (issue 11 item 2): one row per authorised assessment with what the board's aggregates
-- need and nothing that names a child. The date of birth stays here only to compute the age band on each
-- assessment's own date; it is never returned. Census codes and the date of birth are kept as known today
-- (corrections replace them), so trends are "as known today".
create table trend_child (
    case_id        varchar(100) primary key,
    area           varchar(50),
    date_of_birth  date,
    gender_code    varchar(10),
    ethnicity_code varchar(10)
);

create table trend_assessment (
    assessment_id       varchar(100) primary key,
    case_id             varchar(100) not null,
    -- the case's sequence of the authorisation: orders two assessments of one child dated the same day
    authorised_sequence bigint       not null,
    assessment_date     date         not null,
    area                varchar(50),
    -- the agency of the authorising manager, which is the submitting practitioner's agency (ADR 022)
    agency              varchar(100),
    catalogue_version   varchar(100) not null,
    suggested_level     varchar(10),
    assessed_level      varchar(10),
    authorised_level    varchar(10)  not null
);

create index trend_assessment_case on trend_assessment (case_id, assessment_date, authorised_sequence);

-- The indicators and vulnerabilities active in each authorised assessment.
create table trend_indicator (
    assessment_id varchar(100) not null,
    code          varchar(100) not null,
    category      varchar(20)  not null,
    primary key (assessment_id, code)
);

-- Locations of concern of each authorised assessment, normalised (see LocationNames); counted, never listed per case.
create table trend_location (
    assessment_id varchar(100) not null,
    location      varchar(500) not null,
    primary key (assessment_id, location)
);
