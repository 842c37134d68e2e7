-- Webhooks for partner systems: a department registers a URL and a secret; every inbox item of that department
-- whose type matches the pattern is delivered there, signed, at most once per (webhook, event).
create table webhook_subscription (
    id                 uuid          primary key,
    department_id      varchar(100)  not null,
    url                varchar(2000) not null,
    secret             varchar(200)  not null,
    event_type_pattern varchar(200)  not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null
);
create index webhook_subscription_department on webhook_subscription (department_id);

-- One delivery per (webhook, event): the unique key makes a redelivered event enqueue nothing new.
-- status: PENDING (due at next_attempt_at), DELIVERED, DEAD (the dead-letter list, redelivered by hand).
create table webhook_delivery (
    id              uuid          primary key,
    webhook_id      uuid          not null references webhook_subscription (id) on delete cascade,
    department_id   varchar(100)  not null,
    event_id        varchar(200)  not null,
    event_type      varchar(200)  not null,
    body            text          not null,
    status          varchar(20)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz,
    last_status     int,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    constraint webhook_delivery_once unique (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_department on webhook_delivery (department_id, status);

-- 投递日志 — every attempt.
create table webhook_attempt (
    id           bigserial     primary key,
    delivery_id  uuid          not null references webhook_delivery (id) on delete cascade,
    attempt      int           not null,
    attempted_at timestamptz   not null,
    status_code  int,
    error        varchar(1000),
    duration_ms  int           not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);
