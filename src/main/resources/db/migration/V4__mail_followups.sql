-- A stakeholder's address that a mail server reported as undeliverable (a bounce): since when, and
-- what the server said. The facilitator sees it on the round and corrects or replaces the contact.
alter table stakeholder add column email_failing_since timestamptz;
alter table stakeholder add column email_failure varchar(500);
