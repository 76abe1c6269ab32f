-- A file that came to a round by mail and that Copact did not keep (empty, too large, a program),
-- with the reason, for the round's facilitators to see.
create table refused_document (
    id               uuid          primary key,
    round_id         uuid          not null references round (id),
    participation_id uuid          references participation (id),
    inbound_mail_id  uuid          references inbound_mail (id),
    file_name        varchar(200)  not null,
    reason           varchar(20)   not null check (reason in ('EMPTY', 'TOO_LARGE', 'PROGRAM')),
    detail           varchar(200),
    refused_at       timestamptz   not null
);
create index refused_document_round_idx on refused_document (round_id, refused_at);
