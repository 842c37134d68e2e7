-- Court inbox (issue 4 item 5): civil IP disputes addressed to a court, and their entrustment to mediation.
create table court_dispute (
    id                     uuid         primary key,
    case_id                uuid         not null,
    district               varchar(6)   not null,
    court_department_id    varchar(100) not null,
    agency_department_id   varchar(100) not null,
    plaintiff              varchar(200) not null,
    defendant              varchar(200) not null,
    claim                  text         not null,
    status                 varchar(40)  not null,
    mediation_mode         varchar(40),
    mediation_organisation varchar(200),
    entrusted_at           timestamptz,
    registered_at          timestamptz  not null
);
create index court_dispute_court on court_dispute (district, court_department_id);
