-- The right edge of each round's Merkle tree (issue 13): the roots of the perfect subtrees its
-- entries split into (RFC 9162's compact range, at most log2(n)+1 hashes, 64 hex characters each,
-- largest first), updated with every append under the round's append lock, so that a checkpoint is
-- signed in O(log n) instead of over all the round's entries. Only a shortcut: verification
-- recomputes every root from the entries, and an append that finds no frontier of the size it
-- expects (a round recorded before this table) rebuilds it from the entries once.
create table audit_frontier (
    round_id  uuid    primary key,
    tree_size integer not null check (tree_size > 0),
    roots     text    not null
);
