-- A program revision's reason follows the same rule as every other correction (core RevisionRules): 1 to 1000
-- characters. Widening from 500 keeps every stored reason valid.
alter table home_program_version drop constraint home_program_version_reason_check;
alter table home_program_version
    add constraint home_program_version_reason_length check (length(reason) between 1 and 1000);
