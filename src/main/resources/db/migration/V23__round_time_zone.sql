-- The time zone a round's deadlines are shown in to the people it mails: the offset the facilitator
-- gave with the consultation deadline. Rounds defined before kept only instants: UTC, as they were shown.
alter table round add column time_zone varchar(64) not null default 'Z';
