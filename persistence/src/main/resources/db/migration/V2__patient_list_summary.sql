-- What the patient list shows beside the name, kept on the patient row so a clinic of 100,000 patients pages and
-- searches without joining every intake and assessment. The intake and assessment repositories update these columns
-- in the same transaction as the clinical rows they summarise. Weeks postpartum is still derived at read time from
-- latest_delivery_date and today; it is never stored.
alter table patient
    add column latest_delivery_date date,
    add column unresolved_red_flags integer not null default 0 check (unresolved_red_flags >= 0),
    add column last_assessment_date date;
