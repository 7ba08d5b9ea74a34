-- Patient search by part of a name in a clinic of a million patients (issue 14, ADR 0008).
--
-- A typed part of a name (3+ letters, no space) lies inside the given name or inside the family name, never across
-- the space between them. The clinic's distinct names are few (a generated register of 1,000,000 patients has about
-- 41,000 family and 31,000 given names), so the names containing the fragment are found in these small dictionaries,
-- and then:
--   * patients with one of those family names are read straight in name order from the name index (PostgreSQL 17 reads
--     "family_name = any(...)" in index order), so a fragment of a common family name late in the alphabet ("ström",
--     "pers") costs one page, not a walk through the clinic up to that name;
--   * patients with one of those given names come from a covering index on the given name and are sorted, or, when
--     there are too many to sort, are common enough that walking the name order finds a page quickly.
-- Entries are added by a trigger and never removed (a renamed patient's old name stays and finds nobody).

create table patient_family_name
(
    clinic_id     uuid not null references clinic (id),
    family_name   text not null,
    search_family text generated always as (fp_fold(family_name)) stored,
    primary key (clinic_id, family_name)
);

create table patient_given_name
(
    clinic_id    uuid not null references clinic (id),
    given_name   text not null,
    search_given text generated always as (fp_fold(given_name)) stored,
    primary key (clinic_id, given_name)
);

insert into patient_family_name (clinic_id, family_name)
select distinct clinic_id, family_name from patient;
insert into patient_given_name (clinic_id, given_name)
select distinct clinic_id, given_name from patient;

-- names arrive a few at a time: no pending list for a search to read through (as V12 does for the patient indexes)
create index patient_family_name_trgm_idx on patient_family_name using gin (search_family gin_trgm_ops)
    with (fastupdate = off);
create index patient_given_name_trgm_idx on patient_given_name using gin (search_given gin_trgm_ops)
    with (fastupdate = off);

-- the patients with a given name, without reading their table rows
create index patient_given_name_idx on patient (clinic_id, given_name) include (family_name, id, archived);

create function patient_names_known() returns trigger
    language plpgsql
as
$$
begin
    insert into patient_family_name (clinic_id, family_name) values (new.clinic_id, new.family_name)
    on conflict do nothing;
    insert into patient_given_name (clinic_id, given_name) values (new.clinic_id, new.given_name)
    on conflict do nothing;
    return null;
end
$$;

create trigger patient_names_known
    after insert or update of clinic_id, given_name, family_name
    on patient
    for each row
execute function patient_names_known();
