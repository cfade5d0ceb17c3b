-- Evaluation periods (kỳ đánh giá): the framework of each peer group, the phase calendar, the units evaluated
-- (fixed when the period opens) and deadline extensions. Times are instants; screens show Vietnam time.

create table framework_cycle (
    id          bigserial primary key,
    year        int          not null check (year between 2000 and 2100),
    name        varchar(300) not null check (btrim(name) <> ''),
    status      varchar(16)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at  timestamptz  not null,
    opened_at   timestamptz,
    closed_at   timestamptz,
    version     bigint       not null default 0
);

create index framework_cycle_status_idx on framework_cycle (status);

create table framework_cycle_framework (
    cycle_id       bigint not null references framework_cycle (id) on delete cascade,
    peer_group_id  bigint not null references organisation_peer_group (id),
    framework_id   bigint not null references framework (id),
    primary key (cycle_id, peer_group_id)
);

create table framework_cycle_phase (
    cycle_id   bigint      not null references framework_cycle (id) on delete cascade,
    phase      varchar(24) not null check (phase in ('SELF_ASSESSMENT', 'APPRAISAL_1', 'EXPLANATION', 'APPRAISAL_2',
                                                     'COUNCIL_APPROVAL', 'PUBLICATION')),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    primary key (cycle_id, phase),
    constraint framework_cycle_phase_order check (starts_at < ends_at)
);

create table framework_cycle_unit (
    cycle_id       bigint  not null references framework_cycle (id) on delete cascade,
    unit_id        bigint  not null references organisation_unit (id),
    peer_group_id  bigint  not null references organisation_peer_group (id),
    ranked         boolean not null default true,
    primary key (cycle_id, unit_id)
);

create index framework_cycle_unit_unit_idx on framework_cycle_unit (unit_id);

create table framework_cycle_extension (
    cycle_id    bigint        not null,
    unit_id     bigint        not null,
    phase       varchar(24)   not null,
    ends_at     timestamptz   not null,
    reason      varchar(1000) not null check (btrim(reason) <> ''),
    granted_by  varchar(64)   not null,
    granted_at  timestamptz   not null,
    primary key (cycle_id, unit_id, phase),
    foreign key (cycle_id, unit_id) references framework_cycle_unit (cycle_id, unit_id) on delete cascade
);
