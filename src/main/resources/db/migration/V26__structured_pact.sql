-- a pact version is a structured document (clauses, commitments, one sheet per signatory), kept in its
-- canonical JSON form (see docs/pact-canonical-form.md); its SHA-256 is taken over that text. Versions
-- published before this change have no document: their text is their only form.
alter table pact_version add column document text;

-- the facilitator's draft of a round's next version: kept until it is published, edited by the page
-- and by the API; revision counts the saves, so that two editors do not overwrite each other unseen
create table pact_draft (
    round_id        uuid primary key references round (id),
    document        text         not null,
    based_on_number integer,
    updated_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    revision        bigint       not null default 0
);
