-- 期限提醒 — one reminder per (case, clock): a later event for the same case and clock moves or cancels it.
-- status: SCHEDULED (due at remind_at), SENT, CANCELLED.
create table reminder (
    id            uuid          primary key,
    case_id       uuid          not null,
    clock         varchar(100)  not null,
    district      varchar(6)    not null,
    departments   varchar(2000) not null,
    due_date      date          not null,
    remind_at     timestamptz   not null,
    status        varchar(20)   not null,
    source_event  varchar(200)  not null,
    event_type    varchar(200)  not null,
    case_ref      varchar(200)  not null,
    updated_at    timestamptz   not null,
    constraint reminder_case_clock unique (case_id, clock)
);
create index reminder_due on reminder (remind_at) where status = 'SCHEDULED';
