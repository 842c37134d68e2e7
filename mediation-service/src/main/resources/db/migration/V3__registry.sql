-- 调解组织名册 — mediation organisations of a district and their mediators (managed by the district's admin).
create table mediation_organisation (
    id         uuid         primary key,
    district   varchar(6)   not null,
    kind       varchar(40)  not null,
    name       varchar(200) not null,
    created_at timestamptz  not null
);
create index mediation_organisation_district on mediation_organisation (district, kind);

-- A mediator is a user (token subject) of role mediator whose dept claim is the organisation id.
create table mediator (
    id              uuid         primary key,
    organisation_id uuid         not null references mediation_organisation (id),
    user_id         varchar(200) not null unique,
    name            varchar(100) not null,
    specialities    varchar(400) not null,
    available       boolean      not null,
    created_at      timestamptz  not null
);
create index mediator_organisation on mediator (organisation_id);
