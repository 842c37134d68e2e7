-- 法院委派/委托调解 from referral-service's court inbox (referral.mediation-entrusted.v1): one row per dispute, so an
-- entrustment re-sent under a new event id opens no second mediation. The organisation the court named is kept
-- by name and, where given, by id (which may not be in this registry; the mediation's organisation_id is set only
-- when it is).
create table court_entrustment (
    dispute_id                uuid         primary key,
    mediation_id              uuid         not null unique references mediation (id),
    event_id                  varchar(200) not null,
    court_department          varchar(100) not null,
    mediation_organisation    varchar(200) not null,
    mediation_organisation_id uuid,
    received_at               timestamptz  not null
);
