-- Hands-on assessments: one row per version, one typed table per section. A section without a row in its table was
-- not assessed in that version; a section never has a row of empty values. Versions are never updated except for the
-- replaced flag, and never deleted. The CHECK constraints mirror core's value objects, as the last line of defence.

create table assessment_version
(
    assessment_id uuid        not null,
    revision      integer     not null check (revision >= 1),
    patient_id    uuid        not null references patient (id),
    therapist_id  uuid        not null references account (id),
    visit_date    date        not null,
    author_id     uuid        not null references account (id),
    recorded_at   timestamptz not null,
    reason        text check (length(reason) between 1 and 1000),
    replaced      boolean     not null default false,
    primary key (assessment_id, revision),
    -- every correction says why; the first recording has nothing to explain
    constraint assessment_version_reason check (revision = 1 or reason is not null)
);

-- exactly one current version per assessment, even if two corrections race
create unique index assessment_version_current_idx on assessment_version (assessment_id) where not replaced;
-- a patient's current assessments, newest visit first
create index assessment_version_patient_idx on assessment_version (patient_id, visit_date desc) where not replaced;

create table assessment_breathing
(
    assessment_id                  uuid    not null,
    revision                       integer not null,
    pattern                        text    not null
        check (pattern in ('DIAPHRAGMATIC', 'UPPER_CHEST_DOMINANT', 'PARADOXICAL')),
    lateral_rib_expansion          text    not null check (lateral_rib_expansion in ('NONE', 'REDUCED', 'FULL')),
    posterior_rib_expansion        text    not null check (posterior_rib_expansion in ('NONE', 'REDUCED', 'FULL')),
    breath_holding_on_effort       boolean not null,
    exhale_coordinated_with_effort boolean not null,
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision)
);

-- Doming per task: null = the task was not tested, which is not the same as "no doming".
-- ASLR (Mens 2002): each side 0-5; both sides null when the test was not done.
create table assessment_deep_core
(
    assessment_id            uuid     not null,
    revision                 integer  not null,
    tva                      text     not null check (tva in ('ABSENT', 'WEAK', 'GOOD', 'WITH_SUBSTITUTION')),
    doming_head_lift         boolean,
    doming_curl_up           boolean,
    doming_leg_lowering      boolean,
    doming_sit_up_from_lying boolean,
    aslr_left                smallint check (aslr_left between 0 and 5),
    aslr_right               smallint check (aslr_right between 0 and 5),
    aslr_pelvic_compression  text check (aslr_pelvic_compression in ('BETTER', 'SAME')),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision),
    constraint assessment_deep_core_aslr_sides check ((aslr_left is null) = (aslr_right is null)),
    constraint assessment_deep_core_aslr_compression check (aslr_pelvic_compression is null or aslr_left is not null),
    -- nothing improves on a total of 0
    constraint assessment_deep_core_aslr_better check (
        aslr_pelvic_compression is distinct from 'BETTER' or aslr_left + aslr_right > 0)
);

-- The internal exam columns (Oxford / PERFECT, tone, relaxation) are all set or all null, and only with consent.
create table assessment_pelvic_floor
(
    assessment_id         uuid    not null,
    revision              integer not null,
    internal_exam_consent boolean not null,
    oxford                smallint check (oxford between 0 and 5),
    endurance_seconds     smallint check (endurance_seconds between 0 and 10),
    repetitions           smallint check (repetitions between 0 and 10),
    fast_contractions     smallint check (fast_contractions between 0 and 10),
    elevation             boolean,
    co_contraction        boolean,
    timing                boolean,
    tone                  text check (tone in ('LOW', 'NORMAL', 'HIGH')),
    relaxation            text check (relaxation in ('COMPLETE', 'INCOMPLETE')),
    symptoms              text[]  not null default '{}' check (symptoms <@ array [
        'STRESS_URINARY_INCONTINENCE', 'URGE_INCONTINENCE', 'FAECAL_OR_FLATUS_INCONTINENCE', 'BULGE_HEAVINESS',
        'DYSPAREUNIA']),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision),
    constraint assessment_pelvic_floor_exam_complete check (
        num_nulls(oxford, endurance_seconds, repetitions, fast_contractions, elevation, co_contraction, timing, tone,
                  relaxation) in (0, 9)),
    constraint assessment_pelvic_floor_exam_consent check (oxford is null or internal_exam_consent),
    -- Oxford 0 is no contraction: nothing to hold, repeat or flick
    constraint assessment_pelvic_floor_oxford_zero check (
        oxford is distinct from 0 or (endurance_seconds = 0 and repetitions = 0 and fast_contractions = 0))
);

create table assessment_diastasis
(
    assessment_id          uuid    not null,
    revision               integer not null,
    above_umbilicus_offset text    not null check (above_umbilicus_offset in ('THREE_CM', 'FOUR_AND_A_HALF_CM')),
    linea_alba_tension     text check (linea_alba_tension in ('FIRM', 'SOFT', 'NO_TENSION')),
    -- knuckles of the palpating finger: 0 (surface) to 3
    linea_alba_depth       smallint check (linea_alba_depth between 0 and 3),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision)
);

-- One reading per site and condition. The method decides the unit: caliper and ultrasound in mm (0-150, to 0.1 mm),
-- palpation in finger widths (0-10, in halves).
create table assessment_ird_reading
(
    assessment_id uuid    not null,
    revision      integer not null,
    site          text    not null check (site in ('ABOVE_UMBILICUS', 'UMBILICUS', 'BELOW_UMBILICUS')),
    condition     text    not null check (condition in ('REST', 'HEAD_LIFT')),
    method        text    not null check (method in ('CALIPER', 'ULTRASOUND', 'PALPATION')),
    unit          text    not null check (unit in ('MILLIMETRES', 'FINGER_WIDTHS')),
    amount        numeric not null,
    primary key (assessment_id, revision, site, condition),
    foreign key (assessment_id, revision) references assessment_diastasis (assessment_id, revision),
    constraint assessment_ird_reading_method_unit check ((method = 'PALPATION') = (unit = 'FINGER_WIDTHS')),
    constraint assessment_ird_reading_amount check (
        case unit
            when 'MILLIMETRES' then amount between 0 and 150 and amount = round(amount, 1)
            else amount between 0 and 10 and amount * 2 = round(amount * 2)
        end)
);

create table assessment_mobility
(
    assessment_id           uuid    not null,
    revision                integer not null,
    thoracic_rotation_left  text    not null check (thoracic_rotation_left in ('FULL', 'LIMITED', 'PAINFUL')),
    thoracic_rotation_right text    not null check (thoracic_rotation_right in ('FULL', 'LIMITED', 'PAINFUL')),
    lumbar_flexion          text    not null check (lumbar_flexion in ('FULL', 'LIMITED', 'PAINFUL')),
    lumbar_extension        text    not null check (lumbar_extension in ('FULL', 'LIMITED', 'PAINFUL')),
    posture_observations    text[]  not null default '{}' check (posture_observations <@ array [
        'RIB_FLARE', 'FORWARD_HEAD', 'ROUNDED_SHOULDERS', 'SWAY_POSTURE', 'ANTERIOR_PELVIC_TILT',
        'POSTERIOR_PELVIC_TILT', 'LOCKED_KNEES']),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision)
);

create table assessment_caesarean_scar
(
    assessment_id uuid    not null,
    revision      integer not null,
    healed        boolean not null,
    mobility      text    not null check (mobility in ('MOBILE', 'RESTRICTED', 'ADHERENT')),
    sensitivity   text    not null check (sensitivity in ('NORMAL', 'NUMB', 'HYPERSENSITIVE')),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision)
);
