-- Patient search on a clinic of 100,000 patients (issue 3; ADR 0008; docs/benchmarks.md).

-- Walking the clinic in name order checks each name against the search from this index alone (an index-only scan),
-- without visiting the table rows; it replaces the plain name-order index.
create index patient_name_walk_idx on patient (clinic_id, family_name, given_name, id)
    include (search_name, search_family, archived);
drop index patient_clinic_name_idx;

-- Patients are registered a few at a time, so the trigram indexes are updated on write instead of collecting new
-- entries in a pending list that every search would have to read through until the next vacuum.
alter index patient_name_trgm_idx set (fastupdate = off);
alter index patient_phone_trgm_idx set (fastupdate = off);

-- One or two typed letters: the given- and family-name starts are read as two ranges of these indexes alone, with
-- what the list sorts by, instead of visiting thousands of table rows; they replace the plain prefix indexes.
create index patient_name_start_idx on patient (clinic_id, search_name text_pattern_ops)
    include (archived, family_name, given_name, id);
create index patient_family_start_idx on patient (clinic_id, search_family text_pattern_ops)
    include (archived, family_name, given_name, id);
drop index patient_name_prefix_idx;
drop index patient_family_prefix_idx;
