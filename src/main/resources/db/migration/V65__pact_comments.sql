-- comments per clause: a reviewer's comment on one clause or commitment of a pact version (anchor: its
-- id), or on the whole pact (anchor 'whole'). A comment is the reviewer's own while they review
-- (review_id null: they may still remove it); sent with their review, it can no longer change.
-- The facilitator's answer (ACCEPTED, with the change; DECLINED, with a reason) may change until the
-- next version is published with it (answer_published_in: that version's number); then it is final.
create table pact_comment (
    id                  uuid primary key,
    round_id            uuid         not null references round (id),
    pact_version_id     uuid         not null references pact_version (id),
    version_number      integer      not null,
    participation_id    uuid         not null references participation (id),
    anchor              varchar(64)  not null,
    text                text         not null,
    created_at          timestamptz  not null,
    review_id           uuid references pact_review (id),
    answer_status       varchar(16),
    answer_text         text,
    answered_by         varchar(100),
    answered_at         timestamptz,
    answer_published_in integer,
    constraint pact_comment_answer_status check (answer_status in ('ACCEPTED', 'DECLINED')),
    constraint pact_comment_declined_reason check (answer_status <> 'DECLINED' or answer_text is not null)
);
create index pact_comment_version on pact_comment (pact_version_id, participation_id);
create index pact_comment_round on pact_comment (round_id);

create function copact_pact_comment_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.review_id is not null then
            raise exception 'a comment sent with its review is immutable' using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.review_id is not null and (new.review_id is distinct from old.review_id
            or new.text is distinct from old.text or new.anchor is distinct from old.anchor
            or new.pact_version_id is distinct from old.pact_version_id or new.version_number is distinct from old.version_number
            or new.participation_id is distinct from old.participation_id
            or new.round_id is distinct from old.round_id or new.created_at is distinct from old.created_at) then
        raise exception 'a comment sent with its review is immutable' using errcode = 'P0001';
    end if;
    if old.answer_published_in is not null and (new.answer_status is distinct from old.answer_status
            or new.answer_text is distinct from old.answer_text or new.answered_by is distinct from old.answered_by
            or new.answered_at is distinct from old.answered_at
            or new.answer_published_in is distinct from old.answer_published_in) then
        raise exception 'an answer published with a version is immutable' using errcode = 'P0001';
    end if;
    if old.review_id is null and new.answer_status is not null then
        raise exception 'only a sent comment is answered' using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create trigger pact_comment_guard before update or delete on pact_comment
    for each row execute function copact_pact_comment_guard();
