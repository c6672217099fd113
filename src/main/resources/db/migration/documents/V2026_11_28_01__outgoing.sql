-- Outgoing documents: the document with its elements, the parties it names, the timeline of its
-- route, its saved versions, the templates per type and organ, delegations to sign, and the
-- counters that give reference numbers (one row per organ code and year; year 0 for orders).
create table doc_template (
    id                 uuid          not null primary key,
    type               varchar(20)   not null,
    unit_id            uuid          not null references org_unit (id),
    organ_mark         varchar(100)  not null,
    reference_code     varchar(20)   not null,
    default_recipients varchar(1000),
    version            bigint        not null,
    constraint doc_template_type_unit unique (type, unit_id)
);

create table doc_outgoing (
    id                  uuid          not null primary key,
    type                varchar(20)   not null,
    direction           varchar(10)   not null,
    issuing_unit_id     uuid          not null references org_unit (id),
    reference_code      varchar(20)   not null,
    organ_mark          varchar(100)  not null,
    title               varchar(300)  not null,
    urgency             varchar(20)   not null,
    marking             varchar(200),
    important           boolean       not null,
    note                varchar(500),
    body                varchar(1000000) not null,
    state               varchar(20)   not null,
    drafter_id          uuid          not null references idn_account (id),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version_no          integer       not null,
    process_instance_id varchar(64),
    written_on          date,
    reference_number    varchar(60),
    ref_year            integer,
    ref_sequence        integer,
    copies              integer,
    signed_version      integer,
    version             bigint        not null,
    constraint doc_outgoing_reference unique (reference_number)
);
create index doc_outgoing_state on doc_outgoing (state, updated_at);
create index doc_outgoing_unit on doc_outgoing (issuing_unit_id, updated_at);
create index doc_outgoing_drafter on doc_outgoing (drafter_id, updated_at);

create table doc_party (
    document_id uuid        not null references doc_outgoing (id),
    seq         integer     not null,
    party_role  varchar(20) not null,
    kind        varchar(20) not null,
    ref_id      uuid        not null,
    primary key (document_id, seq)
);
create index doc_party_ref on doc_party (ref_id, party_role);

create table doc_warning (
    document_id uuid        not null references doc_outgoing (id),
    rule_key    varchar(60) not null,
    primary key (document_id, rule_key)
);

create table doc_step (
    id           uuid          not null primary key,
    document_id  uuid          not null references doc_outgoing (id),
    step         varchar(20)   not null,
    action       varchar(30)   not null,
    actor_id     uuid          not null,
    actor_name   varchar(100)  not null,
    on_behalf_of varchar(100),
    opinion      varchar(2000),
    version_no   integer       not null,
    acted_at     timestamp with time zone not null
);
create index doc_step_document on doc_step (document_id, acted_at);

create table doc_version (
    id          uuid    not null primary key,
    document_id uuid    not null references doc_outgoing (id),
    seq_no      integer not null,
    saved_by    uuid    not null,
    saved_at    timestamp with time zone not null,
    snapshot    varchar(1000000) not null,
    constraint doc_version_number unique (document_id, seq_no)
);

create table doc_delegation (
    id           uuid         not null primary key,
    principal_id uuid         not null references org_person (id),
    deputy_id    uuid         not null references org_person (id),
    valid_from   date         not null,
    valid_until  date         not null,
    reason       varchar(500) not null
);
create index doc_delegation_deputy on doc_delegation (deputy_id);

create table doc_counter (
    code     varchar(20) not null,
    counter_year integer not null,
    last_seq integer     not null,
    primary key (code, counter_year)
);
