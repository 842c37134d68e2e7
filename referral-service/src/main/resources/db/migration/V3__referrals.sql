-- 行刑衔接 (issue 4): referrals of suspected crimes, their art 6 documents, the steps they went through, reverse
-- referrals, and the statutory clocks of both.

create table referral (
    id                          uuid         primary key,
    case_id                     uuid         not null,
    district                    varchar(6)   not null,
    agency_department_id        varchar(100) not null,
    procuratorate_department_id varchar(100) not null,
    police_department_id        varchar(100),
    court_department_id         varchar(100),
    status                      varchar(40)  not null,
    reason                      text         not null,
    suspected_article           int          not null check (suspected_article between 213 and 219),
    officers                    text         not null,  -- JSON array of the reporting officers' ids
    appraisal_required          boolean      not null,
    submitted_by                varchar(200) not null,
    submitted_at                timestamptz  not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0
);
create index referral_case on referral (case_id);
create index referral_district_status on referral (district, status);
-- At most one referral of a case is under way at a time.
create unique index referral_one_open_per_case on referral (case_id)
    where status not in ('NOT_APPROVED', 'REFUSAL_CONFIRMED', 'NOT_PROSECUTED', 'JUDGED');

-- The art 6 documents, stored in the database with the referral: one transaction, one backup, no second store.
create table referral_document (
    id           uuid         primary key,
    referral_id  uuid         not null references referral (id),
    kind         varchar(40)  not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null
);
create index referral_document_referral on referral_document (referral_id);

-- Append-only record of each step of a referral or reverse referral: who, role, department, when, what, status before/after.
create table referral_step (
    seq           bigserial    primary key,
    owner_id      uuid         not null,  -- a referral or a reverse referral
    fact          varchar(60)  not null,
    actor_subject varchar(200) not null,
    actor_role    varchar(40)  not null,
    actor_department_id varchar(100) not null,
    at            timestamptz  not null,
    status_before varchar(40),
    status_after  varchar(40)  not null,
    summary_zh    text         not null,
    summary_en    text         not null,
    details       text         not null
);
create index referral_step_owner on referral_step (owner_id, seq);

create table reverse_referral (
    id                          uuid         primary key,
    case_id                     uuid         not null,
    referral_id                 uuid         references referral (id),
    district                    varchar(6)   not null,
    from_party                  varchar(20)  not null,
    from_department_id          varchar(100) not null,
    agency_department_id        varchar(100) not null,
    procuratorate_department_id varchar(100),
    reason                      text         not null,
    opinion                     text,
    answer                      text,
    status                      varchar(40)  not null,
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0
);
create index reverse_referral_agency on reverse_referral (district, agency_department_id);

-- 法定期限: one row per clock of a referral or reverse referral (owner_id), stored as its parts. due_at is the due
-- instant as of the last change; overdue_notified_at is set once, in the transaction that writes the overdue event.
create table referral_clock (
    owner_id            uuid         not null,
    owner_type          varchar(20)  not null,  -- REFERRAL | REVERSE_REFERRAL
    kind                varchar(40)  not null,
    rule_id             varchar(80)  not null,
    started_at          timestamptz  not null,
    pauses              text         not null default '[]',
    extensions          text         not null default '[]',
    stopped_at          timestamptz,
    due_at              timestamptz  not null,
    duty                boolean      not null,
    overdue_notified_at timestamptz,
    primary key (owner_id, kind)
);
create index referral_clock_due on referral_clock (due_at) where stopped_at is null and overdue_notified_at is null and duty;
