-- The official points of a period that was not appraised in parindex (the years before it, or a period run on
-- paper), imported by ADMIN from the province's published tables. The results are still computed from them,
-- never typed in. A new import of the same period replaces the current one; the old one stays, stamped.

create table scoring_results_import (
    id           bigserial primary key,
    cycle_id     bigint        not null references framework_cycle (id),
    source       varchar(500)  not null check (btrim(source) <> ''),
    file_name    varchar(255)  not null,
    sha256       varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    unit_count   int           not null check (unit_count > 0),
    row_count    int           not null check (row_count > 0),
    imported_at  timestamptz   not null,
    imported_by  varchar(64)   not null,
    replaced_at  timestamptz
);

create unique index scoring_results_import_one_current on scoring_results_import (cycle_id) where replaced_at is null;

create table scoring_imported_score (
    import_id       bigint        not null references scoring_results_import (id),
    unit_id         bigint        not null references organisation_unit (id),
    peer_group_id   bigint        not null references organisation_peer_group (id),
    framework_id    bigint        not null references framework (id),
    node_code       varchar(50)   not null,
    points          numeric(7, 2),
    not_applicable  boolean       not null,
    note            varchar(500),
    primary key (import_id, unit_id, node_code),
    constraint scoring_imported_score_points_or_na check ((points is null) = not_applicable)
);

-- Imported points are evidence of what was published: never changed or deleted. An import row may only be
-- stamped as replaced, once.
create function scoring_imported_score_guard() returns trigger language plpgsql as $$
begin
    raise exception 'scoring_imported_score is append-only';
end $$;

create trigger scoring_imported_score_immutable before update or delete on scoring_imported_score
    for each row execute function scoring_imported_score_guard();

create function scoring_results_import_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'scoring_results_import is append-only';
    end if;
    if old.replaced_at is not null or new.replaced_at is null
       or (new.id, new.cycle_id, new.source, new.file_name, new.sha256, new.unit_count, new.row_count,
           new.imported_at, new.imported_by)
          is distinct from
          (old.id, old.cycle_id, old.source, old.file_name, old.sha256, old.unit_count, old.row_count,
           old.imported_at, old.imported_by) then
        raise exception 'an import cannot be changed, only replaced once';
    end if;
    return new;
end $$;

create trigger scoring_results_import_immutable before update or delete on scoring_results_import
    for each row execute function scoring_results_import_guard();
