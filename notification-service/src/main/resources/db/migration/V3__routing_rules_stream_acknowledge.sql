-- 路由规则 — routing rules: who hears of an event beside the departments that subscribed. district null = every
-- district (the seeded domain defaults, read-only over the API); event_type_pattern uses * for any characters.
create table routing_rule (
    id                 uuid         primary key,
    name               varchar(200) not null,
    district           varchar(6),
    event_type_pattern varchar(200) not null,
    department_id      varchar(100),
    actor_role         varchar(40),
    major_case         boolean,
    recipient_kind     varchar(40)  not null,
    recipient_value    varchar(100),
    seeded             boolean      not null default false,
    created_at         timestamptz  not null,
    created_by         varchar(200) not null
);
create index routing_rule_district on routing_rule (district);

-- The domain defaults (DOMAIN.md §3.1, §3.4, §3.5; docs/architecture.md "Notifications"). Departments are named
-- <district>-<name>: psb 公安局, proc 检察院, med 调解组织, liaison 跨区联络员.
insert into routing_rule (id, name, district, event_type_pattern, department_id, actor_role, major_case,
                          recipient_kind, recipient_value, seeded, created_at, created_by) values
 ('00000000-0000-4000-8000-000000000001', '移送抄送检察院 — every referral event copies the district procuratorate',
  null, 'org.ipcollab.referral.*', null, null, null, 'DISTRICT_DEPARTMENT', 'proc', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000002', '超期通知责任部门 — an overdue case clock goes to the case''s department',
  null, '*.clock-overdue.v*', null, null, null, 'EVENT_DEPARTMENT', 'departmentId', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000003', '超期通知检察院 — an overdue clock of an ordinary case goes to the district procuratorate',
  null, '*.clock-overdue.v*', null, null, false, 'DISTRICT_DEPARTMENT', 'proc', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000004', '超期通知督办部门 — an overdue clock of a major case goes to its supervising departments',
  null, '*.clock-overdue.v*', null, null, true, 'MAJOR_CASE_SUPERVISORS', null, true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000005', '期限超期通知责任部门 — an overdue term goes to the department concerned',
  null, '*.term-overdue.v*', null, null, null, 'EVENT_DEPARTMENT', 'departmentId', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000006', '期限超期通知检察院 — an overdue term of an ordinary case goes to the district procuratorate',
  null, '*.term-overdue.v*', null, null, false, 'DISTRICT_DEPARTMENT', 'proc', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000007', '期限超期通知督办部门 — an overdue term of a major case goes to its supervisors',
  null, '*.term-overdue.v*', null, null, true, 'MAJOR_CASE_SUPERVISORS', null, true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000008', '应当移送通知公安 — referral required goes to the district police',
  null, 'org.ipcollab.case.referral-required.v1', null, null, null, 'DISTRICT_DEPARTMENT', 'psb', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000009', '应当移送通知检察院 — referral required goes to the district procuratorate',
  null, 'org.ipcollab.case.referral-required.v1', null, null, null, 'DISTRICT_DEPARTMENT', 'proc', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000010', '处罚决定抄送公安 — a copied penalty decision goes to the district police',
  null, 'org.ipcollab.case.penalty-decision-copied.v1', null, null, null, 'DISTRICT_DEPARTMENT', 'psb', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000011', '处罚决定抄送检察院 — a copied penalty decision goes to the district procuratorate',
  null, 'org.ipcollab.case.penalty-decision-copied.v1', null, null, null, 'DISTRICT_DEPARTMENT', 'proc', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000012', '法院委托调解 — a court''s entrustment goes to the district mediation organisation',
  null, 'org.ipcollab.*entrust*', null, null, null, 'DISTRICT_DEPARTMENT', 'med', true, now(), 'V3'),
 ('00000000-0000-4000-8000-000000000013', '邻区线索移送 — a neighbouring district''s clue goes to the receiving district''s liaison',
  null, 'org.ipcollab.*clue-transferred*', null, null, null, 'DISTRICT_DEPARTMENT', 'liaison:toDistrict', true, now(), 'V3');

-- 重大案件联合督办 — projection of case.marked-major.v1: which cases are major and who supervises them.
create table major_case (
    case_id                 uuid          primary key,
    district                varchar(6)    not null,
    lead_department         varchar(100)  not null,
    supervising_departments varchar(2000) not null,
    marked_at               timestamptz   not null
);

-- Live stream: a monotonic sequence per department, taken under the row lock of department_stream in the item's
-- transaction, so sequence order is commit order and a client resuming after id N misses nothing.
create table department_stream (
    department_id varchar(100) primary key,
    last_seq      bigint       not null
);
alter table inbox_item add column seq bigint;
insert into department_stream (department_id, last_seq)
    select department_id, count(*) from inbox_item group by department_id;
update inbox_item i set seq = n.rn
    from (select id, row_number() over (partition by department_id order by created_at, id) rn from inbox_item) n
    where n.id = i.id;
alter table inbox_item alter column seq set not null;
alter table inbox_item add constraint inbox_item_department_seq unique (department_id, seq);

-- 确认收悉 — acknowledgement, and the due date the event carries (for filtering and reminders).
alter table inbox_item add column due_date date;
alter table inbox_item add column acknowledged_at timestamptz;
alter table inbox_item add column acknowledged_by varchar(200);
create index inbox_item_case on inbox_item (case_id);
