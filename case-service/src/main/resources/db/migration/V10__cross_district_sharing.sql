-- Cross-district sharing (跨区域协作, issue 7): sharing agreements between two districts, the access log of shared
-- queries, clue transfers (线索移送), assistance requests (协查) and the inbound signatures seen (replay guard).
-- Depends only on V1–V5 (ip_case).

-- 跨区域共享协议: proposed by one district, in force once the liaisons of both districts approved it.
create table sharing_agreement (
    id                    uuid         primary key,
    proposer_district     varchar(6)   not null,
    partner_district      varchar(6)   not null,
    ip_kinds              text         not null,  -- JSON array of IpKind codes
    shared_fields         text         not null,  -- JSON array of SharedField codes
    shared_events         text         not null,  -- JSON array of SharedEvent codes
    response_amount       integer      not null,
    response_unit         varchar(20)  not null,  -- WORKING_DAYS | CALENDAR_DAYS
    valid_from            date         not null,
    valid_until           date         not null,
    status                varchar(20)  not null,  -- PROPOSED | ACTIVE | SUSPENDED
    proposed_by           varchar(200) not null,
    proposed_at           timestamptz  not null,
    proposer_approved_by  varchar(200),
    proposer_approved_at  timestamptz,
    partner_approved_by   varchar(200),
    partner_approved_at   timestamptz,
    suspended_by_district varchar(6),
    suspended_by          varchar(200),
    suspended_at          timestamptz,
    suspension_reason     varchar(1000),
    version               bigint       not null default 0,
    check (proposer_district <> partner_district),
    check (valid_until >= valid_from),
    check (response_amount between 1 and 365)
);
create index sharing_agreement_proposer on sharing_agreement (proposer_district);
create index sharing_agreement_partner on sharing_agreement (partner_district);

-- 共享查询访问日志: one row per shared query and owning district; read by the owning district.
create table shared_query_log (
    id               uuid          primary key,
    owning_district  varchar(6)    not null,
    caller_district  varchar(6)    not null,
    caller           varchar(200)  not null,
    caller_role      varchar(40)   not null,
    caller_department varchar(100) not null,
    agreement_id     uuid          not null references sharing_agreement (id),
    queried_at       timestamptz   not null,
    purpose          varchar(500)  not null,
    criteria         text          not null,  -- JSON of the criteria as given
    result_count     integer       not null
);
create index shared_query_log_owner on shared_query_log (owning_district, queried_at desc);

-- 线索移送: district A sends a clue to district B; B registers it (a FILED case) or rejects it by due_at.
create table clue_transfer (
    id                   uuid          primary key,
    agreement_id         uuid          not null references sharing_agreement (id),
    from_district        varchar(6)    not null,
    from_department      varchar(100)  not null,
    to_district          varchar(6)    not null,
    channel              varchar(20)   not null,  -- LOCAL | INBOUND (from a partner deployment)
    partner_id           varchar(100),
    partner_reference    varchar(200),
    ip_kind              varchar(40)   not null,
    title                varchar(200)  not null,
    summary              varchar(4000) not null,
    infringing_act       varchar(80),
    infringer_kind       varchar(20)   not null,
    infringer_name       varchar(200)  not null,
    infringer_credit_code varchar(18),
    infringer_id_number_enc text,                 -- AES-256-GCM, bound to the transfer id (PersonalData)
    infringer_id_number_masked varchar(18),
    sent_by              varchar(200)  not null,
    sent_at              timestamptz   not null,
    due_at               timestamptz   not null,
    due_provisional      boolean       not null,
    status               varchar(20)   not null,  -- SENT | REGISTERED | REJECTED
    answered_by          varchar(200),
    answered_at          timestamptz,
    rejection_reasons    varchar(2000),
    case_id              uuid          references ip_case (id),
    overdue_notified_at  timestamptz,
    version              bigint        not null default 0,
    unique (partner_id, partner_reference)
);
create index clue_transfer_to on clue_transfer (to_district, sent_at desc);
create index clue_transfer_from on clue_transfer (from_district, sent_at desc);
create index clue_transfer_due on clue_transfer (due_at) where status = 'SENT' and overdue_notified_at is null;

