create table idn_account (
    id              uuid         not null primary key,
    username        varchar(40)  not null unique,
    display_name    varchar(100) not null,
    password_hash   varchar(255) not null,
    person_id       uuid references org_person (id),
    enabled         boolean      not null,
    failed_attempts int          not null,
    locked_at       timestamp with time zone,
    totp_secret     varchar(200), -- AES-GCM sealed, key outside the database
    totp_enabled    boolean      not null,
    totp_last_step  bigint       not null,
    created_at      timestamp with time zone not null,
    version         bigint       not null
);

create table idn_account_role (
    account_id uuid        not null references idn_account (id),
    role       varchar(40) not null,
    unit_id    uuid references org_unit (id)
);
create index idn_account_role_account on idn_account_role (account_id);

create table idn_api_token (
    id           uuid         not null primary key,
    account_id   uuid         not null references idn_account (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone
);
create index idn_api_token_account on idn_api_token (account_id);
