-- What this service knows of cases owned by case-service, kept from their events.
create table case_projection (
    case_id        uuid         primary key,
    district       varchar(6)   not null,
    department_id  varchar(100) not null,
    ip_kind        varchar(40)  not null,
    title          varchar(200) not null,
    status         varchar(40)  not null,
    events_applied bigint       not null,
    last_event_id  varchar(200) not null,
    updated_at     timestamptz  not null
);
create index case_projection_district on case_projection (district);
