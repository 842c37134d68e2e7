create table ip_case (
    id                    uuid         primary key,
    district              varchar(6)   not null,
    department_id         varchar(100) not null,
    ip_kind               varchar(40)  not null,
    title                 varchar(200) not null,
    infringer_name        varchar(200) not null,
    infringer_credit_code varchar(18)  not null,
    status                varchar(40)  not null,
    filed_at              timestamptz  not null,
    filed_by              varchar(200) not null,
    version               bigint       not null default 0
);
create index ip_case_district_filed on ip_case (district, filed_at desc);
create index ip_case_credit_code on ip_case (infringer_credit_code);
