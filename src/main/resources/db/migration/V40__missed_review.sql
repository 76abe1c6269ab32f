-- a reviewer who had not reviewed a pact version when its review deadline passed (or when the
-- facilitator closed the review early): kept as a fact of the round, shown on its page and history
create table missed_review (
    id               uuid primary key,
    round_id         uuid        not null references round (id),
    pact_version_id  uuid        not null references pact_version (id),
    participation_id uuid        not null references participation (id),
    marked_at        timestamptz not null,
    unique (pact_version_id, participation_id)
);
create index missed_review_round on missed_review (round_id);
create trigger missed_review_immutable before update or delete on missed_review
    for each row execute function copact_refuse_change();
