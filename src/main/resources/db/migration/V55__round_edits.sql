-- A stakeholder removed from a round keeps their participation (the history, their answers and the
-- mails sent to them refer to it), marked with when they were removed; every list of the round's
-- stakeholders leaves them out.
alter table participation add column removed_at timestamptz;

-- A cancelled round keeps when and why.
alter table round add column cancelled_at timestamptz;
alter table round add column cancel_reason varchar(500);
