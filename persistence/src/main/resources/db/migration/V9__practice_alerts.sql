-- Acknowledgements of practice-log alerts. Alerts themselves are computed on read from the practice log
-- (docs/adr/0010-practice-alerts.md); an alert is identified by patient, kind, day and exercise (none for the whole
-- session or a kind without an exercise), so acknowledging twice keeps one row and a new occurrence is a new alert.

create table practice_alert_ack
(
    patient_id  uuid        not null references patient (id),
    kind        text        not null check (kind in ('HIGH_PAIN', 'PAIN_RISE', 'EXERCISE_SYMPTOM', 'OTHER_SYMPTOM',
                                                     'NO_RECENT_LOG')),
    alert_day   date        not null,
    exercise_id uuid,
    -- only symptom alerts name an exercise
    constraint practice_alert_ack_exercise check (exercise_id is null or kind in ('EXERCISE_SYMPTOM', 'OTHER_SYMPTOM')),
    acknowledged_by uuid    not null references account (id),
    acknowledged_at timestamptz not null,
    note        text check (length(note) between 1 and 500),
    -- one acknowledgement per alert; "nulls not distinct" makes alerts without an exercise collide too
    constraint practice_alert_ack_once unique nulls not distinct (patient_id, kind, alert_day, exercise_id)
);
