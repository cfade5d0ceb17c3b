-- The append-only audit log. The trigger refuses every UPDATE, DELETE and TRUNCATE, whoever asks.

create table audit_event (
    id            bigserial primary key,
    occurred_at   timestamptz  not null default now(),
    actor         varchar(64)  not null,
    actor_unit_id bigint,
    action        varchar(64)  not null,
    subject_type  varchar(64)  not null,
    subject_id    varchar(64),
    old_value     jsonb,
    new_value     jsonb,
    request_id    varchar(64),
    client_ip     varchar(64)
);

create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor);
create index audit_event_subject_idx on audit_event (subject_type, subject_id);
create index audit_event_unit_idx on audit_event (actor_unit_id);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'P0001';
end;
$$;

create trigger audit_event_no_update_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
