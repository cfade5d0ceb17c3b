-- Appraisal (thẩm định): who appraises which field for which peer group, the per-leaf points of round 1, the
-- explanation answer and round 2, the fields marked done, and every version of every leaf's points. Once the
-- council approves, the scores are locked by a trigger until the chair unlocks them.

create table appraisal_assignment (
    id             bigserial primary key,
    cycle_id       bigint      not null references framework_cycle (id),
    peer_group_id  bigint      not null references organisation_peer_group (id),
    area_code      varchar(32) not null,
    user_id        bigint      not null references identity_user (id),
    assigned_at    timestamptz not null,
    assigned_by    varchar(64) not null,
    unique (cycle_id, peer_group_id, area_code, user_id)
);

create index appraisal_assignment_user_idx on appraisal_assignment (user_id);

create table appraisal (
    assessment_id          bigint primary key references assessment (id),
    cycle_id               bigint      not null references framework_cycle (id),
    unit_id                bigint      not null references organisation_unit (id),
    peer_group_id          bigint      not null references organisation_peer_group (id),
    framework_id           bigint      not null references framework (id),
    round1_closed_at       timestamptz,
    explanation_deadline   timestamptz,
    explanation_locked_at  timestamptz,
    explanation_locked_by  varchar(64),
    round2_closed_at       timestamptz,
    returned_at            timestamptz,
    returned_by            varchar(64),
    returned_reason        varchar(2000),
    locked_at              timestamptz,
    locked_by              varchar(64),
    version                bigint      not null default 0
);

create index appraisal_cycle_idx on appraisal (cycle_id);

create table appraisal_score (
    id              bigserial primary key,
    assessment_id   bigint       not null references appraisal (assessment_id),
    node_code       varchar(32)  not null,
    self_points     numeric(7, 2),
    self_na         boolean      not null default false,
    round1_points   numeric(7, 2),
    round1_comment  varchar(4000),
    na_refused      boolean      not null default false,
    flagged         boolean      not null default false,
    round1_by       varchar(64),
    round1_at       timestamptz,
    answer          varchar(8000),
    answer_by       varchar(64),
    answer_at       timestamptz,
    round2_points   numeric(7, 2),
    round2_comment  varchar(4000),
    round2_by       varchar(64),
    round2_at       timestamptz,
    version         bigint       not null default 0,
    unique (assessment_id, node_code),
    constraint appraisal_score_comment_when_cut check (
        round1_points is null or btrim(coalesce(round1_comment, '')) <> ''
        or (round1_points = coalesce(self_points, -1) and not na_refused))
);

create table appraisal_area (
    assessment_id  bigint      not null references appraisal (assessment_id),
    area_code      varchar(32) not null,
    round          smallint    not null check (round in (1, 2)),
    done_at        timestamptz not null,
    done_by        varchar(64) not null,
    primary key (assessment_id, area_code, round)
);

create table appraisal_score_version (
    id             bigserial primary key,
    assessment_id  bigint       not null references appraisal (assessment_id),
    node_code      varchar(32)  not null,
    stage          varchar(16)  not null
        check (stage in ('SELF', 'ROUND_1', 'EXPLANATION', 'ROUND_2', 'FINAL', 'UNLOCK')),
    points         numeric(7, 2),
    comment        varchar(8000),
    flagged        boolean,
    set_by         varchar(64)  not null,
    set_at         timestamptz  not null
);

create index appraisal_score_version_leaf_idx on appraisal_score_version (assessment_id, node_code, id);

create function appraisal_version_guard() returns trigger language plpgsql as $$
begin
    raise exception 'appraisal_score_version is append-only';
end $$;

create trigger appraisal_score_version_append_only before update or delete on appraisal_score_version
    for each row execute function appraisal_version_guard();

-- After approval nothing about the points may change, whatever writes to the table.
create function appraisal_lock_guard() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    target := case when tg_op = 'DELETE' then old.assessment_id else new.assessment_id end;
    if exists (select 1 from appraisal where assessment_id = target and locked_at is not null) then
        raise exception 'the appraisal of assessment % is locked after approval', target
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger appraisal_score_locked before insert or update or delete on appraisal_score
    for each row execute function appraisal_lock_guard();

create trigger appraisal_area_locked before insert or update or delete on appraisal_area
    for each row execute function appraisal_lock_guard();
