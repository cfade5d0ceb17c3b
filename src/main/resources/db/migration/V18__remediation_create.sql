-- Remediation after publication (module remediation): one plan per unit and period, drafted from the points the unit
-- lost; its items with cause, action, who and when, status and evidence of completion; award rules as data per period,
-- the proposals they produce, and the published award list.

create table remediation_plan (
    id              bigserial primary key,
    cycle_id        bigint        not null references framework_cycle (id),
    unit_id         bigint        not null references organisation_unit (id),
    publication_id  bigint        not null references scoring_publication (id),
    status          varchar(16)   not null check (status in ('DRAFT', 'SUBMITTED')),
    created_at      timestamptz   not null,
    submitted_at    timestamptz,
    submitted_by    varchar(64),
    returned_at     timestamptz,
    returned_by     varchar(64),
    return_note     varchar(2000),
    version         bigint        not null default 0,
    unique (cycle_id, unit_id),
    constraint remediation_plan_submitted check (status = 'DRAFT' or (submitted_at is not null and submitted_by is not null))
);

create index remediation_plan_unit_idx on remediation_plan (unit_id);

-- leaf_code is null for an item the unit added itself; then leaf_name holds what it is about.
-- The status stored is the unit's own (NOT_STARTED, IN_PROGRESS, DONE); "quá hạn" (OVERDUE) is derived:
-- due_date before today and not DONE.
create table remediation_item (
    id                 bigserial primary key,
    plan_id            bigint         not null references remediation_plan (id),
    position           int            not null,
    leaf_code          varchar(32),
    leaf_name          varchar(1000)  not null check (btrim(leaf_name) <> ''),
    max_points         numeric(9, 2),
    points_lost        numeric(9, 2)  check (points_lost is null or points_lost >= 0),
    appraiser_comment  varchar(4000),
    cause              varchar(2000),
    action             varchar(4000),
    sub_unit_id        bigint         references organisation_sub_unit (id),
    officer            varchar(200),
    due_date           date,
    status             varchar(16)    not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    completed_on       date,
    evidence_note      varchar(2000),
    reminded_for       date,
    version            bigint         not null default 0,
    unique (plan_id, position),
    constraint remediation_item_done check (status <> 'DONE' or completed_on is not null)
);

create unique index remediation_item_leaf on remediation_item (plan_id, leaf_code) where leaf_code is not null;
create index remediation_item_open_due_idx on remediation_item (due_date) where status <> 'DONE';

-- Files proving an item done (small: decisions, reports, screenshots), kept in the database with the plan.
create table remediation_evidence (
    id            bigserial primary key,
    item_id       bigint        not null references remediation_item (id),
    file_name     varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null check (size_bytes > 0),
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null
);

create index remediation_evidence_item_idx on remediation_evidence (item_id);

-- Award rules, per period, tried in position order; a unit gets the first award whose conditions it meets.
create table remediation_award_rule (
    id                 bigserial primary key,
    cycle_id           bigint        not null references framework_cycle (id),
    position           int           not null,
    award              varchar(100)  not null check (btrim(award) <> ''),
    first_in_group     boolean       not null default false,
    min_percent        numeric(6, 2) check (min_percent is null or min_percent between 0 and 100),
    min_field_percent  numeric(6, 2) check (min_field_percent is null or min_field_percent between 0 and 100),
    exclude_penalty    boolean       not null default true,
    version            bigint        not null default 0,
    unique (cycle_id, position)
);

create table remediation_award_proposal (
    id              bigserial primary key,
    cycle_id        bigint         not null references framework_cycle (id),
    publication_id  bigint         not null references scoring_publication (id),
    unit_id         bigint         not null references organisation_unit (id),
    award           varchar(100)   not null,
    reason          varchar(1000)  not null,
    status          varchar(16)    not null check (status in ('PROPOSED', 'CONFIRMED', 'REMOVED')),
    note            varchar(2000),
    decided_by      varchar(64),
    decided_at      timestamptz,
    version         bigint         not null default 0,
    unique (cycle_id, unit_id)
);

-- The confirmed list once published on the portal; after that the proposals of the period no longer change.
create table remediation_award_list (
    cycle_id         bigint        primary key references framework_cycle (id),
    publication_id   bigint        not null references scoring_publication (id),
    published_at     timestamptz   not null,
    published_by     varchar(64)   not null
);
