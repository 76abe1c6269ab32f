-- Where a participant stands in the consultation (invited when, answered, no answer by the deadline)
-- is the consultation's own record, changed only by it; the register's participation keeps who takes
-- part in a round with which roles. A participation without a row here has not been invited.
create table consultation_participant (
    participation_id uuid        primary key references participation (id),
    round_id         uuid        not null references round (id),
    status           varchar(20) not null,
    invited_at       timestamptz
);
create index consultation_participant_round_idx on consultation_participant (round_id);

insert into consultation_participant (participation_id, round_id, status, invited_at)
    select id, round_id, consultation_status, invited_at from participation
    where consultation_status <> 'NOT_INVITED' or invited_at is not null;

alter table participation drop column consultation_status, drop column invited_at;
