-- Self-assessment (tự đánh giá): one assessment per unit and period, one entry per leaf the unit scores, the
-- evidence files (stored by SHA-256 outside the database) and their attachments to entries, and the immutable
-- snapshots taken at each submission.

create table assessment (
    id            bigserial primary key,
    cycle_id      bigint      not null references framework_cycle (id),
    unit_id       bigint      not null references organisation_unit (id),
    framework_id  bigint      not null references framework (id),
    status        varchar(24) not null check (status in ('DRAFT', 'SUBMITTED', 'IN_APPRAISAL')),
    created_at    timestamptz not null,
    submitted_at  timestamptz,
    submitted_by  varchar(64),
    version       bigint      not null default 0,
    unique (cycle_id, unit_id),
    constraint assessment_submitted_has_time check (status = 'DRAFT' or submitted_at is not null)
);

create index assessment_unit_idx on assessment (unit_id);

create table assessment_entry (
    id             bigserial primary key,
    assessment_id  bigint       not null references assessment (id) on delete cascade,
    node_code      varchar(32)  not null,
    met            boolean,
    numerator      numeric(14, 2),
    denominator    numeric(14, 2),
    value_input    numeric(14, 2),
    count_input    int,
    points_input   numeric(7, 2),
    events         varchar(2000),
    self_points    numeric(7, 2),
    explanation    varchar(8000),
    na_claimed     boolean      not null default false,
    na_reason      varchar(2000),
    updated_at     timestamptz  not null,
    updated_by     varchar(64)  not null,
    version        bigint       not null default 0,
    unique (assessment_id, node_code),
    constraint assessment_entry_na_reason check (not na_claimed or btrim(coalesce(na_reason, '')) <> '')
);

create table assessment_file (
    id             bigserial primary key,
    assessment_id  bigint       not null references assessment (id) on delete cascade,
    sha256         varchar(64)  not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint       not null check (size_bytes > 0),
    media_type     varchar(120) not null,
    display_name   varchar(255) not null,
    uploaded_at    timestamptz  not null,
    uploaded_by    varchar(64)  not null,
    unique (assessment_id, sha256)
);

create table assessment_evidence (
    id           bigserial primary key,
    entry_id     bigint        not null references assessment_entry (id) on delete cascade,
    file_id      bigint        not null references assessment_file (id),
    doc_number   varchar(100),
    issued_on    date,
    issuer       varchar(300),
    note         varchar(1000),
    attached_at  timestamptz   not null,
    attached_by  varchar(64)   not null,
    unique (entry_id, file_id)
);

create index assessment_evidence_file_idx on assessment_evidence (file_id);

-- Snapshots are written once; a withdrawal only stamps who withdrew, when and why.
create table assessment_submission (
    id               bigserial primary key,
    assessment_id    bigint        not null references assessment (id),
    seq              int           not null,
    submitted_at     timestamptz   not null,
    submitted_by     varchar(64)   not null,
    self_total       numeric(8, 2) not null,
    applicable_max   numeric(8, 2) not null,
    snapshot         jsonb         not null,
    withdrawn_at     timestamptz,
    withdrawn_by     varchar(64),
    withdraw_reason  varchar(1000),
    unique (assessment_id, seq)
);

create function assessment_submission_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'assessment_submission is append-only';
    end if;
    if old.withdrawn_at is not null
       or new.assessment_id <> old.assessment_id or new.seq <> old.seq
       or new.submitted_at <> old.submitted_at or new.submitted_by <> old.submitted_by
       or new.self_total <> old.self_total or new.applicable_max <> old.applicable_max
       or new.snapshot <> old.snapshot then
        raise exception 'a submission snapshot cannot be changed';
    end if;
    return new;
end $$;

create trigger assessment_submission_immutable before update or delete on assessment_submission
    for each row execute function assessment_submission_guard();
