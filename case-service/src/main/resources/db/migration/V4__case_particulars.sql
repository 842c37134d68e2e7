-- The case as filed (issue 3 item 1): number, clue source, act, parties, goods, evidence, handling officers.

-- 案件编号: one counter per department and year, bumped in the filing transaction (CaseNumbers).
create table case_number_counter (
    department_id varchar(100) not null,
    year          integer      not null,
    last_number   bigint       not null,
    primary key (department_id, year)
);

alter table ip_case
    add column case_number              varchar(140),          -- null only for cases filed before V4
    add column clue_source              varchar(40),           -- ClueSource; null only before V4
    add column infringing_act           varchar(60),           -- InfringingAct, optional at filing
    add column infringer_kind           varchar(20)  not null default 'ORGANISATION',
    add column infringer_id_number_enc  text,                  -- AES-256-GCM, v1:base64(iv|ct|tag), AAD = case id
    add column infringer_id_number_hmac varchar(64),           -- HMAC-SHA256 hex, for exact lookups
    add column infringer_id_number_masked varchar(18),         -- 500155********1234
    add column right_holder_name        varchar(200),
    add column right_holder_credit_code varchar(18),
    add column goods                    text         not null default '[]', -- JSON array of goods lines
    add column evidence                 text         not null default '[]', -- JSON array of evidence items
    add column officers                 text         not null default '[]'; -- JSON array of officer ids

alter table ip_case alter column infringer_credit_code drop not null;
alter table ip_case add constraint ip_case_case_number_unique unique (case_number);
alter table ip_case add constraint ip_case_infringer_identity check (
    (infringer_kind = 'ORGANISATION' and infringer_credit_code is not null and infringer_id_number_enc is null
        and infringer_id_number_hmac is null and infringer_id_number_masked is null)
    or (infringer_kind = 'PERSON' and infringer_credit_code is null and infringer_id_number_enc is not null
        and infringer_id_number_hmac is not null and infringer_id_number_masked is not null));
create index ip_case_id_number_hmac on ip_case (infringer_id_number_hmac) where infringer_id_number_hmac is not null;
