-- A mail as it is about to leave, written and committed before the SMTP server sees it: the whole
-- message (its Message-ID, its Reply-To and the personal link in its text among it) and its envelope
-- sender. A step retried after a crash or an SMTP failure finds it here and sends these very bytes
-- again, so the recipient gets the same Message-ID and the same link, never a second valid one. Once
-- the server took it, the mail is recorded in sent_mail and its attempt, with the link, deleted.
create table mail_attempt (
    idempotency_key   varchar(300) primary key,
    round_id          uuid,
    participation_id  uuid,
    kind              varchar(40)  not null,
    to_address        varchar(254) not null,
    message_id        varchar(500) not null,
    reply_token_hash  char(64),
    bounce_token_hash char(64)     not null,
    envelope_from     varchar(500) not null,
    message           bytea        not null,
    prepared_at       timestamptz  not null
);
