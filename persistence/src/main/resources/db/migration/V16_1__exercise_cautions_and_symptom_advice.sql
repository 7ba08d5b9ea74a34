-- Conditions an exercise needs care with (core: Caution, Precautions.cautions): pelvic girdle pain, prolapse symptoms
-- and a third- or fourth-degree tear. A suggestion holds such an exercise back and the prescription gate warns when the
-- patient's record shows the condition. Existing clinic exercises start with none; the clinic adds them.
alter table clinic_exercise
    add column cautions text[] not null default '{}'
        check (cautions <@ array ['PELVIC_GIRDLE_PAIN', 'PROLAPSE_SYMPTOMS', 'SEVERE_PERINEAL_TEAR']
            and fp_no_duplicates(cautions));

-- Two more pieces of daily-life advice (core: DailyLifeAdvice): bladder training for urgency (NICE NG123) and easing
-- the load on the pelvic floor with prolapse symptoms (NICE NG210). The checks mirror the enum, as before.
alter table home_program_version
    drop constraint home_program_version_advice_check,
    add constraint home_program_version_advice_check check (advice <@ array ['FEEDING_SET_UP', 'CHANGING_TABLE_HEIGHT',
        'LIFTING', 'POSTURE', 'WALKING', 'SCAR_CARE', 'CARRYING_AND_BABYWEARING', 'GETTING_UP_FROM_THE_FLOOR',
        'GETTING_IN_AND_OUT_OF_BED', 'COUGHING_AND_SNEEZING', 'BLADDER_TRAINING', 'PELVIC_FLOOR_LOAD']
        and fp_no_duplicates(advice));

alter table program_template
    drop constraint program_template_advice_check,
    add constraint program_template_advice_check check (advice <@ array ['FEEDING_SET_UP', 'CHANGING_TABLE_HEIGHT',
        'LIFTING', 'POSTURE', 'WALKING', 'SCAR_CARE', 'CARRYING_AND_BABYWEARING', 'GETTING_UP_FROM_THE_FLOOR',
        'GETTING_IN_AND_OUT_OF_BED', 'COUGHING_AND_SNEEZING', 'BLADDER_TRAINING', 'PELVIC_FLOOR_LOAD']
        and fp_no_duplicates(advice));
