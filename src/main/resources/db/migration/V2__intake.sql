-- Intake: every mail Copact sent, once. The idempotency key names the occasion (the invitation of
-- one participation, the review request of one version to one reviewer), so a step that runs again
-- after a later failure finds its mail already sent. The reply token is kept only as its SHA-256:
-- whoever reads this table cannot answer in a stakeholder's name.
create table sent_mail (
    id               uuid         primary key,
    idempotency_key  varchar(300) not null unique,
    round_id         uuid,
    participation_id uuid,
    kind             varchar(40)  not null,
    to_address       varchar(254) not null,
    message_id       varchar(500),
    reply_token_hash char(64)     unique,
    sent_at          timestamptz  not null
);
create index sent_mail_round_idx on sent_mail (round_id, sent_at);

-- Every message taken from the inbox, once: the unique Message-ID is the idempotent repository
-- that several Copact nodes polling one mailbox share (a message without one is named by the
-- SHA-256 of its bytes). What could not be matched or read waits here as QUARANTINED.
create table inbound_mail (
    id               uuid          primary key,
    message_id       varchar(1000) not null unique,
    raw_sha256       char(64),
    received_at      timestamptz   not null,
    from_address     varchar(500),
    subject          varchar(1000),
    body_text        text,
    outcome          varchar(20)   not null check (outcome in ('REPLY', 'AUTO_REPLY', 'BOUNCE', 'QUARANTINED')),
    reason           varchar(500),
    round_id         uuid,
    participation_id uuid
);
create index inbound_mail_participation_idx on inbound_mail (participation_id, received_at desc);
create index inbound_mail_quarantine_idx on inbound_mail (received_at) where outcome = 'QUARANTINED';

-- The documents of a round, from the pages, the API, replies and the scan folder alike. The same
-- bytes given twice to one round are one document.
create table document (
    id               uuid          primary key,
    round_id         uuid          not null references round (id),
    participation_id uuid          references participation (id),
    inbound_mail_id  uuid          references inbound_mail (id),
    file_name        varchar(200)  not null,
    media_type       varchar(200)  not null,
    size_bytes       bigint        not null,
    sha256           char(64)      not null,
    content          bytea         not null,
    source           varchar(20)   not null,
    added_by         varchar(200)  not null,
    added_at         timestamptz   not null,
    unique (round_id, sha256)
);
