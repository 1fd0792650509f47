-- Board trends read the authorised assessments and their indicators as views over the case status instead of
-- copying them at authorisation after the case status had applied the same event (ADR 095). The projection keeps
-- what the events alone give it: the child's coded data (trend_child) and the normalised locations of concern of
-- each assessment (trend_location, now kept from AnalysisRecorded and counted once the assessment is authorised).

alter table trend_location add column case_id varchar(100);

update trend_location l set case_id = a.case_id from trend_assessment a where a.assessment_id = l.assessment_id;

delete from trend_location where case_id is null;

alter table trend_location alter column case_id set not null;

create index trend_location_case on trend_location (case_id);

drop table trend_indicator;
drop table trend_assessment;

-- One row per authorised assessment with what the board's aggregates need and nothing that names a child. The
-- agency is the one that oversees it (its submitter's, which is the authorising manager's: ADR 022); authorised_at
-- orders two assessments of one child dated the same day.
create view trend_assessment as
select a.assessment_id, a.case_id, a.authorised_at, a.assessment_date, c.area, g.agency, a.catalogue_version,
       a.outcome ->> 'suggestedLevel'                 as suggested_level,
       a.assessed_level,
       coalesce(a.authorised_level, a.assessed_level) as authorised_level
from case_status_assessment a
join case_status c on c.case_id = a.case_id
left join case_agency_assessment g on g.assessment_id = a.assessment_id
where a.status = 'AUTHORISED';

-- The indicators and vulnerabilities active in each authorised assessment.
create view trend_indicator as
select i.assessment_id, i.code, i.category
from case_status_indicator i
join case_status_assessment a on a.assessment_id = i.assessment_id
where a.status = 'AUTHORISED';
