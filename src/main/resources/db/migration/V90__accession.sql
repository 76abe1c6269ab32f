-- issue 11 item 5: a pact in force gets editions. Edition 1 is the pact sealed as it came into force;
-- each accession or withdrawal seals the next, the earlier ones stay as they were (and verifiable)
alter table sealed_pact add column edition int not null default 1;
alter table sealed_pact drop constraint sealed_pact_pkey;
alter table sealed_pact add primary key (pact_version_id, edition);

-- an organisation invited to accede to a pact in force, with the commitment sheet it drafts
create table accession (
    id uuid primary key,
    round_id uuid not null,
    pact_version_id uuid not null,
    participation_id uuid not null,
    status varchar(20) not null,
    commitments jsonb,
    change_reason text,
    invited_by varchar(200) not null,
    invited_at timestamptz not null,
    decided_by varchar(200),
    signed_at timestamptz
);
create index accession_round on accession (round_id);
-- one open or signed accession per organisation and pact
create unique index accession_once on accession (pact_version_id, participation_id);

-- a signatory that left a pact in force, with its reason
create table pact_withdrawal (
    id uuid primary key,
    round_id uuid not null,
    pact_version_id uuid not null,
    participation_id uuid not null unique,
    reason text not null,
    withdrawn_at timestamptz not null,
    ip_address varchar(100),
    user_agent varchar(500)
);
create index pact_withdrawal_round on pact_withdrawal (round_id);
