-- 执法全过程记录: the append-only, hash-chained record of every change of a case (CaseTimeline, HashChain).
create table case_timeline_entry (
    id               uuid         primary key,
    case_id          uuid         not null references ip_case (id),
    seq              int          not null check (seq >= 1),            -- 1, 2, 3… per case
    occurred_at      timestamptz  not null,                            -- hashed to the microsecond
    actor            varchar(200) not null,                            -- the token's sub
    actor_role       varchar(40)  not null,
    actor_department varchar(100) not null,
    action           varchar(64)  not null,                            -- English code, e.g. CASE_FILED
    summary_zh       text         not null,
    summary_en       text         not null,
    before_state     jsonb,                                            -- null when there was no state before
    after_state      jsonb        not null,
    previous_hash    char(64)     not null,                            -- 64 zeros for seq 1
    hash             char(64)     not null,
    constraint case_timeline_entry_case_seq unique (case_id, seq)
);

-- Append-only: the application can insert and read, never rewrite or remove history. Whoever disables these
-- triggers (or edits the files under the database) is caught by GET /cases/{id}/timeline/verify.
create function case_timeline_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_timeline_entry is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger case_timeline_entry_no_update_or_delete
    before update or delete on case_timeline_entry
    for each row execute function case_timeline_entry_append_only();

-- A row trigger does not fire on TRUNCATE.
create trigger case_timeline_entry_no_truncate
    before truncate on case_timeline_entry
    for each statement execute function case_timeline_entry_append_only();
