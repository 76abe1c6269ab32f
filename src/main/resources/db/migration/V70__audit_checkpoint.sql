-- Signed checkpoints of each round's audit record (issue 13): after every append, the number of
-- entries, the Merkle root over their hashes (RFC 9162), when, and the Ed25519 signature of a key
-- kept outside the database. The latest of each round is also kept in a file beside that key.
create table audit_checkpoint (
    round_id   uuid        not null,
    tree_size  integer     not null check (tree_size > 0),
    root_hash  varchar(64) not null,
    signed_at  timestamptz not null,
    key_id     varchar(64) not null,
    signature  text        not null,
    primary key (round_id, tree_size)
);

create trigger audit_checkpoint_immutable before update or delete on audit_checkpoint
    for each row execute function copact_refuse_change();
