-- Who brought a document to a round. The same bytes are one document of the round, but two
-- stakeholders who each sent them both hold it: each sees it among their documents, and only they
-- (and the round's facilitators) may open it, under the name they gave it.
create table document_holder (
    document_id      uuid         not null references document (id),
    participation_id uuid         not null references participation (id),
    file_name        varchar(200) not null,
    added_at         timestamptz  not null,
    primary key (document_id, participation_id)
);
create index document_holder_participation on document_holder (participation_id);

insert into document_holder (document_id, participation_id, file_name, added_at)
    select id, participation_id, file_name, added_at from document where participation_id is not null;
