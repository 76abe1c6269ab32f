-- Matching a reply by its sender's address (one query per reply without a token) and following the
-- documents of signed copies: indexes for the lookups these queries make.
create index stakeholder_email_idx on stakeholder (email);
create index participation_stakeholder_idx on participation (stakeholder_id);
create index inbound_mail_document_document_idx on inbound_mail_document (document_id);
create index signature_document_idx on signature (document_id) where document_id is not null;

-- the order in which a mail's attachments were kept, which is the order they came in the mail
alter table inbound_mail_document add column seq bigint generated always as identity;
