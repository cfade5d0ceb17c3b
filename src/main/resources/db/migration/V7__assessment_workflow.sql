-- The states after submission (appraisal, explanation, round 2, council approval), guarded in the database as in the
-- aggregate; leaves flagged for explanation; evidence added during the explanation round kept apart.

alter table assessment drop constraint assessment_status_check;
alter table assessment add constraint assessment_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'IN_APPRAISAL', 'EXPLANATION_REQUESTED', 'EXPLAINED', 'REAPPRAISED', 'RETURNED',
     'APPROVED'));

create function assessment_status_guard() returns trigger language plpgsql as $$
begin
    if new.status = old.status then
        return new;
    end if;
    if (old.status, new.status) in (
            ('DRAFT', 'SUBMITTED'), ('SUBMITTED', 'DRAFT'), ('SUBMITTED', 'IN_APPRAISAL'),
            ('IN_APPRAISAL', 'EXPLANATION_REQUESTED'), ('IN_APPRAISAL', 'APPROVED'), ('IN_APPRAISAL', 'RETURNED'),
            ('EXPLANATION_REQUESTED', 'EXPLAINED'), ('EXPLANATION_REQUESTED', 'REAPPRAISED'),
            ('EXPLAINED', 'REAPPRAISED'), ('REAPPRAISED', 'APPROVED'), ('REAPPRAISED', 'RETURNED'),
            ('RETURNED', 'REAPPRAISED'), ('APPROVED', 'RETURNED')) then
        return new;
    end if;
    raise exception 'assessment % cannot move from % to %', old.id, old.status, new.status
        using errcode = 'check_violation';
end $$;

create trigger assessment_status_transition before update of status on assessment
    for each row execute function assessment_status_guard();

alter table assessment_entry add column explanation_requested boolean not null default false;

alter table assessment_evidence add column stage varchar(16) not null default 'SELF'
    check (stage in ('SELF', 'EXPLANATION'));
