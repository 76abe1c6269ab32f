-- Issue 11: why a stakeholder's task ended when it was not by their own answer (a request withdrawn
-- because the signing rule was met, a version withdrawn, a deadline passed) or when its answer lost
-- its effect (a signature that lapsed): their link to it says what happened, in their language.
-- One row per task; a completed or cancelled task without a row is explained from the engine's history.
create table task_ending (
    task_id          varchar(64)  primary key,
    round_id         uuid         not null,
    participation_id uuid         not null,
    task_key         varchar(200) not null,
    reason           varchar(40)  not null,
    ended_at         timestamp with time zone not null
);
create index task_ending_participation on task_ending (participation_id, ended_at);
