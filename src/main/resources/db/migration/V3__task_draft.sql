-- What a person typed into a task's form and has not yet submitted successfully: a half-filled
-- form survives a closed browser or an expired session. One draft per task and person.
create table task_draft (
    task_id    varchar(64)  not null,
    owner      varchar(200) not null,
    draft      text         not null,
    updated_at timestamp with time zone not null,
    primary key (task_id, owner)
);
