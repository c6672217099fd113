create table org_unit (
    id         uuid         not null primary key,
    code       varchar(10)  not null unique,
    name_zh    varchar(200) not null,
    name_en    varchar(200),
    type       varchar(20)  not null,
    unit_rank  varchar(30)  not null,
    parent_id  uuid references org_unit (id),
    sort_order int          not null,
    active     boolean      not null,
    version    bigint       not null
);
create index org_unit_parent on org_unit (parent_id);

create table org_person (
    id           uuid         not null primary key,
    staff_number varchar(20)  not null unique,
    name_zh      varchar(100) not null,
    name_en      varchar(100),
    unit_id      uuid         not null references org_unit (id),
    position     varchar(100) not null,
    active       boolean      not null,
    version      bigint       not null
);
create index org_person_unit on org_person (unit_id);

create table org_appointment (
    id         uuid         not null primary key,
    person_id  uuid         not null references org_person (id),
    unit_id    uuid         not null references org_unit (id),
    position   varchar(100) not null,
    started_on date         not null,
    ended_on   date
);
create index org_appointment_person on org_appointment (person_id);

create table org_body (
    id         uuid         not null primary key,
    code       varchar(10)  not null unique,
    name_zh    varchar(200) not null,
    name_en    varchar(200),
    parent_id  uuid references org_body (id),
    sort_order int          not null,
    active     boolean      not null,
    version    bigint       not null
);

create table org_body_member (
    id         uuid         not null primary key,
    body_id    uuid         not null references org_body (id),
    person_id  uuid         not null references org_person (id),
    precedence int          not null,
    title      varchar(100) not null,
    joined_on  date         not null,
    left_on    date
);
create index org_body_member_body on org_body_member (body_id);

create table org_secretary (
    id           uuid not null primary key,
    leader_id    uuid not null references org_person (id),
    secretary_id uuid not null references org_person (id),
    started_on   date not null,
    ended_on     date
);

create table org_external_organ (
    id      uuid         not null primary key,
    code    varchar(10)  not null unique,
    name_zh varchar(200) not null,
    name_en varchar(200),
    kind    varchar(20)  not null,
    active  boolean      not null,
    version bigint       not null
);
