-- The patient's bladder and bowel diary (issue 12): the PT's requests and her lines. A line's id is made by her phone
-- when the form opens, so a double tap or a retry stores it once; a mistaken line is struck out, never deleted.

create table diary_request
(
    id           uuid primary key,
    patient_id   uuid        not null references patient (id),
    starts_on    date        not null,
    days         smallint    not null check (days between 1 and 7),
    requested_by uuid        not null references account (id),
    requested_at timestamptz not null
);

create index diary_request_patient on diary_request (patient_id, requested_at desc);

create table diary_entry
(
    id            uuid primary key,
    patient_id    uuid        not null references patient (id),
    kind          text        not null check (kind in ('BLADDER', 'BOWEL')),
    entry_date    date        not null,
    entry_time    time        not null,
    drink_ml      smallint check (drink_ml between 1 and 2000),
    passed_urine  boolean     not null default false,
    voided_ml     smallint check (voided_ml between 1 and 1500),
    -- 0 no urge to 4 could not hold on
    urgency       smallint check (urgency between 0 and 4),
    woke_her      boolean     not null default false,
    leak_trigger  text check (leak_trigger in ('COUGH_SNEEZE_LAUGH', 'LIFTING_OR_EXERCISE', 'URGE', 'NO_REASON', 'OTHER')),
    pad_changed   boolean     not null default false,
    -- Bristol stool form 1-7
    stool_type    smallint check (stool_type between 1 and 7),
    straining     boolean     not null default false,
    recorded_at   timestamptz not null,
    struck_out_at timestamptz,
    -- a void has its urgency; its volume and whether it woke her belong to a void only
    constraint diary_entry_void check (passed_urine = (urgency is not null)
        and (passed_urine or (voided_ml is null and not woke_her))),
    constraint diary_entry_kind check (case kind
        when 'BLADDER' then stool_type is null and not straining
            and (drink_ml is not null or passed_urine or leak_trigger is not null or pad_changed)
        when 'BOWEL' then stool_type is not null and drink_ml is null and not passed_urine and leak_trigger is null
            and not pad_changed
        end)
);

create index diary_entry_patient_date on diary_entry (patient_id, entry_date);
