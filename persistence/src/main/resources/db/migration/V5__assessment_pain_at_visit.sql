-- Pain at the visit, rated on the 0-10 NRS as in the intake: now, and the worst in the last week. Like every section
-- table, no row means the section was not assessed in that version; the CHECK constraints mirror core's rules.
create table assessment_pain_at_visit
(
    assessment_id       uuid     not null,
    revision            integer  not null,
    nrs_now             smallint not null check (nrs_now between 0 and 10),
    nrs_worst_last_week smallint not null check (nrs_worst_last_week between 0 and 10),
    primary key (assessment_id, revision),
    foreign key (assessment_id, revision) references assessment_version (assessment_id, revision),
    -- the pain now is part of the last week
    constraint assessment_pain_at_visit_worst_at_least_now check (nrs_worst_last_week >= nrs_now)
);
