-- Copact's own tables. Camunda keeps its act_* tables beside these and manages them itself.

create table region (
    id               varchar(40)  primary key,
    name             varchar(200) not null,
    default_language varchar(2)   not null
);

create table staff_user (
    id            uuid primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    role          varchar(20)  not null check (role in ('FACILITATOR', 'ADMIN')),
    region_id     varchar(40)  references region (id),
    email         varchar(254),
    enabled       boolean      not null default true,
    check (role = 'ADMIN' or region_id is not null)
);

create table stakeholder (
    id           uuid primary key,
    region_id    varchar(40)  not null references region (id),
    organisation varchar(200) not null,
    contact_name varchar(200) not null,
    email        varchar(254) not null,
    category     varchar(30)  not null,
    language     varchar(2)   not null,
    unique (region_id, email)
);

create table round (
    id                      uuid primary key,
    region_id               varchar(40)  not null references region (id),
    title                   varchar(200) not null,
    topic                   varchar(500),
    default_language        varchar(2)   not null,
    languages               varchar(40)  not null,
    consultation_deadline   timestamptz  not null,
    reminder_before_seconds bigint       not null,
    review_deadline         timestamptz  not null,
    signature_deadline      timestamptz  not null,
    signing_rule            varchar(20)  not null,
    target_answers          integer,
    target_signatories      integer,
    status                  varchar(20)  not null,
    stage                   varchar(20)  not null,
    created_by              varchar(100) not null,
    created_at              timestamptz  not null,
    launched_at             timestamptz,
    signed_at               timestamptz,
    version                 bigint       not null default 0
);
create index round_region_idx on round (region_id, created_at desc);

create table participation (
    id                  uuid primary key,
    round_id            uuid        not null references round (id),
    stakeholder_id      uuid        not null references stakeholder (id),
    roles               varchar(80) not null,
    consultation_status varchar(20) not null,
    invited_at          timestamptz,
    unique (round_id, stakeholder_id)
);

create table stakeholder_link (
    id               uuid primary key,
    participation_id uuid        not null references participation (id),
    round_id         uuid        not null references round (id),
    token_hash       varchar(64)    not null unique,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    revoked_at       timestamptz
);
create index stakeholder_link_participation_idx on stakeholder_link (participation_id);

create table consultation_answer (
    id               uuid primary key,
    round_id         uuid        not null references round (id),
    participation_id uuid        not null unique references participation (id),
    answers          jsonb       not null,
    channel          varchar(20) not null,
    submitted_at     timestamptz not null
);

create table pact_version (
    id             uuid primary key,
    round_id       uuid         not null references round (id),
    number         integer      not null check (number > 0),
    text           text         not null,
    change_summary varchar(500),
    sha256         varchar(64)     not null,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null,
    unique (round_id, number)
);

create table pact_review (
    id               uuid primary key,
    round_id         uuid        not null references round (id),
    pact_version_id  uuid        not null references pact_version (id),
    participation_id uuid        not null references participation (id),
    decision         varchar(20) not null,
    comment          text,
    created_at       timestamptz not null,
    unique (pact_version_id, participation_id)
);

create table signature (
    id               uuid primary key,
    round_id         uuid        not null references round (id),
    pact_version_id  uuid        not null references pact_version (id),
    sha256           varchar(64)    not null,
    participation_id uuid        not null references participation (id),
    decision         varchar(20) not null,
    reason           text,
    created_at       timestamptz not null,
    unique (pact_version_id, participation_id),
    check (decision = 'SIGN' or reason is not null)
);

-- The audit record: one hash chain per round; each entry's hash covers its content and the
-- hash of the entry before it, so a changed or removed entry breaks every hash after it.
-- No foreign key: the record stands on its own and is written before the round's row is flushed.
create table audit_entry (
    id          bigserial primary key,
    round_id    uuid         not null,
    seq         integer      not null,
    occurred_at timestamptz  not null,
    actor       varchar(200) not null,
    type        varchar(60)  not null,
    summary     text         not null,
    details     jsonb        not null,
    prev_hash   varchar(64)     not null,
    hash        varchar(64)     not null,
    unique (round_id, seq)
);

-- What is signed, reviewed, answered or audited is never changed or removed in place.
create function copact_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are immutable', tg_table_name using errcode = 'P0001';
end;
$$;

create trigger pact_version_immutable before update or delete on pact_version
    for each row execute function copact_refuse_change();
create trigger pact_review_immutable before update or delete on pact_review
    for each row execute function copact_refuse_change();
create trigger signature_immutable before update or delete on signature
    for each row execute function copact_refuse_change();
create trigger consultation_answer_immutable before update or delete on consultation_answer
    for each row execute function copact_refuse_change();
create trigger audit_entry_immutable before update or delete on audit_entry
    for each row execute function copact_refuse_change();
