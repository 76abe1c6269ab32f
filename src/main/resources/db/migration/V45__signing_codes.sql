-- One-time codes that confirm a signature or a decline, mailed to the signatory when they ask for
-- one: kept only as an HMAC-SHA256 of the code under a key derived from Copact's seal key (the same
-- on every node, never in the database), so that reading this table does not give the code.
create table signing_code (
    id               uuid primary key,
    task_id          varchar(64) not null,
    participation_id uuid        not null references participation (id),
    code_hash        char(64)    not null,
    sent_to          varchar(254) not null,
    issued_at        timestamptz not null,
    expires_at       timestamptz not null,
    failed_attempts  integer     not null default 0,
    used_at          timestamptz
);
create index signing_code_task on signing_code (task_id, issued_at desc);
create index signing_code_participation on signing_code (participation_id, issued_at);

-- Signing for a task is locked after too many wrong codes, until locked_until.
create table signing_lock (
    task_id          varchar(64) primary key,
    participation_id uuid        not null references participation (id),
    locked_until     timestamptz not null
);

-- How and from where each signature or decline was given. A signature given with the link and a
-- one-time code names the code that confirmed it; ONLINE stays for those given with the link alone,
-- before codes were asked.
alter table signature add column ip_address varchar(45);
alter table signature add column user_agent varchar(500);
alter table signature add column signing_code_id uuid references signing_code (id);
alter table signature alter column method drop default;
alter table signature drop constraint signature_copy_has_document;
alter table signature add constraint signature_copy_has_document
    check (method <> 'SIGNED_COPY' or (document_id is not null and confirmed_by is not null));
alter table signature add constraint signature_code_confirmed
    check (method <> 'LINK_AND_CODE' or signing_code_id is not null);
