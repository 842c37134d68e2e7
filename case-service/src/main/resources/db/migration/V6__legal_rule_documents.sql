-- Legal rules loaded by an administrator (LegalRules, RuleDocuments): every load of a working-day calendar or of a
-- criminal threshold rule set, kept for good. The newest row per (kind, rule_key) is in force; the rules bundled with
-- the service apply to every year and rule set that has no row.
create table legal_rule_document (
    id                 bigserial    primary key,                -- load order: the highest id per (kind, rule_key) wins
    kind               varchar(20)  not null check (kind in ('CALENDAR', 'THRESHOLD_SET')),
    rule_key           varchar(64)  not null,                   -- the year ('2027') or the rule-set id ('cn-2025')
    document           text         not null,                   -- the JSON exactly as the administrator sent it
    loaded_by          varchar(200) not null,                   -- the token's sub
    loaded_by_district varchar(12)  not null,                   -- the token's district
    loaded_at          timestamptz  not null default now(),
    reason             text         not null,                   -- why it was loaded, in the administrator's words
    constraint legal_rule_document_calendar_key check (kind <> 'CALENDAR' or rule_key ~ '^[0-9]{4}$'),
    constraint legal_rule_document_set_key check (kind <> 'THRESHOLD_SET' or rule_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

create index legal_rule_document_latest on legal_rule_document (kind, rule_key, id desc);

-- Append-only, like case_timeline_entry: a correction is a new row, never an edit of history.
create function legal_rule_document_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'legal_rule_document is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger legal_rule_document_no_update_or_delete
    before update or delete on legal_rule_document
    for each row execute function legal_rule_document_append_only();

create trigger legal_rule_document_no_truncate
    before truncate on legal_rule_document
    for each statement execute function legal_rule_document_append_only();
