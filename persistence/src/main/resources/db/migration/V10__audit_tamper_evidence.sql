-- Tamper evidence for the audit trail (ASVS 5.0 V16.4.2, HIPAA 164.312(b) and (c)(1)).
--
-- 1. Append-only: triggers refuse UPDATE, DELETE and TRUNCATE on audit_event for every role, the table owner
--    included. The application may run as the owner (the embedded database does), and an owner could change plain
--    grants back, so the trigger is the guarantee; in production the application's role should not own the schema
--    (a superuser can still disable a trigger: that is what the hash chain below makes visible).
-- 2. Hash chain: every row carries the hash of the row before it and its own SHA-256 over a canonical encoding of its
--    fields; changing, deleting or reordering a row breaks the chain at that row. AuditChainCheck (Java) recomputes the
--    same encoding independently (ChainLink.expectedHash).

alter table audit_event
    add column source_address text check (octet_length(source_address) <= 100),
    add column seq            bigint,
    add column previous_hash  text,
    add column hash           text;

-- The canonical encoding: every field as <UTF-8 byte length>:<text>; a missing one as -; so no two different rows
-- share an encoding; the time in microseconds since 1970 (PostgreSQL's precision).
create function audit_event_digest(e audit_event) returns text
    language sql
    immutable
as
$$
select encode(sha256(convert_to(
        coalesce(octet_length(e.seq::text) || ':' || e.seq::text, '-') || ';' ||
        coalesce(octet_length(t.micros) || ':' || t.micros, '-') || ';' ||
        coalesce(octet_length(e.actor_id::text) || ':' || e.actor_id::text, '-') || ';' ||
        coalesce(octet_length(e.actor_role) || ':' || e.actor_role, '-') || ';' ||
        coalesce(octet_length(e.action) || ':' || e.action, '-') || ';' ||
        coalesce(octet_length(e.patient_id::text) || ':' || e.patient_id::text, '-') || ';' ||
        coalesce(octet_length(e.record_id::text) || ':' || e.record_id::text, '-') || ';' ||
        coalesce(octet_length(e.outcome) || ':' || e.outcome, '-') || ';' ||
        coalesce(octet_length(e.source_address) || ':' || e.source_address, '-') || ';' ||
        coalesce(octet_length(e.previous_hash) || ':' || e.previous_hash, '-') || ';',
        'UTF8')), 'hex')
from (select (extract(epoch from e.occurred_at) * 1000000)::bigint::text as micros) t
$$;

-- Rows written before this migration join the chain in the order they were inserted.
do
$$
    declare
        row_id   bigint;
        position bigint := 0;
        previous text   := repeat('0', 64);
    begin
        for row_id in select id from audit_event order by id
            loop
                position := position + 1;
                update audit_event set seq = position, previous_hash = previous where id = row_id;
                update audit_event a set hash = audit_event_digest(a) where id = row_id returning hash into previous;
            end loop;
    end
$$;

alter table audit_event
    alter column seq set not null,
    alter column previous_hash set not null,
    alter column hash set not null;
create unique index audit_event_seq_idx on audit_event (seq);
create index audit_event_occurred_idx on audit_event (occurred_at);

-- Appends are serialized by a transaction-scoped advisory lock, so the chain stays one line under concurrent
-- transactions: the next writer waits until the previous one commits (or rolls back) and then sees its row. The key
-- is an arbitrary constant that names this lock only. Whatever a client sends for seq and the hashes is overwritten.
create function audit_event_chain() returns trigger
    language plpgsql
as
$$
declare
    last_seq  bigint;
    last_hash text;
begin
    perform pg_advisory_xact_lock(7262115001);
    select seq, hash into last_seq, last_hash from audit_event order by seq desc limit 1;
    new.seq := coalesce(last_seq, 0) + 1;
    new.previous_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := audit_event_digest(new);
    return new;
end
$$;

create trigger audit_event_chain
    before insert
    on audit_event
    for each row
execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger
    language plpgsql
as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only
    before update or delete
    on audit_event
    for each row
execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate
    on audit_event
    for each statement
execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from public;
