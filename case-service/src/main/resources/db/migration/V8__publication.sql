-- 行政处罚信息公示 (SAMR Order 45): a penalty decision published on the public endpoints, its text fixed and redacted
-- when it was published, and a recorded change or revocation of the decision (which obliges a withdrawal).
create table decision_publication (
    id                uuid         primary key,                        -- the public id (GET /public/decisions/{id})
    case_id           uuid         not null unique references ip_case (id),
    district          varchar(6)   not null,
    department_id     varchar(100) not null,
    document_number   varchar(200) not null,
    public_text       jsonb        not null,                           -- PublicDecision, already redacted
    redaction_id      varchar(64)  not null,                           -- the redaction list applied
    published_at      timestamptz  not null,
    published_by      varchar(200) not null,                           -- never shown publicly
    on_time           boolean      not null,                           -- within 20 working days of the decision
    small_fine        boolean      not null,
    display_until     timestamptz  not null,                           -- 3 months (small fine) or 3 years
    withdrawn_at      timestamptz,
    withdrawn_by      varchar(200),
    withdrawal_reason text,
    constraint decision_publication_withdrawal check ((withdrawn_at is null) = (withdrawn_by is null))
);

-- the public list: shown (not withdrawn), newest first, optionally by district
create index decision_publication_shown on decision_publication (district, published_at desc)
    where withdrawn_at is null;

create table decision_revocation (
    case_id      uuid         primary key references ip_case (id),   -- recorded once per case
    kind         varchar(20)  not null check (kind in ('CHANGED', 'REVOKED')),
    reason       text         not null,
    reference    varchar(200) not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null,
    was_published boolean     not null
);
