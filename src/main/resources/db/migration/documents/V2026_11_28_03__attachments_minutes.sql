-- Text attachments (each drawn from a new page) and the attendance of minutes.
alter table doc_outgoing add column attachments varchar(1000000);
alter table doc_outgoing add column minutes varchar(4000);
