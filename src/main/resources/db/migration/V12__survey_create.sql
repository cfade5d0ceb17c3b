-- Surveys (issue 7): questionnaire versions, one campaign per questionnaire, period and unit, its one-time codes,
-- and anonymous responses. A response has no column that refers to a code, an IP address, a device or a time of
-- day: only its campaign, the day, the channel and a random id. Counts per campaign, question and level are kept
-- as answers arrive, so that indexes never scan the responses.

create table survey_questionnaire (
    id          bigserial primary key,
    code        varchar(50)   not null check (btrim(code) <> ''),
    version     int           not null check (version > 0),
    name_vi     varchar(300)  not null,
    formula     varchar(20)   not null check (formula in ('SATISFIED_SHARE', 'MEAN_SCALED')),
    definition  text          not null,
    created_at  timestamptz   not null,
    created_by  varchar(64)   not null,
    unique (code, version)
);

create table survey_campaign (
    id                bigserial primary key,
    questionnaire_id  bigint       not null references survey_questionnaire (id),
    cycle_id          bigint       not null references framework_cycle (id),
    unit_id           bigint       not null references organisation_unit (id),
    opens_at          timestamptz  not null,
    closes_at         timestamptz  not null,
    population        int          check (population >= 0),
    public_token      varchar(32)  not null unique,
    created_at        timestamptz  not null,
    created_by        varchar(64)  not null,
    unique (questionnaire_id, cycle_id, unit_id),
    check (closes_at > opens_at)
);

-- A code is kept only as the HMAC-SHA256 of its normalised text under a key outside the database.
create table survey_code (
    campaign_id  bigint       not null references survey_campaign (id),
    code_hash    varchar(64)  not null check (code_hash ~ '^[0-9a-f]{64}$'),
    used         boolean      not null default false,
    primary key (campaign_id, code_hash)
);

create table survey_response (
    id           uuid         primary key,
    campaign_id  bigint       not null references survey_campaign (id),
    answered_on  date         not null,
    channel      varchar(10)  not null check (channel in ('WEB', 'KIOSK', 'PAPER', 'PHONE')),
    status       varchar(10)  not null check (status in ('ACCEPTED', 'FLAGGED', 'REJECTED')),
    flags        varchar(200)
);

create index survey_response_campaign on survey_response (campaign_id, status);

create table survey_answer (
    response_id    uuid         not null references survey_response (id),
    question_code  varchar(50)  not null,
    level          smallint     check (level between 1 and 5),
    option_code    varchar(20),
    check ((level is null) <> (option_code is null))
);

create unique index survey_answer_one on survey_answer (response_id, question_code, coalesce(option_code, ''));

create table survey_tally (
    campaign_id    bigint       not null references survey_campaign (id),
    question_code  varchar(50)  not null,
    level          smallint     not null check (level between 1 and 5),
    answers        bigint       not null check (answers >= 0),
    primary key (campaign_id, question_code, level)
);
