-- Written notice of a change of marking or a declassification to everyone in the item's scope.
create table sec_notice (
    id              uuid         not null primary key,
    item_id         uuid         not null references sec_item (id),
    account_id      uuid         not null references idn_account (id),
    old_marking     varchar(200) not null,
    new_marking     varchar(200) not null,
    created_at      timestamp with time zone not null,
    acknowledged_at timestamp with time zone
);
create index sec_notice_account on sec_notice (account_id, acknowledged_at);
