-- The load test's clinic, added to the demo clinic (FLOORPLAN_DEMO_DATA=true) of a throwaway database:
--   * :pts PT logins lt-pt-0001 ... (the demo therapist's password), each with one patient of her own to assess and
--     prescribe for, cloned from the demo patient Anna (intake, home program with its versions, practice log);
--   * :patients patient logins lt-patient-0001 ... (Anna's password), each a clone of Anna with her plan and log;
--   * the clinic's other patients: the persistence benchmark's generated register (run separately, see
--     benchmarks/load-test.sh), so a PT's search reads a clinic of realistic size.
-- Run with psql -v pts=300 -v patients=700. Clones copy every column of the template's rows except the ones named,
-- so the seed keeps working when later migrations add columns.

\set ON_ERROR_STOP on
select set_config('floorplan.lt_pts', :'pts', false), set_config('floorplan.lt_patients', :'patients', false) \g /dev/null

create function pg_temp.clone(tbl regclass, filter text, overrides jsonb) returns void
    language plpgsql as
$$
declare
    columns text;
begin
    select string_agg(quote_ident(attname), ', ' order by attnum)
    into columns
    from pg_attribute
    where attrelid = tbl and attnum > 0 and not attisdropped and attgenerated = '' and attidentity = '';
    execute format('insert into %s (%s) select %s from (select (jsonb_populate_record(null::%s, to_jsonb(t) || %L)).*'
                       || ' from %s t where %s) cloned', tbl, columns, columns, tbl, overrides, tbl, filter);
end
$$;

-- One patient cloned from Anna with everything a PT or the patient opens: intake, program, practice log.
create function pg_temp.clone_anna(given text, family text, pt uuid) returns uuid
    language plpgsql as
$$
declare
    anna         uuid := (select patient_id from account where username = 'anna');
    anna_intake  uuid := (select id from intake where patient_id = anna);
    anna_program uuid := (select id from home_program where patient_id = anna);
    patient      uuid := gen_random_uuid();
    intake       uuid := gen_random_uuid();
    program      uuid := gen_random_uuid();
begin
    perform pg_temp.clone('patient', format('id = %L', anna), jsonb_build_object(
            'id', patient, 'given_name', given, 'family_name', family, 'assigned_pt_id', pt, 'version', 0,
            'phone', '+46 73 ' || lpad((abs(hashtext(patient::text)) % 10000000)::text, 7, '0'),
            'email', lower(replace(given || '.' || family, ' ', '')) || '@example.org'));
    perform pg_temp.clone('intake', format('id = %L', anna_intake), jsonb_build_object('id', intake, 'patient_id', patient));
    perform pg_temp.clone('intake_version', format('intake_id = %L', anna_intake), jsonb_build_object('intake_id', intake));
    perform pg_temp.clone('intake_delivery', format('intake_id = %L', anna_intake), jsonb_build_object('intake_id', intake));
    perform pg_temp.clone('intake_red_flag', format('intake_id = %L', anna_intake), jsonb_build_object('intake_id', intake));
    perform pg_temp.clone('red_flag_resolution', format('intake_id = %L', anna_intake), jsonb_build_object('intake_id', intake));
    perform pg_temp.clone('home_program', format('id = %L', anna_program), jsonb_build_object('id', program, 'patient_id', patient));
    perform pg_temp.clone('home_program_version', format('program_id = %L', anna_program), jsonb_build_object('program_id', program));
    perform pg_temp.clone('home_program_item', format('program_id = %L', anna_program), jsonb_build_object('program_id', program));
    perform pg_temp.clone('practice_day', format('patient_id = %L', anna),
                          jsonb_build_object('patient_id', patient, 'program_id', program));
    perform pg_temp.clone('practice_exercise', format('patient_id = %L', anna), jsonb_build_object('patient_id', patient));
    return patient;
end
$$;

do
$$
    declare
        -- family names that the generated register does not use, so a PT's search finds her patient on the first page
        families text[] := array['Almgren','Blomqvist','Dahlgren','Ekholm','Frisk','Granberg','Hedin','Ivarsson',
            'Kjellberg','Lövgren','Malmberg','Norberg','Ottosson','Palmgren','Rydberg','Sjögren','Thorsson','Vikström',
            'Wikander','Åkesson','Östlund','Bergkvist','Claesson','Edlund','Fält','Grahn','Holmqvist','Isberg'];
        givens   text[] := array['Alva','Britt','Cajsa','Disa','Edit','Frida','Gun','Hilda','Irma','Jorun','Kaja','Lisen',
            'Mira','Nelly','Olivia','Petra','Rut','Siri','Tyra','Ulla','Vanja','Wendela','Ylva','Ester','Agda','Blenda',
            'Dagny','Elsie','Freja','Gerd','Helmi','Idun','Juni','Karolina','Livia','Majken','Nanna','Ottilia','Ragna',
            'Svea'];
        clinic   uuid := (select clinic_id from account where username = 'therapist');
        therapist account%rowtype;
        pt       uuid;
        i        int;
    begin
        select * into therapist from account where username = 'therapist';
        for i in 1..current_setting('floorplan.lt_pts')::int
            loop
                pt := gen_random_uuid();
                insert into account (id, clinic_id, username, display_name, role, password_hash, enabled, version)
                values (pt, clinic, format('lt-pt-%s', lpad(i::text, 4, '0')), format('Load Test PT %s', i), 'PT',
                        therapist.password_hash, true, 0);
                -- PT i looks for "<given> <family>", searching by the family name
                perform pg_temp.clone_anna(givens[1 + (i - 1) % cardinality(givens)],
                                           families[1 + ((i - 1) / cardinality(givens)) % cardinality(families)], pt);
            end loop;
        for i in 1..current_setting('floorplan.lt_patients')::int
            loop
                insert into account (id, clinic_id, username, display_name, role, password_hash, enabled, patient_id,
                                     version)
                select gen_random_uuid(), clinic, format('lt-patient-%s', lpad(i::text, 4, '0')),
                       format('Load Patient %s', i), 'PATIENT', a.password_hash, true,
                       pg_temp.clone_anna('Load', format('Patient %s', i), therapist.id), 0
                from account a where a.username = 'anna';
            end loop;
    end
$$;

vacuum analyze;

-- The logins for the Gatling feeders: role, user name, password (the demo passwords) and a PT's own patient.
\o :users_csv
copy (select 'PT', a.username, 'Pelvic-Floor-Clinic-26', p.given_name, p.family_name
      from account a join patient p on p.assigned_pt_id = a.id where a.username like 'lt-pt-%'
      union all
      select 'PATIENT', username, 'Morning-Walk-Stroller-26', null, null from account where username like 'lt-patient-%'
      order by 1, 2) to stdout with (format csv);
\o
