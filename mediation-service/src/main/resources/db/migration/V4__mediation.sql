-- 调解 — one mediation request and its course. Lists that only grow with the mediation (parties, sessions,
-- signatures) are JSON text written by MediationRepository; terms and clocks have their own tables because
-- scanners query them.
create table mediation (
    id                   uuid         primary key,
    version              bigint       not null,
    case_id              uuid,
    district             varchar(6)   not null,
    kind                 varchar(40)  not null,
    requester_kind       varchar(40)  not null,
    requester_department varchar(100) not null,
    requester_user       varchar(200) not null,
    court_department     varchar(100),
    title                varchar(200) not null,
    ip_kind              varchar(40)  not null,
    status               varchar(40)  not null,
    organisation_id      uuid         references mediation_organisation (id),
    mediator_id          uuid         references mediator (id),
    requested_at         timestamptz  not null,
    details              text         not null,
    updated_at           timestamptz  not null
);
create index mediation_district on mediation (district, status);
create index mediation_court on mediation (court_department);
create index mediation_organisation_idx on mediation (organisation_id);

-- Which users are parties of which mediation (for "a party sees only its own mediation").
create table mediation_party (
    mediation_id uuid         not null references mediation (id),
    user_id      varchar(200) not null,
    side         varchar(20)  not null,
    primary key (mediation_id, side)
);
create index mediation_party_user on mediation_party (user_id);

-- 协议条款 — the terms of the current agreement, each tracked to performance; overdue reported once.
create table mediation_term (
    mediation_id        uuid          not null references mediation (id),
    seq                 int           not null,
    kind                varchar(40)   not null,
    description         varchar(1000) not null,
    amount_yuan         varchar(20),
    perform_by          date          not null,
    due_at              timestamptz   not null,
    performed_at        timestamptz,
    performed_note      varchar(1000),
    overdue_notified_at timestamptz,
    primary key (mediation_id, seq)
);
create index mediation_term_due on mediation_term (due_at) where performed_at is null and overdue_notified_at is null;

-- The statutory clocks of a mediation, stored as parts (as case-service's case_clock).
create table mediation_clock (
    mediation_id uuid        not null references mediation (id),
    kind         varchar(40) not null,
    rule_id      varchar(80) not null,
    started_at   timestamptz not null,
    extensions   text        not null default '[]',
    stopped_at   timestamptz,
    due_at       timestamptz not null,
    primary key (mediation_id, kind)
);
