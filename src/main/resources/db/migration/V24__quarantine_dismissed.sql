-- a quarantined mail that a facilitator or administrator handled without making it anyone's reply
-- (for example one too large to read, whose sender was asked to send the file another way)
alter table inbound_mail drop constraint inbound_mail_outcome_check;
alter table inbound_mail add constraint inbound_mail_outcome_check
    check (outcome in ('REPLY', 'AUTO_REPLY', 'BOUNCE', 'DELIVERY_STATUS', 'QUARANTINED', 'DISMISSED'));
