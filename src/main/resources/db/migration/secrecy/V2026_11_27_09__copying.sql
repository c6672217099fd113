-- Requests to copy or extract a classified item, and the copies they produced.
create table sec_copying (
    id             uuid         not null primary key,
    item_id        uuid         not null references sec_item (id),
    kind           varchar(20)  not null,
    count          int          not null,
    reason         varchar(500) not null,
    requested_by   uuid         not null references idn_account (id),
    requesting_unit uuid        not null references org_unit (id),
    state          varchar(20)  not null,
    decided_by     uuid references idn_account (id),
    decision_note  varchar(500),
    decided_at     timestamp with time zone,
    requested_at   timestamp with time zone not null,
    version        bigint       not null
);
create index sec_copying_item on sec_copying (item_id);
alter table sec_copy add column copying_id uuid references sec_copying (id);
