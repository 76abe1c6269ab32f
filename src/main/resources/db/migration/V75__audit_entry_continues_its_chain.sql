-- An entry is appended only where the round's chain goes on: its seq follows the last entry's, and
-- its prev_hash is that entry's hash (zeros for the first). A forged entry inserted by hand, or one
-- that skips, repeats or forks the chain, is refused. The round's chain is locked as AuditLog locks
-- it, so two appends never read the same head. The table is found through the trigger, not the
-- search_path, so a function of the same name elsewhere changes nothing.
create function copact_audit_entry_continues_chain() returns trigger language plpgsql as $$
declare
    last_seq  integer;
    last_hash varchar(64);
begin
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(new.round_id::text, 0));
    execute format('select seq, hash from %I.%I where round_id = $1 order by seq desc limit 1',
            tg_table_schema, tg_table_name)
        into last_seq, last_hash using new.round_id;
    if last_seq is null then
        last_seq := 0;
        last_hash := pg_catalog.repeat('0', 64);
    end if;
    if new.seq is distinct from last_seq + 1 or new.prev_hash is distinct from last_hash then
        raise exception 'audit entry % of round % does not continue its chain: the next entry is % after hash %',
            new.seq, new.round_id, last_seq + 1, last_hash using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create trigger audit_entry_continues_chain before insert on audit_entry
    for each row execute function copact_audit_entry_continues_chain();
