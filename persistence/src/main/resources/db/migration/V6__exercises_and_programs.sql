-- The exercise library's clinic-owned exercises and the home programs with their templates. Built-in exercises are not
-- stored: they ship as code (StandardExerciseLibrary) with ids derived from their codes, so exercise_id columns and
-- variant links have no foreign key (they point at a built-in or at a clinic_exercise). Typed columns mirror core's
-- value objects and the CHECK constraints repeat core's limits (Exercise, Instructions, WatchFors, Precautions, Dosage,
-- ProgramContent, ProgramItem), as the last line of defence. Enum values are stored by their Java names, phases by
-- their number. Program versions are only ever inserted, never updated or deleted.

create table clinic_exercise
(
    id                      uuid primary key,
    clinic_id               uuid        not null references clinic (id),
    name                    text        not null check (length(name) between 1 and 80 and name !~ '[\r\n]'),
    purpose                 text        not null check (length(purpose) between 1 and 300),
    category                text        not null check (category in ('BREATHING', 'PELVIC_FLOOR_STRENGTH', 'PELVIC_FLOOR_RELAXATION', 'DEEP_CORE', 'LATERAL_CORE',
            'HIPS_GLUTES', 'SPINAL_MOBILITY', 'THORACIC_MOBILITY', 'FUNCTIONAL_LIFTING', 'SIT_TO_STAND', 'SCAR_CARE', 'WALKING')),
    phase                   smallint    not null check (phase between 1 and 4),
    set_up                  text check (length(set_up) between 1 and 500),
    steps                   text[]      not null check (cardinality(steps) between 1 and 12
        and array_position(steps, null) is null),
    cues                    text[]      not null check (cardinality(cues) <= 8 and array_position(cues, null) is null),
    watch_fors              text[]      not null check (
        watch_fors <@ array ['DOMING', 'BREATH_HOLDING', 'LEAKING', 'HEAVINESS', 'PAIN'] and fp_no_duplicates(watch_fors)),
    watch_for_note          text check (length(watch_for_note) between 1 and 300),
    -- dosage (core: Dosage); a range is low-high, an exact count has low = high
    sets_low              smallint,
    sets_high             smallint,
    constraint clinic_exercise_sets check ((sets_low is null) = (sets_high is null)
        and sets_low between 1 and 20 and sets_high between sets_low and 20),
    reps_low              smallint,
    reps_high             smallint,
    constraint clinic_exercise_reps check ((reps_low is null) = (reps_high is null)
        and reps_low between 1 and 100 and reps_high between reps_low and 100),
    hold_seconds_low      smallint,
    hold_seconds_high     smallint,
    constraint clinic_exercise_hold_seconds check ((hold_seconds_low is null) = (hold_seconds_high is null)
        and hold_seconds_low between 1 and 300 and hold_seconds_high between hold_seconds_low and 300),
    hold_breaths_low      smallint,
    hold_breaths_high     smallint,
    constraint clinic_exercise_hold_breaths check ((hold_breaths_low is null) = (hold_breaths_high is null)
        and hold_breaths_low between 1 and 20 and hold_breaths_high between hold_breaths_low and 20),
    per_side              boolean     not null,
    duration_seconds      integer check (duration_seconds between 1 and 7200),
    times_per_day         smallint check (times_per_day between 1 and 10),
    days_per_week         smallint check (days_per_week between 1 and 7),
    rest_seconds          smallint check (rest_seconds between 0 and 600),
    load                  text check (length(load) between 1 and 40 and load !~ '[\r\n]'),
    -- a dosage says how much: reps, a hold or a duration
    constraint clinic_exercise_dosage_amount check (reps_low is not null or hold_seconds_low is not null
        or hold_breaths_low is not null or duration_seconds is not null),
    constraint clinic_exercise_hold_one_way check (hold_seconds_low is null or hold_breaths_low is null),
    constraint clinic_exercise_duration_alone check (duration_seconds is null
        or (reps_low is null and hold_seconds_low is null and hold_breaths_low is null)),
    constraint clinic_exercise_rest_needs_sets_or_reps check (rest_seconds is null or sets_low is not null or reps_low is not null),
    precautions             text check (length(precautions) between 1 and 500),
    loaded_abdominal_work   boolean     not null,
    requires_scar_clearance boolean     not null,
    easier_variant_id       uuid,
    harder_variant_id       uuid,
    retired                 boolean     not null default false,
    -- optimistic locking: 1 when added, one more with every saved change
    version                 bigint      not null default 1 check (version >= 1),
    -- derived for the search (ExerciseSearch): the sort key, and name and purpose lower-cased once on write. A term
    -- never holds a line break (terms are split on whitespace), so it matches search_text exactly when it matches the
    -- name or the purpose.
    sort_name               text generated always as (lower(name)) stored,
    search_text             text generated always as (lower(name) || E'\n' || lower(purpose)) stored,
    constraint clinic_exercise_not_own_variant check (easier_variant_id <> id and harder_variant_id <> id),
    constraint clinic_exercise_variants_differ check (easier_variant_id <> harder_variant_id)
);

