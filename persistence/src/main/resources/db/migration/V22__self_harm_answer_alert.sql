-- An EPDS response with item 10 (thoughts of self-harm) above 0 is an urgent practice alert of its own, one per patient
-- and answer day, acknowledged once like a logged day (docs/adr/0010-practice-alerts.md, update of issue #12). The alert
-- is computed on read from questionnaire_answer; only its acknowledgement is stored here.

alter table practice_alert_acknowledgement
    drop constraint practice_alert_acknowledgement_subject_check,
    add constraint practice_alert_acknowledgement_subject_check
        check (subject in ('LOGGED_DAY', 'NO_RECENT_LOG', 'SELF_HARM_ANSWER'));
