-- Court inbox → mediation-service (issue 5 item 2): the parties' user ids (token sub) where the court knows them, and
-- the entrusted organisation's id in mediation-service's registry where the court knows it. All optional.
alter table court_dispute add column plaintiff_user_id varchar(200);
alter table court_dispute add column defendant_user_id varchar(200);
alter table court_dispute add column mediation_organisation_id uuid;