-- every query is scoped to one clinic; the search sorts by phase and name
create index clinic_exercise_clinic on clinic_exercise (clinic_id, phase, sort_name collate "C", (id::text));

create table home_program
(
    id         uuid primary key,
    -- at most one home program per patient; the unique index also serves every lookup by patient
    patient_id uuid not null unique references patient (id)
);

create table home_program_version
(
    program_id                uuid        not null references home_program (id),
    -- the primary key (program_id, number) makes two concurrent revisions of the same version collide
    number                    integer     not null check (number >= 1),
    phase                 smallint    not null check (phase between 1 and 4),
    goals                 text[]      not null check (cardinality(goals) <= 5 and array_position(goals, null) is null),
    advice                text[]      not null check (advice <@ array ['FEEDING_SET_UP', 'CHANGING_TABLE_HEIGHT', 'LIFTING', 'POSTURE', 'WALKING', 'SCAR_CARE',
            'CARRYING_AND_BABYWEARING', 'GETTING_UP_FROM_THE_FLOOR', 'GETTING_IN_AND_OUT_OF_BED', 'COUGHING_AND_SNEEZING']
        and fp_no_duplicates(advice)),
    free_text_advice      text check (length(free_text_advice) between 1 and 2000),
    author_id                 uuid        not null references account (id),
    created_at                timestamptz not null,
    reason                    text check (length(reason) between 1 and 500),
    reason_visible_to_patient boolean     not null,
    primary key (program_id, number),
    -- every revision says why; the first prescription has nothing to explain
    constraint home_program_version_reason check (number = 1 or reason is not null),
    constraint home_program_version_visible_reason check (reason is not null or not reason_visible_to_patient)
);

create table home_program_item
(
    program_id            uuid        not null,
    number                integer     not null,
    position              smallint    not null check (position between 0 and 39),
    exercise_id           uuid        not null,
    -- dosage (core: Dosage); a range is low-high, an exact count has low = high
    sets_low              smallint,
    sets_high             smallint,
    constraint home_program_item_sets check ((sets_low is null) = (sets_high is null)
        and sets_low between 1 and 20 and sets_high between sets_low and 20),
    reps_low              smallint,
    reps_high             smallint,
    constraint home_program_item_reps check ((reps_low is null) = (reps_high is null)
        and reps_low between 1 and 100 and reps_high between reps_low and 100),
    hold_seconds_low      smallint,
    hold_seconds_high     smallint,
    constraint home_program_item_hold_seconds check ((hold_seconds_low is null) = (hold_seconds_high is null)
        and hold_seconds_low between 1 and 300 and hold_seconds_high between hold_seconds_low and 300),
    hold_breaths_low      smallint,
    hold_breaths_high     smallint,
    constraint home_program_item_hold_breaths check ((hold_breaths_low is null) = (hold_breaths_high is null)
        and hold_breaths_low between 1 and 20 and hold_breaths_high between hold_breaths_low and 20),
    per_side              boolean     not null,
    duration_seconds      integer check (duration_seconds between 1 and 7200),
    times_per_day         smallint check (times_per_day between 1 and 10),
    days_per_week         smallint check (days_per_week between 1 and 7),
    rest_seconds          smallint check (rest_seconds between 0 and 600),
    load                  text check (length(load) between 1 and 40 and load !~ '[\r\n]'),
    -- a dosage says how much: reps, a hold or a duration
    constraint home_program_item_dosage_amount check (reps_low is not null or hold_seconds_low is not null
        or hold_breaths_low is not null or duration_seconds is not null),
    constraint home_program_item_hold_one_way check (hold_seconds_low is null or hold_breaths_low is null),
    constraint home_program_item_duration_alone check (duration_seconds is null
        or (reps_low is null and hold_seconds_low is null and hold_breaths_low is null)),
    constraint home_program_item_rest_needs_sets_or_reps check (rest_seconds is null or sets_low is not null or reps_low is not null),
    note                  text check (length(note) between 1 and 500),
    primary key (program_id, number, position),
    foreign key (program_id, number) references home_program_version (program_id, number),
    -- each exercise at most once per version
    constraint home_program_item_exercise_once unique (program_id, number, exercise_id)
);

