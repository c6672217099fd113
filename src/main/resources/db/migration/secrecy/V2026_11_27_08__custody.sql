-- Numbered copies of classified items and their custody: confidential transport manifests with
-- confirmed handovers, recalls, and destruction by two people.
create table sec_copy (
    id                uuid        not null primary key,
    item_id           uuid        not null references sec_item (id),
    number            int         not null,
    state             varchar(20) not null,
    holder_account_id uuid references idn_account (id),
    holder_note       varchar(200),
    recalled          boolean     not null,
    due_back          date,
    version           bigint      not null,
    unique (item_id, number)
);

create table sec_manifest (
    id                   uuid         not null primary key,
    courier_account_id   uuid         not null references idn_account (id),
    recipient_account_id uuid         not null references idn_account (id),
    destination          varchar(200) not null,
    state                varchar(20)  not null,
    created_by           uuid         not null references idn_account (id),
    created_at           timestamp with time zone not null,
    handed_at            timestamp with time zone,
    delivered_at         timestamp with time zone,
    version              bigint       not null
);

create table sec_manifest_copy (
    manifest_id uuid not null references sec_manifest (id),
    copy_id     uuid not null references sec_copy (id),
    signed_at   timestamp with time zone,
    primary key (manifest_id, copy_id)
);

create table sec_destruction (
    id           uuid         not null primary key,
    copy_id      uuid         not null references sec_copy (id),
    method       varchar(200) not null,
    place        varchar(200) not null,
    requested_by uuid         not null references idn_account (id),
    requested_at timestamp with time zone not null,
    approved_by  uuid references idn_account (id),
    approved_at  timestamp with time zone,
    witnessed_by uuid references idn_account (id),
    witnessed_at timestamp with time zone
);
