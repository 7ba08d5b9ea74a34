-- The red-flag screen grows the postnatal warning signs and the EPDS, is asked again at every assessment, and its
-- outcomes carry an urgency and to whom. Nothing recorded before is changed: answers to an earlier wording (NIGHT_PAIN,
-- NEW_BLADDER_OR_BOWEL_DYSFUNCTION) stay as they were and read with the question that was asked, and outcomes recorded
-- before urgencies existed stay REFERRED, which still lets prescribing go on.

-- Every red flag name, asked today or earlier; one list for every table that stores flags.
create domain red_flag_name as text check (value in (
    'BLOOD_CLOT_SIGNS', 'HEAVY_OR_RETURNING_BLEEDING', 'WOUND_OR_PERINEAL_INFECTION', 'PRE_ECLAMPSIA_SIGNS',
    'EPDS_SELF_HARM', 'EPDS_PROBABLE_DEPRESSION',
    'SADDLE_ANAESTHESIA', 'NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN', 'NEW_BLADDER_OR_BOWEL_DYSFUNCTION',
    'PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS',
    'TRAUMA', 'OSTEOPOROSIS_RISK',
    'CANCER_HISTORY', 'FEVER', 'UNEXPLAINED_WEIGHT_LOSS', 'SEVERE_NIGHT_PAIN', 'NIGHT_PAIN', 'IMMUNOSUPPRESSION',
    'SUSPECTED_SACRAL_STRESS_FRACTURE', 'PREGNANCY_OR_LACTATION_OSTEOPOROSIS', 'FEVER_WITH_PELVIC_PAIN',
    'SIGNS_AFTER_EPIDURAL_OR_SPINAL'));

-- The EPDS total from its ten item scores (Cox 1987: each 0-3, total 0-30); null when the scale was not done.
create function fp_epds_total(smallint[]) returns smallint
    language sql immutable parallel safe strict
as $$ select sum(score)::smallint from unnest($1) as score $$;

-- true when the array holds exactly ten EPDS item scores, each 0-3
create function fp_epds_items_valid(smallint[]) returns boolean
    language sql immutable parallel safe strict
as $$ select cardinality($1) = 10 and bool_and(score between 0 and 3) from unnest($1) as score $$;

alter table intake_red_flag
    drop constraint intake_red_flag_flag_check,
    alter column flag type red_flag_name;

alter table intake_version
    add column epds_item_scores smallint[] check (fp_epds_items_valid(epds_item_scores)),
    add column epds_total smallint generated always as (fp_epds_total(epds_item_scores)) stored
        check (epds_total between 0 and 30);

-- The screen asked at an assessment visit. It belongs to the visit, not to a version: it is stored once with the first
-- version and a correction of the findings carries it over.
create table assessment_red_flag_screen
(
    assessment_id    uuid primary key,
    first_revision   integer not null default 1 check (first_revision = 1),
    epds_item_scores smallint[] check (fp_epds_items_valid(epds_item_scores)),
    epds_total       smallint generated always as (fp_epds_total(epds_item_scores)) stored
        check (epds_total between 0 and 30),
    foreign key (assessment_id, first_revision) references assessment_version (assessment_id, revision)
);

-- the flags answered yes at the visit (and the EPDS flags its scores raise); every flag without a row was a "no"
create table assessment_red_flag
(
    assessment_id uuid          not null references assessment_red_flag_screen (assessment_id),
    flag          red_flag_name not null,
    primary key (assessment_id, flag)
);

-- Outcomes, only ever appended, now for the intake's screen or an assessment's, with urgency and to whom.
alter table red_flag_resolution
    drop constraint red_flag_resolution_outcome_check,
    drop constraint red_flag_resolution_resolved_flags_check,
    alter column intake_id drop not null,
    alter column revision drop not null,
    add column assessment_id uuid references assessment_red_flag_screen (assessment_id),
    add column referred_to text check (referred_to in ('EMERGENCY_SERVICES', 'EMERGENCY_DEPARTMENT', 'MATERNITY_UNIT',
                                                       'MIDWIFE', 'GP', 'OBSTETRICIAN', 'PERINATAL_MENTAL_HEALTH',
                                                       'OTHER_PHYSICIAN')),
    add constraint red_flag_resolution_outcome_check
        check (outcome in ('EMERGENCY_REFERRAL', 'URGENT_REFERRAL', 'ROUTINE_REFERRAL', 'CLEARED', 'REFERRED')),
    alter column resolved_flags type red_flag_name[],
    add constraint red_flag_resolution_flags_check
        check (cardinality(resolved_flags) >= 1 and fp_no_duplicates(resolved_flags::text[])),
    -- an outcome is about exactly one screen: an intake version's or an assessment's
    add constraint red_flag_resolution_one_screen
        check ((intake_id is not null and revision is not null and assessment_id is null)
            or (intake_id is null and revision is null and assessment_id is not null)),
    -- a new referral names to whom; a clearance names no one; the old REFERRED named no one in a column
    add constraint red_flag_resolution_recipient
        check (case outcome
                   when 'CLEARED' then referred_to is null
                   when 'REFERRED' then true
                   else referred_to is not null end);

create index red_flag_resolution_assessment_idx on red_flag_resolution (assessment_id, id)
    where assessment_id is not null;

-- The patient list shows the flags still blocking prescribing at the intake (unresolved_red_flags) and, now, at the
-- assessments; the assessment repository keeps this column up to date in the same transaction.
alter table patient
    add column unresolved_visit_red_flags integer not null default 0 check (unresolved_visit_red_flags >= 0);
