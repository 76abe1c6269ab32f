-- What a person sent when they completed a step, kept so that the form of the same step, when the
-- process reopens it (a revision after review, a new draft after a declined signature), starts
-- from the earlier answer. One row per completed task.
create table task_submission (
    task_id      varchar(64)  primary key,
    round_id     uuid         not null,
    task_key     varchar(200) not null,
    owner        varchar(200) not null,
    answer       text         not null,
    submitted_at timestamp with time zone not null
);
create index task_submission_step on task_submission (round_id, task_key, owner, submitted_at);
