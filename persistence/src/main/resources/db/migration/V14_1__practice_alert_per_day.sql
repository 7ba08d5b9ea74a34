-- One practice-log alert per patient and logged day, with all its reasons, acknowledged once
-- (docs/adr/0010-practice-alerts.md). Before, each kind (high pain, pain rise, a symptom during one exercise, ...) was an
-- alert of its own, acknowledged apart in practice_alert_ack.
--
-- Old acknowledgements still count: a day that had any of its alerts acknowledged counts as acknowledged by the first
-- of them (who, when and the note); a no-recent-log acknowledgement stays one for its silence. practice_alert_ack is
-- kept unchanged as the history of what was acknowledged per kind and is no longer written.

create table practice_alert_acknowledgement
(
    patient_id      uuid        not null references patient (id),
    subject         text        not null check (subject in ('LOGGED_DAY', 'NO_RECENT_LOG')),
    alert_day       date        not null,
    acknowledged_by uuid        not null references account (id),
    acknowledged_at timestamptz not null,
    note            text check (length(note) between 1 and 500),
    constraint practice_alert_acknowledgement_once unique (patient_id, subject, alert_day)
);

insert into practice_alert_acknowledgement (patient_id, subject, alert_day, acknowledged_by, acknowledged_at, note)
select distinct on (patient_id, subject, alert_day) patient_id, subject, alert_day, acknowledged_by, acknowledged_at,
                                                    note
from (select patient_id,
             case when kind = 'NO_RECENT_LOG' then 'NO_RECENT_LOG' else 'LOGGED_DAY' end as subject,
             alert_day,
             acknowledged_by,
             acknowledged_at,
             note
      from practice_alert_ack) old
order by patient_id, subject, alert_day, acknowledged_at;

comment on table practice_alert_ack is
    'Acknowledgements per alert kind and exercise until V14_1; kept as history, no longer written.';
