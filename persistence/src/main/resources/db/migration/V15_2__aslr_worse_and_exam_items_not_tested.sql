-- The active straight leg raise repeated with the pelvis compressed may also be worse, not only better or the same.
alter table assessment_deep_core
    drop constraint assessment_deep_core_aslr_pelvic_compression_check;
alter table assessment_deep_core
    add constraint assessment_deep_core_aslr_pelvic_compression
        check (aslr_pelvic_compression in ('BETTER', 'SAME', 'WORSE'));

-- Each item of the internal exam (Oxford / PERFECT, tone, relaxation) may be left not tested: null, never a 0 or a "no".
-- The exam was done when any of them is set, and then only with consent. Rows written before this migration have all
-- or none set, so they keep their meaning. The ranges and the Oxford 0 rule (nothing to hold, repeat or flick: each
-- count 0 or not tested) stay as in V4.
alter table assessment_pelvic_floor
    drop constraint assessment_pelvic_floor_exam_complete;
alter table assessment_pelvic_floor
    drop constraint assessment_pelvic_floor_exam_consent;
alter table assessment_pelvic_floor
    add constraint assessment_pelvic_floor_exam_consent check (
        internal_exam_consent
            or num_nonnulls(oxford, endurance_seconds, repetitions, fast_contractions, elevation, co_contraction, timing,
                            tone, relaxation) = 0);
