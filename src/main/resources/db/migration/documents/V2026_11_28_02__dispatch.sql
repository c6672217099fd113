-- Dispatch: one delivery per recipient of a document (main and copied-to), with its receipt.
create table doc_delivery (
    id             uuid         not null primary key,
    document_id    uuid         not null references doc_outgoing (id),
    party_role     varchar(20)  not null,
    kind           varchar(20)  not null,
    recipient_id   uuid         not null,
    recipient_name varchar(200) not null,
    channel        varchar(20)  not null,
    state          varchar(20)  not null,
    copy_id        uuid,
    copy_label     varchar(10),
    manifest_id    uuid,
    sent_at        timestamp with time zone not null,
    received_at    timestamp with time zone,
    received_by    varchar(200),
    chase_count    integer      not null,
    last_chased_at timestamp with time zone,
    version        bigint       not null
);
create index doc_delivery_document on doc_delivery (document_id, party_role);
create index doc_delivery_recipient on doc_delivery (recipient_id, state);
