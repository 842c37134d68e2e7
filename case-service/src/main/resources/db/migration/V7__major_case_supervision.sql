-- 重大案件联合督办 and 重大案件会商 (issue 3 item 6): a case marked major, the departments that supervise it jointly,
-- and the consultations (会商) held on it. Depends only on ip_case (V2/V4); V5 and V6 belong to other features.

-- One row per major case; its existence is what MajorCases.isMajor answers. Never deleted: unmarking is not built.
create table major_case_supervision (
    case_id         uuid          primary key references ip_case (id),
    reason          varchar(1000) not null,
    lead_department varchar(100),                                      -- 牵头督办部门, one of the supervising ones
    marked_by       varchar(200)  not null,                            -- the token's sub
    marked_at       timestamptz   not null
);

-- 督办部门: 1 to 10 distinct departments (<6-digit district>-<code>), any district, in the order given.
create table major_case_supervising_department (
    case_id       uuid         not null references major_case_supervision (case_id),
    position      int          not null check (position >= 0 and position < 10),
    department_id varchar(100) not null,
    primary key (case_id, position),
    constraint major_case_supervising_department_distinct unique (case_id, department_id)
);
-- A supervising department's members read the cases it supervises, also across districts.
create index major_case_supervising_department_dept on major_case_supervising_department (department_id);

-- 会商: one consultation on a major case. Participants and follow-ups are JSON arrays in text columns, read and
-- written whole with the consultation (as ip_case keeps goods and evidence).
create table case_consultation (
    id                     uuid          primary key,
    case_id                uuid          not null references major_case_supervision (case_id),
    held_at                timestamptz   not null,
    topic                  varchar(200)  not null,
    participants           text          not null,                     -- [{departmentId, name, role}]
    conclusions            text          not null,
    follow_ups             text          not null default '[]',        -- [{action, responsibleDepartment, dueDate}]
    recorded_by            varchar(200)  not null,
    recorded_by_department varchar(100)  not null,
    recorded_at            timestamptz   not null
);
create index case_consultation_case_held on case_consultation (case_id, held_at);
