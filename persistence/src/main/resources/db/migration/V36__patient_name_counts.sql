-- Patient search by part of a name at a million patients (issue 14 point 2, ADR 0008, docs/benchmarks.md).
--
-- The patients whose given name contains a typed fragment are spread over the whole name order: up to a few thousand
-- are collected and sorted, more are found sooner by walking the name order. V35 decided by collecting up to 3,001 of
-- them first, one index descent per matching given name ("mart" is in 542 of them at a million patients): 700 index
-- pages read only to learn that the walk was the way. Each dictionary name now knows how many patients carry it, so
-- the choice is made from the dictionary rows the search reads anyway. The count is a guide for choosing a plan,
-- never a filter: it counts archived patients too and never drops below the true number (a patient is never deleted;
-- a rename moves one from the old name to the new), so every choice still lists exactly the matches.

alter table patient_family_name
    add column patients integer not null default 0 check (patients >= 0);
alter table patient_given_name
    add column patients integer not null default 0 check (patients >= 0);

update patient_family_name d
set patients = c.patients
from (select clinic_id, family_name, count(*) as patients from patient group by clinic_id, family_name) c
where d.clinic_id = c.clinic_id and d.family_name = c.family_name;

update patient_given_name d
set patients = c.patients
from (select clinic_id, given_name, count(*) as patients from patient group by clinic_id, given_name) c
where d.clinic_id = c.clinic_id and d.given_name = c.given_name;

-- Patients are registered a few at a time; two registrations of the same name at once wait for each other on its
-- dictionary row for the rest of their transactions, which are short.
create or replace function patient_names_known() returns trigger
    language plpgsql
as
$$
begin
    if tg_op = 'UPDATE' and (old.clinic_id, old.family_name) is distinct from (new.clinic_id, new.family_name) then
        update patient_family_name set patients = greatest(patients - 1, 0)
        where clinic_id = old.clinic_id and family_name = old.family_name;
    end if;
    if tg_op = 'INSERT' or (old.clinic_id, old.family_name) is distinct from (new.clinic_id, new.family_name) then
        insert into patient_family_name (clinic_id, family_name, patients) values (new.clinic_id, new.family_name, 1)
        on conflict (clinic_id, family_name) do update set patients = patient_family_name.patients + 1;
    end if;
    if tg_op = 'UPDATE' and (old.clinic_id, old.given_name) is distinct from (new.clinic_id, new.given_name) then
        update patient_given_name set patients = greatest(patients - 1, 0)
        where clinic_id = old.clinic_id and given_name = old.given_name;
    end if;
    if tg_op = 'INSERT' or (old.clinic_id, old.given_name) is distinct from (new.clinic_id, new.given_name) then
        insert into patient_given_name (clinic_id, given_name, patients) values (new.clinic_id, new.given_name, 1)
        on conflict (clinic_id, given_name) do update set patients = patient_given_name.patients + 1;
    end if;
    return null;
end
$$;
