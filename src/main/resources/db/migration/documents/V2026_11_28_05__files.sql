-- Files attached to a draft (PDF, images, office files): the bytes live in the blob store, encrypted
-- with the item's data key when the document is classified.
create table doc_file (
    id           uuid          not null primary key,
    document_id  uuid          not null references doc_outgoing (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    blob         varchar(64)   not null,
    sealed       boolean       not null,
    uploaded_by  uuid          not null,
    uploaded_at  timestamp with time zone not null
);
create index doc_file_document on doc_file (document_id, uploaded_at);
