-- Every mail Copact sends has an envelope sender of its own, bounce+<token>@<reply domain>: servers
-- send a delivery status notification to the envelope sender, so the report names the mail it is
-- about. Like the reply token, the bounce token is kept only as its SHA-256. A report that comes
-- without it is matched by the Message-ID of the mail it returns, else by the address it failed at.
alter table sent_mail add column bounce_token_hash char(64) unique;
create index sent_mail_message_id_idx on sent_mail (message_id);
create index sent_mail_to_address_idx on sent_mail (lower(to_address), sent_at);

-- A report that a mail is delayed, or was relayed or delivered, is kept, and marks no address failing.
alter table inbound_mail drop constraint inbound_mail_outcome_check;
alter table inbound_mail add constraint inbound_mail_outcome_check
    check (outcome in ('REPLY', 'AUTO_REPLY', 'BOUNCE', 'DELIVERY_STATUS', 'QUARANTINED'));
