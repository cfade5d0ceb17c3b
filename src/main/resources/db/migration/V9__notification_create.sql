-- Notifications: one row per user and occasion, shown in the app and, when the user has an address, mailed from
-- this table as an outbox (emailed_at set once sent; email_attempts and email_error record failures). ref_key names
-- the occasion, so a listener or the daily reminder run inserts it at most once per user.

create table notification_message (
    id              bigserial primary key,
    user_id         bigint        not null references identity_user (id),
    kind            varchar(32)   not null,
    title           varchar(300)  not null,
    body            varchar(2000) not null,
    link            varchar(300)  not null,
    ref_key         varchar(200)  not null,
    created_at      timestamptz   not null,
    read_at         timestamptz,
    email_to        varchar(200),
    emailed_at      timestamptz,
    email_attempts  int           not null default 0,
    email_error     varchar(1000),
    unique (user_id, ref_key)
);

create index notification_message_user_idx on notification_message (user_id, read_at);

-- The outbox scan: rows still to be mailed.
create index notification_message_outbox_idx on notification_message (id)
    where email_to is not null and emailed_at is null;
