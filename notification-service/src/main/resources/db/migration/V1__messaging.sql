-- Transactional outbox: rows written with the state change, published by OutboxRelay in seq order.
create table outbox_event (
    seq            bigserial    not null unique,
    id             uuid         primary key,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(128) not null,
    type           varchar(200) not null,
    source         varchar(200) not null,
    occurred_at    timestamptz  not null,
    payload        jsonb        not null,
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumer: one row per applied event and consumer, inserted in the same transaction as the effect.
create table processed_event (
    event_id     varchar(200) not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null,
    primary key (event_id, consumer)
);
