-- The case lifecycle (issue 3 items 3 and 5): status moves, the decision, the facts weighed against the criminal
-- thresholds, and the statutory clocks with their pauses and extensions.

alter table ip_case
    add column suspended_from   varchar(40),
    add column opened_at        timestamptz,
    add column closed_at        timestamptz,
    add column complex          boolean      not null default false,
    add column act_date         date,                         -- date of the act, when established
    add column facts            text         not null default '{}', -- JSON: established facts beyond the goods
    add column decision         text,                         -- JSON: the decision, once made
    add column assessment       text,                         -- JSON: the latest criminal-threshold assessment
    add column referral_required boolean     not null default false; -- copy of assessment verdict = MET, for search

-- Cases filed before V5 were all still being decided on: their status stays FILED.
create index ip_case_status on ip_case (district, status);
create index ip_case_referral_required on ip_case (district) where referral_required;

-- 法定期限: one row per clock a case has started. pauses/extensions are JSON arrays in the order they happened.
-- due_at is the due instant as of the last change (a running pause moves it later; the overdue scan re-reads the
-- clock before it reports); overdue_notified_at is set once, in the transaction that writes the overdue event.
create table case_clock (
    case_id             uuid         not null references ip_case (id),
    kind                varchar(40)  not null,
    rule_id             varchar(80)  not null,
    started_at          timestamptz  not null,
    pauses              text         not null default '[]',
    extensions          text         not null default '[]',
    stopped_at          timestamptz,
    due_at              timestamptz  not null,
    overdue_notified_at timestamptz,
    primary key (case_id, kind)
);
create index case_clock_due on case_clock (due_at) where stopped_at is null and overdue_notified_at is null;
