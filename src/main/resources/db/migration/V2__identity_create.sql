-- User accounts. Roles are a fixed set checked by the code; ADMIN and VIEWER have no unit.

create table identity_user (
    id                    bigserial primary key,
    username              varchar(64)  not null,
    full_name             varchar(200) not null,
    email                 varchar(200),
    password_hash         varchar(100) not null,
    role                  varchar(32)  not null check (role in ('ADMIN', 'UNIT_OFFICER', 'UNIT_LEADER', 'APPRAISER', 'COUNCIL_CHAIR', 'VIEWER')),
    unit_id               bigint       references organisation_unit (id),
    active                boolean      not null default true,
    must_change_password  boolean      not null default false,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint identity_user_unit_by_role check (
        (role in ('ADMIN', 'VIEWER') and unit_id is null) or (role not in ('ADMIN', 'VIEWER') and unit_id is not null))
);

create unique index identity_user_username_idx on identity_user (lower(username));
create index identity_user_unit_idx on identity_user (unit_id);
