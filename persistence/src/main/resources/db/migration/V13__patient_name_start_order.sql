-- One or two typed letters (issue 3; ADR 0008; docs/benchmarks.md): the patients whose given or family name starts
-- with them, in name order. With the first one or two folded letters as a key, each index holds those patients
-- already in name order, so a page is read from the start of four short ranges and merged, whatever the letters;
-- the prefix indexes read every patient with those letters and sorted them (thousands for "an" or "jo").
create index patient_given_start1_idx on patient (clinic_id, left(search_name, 1), family_name, given_name, id)
    include (archived);
create index patient_given_start2_idx on patient (clinic_id, left(search_name, 2), family_name, given_name, id)
    include (archived);
create index patient_family_start1_idx on patient (clinic_id, left(search_family, 1), family_name, given_name, id)
    include (archived);
create index patient_family_start2_idx on patient (clinic_id, left(search_family, 2), family_name, given_name, id)
    include (archived);
drop index patient_name_start_idx;
drop index patient_family_start_idx;
