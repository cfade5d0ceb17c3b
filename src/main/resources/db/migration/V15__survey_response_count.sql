-- Responses per campaign and status, kept by statement-level triggers so that every way a response arrives or
-- changes status (web, kiosk, paper, bulk COPY, review) keeps them right, and so that pages never count raw rows.
create table survey_response_count (
    campaign_id  bigint       not null references survey_campaign (id),
    status       varchar(10)  not null,
    responses    bigint       not null check (responses >= 0),
    primary key (campaign_id, status)
);

insert into survey_response_count (campaign_id, status, responses)
select campaign_id, status, count(*) from survey_response group by campaign_id, status;

create function survey_response_counted() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update survey_response_count c set responses = c.responses - o.n
        from (select campaign_id, status, count(*) as n from old_rows group by campaign_id, status) o
        where c.campaign_id = o.campaign_id and c.status = o.status;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into survey_response_count (campaign_id, status, responses)
        select campaign_id, status, count(*) from new_rows group by campaign_id, status
        on conflict (campaign_id, status) do update set responses = survey_response_count.responses + excluded.responses;
    end if;
    return null;
end $$;

create trigger survey_response_inserted after insert on survey_response
    referencing new table as new_rows for each statement execute function survey_response_counted();
create trigger survey_response_updated after update on survey_response
    referencing old table as old_rows new table as new_rows for each statement execute function survey_response_counted();
create trigger survey_response_deleted after delete on survey_response
    referencing old table as old_rows for each statement execute function survey_response_counted();
