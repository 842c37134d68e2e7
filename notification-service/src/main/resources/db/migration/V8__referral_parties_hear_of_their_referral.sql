-- The police a referral is sent to, and the agency that referred it, hear of every step of that referral (DOMAIN.md
-- §3.1: police sign, decide within 3 days, and the agency has 3 days to ask reconsideration after a refusal).
-- referral-service names them in each event's data.departments (policeDepartmentId, agencyDepartmentId); a step
-- before the police are named (submitted, approved) reaches only the agency. Seeded like the V3 defaults.
insert into routing_rule (id, name, district, event_type_pattern, department_id, actor_role, major_case,
                          recipient_kind, recipient_value, seeded, created_at, created_by) values
 ('00000000-0000-4000-8000-000000000014', '移送通知接收的公安机关 — a referral''s steps go to the police it is sent to',
  null, 'org.ipcollab.referral.*', null, null, null, 'EVENT_DEPARTMENT', 'departments.policeDepartmentId', true, now(), 'V8'),
 ('00000000-0000-4000-8000-000000000015', '移送进展通知移送机关 — a referral''s steps go back to the referring agency',
  null, 'org.ipcollab.referral.*', null, null, null, 'EVENT_DEPARTMENT', 'departments.agencyDepartmentId', true, now(), 'V8');
