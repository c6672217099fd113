-- The register of protected items: every classified item of any module (documents, meetings,
-- supervision items, archives) is registered here under its own id, with its marking and scope.
create table sec_item (
    id              uuid         not null primary key,
    item_type       varchar(40)  not null,
    level           varchar(20)  not null,
    level_rank      int          not null,
    marking         varchar(200) not null,
    runs_from       date         not null,
    authority       varchar(200) not null,
    extended        boolean      not null,
    declassifies_on date,
    unit_id         uuid         not null references org_unit (id),
    state           varchar(20)  not null,
    proposed_by     uuid         not null references idn_account (id),
    approved_by     uuid references idn_account (id),
    next_review     date         not null,
    version         bigint       not null
);
create index sec_item_review on sec_item (unit_id, next_review);
create index sec_item_declassify on sec_item (state, declassifies_on);
create index sec_item_next_review on sec_item (next_review, id);

create table sec_item_compartment (
    item_id uuid        not null references sec_item (id),
    code    varchar(20) not null,
    primary key (item_id, code)
);

-- Need-to-know: named persons and units; people approved from outside carry the approver and reason.
create table sec_item_scope (
    id          uuid not null primary key,
    item_id     uuid not null references sec_item (id),
    person_id   uuid references org_person (id),
    unit_id     uuid references org_unit (id),
    approved_by uuid references idn_account (id),
    reason      varchar(500),
    added_at    timestamp with time zone not null
);
create index sec_item_scope_item on sec_item_scope (item_id);
create index sec_item_scope_person on sec_item_scope (person_id, item_id);
create index sec_item_scope_unit on sec_item_scope (unit_id, item_id);

-- Every marking an item has had, in order: the last is current, the others are shown cancelled.
create table sec_marking_history (
    id         uuid         not null primary key,
    item_id    uuid         not null references sec_item (id),
    marking    varchar(200) not null,
    state      varchar(20)  not null,
    reason     varchar(500) not null,
    changed_by varchar(40)  not null,
    changed_at timestamp with time zone not null
);
create index sec_marking_history_item on sec_marking_history (item_id);

-- One row per read of a 机密 or 绝密 item (also in the audit log): who came to know it, and when.
create table sec_disclosure (
    id         uuid not null primary key,
    item_id    uuid not null references sec_item (id),
    account_id uuid not null references idn_account (id),
    read_at    timestamp with time zone not null
);
create index sec_disclosure_item on sec_disclosure (item_id, account_id);
