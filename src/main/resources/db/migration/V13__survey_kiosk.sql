-- Tablets at the one-stop office (Bộ phận Một cửa): each is registered for a unit with its own token, kept only as
-- a SHA-256; it answers the unit's open campaign without codes. Responses never record which kiosk took them.
create table survey_kiosk (
    id          bigserial primary key,
    unit_id     bigint        not null references organisation_unit (id),
    name        varchar(200)  not null check (btrim(name) <> ''),
    token_hash  varchar(64)   not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at  timestamptz   not null,
    created_by  varchar(64)   not null,
    revoked_at  timestamptz
);
