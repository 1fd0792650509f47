-- The case list and the dashboard read views over the case status instead of copying it (ADR 095): no projection
-- depends on another having run first for the same event, and one table says which agency holds a case.

-- The agency whose managers oversee an assessment (ADR 022): its author's, then whoever last submitted it. Kept by
-- the access projection beside the assessment's case; the case list's queue and the dashboard both read it.
alter table case_agency_assessment add column agency varchar(100);

update case_agency_assessment g set agency = d.agency
from dashboard_assessment d where d.assessment_id = g.assessment_id;

update case_agency_assessment g set agency = s.agency
from case_list_submission s where s.assessment_id = g.assessment_id;

drop table case_list_submission;
drop table dashboard_assessment;
drop table dashboard_case_agency;
drop table dashboard_case;
drop table case_summary;

-- What lists filter and sort on: a case's updated_at changes with every one of its events.
create index case_status_updated on case_status (updated_at desc, case_id);
create index case_status_risk_level on case_status (risk_level);
create index case_status_area on case_status (area);
create index case_status_assessment_status on case_status_assessment (status);

-- Projection "case list": one row per case, for filtering, sorting and search (the names never leave the
-- database through this view except in the case list, which is for those who may read the case).
create view case_summary as
select c.case_id,
       c.area,
       c.child ->> 'name'                                               as child_name,
       case when c.child ->> 'dateOfBirth' ~ '^\d{4}-\d{2}-\d{2}$'
            then cast(c.child ->> 'dateOfBirth' as date) end            as date_of_birth,
       c.risk_level,
       c.current_assessment_id,
       a.status,
       a.outcome ->> 'suggestedLevel'                                   as suggested_level,
       a.assessment_date,
       c.updated_at,
       a.assessed_level,
       coalesce(a.step_down, false)                                     as step_down,
       coalesce(a.below_floor_with_indicators, false)                   as below_floor_with_indicators,
       c.child ->> 'alsoKnownAs'                                        as also_known_as,
       -- every person of concern named in any of the case's assessments, one per line (nicknames included)
       (select string_agg(p, E'\n')
        from case_status_assessment o, jsonb_array_elements_text(o.persons_of_concern) p
        where o.case_id = c.case_id)                                    as persons_of_concern
from case_status c
left join case_status_assessment a on a.assessment_id = c.current_assessment_id;

-- Dashboard: per case its area, level and the own date of the assessment that set the level (reviews fall due
-- from it). No child's details.
create view dashboard_case as
select c.case_id, c.area, c.risk_level, l.assessment_date as risk_level_date, c.risk_level_assessment_id,
       c.current_assessment_id
from case_status c
left join case_status_assessment l on l.assessment_id = c.risk_level_assessment_id;

-- Dashboard: per assessment its status, suggestion, judgement and flags, and the agency that oversees it.
create view dashboard_assessment as
select a.assessment_id, a.case_id, g.agency, a.status, a.outcome ->> 'suggestedLevel' as suggested_level,
       a.assessed_level, a.submitted_at, a.step_down, a.below_floor_with_indicators
from case_status_assessment a
left join case_agency_assessment g on g.assessment_id = a.assessment_id;
