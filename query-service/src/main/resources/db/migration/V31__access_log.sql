-- The access log: every read of a child's data and every refused attempt, in both services. Append-only: the
-- database itself refuses to change or remove a row, whoever asks (the service, a script, a colleague at psql).
create table access_log (
    entry_id varchar(100) primary key,
    at       timestamptz  not null,
    user_id  varchar(200) not null,
    role     varchar(50)  not null,
    agency   varchar(200),
    case_id  varchar(100),
    action   varchar(100) not null,
    outcome  varchar(10)  not null check (outcome in ('ALLOWED', 'DENIED')),
    service  varchar(100) not null
);

create index access_log_case on access_log (case_id, at desc);
create index access_log_user on access_log (user_id, at desc);
create index access_log_at on access_log (at desc);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The access log is append-only: its rows cannot be changed or removed';
end;
$$;

create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
