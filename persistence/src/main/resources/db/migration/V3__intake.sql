-- The intake: one per patient, with any number of versions. A correction never overwrites: it inserts the next version
-- and sets the replaced flag of the previous one, the only column ever updated; nothing is deleted. Typed columns
-- mirror core's value objects and the CHECK constraints repeat core's ranges, as the last line of defence. Enum values
-- are stored by their Java names.

-- true when an array holds no value twice (sets such as pain sites are stored as arrays)
create function fp_no_duplicates(anyarray) returns boolean
    language sql immutable parallel safe strict
as $$ select count(*) = count(distinct element) from unnest($1) as element $$;

create table intake
(
    id         uuid primary key,
    -- at most one intake per patient; the unique index also serves every lookup by patient
    patient_id uuid not null unique references patient (id)
);

create table intake_version
(
    intake_id                       uuid        not null references intake (id),
    revision                        integer     not null check (revision >= 1),
    replaced                        boolean     not null default false,
    author_id                       uuid        not null references account (id),
    recorded_at                     timestamptz not null,
    reason                          text check (length(reason) between 1 and 1000),
    -- obstetric history
    gravida                         integer     not null check (gravida >= 0),
    para                            integer     not null check (para >= 0),
    feeding                         text        not null
        check (feeding in ('EXCLUSIVE_BREASTFEEDING', 'PARTIAL', 'NONE')),
    wears_baby                      boolean     not null,
    babywearing_hours               numeric check (babywearing_hours between 0 and 24 and scale(babywearing_hours) <= 1),
    -- pain
    nrs_now                         smallint    not null check (nrs_now between 0 and 10),
    nrs_worst_last_week             smallint    not null check (nrs_worst_last_week between 0 and 10),
    pain_sites                      text[]      not null check (
        pain_sites <@ array ['LOWER_BACK', 'MID_UPPER_BACK', 'HIPS_GLUTES', 'PELVIC_GIRDLE', 'PUBIC_SYMPHYSIS', 'NECK']
            and fp_no_duplicates(pain_sites)),
    pain_character                  text[]      not null check (
        pain_character <@ array ['ACHE', 'SHARP', 'BURNING'] and fp_no_duplicates(pain_character)),
    aggravating_activities          text[]      not null check (
        aggravating_activities <@ array ['LIFTING_BABY', 'LIFTING_CAR_SEAT', 'BENDING_OVER_CRIB', 'FEEDING_HUNCHED',
            'HOLDING_ON_HIP', 'STANDING_UP_FROM_FLOOR', 'END_OF_DAY', 'BABYWEARING']
            and fp_no_duplicates(aggravating_activities)),
    pain_since                      date,
    -- relevant history
    previous_back_pain              boolean     not null,
    herniated_disc                  boolean     not null,
    pelvic_girdle_pain_in_pregnancy boolean     not null,
    surgery                         boolean     not null,
    surgery_details                 text check (length(surgery_details) between 1 and 1000),
    primary key (intake_id, revision),
    -- every correction says why; the first recording has nothing to explain
    constraint intake_version_reason check (revision = 1 or reason is not null),
    -- every birth was a pregnancy
    constraint intake_version_para_within_gravida check (para <= gravida),
    -- the pain now is part of the last week
    constraint intake_version_worst_at_least_now check (nrs_worst_last_week >= nrs_now),
    constraint intake_version_hours_need_babywearing check (wears_baby or babywearing_hours is null),
    constraint intake_version_details_need_surgery check (surgery or surgery_details is null)
);

-- exactly one current version per intake, even if two corrections race
create unique index intake_version_current_idx on intake_version (intake_id) where not replaced;

create table intake_delivery
(
    intake_id          uuid     not null,
    revision           integer  not null,
    ordinal            smallint not null check (ordinal >= 0),
    delivery_date      date     not null,
    mode               text     not null check (mode in ('SPONTANEOUS_VAGINAL', 'VACUUM', 'FORCEPS',
                                                         'PLANNED_CAESAREAN', 'EMERGENCY_CAESAREAN', 'VBAC')),
    perineal_trauma    text     not null check (perineal_trauma in ('NONE', 'FIRST_DEGREE', 'SECOND_DEGREE', 'THIRD_A',
                                                                    'THIRD_B', 'THIRD_C', 'FOURTH_DEGREE',
                                                                    'EPISIOTOMY')),
    epidural_or_spinal boolean  not null,
    birth_weight_kg    numeric check (birth_weight_kg between 0.3 and 7.0 and scale(birth_weight_kg) <= 3),
    primary key (intake_id, revision, ordinal),
    foreign key (intake_id, revision) references intake_version (intake_id, revision),
    -- no vaginal birth was attempted, so the perineum cannot have been injured
    constraint intake_delivery_planned_caesarean_perineum check (mode <> 'PLANNED_CAESAREAN' or
                                                                 perineal_trauma = 'NONE')
);

-- the red flags answered yes in a version; every flag without a row was answered no
create table intake_red_flag
(
    intake_id uuid    not null,
    revision  integer not null,
    flag      text    not null check (flag in ('TRAUMA', 'OSTEOPOROSIS_RISK', 'CANCER_HISTORY', 'FEVER',
                                               'UNEXPLAINED_WEIGHT_LOSS', 'NIGHT_PAIN', 'IMMUNOSUPPRESSION',
                                               'SADDLE_ANAESTHESIA', 'NEW_BLADDER_OR_BOWEL_DYSFUNCTION',
                                               'PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS',
                                               'SUSPECTED_SACRAL_STRESS_FRACTURE',
                                               'PREGNANCY_OR_LACTATION_OSTEOPOROSIS', 'FEVER_WITH_PELVIC_PAIN',
                                               'SIGNS_AFTER_EPIDURAL_OR_SPINAL')),
    primary key (intake_id, revision, flag),
    foreign key (intake_id, revision) references intake_version (intake_id, revision)
);

-- Referrals and clearances, only ever appended. Each names the version it was recorded on (it carries over to later
-- versions, not to earlier ones) and the flags it covers: a flag added by a later correction stays unresolved.
create table red_flag_resolution
(
    id             bigint generated always as identity primary key,
    intake_id      uuid        not null,
    revision       integer     not null,
    outcome        text        not null check (outcome in ('REFERRED', 'CLEARED')),
    resolved_flags text[]      not null check (
        cardinality(resolved_flags) >= 1
            and resolved_flags <@ array ['TRAUMA', 'OSTEOPOROSIS_RISK', 'CANCER_HISTORY', 'FEVER',
            'UNEXPLAINED_WEIGHT_LOSS', 'NIGHT_PAIN', 'IMMUNOSUPPRESSION', 'SADDLE_ANAESTHESIA',
            'NEW_BLADDER_OR_BOWEL_DYSFUNCTION', 'PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS',
            'SUSPECTED_SACRAL_STRESS_FRACTURE', 'PREGNANCY_OR_LACTATION_OSTEOPOROSIS', 'FEVER_WITH_PELVIC_PAIN',
            'SIGNS_AFTER_EPIDURAL_OR_SPINAL']
            and fp_no_duplicates(resolved_flags)),
    note           text        not null check (length(note) between 1 and 2000),
    recorded_by    uuid        not null references account (id),
    recorded_at    timestamptz not null,
    foreign key (intake_id, revision) references intake_version (intake_id, revision)
);

create index red_flag_resolution_intake_idx on red_flag_resolution (intake_id, id);
