-- Criteria frameworks: one per year, unit types and version, with a tree of nodes and bands.

create table framework (
    id                     bigserial primary key,
    year                   int          not null check (year between 2000 and 2100),
    unit_types             varchar(200) not null,
    version_no             int          not null check (version_no > 0),
    name_vi                varchar(500) not null,
    name_en                varchar(500),
    illustrative           boolean      not null default false,
    scale_max              numeric(7,2) not null,
    self_assessment_total  numeric(7,2),
    survey_total           numeric(7,2),
    bonus_cap              numeric(7,2) not null default 0,
    penalty_cap            numeric(7,2) not null default 0,
    bonus_stage            varchar(16)  not null check (bonus_stage in ('BEFORE_PERCENT', 'AFTER_PERCENT')),
    cap_at_scale           boolean      not null default true,
    decimals               int          not null default 2 check (decimals between 0 and 4),
    tie_break              varchar(500) not null default '',
    status                 varchar(16)  not null check (status in ('DRAFT', 'IN_USE')),
    locked_reason          varchar(500),
    cloned_from_id         bigint       references framework (id),
    created_at             timestamptz  not null,
    version                bigint       not null default 0,
    unique (year, unit_types, version_no)
);

create table framework_node (
    id                    bigserial primary key,
    framework_id          bigint        not null references framework (id) on delete cascade,
    position              int           not null,
    code                  varchar(32)   not null,
    parent_code           varchar(32),
    name_vi               varchar(1000) not null,
    name_en               varchar(1000),
    guidance              text,
    max_points            numeric(7,2),
    outside_scale         boolean       not null default false,
    appraising_unit_code  varchar(32),
    source                varchar(24)   check (source in ('SELF_ASSESSMENT', 'SURVEY', 'BONUS', 'PENALTY', 'IMPORTED')),
    rule_type             varchar(24),
    rule_params           text,
    evidence_required     boolean       not null default false,
    na_allowed            boolean       not null default false,
    na_condition          varchar(1000),
    applies_to            varchar(200)  not null default '',
    data_feed             varchar(64),
    constraint framework_node_code_unique unique (framework_id, code) deferrable initially deferred
);

create index framework_node_framework_idx on framework_node (framework_id);

create table framework_band (
    framework_id     bigint       not null references framework (id) on delete cascade,
    position         int          not null,
    code             varchar(32)  not null,
    label_vi         varchar(100) not null,
    label_en         varchar(100) not null,
    lower_bound      numeric(7,2) not null,
    lower_inclusive  boolean      not null,
    primary key (framework_id, position)
);
