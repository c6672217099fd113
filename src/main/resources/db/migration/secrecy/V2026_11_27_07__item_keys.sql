-- One data key per protected item, wrapped (AES-256-GCM) by the master key kept outside the database.
create table sec_item_key (
    item_id     uuid         not null primary key,
    wrapped_key varchar(200) not null,
    created_at  timestamp with time zone not null
);
