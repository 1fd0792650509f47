-- The agencies involved in each case: the one that opened it, and (from CaseShared) those it is shared with.
-- The access matrix reads it to decide who may see a case; the case list joins it to show each agency its cases.
create table case_agency (
    case_id varchar(100) not null,
    agency  varchar(100) not null,
    primary key (case_id, agency)
);

-- Cases projected before this table existed: their opening agency is in the history.
insert into case_agency (case_id, agency)
select case_id, agency from case_history where type = 'CaseOpened' and agency is not null
on conflict do nothing;

-- Which case each assessment belongs to, so a request naming an assessment finds the case's agencies.
create table case_agency_assessment (
    assessment_id varchar(100) primary key,
    case_id       varchar(100) not null
);

insert into case_agency_assessment (assessment_id, case_id)
select assessment_id, case_id from case_history_assessment
on conflict do nothing;
