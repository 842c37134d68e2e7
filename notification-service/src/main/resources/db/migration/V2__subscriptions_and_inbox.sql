-- 订阅 — a department subscribes to event types of a district; at most one subscription per (department, district).
create table subscription (
    id            uuid         primary key,
    department_id varchar(100) not null,
    district      varchar(6)   not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    constraint subscription_department_district unique (department_id, district)
);
create index subscription_district on subscription (district);

create table subscription_event_type (
    subscription_id uuid         not null references subscription (id) on delete cascade,
    event_type      varchar(200) not null,
    primary key (subscription_id, event_type)
);

-- 收件箱 — one item per (event, department): a redelivered event never makes a second item, whatever the inbox
-- guard (processed_event) already did.
create table inbox_item (
    id            uuid          primary key,
    department_id varchar(100)  not null,
    event_id      varchar(200)  not null,
    event_type    varchar(200)  not null,
    case_id       uuid          not null,
    district      varchar(6)    not null,
    title_zh      varchar(1000) not null,
    title_en      varchar(1000) not null,
    summary_zh    varchar(2000) not null,
    summary_en    varchar(2000) not null,
    created_at    timestamptz   not null,
    read_at       timestamptz,
    constraint inbox_item_event_department unique (event_id, department_id)
);
create index inbox_item_department_newest on inbox_item (department_id, created_at desc, id desc);
create index inbox_item_department_unread on inbox_item (department_id, created_at desc, id desc) where read_at is null;
