package app.floorplan.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.record.Correction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link AssessmentRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter
 * alike: every section reads back as recorded, a correction replaces exactly one current version, a patient's visits
 * list newest first, red-flag outcomes belong to the visit.
 */
public abstract class AssessmentRepositoryContract {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    protected static final Instant RECORDED_AT = Instant.parse("2026-11-20T10:15:30.123456Z");

    protected PatientId anna;
    protected AccountId pia;
    protected AccountId paul;

    protected abstract AssessmentRepository repository();

    /** A patient without assessments, of the clinic {@link #newPt} works in. */
    protected abstract PatientId newPatient();

    /** A PT account of the patient's clinic. */
    protected abstract AccountId newPt();

    @BeforeEach
    void aClinicWithTwoPtsAndAPatient() {
        anna = newPatient();
        pia = newPt();
        paul = newPt();
    }

    @ParameterizedTest(name = "variant {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void every_section_and_every_value_comes_back_exactly_as_recorded(int variant) {
        Assessment recorded = assessment(TODAY, everySection(variant));

        repository().add(recorded);

        assertThat(repository().current(recorded.id())).contains(recorded);
    }

    @Test
    void a_correction_adds_a_version_and_the_replaced_one_stays_readable() {
        Assessment first = assessment(TODAY, diastasisAtUmbilicus("28"));
        repository().add(first);
        var correction = correction(first, diastasisAtUmbilicus("18"), "Typo: 18 mm");

        assertThat(repository().correct(correction)).isTrue();

        assertThat(repository().versions(first.id())).containsExactly(correction.replaced(), correction.current());
        assertThat(repository().versions(first.id()).getFirst().revision().replaced())
                .isTrue();
        assertThat(repository().current(first.id())).contains(correction.current());
        assertThat(repository().currentFor(anna)).containsExactly(correction.current());
    }

    @Test
    void a_second_correction_of_the_same_version_writes_nothing() {
        Assessment first = assessment(TODAY, diastasisAtUmbilicus("28"));
        repository().add(first);

        assertThat(repository().correct(correction(first, diastasisAtUmbilicus("18"), "Pia's typo fix")))
                .isTrue();
        assertThat(repository().correct(correction(first, diastasisAtUmbilicus("21"), "Paul's typo fix")))
                .isFalse();

        assertThat(repository().versions(first.id())).hasSize(2);
        assertThat(repository().current(first.id()).orElseThrow().revision().reason())
                .contains("Pia's typo fix");
    }

    protected Assessment assessment(LocalDate date, AssessmentSections sections) {
        return Assessment.record(
                AssessmentId.random(),
                anna,
                pia,
                date,
                sections,
                RedFlagScreen.allNegative(),
                true,
                TODAY,
                RECORDED_AT);
    }

    protected Correction<Assessment> correction(Assessment of, AssessmentSections sections, String reason) {
        return of.correct(of.date(), sections, true, TODAY, paul, RECORDED_AT.plusSeconds(60), reason);
    }

