-- Case list (web-ui journey 2): search by the child's name, also-known-as or a nickname of a person of concern, and
-- "awaiting my authorisation" (submitted by a practitioner of the manager's agency; the manager did not contribute).
alter table case_summary
    add column also_known_as      text,
    -- every person of concern named in any of the case's assessments, one per line (nicknames included)
    add column persons_of_concern text;

-- Who contributed to each assessment (every event about it except authorising, returning and discarding), as the
-- command side counts contributors for the four-eyes rule.
create table case_list_contributor (
    assessment_id varchar(100) not null,
    user_id       varchar(100) not null,
    primary key (assessment_id, user_id)
);

-- The agency of the practitioner who last submitted each assessment: only its managers authorise it.
create table case_list_submission (
    assessment_id varchar(100) primary key,
    agency        varchar(100)
);

-- Rows projected before this version, from what the other projections already hold.
update case_summary s set also_known_as = c.child ->> 'alsoKnownAs'
from case_status c where c.case_id = s.case_id;

update case_summary s set persons_of_concern = (
    select string_agg(p, E'\n') from case_status_assessment a, jsonb_array_elements_text(a.persons_of_concern) p
    where a.case_id = s.case_id);

insert into case_list_contributor (assessment_id, user_id)
select distinct cast(data as jsonb) ->> 'assessmentId', actor from case_history
where cast(data as jsonb) ? 'assessmentId' and actor is not null
  and type not in ('ManagerAuthorised', 'AssessmentReturned', 'AssessmentDiscarded')
on conflict do nothing;

insert into case_list_submission (assessment_id, agency)
select distinct on (cast(data as jsonb) ->> 'assessmentId') cast(data as jsonb) ->> 'assessmentId', agency
from case_history where type = 'AssessmentSubmitted'
order by cast(data as jsonb) ->> 'assessmentId', sequence desc;
