-- A message is one mail by its Message-ID and its fingerprint (the SHA-256 of its originator
-- headers and body, without the trace headers each delivery adds): a redelivery has both alike, a
-- different message reusing the id does not, and is recorded too. Null on mail recorded before.
alter table inbound_mail add column fingerprint char(64);
-- The region a quarantined mail without a round was addressed to (one of its mailboxes), whose
-- facilitators resolve it; as configured (copact.mail.in.region-mailboxes), compared ignoring case.
alter table inbound_mail add column region_id varchar(40);
