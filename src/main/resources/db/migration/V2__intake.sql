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
