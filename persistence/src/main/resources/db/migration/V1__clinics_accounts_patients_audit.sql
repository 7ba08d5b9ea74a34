-- The schema is code: Flyway migrations are its only source. Every table a person edits carries a version column
-- for optimistic locking; clinical rows are never deleted (archived or replaced instead).

create extension if not exists unaccent;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets the search use an expression index.
create or replace function fp_fold(text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table clinic
(
    id   uuid primary key,
    name text not null unique check (length(name) between 1 and 200)
);

create table patient
(
    id                 uuid primary key,
    clinic_id          uuid        not null references clinic (id),
    given_name         text        not null check (length(given_name) between 1 and 100),
    family_name        text        not null check (length(family_name) between 1 and 100),
    date_of_birth      date        not null check (date_of_birth > date '1900-01-01'),
    phone              text check (phone ~ '^\+?[0-9 ()./-]{6,30}$'),
    email              text check (email ~ '^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$'),
    preferred_language text        not null check (length(preferred_language) between 1 and 40),
    assigned_pt_id     uuid,
    notes              text        not null default '' check (length(notes) <= 4000),
    archived           boolean     not null default false,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    -- folded once on write, so a search compares plain text instead of running unaccent() on every row
    search_name        text generated always as (fp_fold(given_name || ' ' || family_name)) stored,
    search_family      text generated always as (fp_fold(family_name)) stored,
    phone_digits       text generated always as (regexp_replace(phone, '[^0-9]', '', 'g')) stored
);

create index patient_clinic_name_idx on patient (clinic_id, family_name, given_name, id);
create index patient_dob_idx on patient (clinic_id, date_of_birth);

create table account
(
    id            uuid primary key,
    clinic_id     uuid   not null references clinic (id),
    username      text   not null unique check (username ~ '^[a-z0-9._@-]{3,64}$'),
    display_name  text   not null check (length(display_name) between 1 and 200),
    role          text   not null check (role in ('ADMIN', 'PT', 'PATIENT')),
    password_hash text   not null check (password_hash like '{%'),
    enabled       boolean not null default true,
    patient_id    uuid unique references patient (id),
    version       bigint not null default 0,
    -- a patient login belongs to exactly one patient record; staff logins to none
    constraint account_patient_link check ((role = 'PATIENT') = (patient_id is not null))
);

alter table patient
    add constraint patient_assigned_pt_fk foreign key (assigned_pt_id) references account (id);

create table audit_event
(
    id          bigserial primary key,
    occurred_at timestamptz not null,
    actor_id    uuid,
    actor_role  text check (actor_role in ('ADMIN', 'PT', 'PATIENT')),
    action      text        not null,
    patient_id  uuid,
    record_id   uuid,
    outcome     text        not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED'))
);

create index audit_event_patient_idx on audit_event (patient_id, occurred_at);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at);

-- Partial, accent- and case-insensitive search by name or phone digits stays fast on large clinics with trigrams.
create extension if not exists pg_trgm;
create index patient_name_trgm_idx on patient using gin (search_name gin_trgm_ops);
-- one or two typed letters are too short for trigrams: they match the start of the given or family name instead
create index patient_name_prefix_idx on patient (clinic_id, search_name text_pattern_ops);
create index patient_family_prefix_idx on patient (clinic_id, search_family text_pattern_ops);
create index patient_phone_trgm_idx on patient using gin (phone_digits gin_trgm_ops);
