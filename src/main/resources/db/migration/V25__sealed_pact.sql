-- the signed pact of a round as Copact sealed it (PAdES), kept byte for byte: what every participant
-- downloads, and what its SHA-256 names
create table sealed_pact (
    pact_version_id uuid primary key,
    round_id uuid not null,
    sha256 char(64) not null,
    pdf bytea not null,
    sealed_at timestamptz not null
);
create index sealed_pact_round on sealed_pact (round_id);
-- the public verification finds a sealed pact or a version by its SHA-256
create unique index sealed_pact_sha256 on sealed_pact (sha256);
create index pact_version_sha256 on pact_version (sha256);
