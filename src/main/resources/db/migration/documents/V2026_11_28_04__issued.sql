-- Issued (printed and signed) PDFs: one per unclassified document, one per numbered copy of a
-- classified one. The PDF's own SHA-256 identifies it when someone checks a PDF they hold; the bytes
-- live in the blob store (encrypted with the item's data key when classified).
create table doc_issued (
    id          uuid         not null primary key,
    document_id uuid         not null references doc_outgoing (id),
    copy_label  varchar(10),
    pdf_sha256  varchar(64)  not null,
    blob        varchar(64)  not null,
    sealed      boolean      not null,
    algorithm   varchar(20)  not null,
    issued_at   timestamp with time zone not null,
    constraint doc_issued_sha unique (pdf_sha256)
);
create index doc_issued_document on doc_issued (document_id, copy_label);
