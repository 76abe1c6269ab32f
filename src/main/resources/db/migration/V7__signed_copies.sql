-- A signature may come as a signed copy emailed back: the PDF that carries it and the facilitator
-- who confirmed that it is the version put to signature, signed by the signatory's organisation.
alter table signature add column method varchar(20) not null default 'ONLINE';
alter table signature add column document_id uuid references document (id);
alter table signature add column confirmed_by varchar(200);
alter table signature add constraint signature_copy_has_document
    check (method = 'ONLINE' or (document_id is not null and confirmed_by is not null));

-- Which mail brought which document. A document is kept once per round (by its SHA-256), so the
-- document's own inbound_mail_id names only the first mail that carried it.
create table inbound_mail_document (
    inbound_mail_id uuid not null references inbound_mail (id),
    document_id     uuid not null references document (id),
    primary key (inbound_mail_id, document_id)
);