    protected static AssessmentSections diastasisAtUmbilicus(String millimetres) {
        return AssessmentSections.builder()
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(IrdReading.of(
                                IrdSite.UMBILICUS,
                                IrdCondition.REST,
                                IrdMethod.ULTRASOUND,
                                new BigDecimal(millimetres))),
                        Optional.empty(),
                        Optional.empty()))
                .build();
    }

    /**
     * Every section with values chosen by the variant, so that the variants together use every value of every enum
     * and every optional both empty and present.
     */
    protected static AssessmentSections everySection(int variant) {
        return AssessmentSections.builder()
                .painAtVisit(painAtVisit(variant))
                .breathing(breathing(variant))
                .deepCore(deepCore(variant))
                .pelvicFloor(pelvicFloor(variant))
                .diastasis(diastasis(variant))
                .mobility(mobility(variant))
                .caesareanScar(new CaesareanScarSection(
                        variant % 2 == 0,
                        pick(ScarMobility.values(), variant),
                        pick(ScarSensitivity.values(), variant)))
                .build();
    }

    /** The bounds of the scale, and a worst pain equal to and above the pain now. */
    protected static PainAtVisitSection painAtVisit(int variant) {
        return switch (variant % 3) {
            case 0 -> PainAtVisitSection.of(0, 0);
            case 1 -> PainAtVisitSection.of(variant, variant + 3);
            default -> PainAtVisitSection.of(10, 10);
        };
    }

    protected static BreathingSection breathing(int variant) {
        return new BreathingSection(
                pick(BreathingPattern.values(), variant),
                pick(RibExpansion.values(), variant),
                pick(RibExpansion.values(), variant + 1),
                variant % 2 == 0,
                variant % 2 == 1);
    }

    protected static DeepCoreSection deepCore(int variant) {
        Map<DomingTask, Boolean> doming = new EnumMap<>(DomingTask.class);
        if (variant > 0) {
            for (DomingTask task : DomingTask.values()) {
                // variant 1 leaves one task untested: absent must stay absent, not become "no doming"
                if (variant != 1 || task != DomingTask.SIT_UP_FROM_LYING) {
                    doming.put(task, (task.ordinal() + variant) % 2 == 0);
                }
            }
        }
        Optional<AslrScore> aslr =
                switch (variant) {
                    case 0, 4 -> Optional.empty();
                    case 1 -> Optional.of(AslrScore.of(0, 0, Optional.empty()));
                    case 2 -> Optional.of(AslrScore.of(2, 3, Optional.of(PelvicCompressionEffect.BETTER)));
                    case 3 -> Optional.of(AslrScore.of(5, 0, Optional.of(PelvicCompressionEffect.SAME)));
                    default -> Optional.of(AslrScore.of(1, 4, Optional.of(PelvicCompressionEffect.WORSE)));
                };
        return new DeepCoreSection(pick(TvaActivation.values(), variant), doming, aslr);
    }

    protected static PelvicFloorSection pelvicFloor(int variant) {
        Set<PelvicFloorSymptom> symptoms = variant % 2 == 0 ? Set.of() : EnumSet.allOf(PelvicFloorSymptom.class);
        if (variant < 2) {
            return PelvicFloorSection.withoutInternalExam(variant == 1, symptoms);
        }
        if (variant == 5) {
            // items left not tested come back not tested: never as 0, false or a tone
            Perfect partly = Perfect.of(
                    Optional.of(3),
                    Optional.empty(),
                    Optional.of(4),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(false),
                    Optional.empty());
            return new PelvicFloorSection(
                    true,
                    Optional.of(
                            new InternalExam(partly, Optional.empty(), Optional.of(PelvicFloorRelaxation.COMPLETE))),
                    symptoms);
        }
        Perfect perfect = variant == 2
                ? Perfect.of(0, 0, 0, 0, false, false, false)
                : Perfect.of(1 + variant % 5, 10, variant % 5, 10 - variant % 5, true, variant % 2 == 0, true);
        return new PelvicFloorSection(
                true,
                Optional.of(InternalExam.of(
                        perfect,
                        pick(PelvicFloorTone.values(), variant),
                        pick(PelvicFloorRelaxation.values(), variant))),
                symptoms);
    }

    protected static DiastasisSection diastasis(int variant) {
        List<IrdReading> readings = new ArrayList<>();
        for (IrdSite site : IrdSite.values()) {
            for (IrdCondition condition : IrdCondition.values()) {
                IrdMethod method = pick(IrdMethod.values(), variant + site.ordinal() + condition.ordinal());
                String amount = method == IrdMethod.PALPATION ? "2.5" : "23.4";
                readings.add(IrdReading.of(site, condition, method, new BigDecimal(amount)));
            }
        }
        return new DiastasisSection(
                pick(AboveUmbilicusOffset.values(), variant),
                pick(BelowUmbilicusOffset.values(), variant),
                readings,
                variant == 0 ? Optional.empty() : Optional.of(pick(LineaAlbaTension.values(), variant)),
                variant == 0 ? Optional.empty() : Optional.of(LineaAlbaDepth.of(variant % 4)));
    }

    protected static MobilitySection mobility(int variant) {
        return new MobilitySection(
                pick(MobilityGrade.values(), variant),
                pick(MobilityGrade.values(), variant + 1),
                pick(MobilityGrade.values(), variant + 2),
                pick(MobilityGrade.values(), variant + 3),
                variant % 2 == 0 ? Set.of() : EnumSet.allOf(PostureObservation.class));
    }

    protected static <E> E pick(E[] values, int variant) {
        return values[variant % values.length];
    }

    @Test
    void an_unknown_assessment_has_no_current_version_and_no_history() {
        AssessmentId unknown = AssessmentId.random();

        assertThat(repository().current(unknown)).isEmpty();
        assertThat(repository().versions(unknown)).isEmpty();
        assertThat(repository().currentFor(anna)).isEmpty();
    }

    @Test
    void a_patients_visits_list_newest_first_and_never_another_patients() {
        Assessment older = assessment(TODAY.minusDays(14), diastasisAtUmbilicus("28"));
        Assessment newer = assessment(TODAY, diastasisAtUmbilicus("21"));
        Assessment middle = assessment(TODAY.minusDays(7), diastasisAtUmbilicus("24"));
        repository().add(older);
        repository().add(newer);
        repository().add(middle);
        PatientId bea = newPatient();
        repository()
                .add(Assessment.record(
                        AssessmentId.random(),
                        bea,
                        pia,
                        TODAY.minusDays(1),
                        diastasisAtUmbilicus("30"),
                        RedFlagScreen.allNegative(),
                        true,
                        TODAY,
                        RECORDED_AT));

        assertThat(repository().currentFor(anna)).containsExactly(newer, middle, older);
    }

    @Test
    void an_outcome_belongs_to_the_visit_so_every_version_shows_it() {
        var bleeding = Set.of(RedFlag.HEAVY_OR_RETURNING_BLEEDING);
        var first = Assessment.record(
                AssessmentId.random(),
                anna,
                pia,
                TODAY,
                everySection(1),
                new RedFlagScreen(bleeding),
                true,
                TODAY,
                RECORDED_AT);
        repository().add(first);
        var correction = correction(first, everySection(2), "Wrong IRD typed");
        assertThat(repository().correct(correction)).isTrue();
        var referred = correction
                .current()
                .recordRedFlagResolution(
                        RedFlagOutcome.URGENT_REFERRAL,
                        bleeding,
                        Optional.of(ReferralRecipient.MATERNITY_UNIT),
                        "Sent to the maternity unit",
                        pia,
                        RECORDED_AT.plusSeconds(120));

        repository().addResolution(referred);

        assertThat(repository().current(first.id()).orElseThrow().redFlagResolutions())
                .isEqualTo(referred.redFlagResolutions());
        assertThat(repository().versions(first.id())).hasSize(2).allSatisfy(version -> assertThat(
                        version.redFlagResolutions())
                .isEqualTo(referred.redFlagResolutions()));
    }
}
