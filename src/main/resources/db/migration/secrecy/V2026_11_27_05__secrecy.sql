-- Clearances: one current clearance per account; every change is also in the audit log.
create table sec_clearance (
    account_id   uuid         not null primary key references idn_account (id),
    level        varchar(20)  not null,
    compartments varchar(500) not null,
    reason       varchar(500) not null,
    granted_by   varchar(40)  not null,
    granted_at   timestamp with time zone not null,
    version      bigint       not null
);

create table sec_clearance_history (
    id           uuid         not null primary key,
    account_id   uuid         not null references idn_account (id),
    level        varchar(20),
    compartments varchar(500) not null,
    reason       varchar(500) not null,
    changed_by   varchar(40)  not null,
    changed_at   timestamp with time zone not null
);
create index sec_clearance_history_account on sec_clearance_history (account_id);

create table sec_officer (
    id           uuid        not null primary key,
    unit_id      uuid        not null references org_unit (id),
    account_id   uuid        not null references idn_account (id),
    max_level    varchar(20) not null,
    appointed_at timestamp with time zone not null,
    ended_at     timestamp with time zone
);
create index sec_officer_unit on sec_officer (unit_id);

create table sec_unit_authority (
    unit_id   uuid        not null primary key references org_unit (id),
    max_level varchar(20) not null
);
