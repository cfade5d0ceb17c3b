-- Running counts of the options chosen in weighted and choice questions (sociological forms, expectations), kept in
-- the response's transaction like survey_tally, so that their indexes never scan the answers either.
create table survey_option_tally (
    campaign_id    bigint       not null references survey_campaign (id),
    question_code  varchar(50)  not null,
    option_code    varchar(20)  not null,
    answers        bigint       not null check (answers >= 0),
    primary key (campaign_id, question_code, option_code)
);

-- Counts of the responses already stored.
insert into survey_option_tally (campaign_id, question_code, option_code, answers)
select r.campaign_id, a.question_code, a.option_code, count(*)
from survey_answer a join survey_response r on r.id = a.response_id
where a.option_code is not null and r.status = 'ACCEPTED'
group by r.campaign_id, a.question_code, a.option_code;
