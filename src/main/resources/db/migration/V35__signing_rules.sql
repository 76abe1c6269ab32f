-- Issue 11: the signing rules beyond ALL. AUTHORITIES_PLUS_QUORUM keeps its N; ORDERED_GROUPS its
-- groups, in the order they are asked, as text: one group a line, "SME,NGO=ALL" or "SME,NGO=2".
-- The signature deadline gets a reminder of its own; rounds defined before remind as the consultation did.
alter table round alter column signing_rule type varchar(40);
alter table round add column signing_quorum integer check (signing_quorum is null or signing_quorum >= 1);
alter table round add column signing_groups text;
alter table round add column signature_reminder_before_seconds bigint;
update round set signature_reminder_before_seconds = reminder_before_seconds;
alter table round alter column signature_reminder_before_seconds set not null;
