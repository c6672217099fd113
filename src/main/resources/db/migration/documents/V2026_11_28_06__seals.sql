-- The seal image of an issuing unit (PNG with transparency), printed over its signature and date.
create table doc_seal (
    unit_id     uuid        not null primary key references org_unit (id),
    blob        varchar(64) not null,
    uploaded_by uuid        not null,
    uploaded_at timestamp with time zone not null
);
