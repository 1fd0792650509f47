-- Projection "case list": one row per case, for filtering and sorting.
create table case_summary (
    case_id               varchar(100) primary key,
    area                  varchar(50),
    child_name            text,
    date_of_birth         date,
    risk_level            varchar(10),
    current_assessment_id varchar(100),
    status                varchar(20),
    suggested_level       varchar(10),
    assessment_date       date,
    updated_at            timestamptz  not null
);

create index case_summary_updated on case_summary (updated_at desc, case_id);
create index case_summary_risk_level on case_summary (risk_level);
create index case_summary_status on case_summary (status);
create index case_summary_area on case_summary (area);
