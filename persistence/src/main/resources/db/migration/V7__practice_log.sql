-- The patient's practice log: one row per patient and calendar day (the primary key makes a double tap or a retry
-- change the day's entry instead of adding one), with per-exercise outcomes below it.

create table practice_day
(
    patient_id      uuid        not null references patient (id),
    log_date        date        not null,
    program_id      uuid        not null,
    program_version integer     not null,
    session         text        not null check (session in ('DONE', 'PARTLY', 'SKIPPED')),
    -- NRS 0-10 and Borg CR10 effort 0-10
    pain            smallint check (pain between 0 and 10),
    effort          smallint check (effort between 0 and 10),
    symptoms        text[]      not null default '{}'
        check (symptoms <@ array ['DOMING', 'LEAKING', 'HEAVINESS', 'PAIN_INCREASE', 'OTHER']),
    symptom_other   text check (symptom_other is null or (length(symptom_other) between 1 and 200 and 'OTHER' = any (symptoms))),
    -- a digest of the entry's content: a retry with the same content leaves the row (and its revision) alone
    content_digest  text        not null,
    recorded_at     timestamptz not null,
    revision        integer     not null check (revision >= 1),
    primary key (patient_id, log_date),
    foreign key (program_id, program_version) references home_program_version (program_id, number)
);

create table practice_exercise
(
    patient_id    uuid    not null,
    log_date      date    not null,
    exercise_id   uuid    not null,
    position      integer not null check (position >= 0),
    completion    text    not null check (completion in ('DONE', 'PARTLY', 'SKIPPED')),
    symptoms      text[]  not null default '{}'
        check (symptoms <@ array ['DOMING', 'LEAKING', 'HEAVINESS', 'PAIN_INCREASE', 'OTHER']),
    symptom_other text check (symptom_other is null or (length(symptom_other) between 1 and 200 and 'OTHER' = any (symptoms))),
    primary key (patient_id, log_date, exercise_id),
    unique (patient_id, log_date, position),
    foreign key (patient_id, log_date) references practice_day (patient_id, log_date) on delete cascade
);

-- the PT's alert list reads the latest days of many patients
create index practice_day_recent on practice_day (log_date desc, patient_id);
