-- Which agencies are involved in each case (the opening agency, and later those it is shared with), so the access
-- matrix can refuse a request before any command reaches the case. Kept by a subscribing processor in the same
-- transaction as the events; the rows below recover it for cases opened before this table existed.
create table case_involvement (
    case_id varchar(255) not null,
    agency  varchar(255) not null,
    primary key (case_id, agency)
);

insert into case_involvement (case_id, agency)
select aggregate_identifier, convert_from(meta_data, 'UTF8')::jsonb ->> 'agency'
from domain_event_entry
where payload_type = 'CaseOpened'
  and convert_from(meta_data, 'UTF8')::jsonb ->> 'agency' is not null
on conflict do nothing;
