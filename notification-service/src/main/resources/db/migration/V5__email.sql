-- E-mail channel: addresses that receive a department's notices, and one delivery per (event, department, address).
create table email_recipient (
    id            uuid         primary key,
    department_id varchar(100) not null,
    address       varchar(320) not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    constraint email_recipient_once unique (department_id, address)
);

create table email_delivery (
    id              uuid          primary key,
    department_id   varchar(100)  not null,
    address         varchar(320)  not null,
    event_id        varchar(200)  not null,
    subject         varchar(1000) not null,
    body            text          not null,
    status          varchar(20)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    constraint email_delivery_once unique (event_id, department_id, address)
);
create index email_delivery_due on email_delivery (next_attempt_at) where status = 'PENDING';
