-- Issue 11 item 4: every history entry of a correction carries the values before and after.
-- changes: [{"field", "before", "after"}] for ChildDetailsCorrected and CaseDetailsUpdated; null for other events
-- (and for corrections recorded before this version: rebuild the projection to fill them in).
alter table case_history add column changes jsonb;

-- The latest child's details and case details of each case, as the projection last applied them (decoded and
-- upcast), so a correction can say what each changed field was before.
create table case_history_snapshot (
    case_id varchar(100) primary key,
    child   jsonb,
    details jsonb
);
