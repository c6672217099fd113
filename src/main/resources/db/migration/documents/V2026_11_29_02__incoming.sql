-- Incoming documents (收文): one row per document received by a unit, from Chancery's own dispatch, an
-- upload, a signed package delivered by the sending organ's system, or paper.
create table doc_incoming (
    id                  uuid          not null primary key,
    source              varchar(10)   not null,
    outgoing_id         uuid,
    delivery_id         uuid,
    receiving_unit_id   uuid          not null references org_unit (id),
    sender_kind         varchar(10),
    sender_id           uuid,
    sender_name         varchar(200)  not null,
    sender_reference    varchar(60),
    title               varchar(300)  not null,
    doc_type            varchar(20),
    urgency             varchar(20)   not null,
    marking             varchar(200),
    level_rank          integer       not null,
    copy_number         varchar(10),
    issued_on           date,
    copies              integer,
    pages               integer,
    state               varchar(20)   not null,
    purpose             varchar(12),
    reg_year            integer,
    reg_serial          integer,
    registration_number varchar(40),
    arrived_at          timestamp with time zone not null,
    signed_for_at       timestamp with time zone,
    signed_for_by       varchar(200),
    registered_at       timestamp with time zone,
    registered_by       uuid,
    review_recipient    boolean,
    review_rules        boolean,
    review_format       boolean,
    review_consulted    boolean,
    review_note         varchar(1000),
    returned_reason     varchar(1000),
    returned_at         timestamp with time zone,
    proposal            varchar(2000),
    proposed_by         varchar(200),
    proposed_at         timestamp with time zone,
    instructor_id       uuid,
    deadline            date,
    chaser_id           uuid,
    chase_count         integer       not null,
    last_chased_at      timestamp with time zone,
    reply_id            uuid,
    file_blob           varchar(64),
    file_name           varchar(200),
    file_type           varchar(100),
    file_sealed         boolean       not null,
    signature_signer    varchar(500),
    signature_sha256    varchar(64),
    done_at             timestamp with time zone,
    done_note           varchar(1000),
    version             bigint        not null,
    constraint doc_incoming_registration unique (reg_year, reg_serial)
);
create index doc_incoming_arrived on doc_incoming (arrived_at desc, id desc);
create index doc_incoming_state on doc_incoming (state, arrived_at desc, id desc);
create index doc_incoming_sender on doc_incoming (sender_name, arrived_at desc, id desc);
create index doc_incoming_level on doc_incoming (level_rank, arrived_at desc, id desc);
create index doc_incoming_deadline on doc_incoming (deadline);
create index doc_incoming_outgoing on doc_incoming (outgoing_id);
create index doc_incoming_unit on doc_incoming (receiving_unit_id, state);

-- The leaders' instructions (批示) on an incoming document; written once.
create table doc_instruction (
    id            uuid          not null primary key,
    incoming_id   uuid          not null references doc_incoming (id),
    leader_id     uuid          not null references idn_account (id),
    leader_name   varchar(200)  not null,
    text          varchar(2000) not null,
    lead_unit_id  uuid references org_unit (id),
    co_units      varchar(2000) not null,
    deadline      date,
    given_at      timestamp with time zone not null
);
create index doc_instruction_incoming on doc_instruction (incoming_id, given_at);

-- Who handles an instructed document: the lead unit (主办) reports back; co-units (协办) help.
create table doc_assignment (
    id             uuid          not null primary key,
    incoming_id    uuid          not null references doc_incoming (id),
    instruction_id uuid          not null references doc_instruction (id),
    unit_id        uuid          not null references org_unit (id),
    lead           boolean       not null,
    deadline       date,
    state          varchar(10)   not null,
    report         varchar(4000),
    reported_by    varchar(200),
    reported_at    timestamp with time zone,
    chase_count    integer       not null,
    last_chased_at timestamp with time zone,
    version        bigint        not null
);
create index doc_assignment_incoming on doc_assignment (incoming_id);
create index doc_assignment_unit on doc_assignment (unit_id, state);

-- Reading circulation (传阅): an ordered or parallel list of readers.
create table doc_circulation (
    id          uuid        not null primary key,
    incoming_id uuid        not null references doc_incoming (id),
    mode        varchar(10) not null,
    state       varchar(10) not null,
    started_by  varchar(200) not null,
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    version     bigint      not null
);
create index doc_circulation_incoming on doc_circulation (incoming_id, started_at);

create table doc_circulation_stop (
    id             uuid          not null primary key,
    circulation_id uuid          not null references doc_circulation (id),
    position       integer       not null,
    reader_id      uuid          not null references idn_account (id),
    reader_name    varchar(200)  not null,
    state          varchar(10)   not null,
    due_at         timestamp with time zone,
    became_current timestamp with time zone,
    comment        varchar(2000),
    acted_at       timestamp with time zone,
    reason         varchar(1000),
    acted_by       varchar(200),
    chase_count    integer       not null,
    last_chased_at timestamp with time zone,
    version        bigint        not null,
    constraint doc_circulation_stop_position unique (circulation_id, position)
);
create index doc_circulation_stop_reader on doc_circulation_stop (reader_id, state);

-- A returned delivery: the receiving unit sent it back with a reason, and the sender sees it.
alter table doc_delivery add column returned_reason varchar(1000);
alter table doc_delivery add column returned_at timestamp with time zone;

-- A reply (函, 批复) started from an incoming document points back to it.
alter table doc_outgoing add column reply_to uuid;
