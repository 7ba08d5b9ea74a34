-- How far below the umbilicus the protocol measures: 2, 3 or 4.5 cm, kept with the diastasis section like the distance
-- above. Every reading recorded before this column existed was taken 2 cm below the umbilicus (the only distance the
-- form offered then), so existing rows get that value; new rows must say which.
alter table assessment_diastasis
    add column below_umbilicus_offset text not null default 'TWO_CM'
        constraint assessment_diastasis_below_umbilicus_offset
            check (below_umbilicus_offset in ('TWO_CM', 'THREE_CM', 'FOUR_AND_A_HALF_CM'));
alter table assessment_diastasis
    alter column below_umbilicus_offset drop default;

-- Which published diastasis limits the clinic judges by (core's DiastasisThresholds): Qu 2021 until the clinic admin
-- chooses another. A setting of the clinic, not of an assessment: findings are judged when they are shown.
alter table clinic
    add column diastasis_thresholds text not null default 'QU_2021'
        constraint clinic_diastasis_thresholds check (diastasis_thresholds in ('QU_2021', 'BEER_2009'));