-- 协查: investigate, serve documents, verify goods; answered with results and attachment metadata by due_at.
create table assistance_request (
    id                   uuid          primary key,
    agreement_id         uuid          not null references sharing_agreement (id),
    from_district        varchar(6)    not null,
    from_department      varchar(100)  not null,
    to_district          varchar(6)    not null,
    channel              varchar(20)   not null,
    partner_id           varchar(100),
    partner_reference    varchar(200),
    kind                 varchar(30)   not null,  -- INVESTIGATE | SERVE_DOCUMENTS | VERIFY_GOODS
    subject              varchar(200)  not null,
    details              varchar(4000) not null,
    related_case_id      uuid          references ip_case (id),
    sent_by              varchar(200)  not null,
    sent_at              timestamptz   not null,
    due_at               timestamptz   not null,
    due_provisional      boolean       not null,
    status               varchar(20)   not null,  -- REQUESTED | ANSWERED
    answered_by          varchar(200),
    answered_at          timestamptz,
    result               varchar(4000),
    attachments          text,                    -- JSON array of {name, mediaType, size, sha256}
    overdue_notified_at  timestamptz,
    version              bigint        not null default 0,
    unique (partner_id, partner_reference)
);
create index assistance_request_to on assistance_request (to_district, sent_at desc);
create index assistance_request_due on assistance_request (due_at) where status = 'REQUESTED' and overdue_notified_at is null;

-- Inbound API (between deployments): each accepted signature once, so a captured request cannot be replayed.
create table inbound_signature (
    partner_id   varchar(100) not null,
    signature    char(64)     not null,
    received_at  timestamptz  not null,
    primary key (partner_id, signature)
);

-- 重复侵权查询: decided cases by credit code.
create index ip_case_credit_code_district on ip_case (infringer_credit_code, district) where decision is not null;

-- 联合执法: one action of a lead district with participating districts, linking cases of each, with a shared
-- append-only record and appraisal results that partners recognise (结果互认).
create table joint_action (
    id              uuid          primary key,
    lead_district   varchar(6)    not null,
    districts       text          not null,  -- JSON array: the lead first, then the participants
    title           varchar(200)  not null,
    description     varchar(4000) not null,
    started_by      varchar(200)  not null,
    started_at      timestamptz   not null
);
create table joint_action_case (
    action_id   uuid        not null references joint_action (id),
    case_id     uuid        not null references ip_case (id),
    district    varchar(6)  not null,
    linked_by   varchar(200) not null,
    linked_at   timestamptz not null,
    primary key (action_id, case_id)
);
create table joint_action_entry (
    action_id   uuid          not null references joint_action (id),
    seq         integer       not null,
    occurred_at timestamptz   not null,
    district    varchar(6)    not null,
    actor       varchar(200)  not null,
    action      varchar(40)   not null,
    summary_zh  varchar(2000) not null,
    summary_en  varchar(2000) not null,
    primary key (action_id, seq)
);
create function joint_action_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'joint_action_entry is append-only';
end $$;
create trigger joint_action_entry_no_change before update or delete on joint_action_entry
    for each row execute function joint_action_entry_append_only();
create table joint_appraisal (
    id           uuid          primary key,
    action_id    uuid          not null references joint_action (id),
    case_id      uuid          not null references ip_case (id),
    district     varchar(6)    not null,
    title        varchar(200)  not null,
    issuer       varchar(200)  not null,
    conclusion   varchar(2000) not null,
    sha256       char(64)      not null,
    recorded_by  varchar(200)  not null,
    recorded_at  timestamptz   not null
);
create table joint_appraisal_recognition (
    appraisal_id  uuid         not null references joint_appraisal (id),
    district      varchar(6)   not null,
    recognised_by varchar(200) not null,
    recognised_at timestamptz  not null,
    primary key (appraisal_id, district)
);
