-- Every response used to add to the same count rows of its campaign (its status, and each question's level), so
-- concurrent responses to one campaign queued on those rows' locks until each commit. Each key now has up to 16
-- slots; a response adds to one slot picked at random, and readers sum the slots (docs/survey.md, benchmarks.md).
alter table survey_tally add column slot smallint not null default 0 check (slot between 0 and 15);
alter table survey_tally drop constraint survey_tally_pkey;
alter table survey_tally add primary key (campaign_id, question_code, level, slot);

alter table survey_option_tally add column slot smallint not null default 0 check (slot between 0 and 15);
alter table survey_option_tally drop constraint survey_option_tally_pkey;
alter table survey_option_tally add primary key (campaign_id, question_code, option_code, slot);

-- A status change takes a response off one slot and onto another, so one slot alone may go below zero; the sum of a
-- key's slots never does.
alter table survey_response_count add column slot smallint not null default 0 check (slot between 0 and 15);
alter table survey_response_count drop constraint survey_response_count_pkey;
alter table survey_response_count drop constraint survey_response_count_responses_check;
alter table survey_response_count add primary key (campaign_id, status, slot);

create or replace function survey_response_counted() returns trigger language plpgsql as $$
declare
    picked smallint := floor(random() * 16);
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into survey_response_count (campaign_id, status, slot, responses)
        select campaign_id, status, picked, -count(*) from old_rows group by campaign_id, status
        on conflict (campaign_id, status, slot)
        do update set responses = survey_response_count.responses + excluded.responses;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into survey_response_count (campaign_id, status, slot, responses)
        select campaign_id, status, picked, count(*) from new_rows group by campaign_id, status
        on conflict (campaign_id, status, slot)
        do update set responses = survey_response_count.responses + excluded.responses;
    end if;
    return null;
end $$;