create table program_template
(
    id                    uuid primary key,
    clinic_id             uuid        not null references clinic (id),
    name                  text        not null check (length(name) between 1 and 80 and name !~ '[\r\n]'),
    phase                 smallint    not null check (phase between 1 and 4),
    goals                 text[]      not null check (cardinality(goals) <= 5 and array_position(goals, null) is null),
    advice                text[]      not null check (advice <@ array ['FEEDING_SET_UP', 'CHANGING_TABLE_HEIGHT', 'LIFTING', 'POSTURE', 'WALKING', 'SCAR_CARE',
            'CARRYING_AND_BABYWEARING', 'GETTING_UP_FROM_THE_FLOOR', 'GETTING_IN_AND_OUT_OF_BED', 'COUGHING_AND_SNEEZING']
        and fp_no_duplicates(advice)),
    free_text_advice      text check (length(free_text_advice) between 1 and 2000),
    created_by            uuid        not null references account (id)
);

create index program_template_clinic on program_template (clinic_id);

create table program_template_item
(
    template_id           uuid        not null references program_template (id),
    position              smallint    not null check (position between 0 and 39),
    exercise_id           uuid        not null,
    -- dosage (core: Dosage); a range is low-high, an exact count has low = high
    sets_low              smallint,
    sets_high             smallint,
    constraint program_template_item_sets check ((sets_low is null) = (sets_high is null)
        and sets_low between 1 and 20 and sets_high between sets_low and 20),
    reps_low              smallint,
    reps_high             smallint,
    constraint program_template_item_reps check ((reps_low is null) = (reps_high is null)
        and reps_low between 1 and 100 and reps_high between reps_low and 100),
    hold_seconds_low      smallint,
    hold_seconds_high     smallint,
    constraint program_template_item_hold_seconds check ((hold_seconds_low is null) = (hold_seconds_high is null)
        and hold_seconds_low between 1 and 300 and hold_seconds_high between hold_seconds_low and 300),
    hold_breaths_low      smallint,
    hold_breaths_high     smallint,
    constraint program_template_item_hold_breaths check ((hold_breaths_low is null) = (hold_breaths_high is null)
        and hold_breaths_low between 1 and 20 and hold_breaths_high between hold_breaths_low and 20),
    per_side              boolean     not null,
    duration_seconds      integer check (duration_seconds between 1 and 7200),
    times_per_day         smallint check (times_per_day between 1 and 10),
    days_per_week         smallint check (days_per_week between 1 and 7),
    rest_seconds          smallint check (rest_seconds between 0 and 600),
    load                  text check (length(load) between 1 and 40 and load !~ '[\r\n]'),
    -- a dosage says how much: reps, a hold or a duration
    constraint program_template_item_dosage_amount check (reps_low is not null or hold_seconds_low is not null
        or hold_breaths_low is not null or duration_seconds is not null),
    constraint program_template_item_hold_one_way check (hold_seconds_low is null or hold_breaths_low is null),
    constraint program_template_item_duration_alone check (duration_seconds is null
        or (reps_low is null and hold_seconds_low is null and hold_breaths_low is null)),
    constraint program_template_item_rest_needs_sets_or_reps check (rest_seconds is null or sets_low is not null or reps_low is not null),
    note                  text check (length(note) between 1 and 500),
    primary key (template_id, position),
    constraint program_template_item_exercise_once unique (template_id, exercise_id)
);
