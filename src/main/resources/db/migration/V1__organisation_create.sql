-- Provinces, unit types, peer groups, units with lineage, and sub-units.

create table organisation_province (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    valid_from  date,
    valid_to    date,
    version     bigint       not null default 0,
    constraint organisation_province_validity check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

-- Unit types are fixed by the evaluation method, so they are reference rows, not demo data.
create table organisation_unit_type (
    code        varchar(32)  primary key,
    name_vi     varchar(100) not null,
    name_en     varchar(100) not null,
    level       varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    sort_order  int          not null
);

insert into organisation_unit_type (code, name_vi, name_en, level, sort_order) values
    ('DEPARTMENT',     'Sở, ban, ngành',          'Department or equivalent',      'PROVINCE', 1),
    ('CITY_DISTRICT',  'UBND thành phố thuộc tỉnh', 'City People''s Committee',    'DISTRICT', 2),
    ('RURAL_DISTRICT', 'UBND huyện',              'District People''s Committee',  'DISTRICT', 3),
    ('WARD',           'UBND phường',             'Ward People''s Committee',      'COMMUNE',  4),
    ('COMMUNE',        'UBND xã',                 'Commune People''s Committee',   'COMMUNE',  5);

create table organisation_peer_group (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    valid_from  date,
    valid_to    date,
    version     bigint       not null default 0,
    constraint organisation_peer_group_validity check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

create table organisation_unit (
    id             bigserial primary key,
    code           varchar(32)  not null unique,
    name           varchar(200) not null,
    short_name     varchar(100) not null,
    type_code      varchar(32)  not null references organisation_unit_type (code),
    peer_group_id  bigint       not null references organisation_peer_group (id),
    province_id    bigint       not null references organisation_province (id),
    valid_from     date,
    valid_to       date,
    version        bigint       not null default 0,
    constraint organisation_unit_validity check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

create index organisation_unit_type_idx on organisation_unit (type_code);
create index organisation_unit_peer_group_idx on organisation_unit (peer_group_id);

-- Lineage: the successor unit owns the list of units it succeeds.
create table organisation_unit_predecessor (
    unit_id         bigint      not null references organisation_unit (id) on delete cascade,
    predecessor_id  bigint      not null references organisation_unit (id),
    relation        varchar(32) not null check (relation in ('MERGED_INTO', 'SPLIT_INTO', 'AREA_TAKEN_OVER_BY', 'RENAMED')),
    effective       date        not null,
    inferred        boolean     not null default false,
    primary key (unit_id, predecessor_id),
    constraint organisation_unit_predecessor_not_self check (unit_id <> predecessor_id)
);

create index organisation_unit_predecessor_idx on organisation_unit_predecessor (predecessor_id);

create table organisation_sub_unit (
    id       bigserial primary key,
    unit_id  bigint       not null references organisation_unit (id),
    code     varchar(32)  not null,
    name     varchar(200) not null,
    active   boolean      not null default true,
    version  bigint       not null default 0,
    unique (unit_id, code)
);
