-- Outcome measures (issue 12, docs/outcome-measures.md): questionnaires the PT assigns to the patient's phone, and
-- every response stored item by item and version by version (a correction is a new version with a reason, the old one
-- kept and marked replaced), with the patient's unsent drafts. No question wording is stored anywhere.

create table questionnaire_assignment
(
    id           uuid primary key,
    patient_id   uuid        not null references patient (id),
    -- only the instruments a patient fills in herself (with the clinic's printed copy)
    instrument   text        not null check (instrument in ('PFDI_20', 'PFIQ_7')),
    starts_on    date        not null,
    repeat_weeks smallint check (repeat_weeks between 1 and 52),
    assigned_by  uuid        not null references account (id),
    assigned_at  timestamptz not null,
    ended_at     timestamptz,
    ended_by     uuid references account (id),
    version      integer     not null default 0 check (version >= 0),
    constraint questionnaire_assignment_ended check ((ended_at is null) = (ended_by is null)),
    -- a response names its assignment with the same patient and instrument
    unique (id, patient_id, instrument)
);

create index questionnaire_assignment_patient on questionnaire_assignment (patient_id, assigned_at desc);

-- One row per response (or draft) across its versions. An assigned one answers one due day of its assignment; its id
-- is derived from the assignment and the day, so two devices or a paper copy entered meanwhile name the same row.
create table questionnaire_response
(
    id            uuid primary key,
    patient_id    uuid        not null references patient (id),
    instrument    text        not null
        check (instrument in ('PFDI_20', 'PFIQ_7', 'PSFS', 'EPDS', 'ODI', 'ICIQ_UI_SF', 'PGQ')),
    assignment_id uuid,
    due_on        date,
    created_at    timestamptz not null,
    constraint questionnaire_response_due check ((assignment_id is null) = (due_on is null)),
    foreign key (assignment_id, patient_id, instrument)
        references questionnaire_assignment (id, patient_id, instrument),
    constraint questionnaire_response_once_per_due_day unique (assignment_id, due_on),
    unique (id, instrument)
);

create index questionnaire_response_patient on questionnaire_response (patient_id);

create table questionnaire_response_version
(
    response_id uuid        not null references questionnaire_response (id),
    number      integer     not null check (number >= 1),
    answered_on date        not null,
    source      text        not null check (source in ('PATIENT', 'PAPER')),
    recorded_by uuid        not null references account (id),
    recorded_at timestamptz not null,
    reason      text check (length(reason) between 1 and 1000),
    replaced    boolean     not null default false,
    primary key (response_id, number),
    -- a correction says why
    constraint questionnaire_response_version_reason check (number = 1 or reason is not null)
);

-- exactly one current version per response
create unique index questionnaire_response_version_current on questionnaire_response_version (response_id)
    where not replaced;

-- The score an item may take, per instrument (mirrors core's QuestionItem ranges; item 0 is a total the PT entered):
-- PFDI-20 items 1-20 score 0-4; PFIQ-7 items question x 10 + scale (11-73) score 0-3; PSFS activities 1-5 rated 0-10;
-- EPDS items 1-10 score 0-3; ODI 0-100 %, ICIQ-UI SF 0-21, PGQ 0-100 %.
create function questionnaire_score_in_range(instrument text, item smallint, score numeric) returns boolean
    language sql
    immutable
    return case instrument
               when 'PFDI_20' then item between 1 and 20 and score in (0, 1, 2, 3, 4)
               when 'PFIQ_7' then item / 10 between 1 and 7 and item % 10 between 1 and 3 and score in (0, 1, 2, 3)
               when 'PSFS' then item between 1 and 5 and score between 0 and 10 and score = trunc(score)
               when 'EPDS' then item between 1 and 10 and score in (0, 1, 2, 3)
               when 'ODI' then item = 0 and score between 0 and 100
               when 'ICIQ_UI_SF' then item = 0 and score between 0 and 21 and score = trunc(score)
               when 'PGQ' then item = 0 and score between 0 and 100
               else false
        end;

create table questionnaire_answer
(
    response_id uuid         not null,
    number      integer      not null,
    instrument  text         not null,
    item        smallint     not null,
    score       numeric(4, 1) not null,
    -- the activity a patient named for a PSFS item, in her words
    name        text check (length(name) between 1 and 100),
    primary key (response_id, number, item),
    foreign key (response_id, number) references questionnaire_response_version (response_id, number),
    foreign key (response_id, instrument) references questionnaire_response (id, instrument),
    constraint questionnaire_answer_in_range check (questionnaire_score_in_range(instrument, item, score)),
    constraint questionnaire_answer_named check ((name is not null) = (instrument = 'PSFS'))
);

-- the PT's urgent alert: EPDS item 10 (thoughts of self-harm) above 0
create index questionnaire_answer_self_harm on questionnaire_answer (response_id, number)
    where instrument = 'EPDS' and item = 10 and score > 0;

-- The patient's answers so far, saved with every tap; dropped when she sends the questionnaire.
create table questionnaire_draft_answer
(
    response_id uuid         not null,
    instrument  text         not null,
    item        smallint     not null,
    score       numeric(4, 1) not null,
    saved_at    timestamptz  not null,
    primary key (response_id, item),
    foreign key (response_id, instrument) references questionnaire_response (id, instrument),
    constraint questionnaire_draft_answer_in_range check (questionnaire_score_in_range(instrument, item, score))
);
