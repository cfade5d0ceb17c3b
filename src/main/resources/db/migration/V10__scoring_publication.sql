-- Publications of a period's results: the decision, the frozen snapshot as canonical JSON text (hashed byte for
-- byte, so it is kept as text, not jsonb) and its SHA-256. A correction is a new row with the next number; the
-- old one is only stamped as superseded. Nothing else may change, and nothing may be deleted.

create table scoring_publication (
    id                 bigserial primary key,
    cycle_id           bigint        not null references framework_cycle (id),
    year               int           not null,
    cycle_name         varchar(200)  not null,
    seq                int           not null check (seq > 0),
    decision_number    varchar(100)  not null check (btrim(decision_number) <> ''),
    decision_date      date          not null,
    decision_signer    varchar(200)  not null check (btrim(decision_signer) <> ''),
    correction_reason  varchar(2000),
    published_at       timestamptz   not null,
    published_by       varchar(64)   not null,
    snapshot           text          not null,
    sha256             varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    superseded_at      timestamptz,
    unique (cycle_id, seq),
    constraint scoring_publication_correction_has_reason check (seq = 1 or btrim(coalesce(correction_reason, '')) <> '')
);

create unique index scoring_publication_one_current on scoring_publication (cycle_id) where superseded_at is null;

create function scoring_publication_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'scoring_publication is append-only';
    end if;
    if old.superseded_at is not null or new.superseded_at is null
       or (new.id, new.cycle_id, new.year, new.cycle_name, new.seq, new.decision_number, new.decision_date, new.decision_signer,
           new.correction_reason, new.published_at, new.published_by, new.snapshot, new.sha256)
          is distinct from
          (old.id, old.cycle_id, old.year, old.cycle_name, old.seq, old.decision_number, old.decision_date, old.decision_signer,
           old.correction_reason, old.published_at, old.published_by, old.snapshot, old.sha256) then
        raise exception 'a publication cannot be changed, only superseded once';
    end if;
    return new;
end $$;

create trigger scoring_publication_immutable before update or delete on scoring_publication
    for each row execute function scoring_publication_guard();
