-- The tamper-evident audit log. Rows are only ever inserted; verification detects any other change.
create table audit_entry (
    seq          bigint        not null primary key,
    occurred_at  bigint        not null, -- microseconds since 1970-01-01T00:00Z, as the leaf hash covers them
    actor        varchar(200)  not null,
    action       varchar(100)  not null,
    object_type  varchar(100)  not null,
    object_id    varchar(200)  not null,
    remote_addr  varchar(100)  not null,
    outcome      varchar(20)   not null,
    details      varchar(4000) not null,
    leaf_hash    char(64)      not null,
    seal         char(64)      not null
);
create index audit_entry_time on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_action on audit_entry (action);
create index audit_entry_object on audit_entry (object_type, object_id);

-- The size and right edge (compact range) of the Merkle tree; locked by every append.
create table audit_head (
    id       int           not null primary key,
    size     bigint        not null,
    frontier varchar(4096) not null
);
insert into audit_head (id, size, frontier) values (1, 0, '');

create table audit_checkpoint (
    tree_size  bigint       not null primary key,
    root_hash  char(64)     not null,
    created_at timestamp with time zone not null,
    key_id     varchar(32)  not null,
    signature  varchar(200) not null
);
