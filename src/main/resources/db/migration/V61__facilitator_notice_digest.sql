-- Facilitators choose per round whether its notices come at once or as one digest a day (issue 12,
-- item 6); a notice held for the digest waits here until the day's digest takes it.
create table facilitator_notice_preference (
    round_id   uuid        primary key,
    mode       varchar(20) not null check (mode in ('IMMEDIATE', 'DAILY_DIGEST')),
    changed_by varchar(100) not null,
    changed_at timestamptz not null
);

create table facilitator_digest_entry (
    id          uuid         primary key,
    notice_key  varchar(500) not null unique,
    round_id    uuid         not null,
    to_address  varchar(254) not null,
    to_name     varchar(200) not null,
    language    varchar(2)   not null,
    subject     varchar(500) not null,
    body        text         not null,
    created_at  timestamptz  not null,
    digested_at timestamptz
);

create index facilitator_digest_entry_pending on facilitator_digest_entry (round_id, to_address)
    where digested_at is null;
