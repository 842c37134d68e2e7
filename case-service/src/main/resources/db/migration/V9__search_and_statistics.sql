-- Search and statistics (issue 3 item 9) and the partner status on the case view (issue 3 item 7).

-- GET /cases filters: every search is within one district; these carry the date ranges and the kind filter.
-- (credit code: ip_case_credit_code from V2; status: ip_case_status and referral required: V5.)
create index ip_case_district_opened on ip_case (district, opened_at) where opened_at is not null;
create index ip_case_district_closed on ip_case (district, closed_at) where closed_at is not null;
create index ip_case_district_kind on ip_case (district, ip_kind, filed_at desc);
create index ip_case_district_department on ip_case (district, department_id, filed_at desc);

-- GET /statistics/cases counts clocks by kind and the instant they stopped (opening decisions, closure) or fall due
-- (publication). The "overdue" filter reads running clocks of one case through the primary key (case_id, kind).
create index case_clock_kind_stopped on case_clock (kind, stopped_at) where stopped_at is not null;
create index case_clock_kind_due on case_clock (kind, due_at);

-- 移送与调解进展: the latest status referral-service and mediation-service published for a case, one row per source.
-- Written by PartnerEventHandler only when the event is newer (occurred_at) than the row it would replace.
create table case_partner_status (
    case_id     uuid         not null references ip_case (id),
    source      varchar(20)  not null check (source in ('REFERRAL', 'MEDIATION')),
    event_type  varchar(200) not null,            -- CloudEvents type of the event the status comes from
    status_code varchar(80)  not null,            -- data.status, else the fact of the type (referral.sent.v1 → sent)
    label_zh    varchar(200),                     -- data.statusZh
    label_en    varchar(200),                     -- data.statusEn
    occurred_at timestamptz  not null,            -- data.occurredAt, else the CloudEvents time
    event_id    varchar(200) not null,            -- CloudEvents id
    recorded_at timestamptz  not null default now(),
    primary key (case_id, source)
);
