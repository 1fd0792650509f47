-- Records management (docs/adr/051-legal-hold-and-retention.md): legal holds and erasures per case, and the
-- daily list of cases due for a retention decision. Nothing personal: ids, dates, flags, and the erasure reason,
-- which the API asks to name no one.

create table case_records (
    case_id          varchar(100) primary key,
    legal_hold       boolean      not null default false,
    legal_hold_since timestamptz,
    erased_at        timestamptz,
    erasure_reason   varchar(500)
);

create table retention_due (
    case_id        varchar(100) primary key,
    area           varchar(50),
    retention_date date         not null,
    looked_after   boolean      not null
);

-- When the daily review last ran (one row).
create table retention_review (
    id        integer     primary key check (id = 1),
    listed_on date        not null,
    listed_at timestamptz not null
);
