package app.floorplan.core.program;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Built-in exercises, program content, intakes and assessments for program and suggestion tests: one postpartum
 * patient, normal unless a test says otherwise.
 */
public final class ProgramFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    public static final PatientId PATIENT = PatientId.random();
    public static final AccountId PT = AccountId.random();
    public static final StandardExerciseLibrary LIBRARY = new StandardExerciseLibrary();

    public static final String WALL_BUG_PRESS = StandardExerciseLibrary.WALL_BUG_PRESS.value();
    /** Loaded abdominal work: the wall bug press holding the lifted leg in tabletop. */
    public static final String WALL_BUG_PRESS_TABLETOP = StandardExerciseLibrary.WALL_BUG_PRESS_TABLETOP.value();

    public static final String HEEL_SLIDES = "heel-slides";
    public static final String DEAD_BUG_MARCHING = "dead-bug-marching";
    public static final String BREATHING = "diaphragmatic-breathing";
    public static final String SCAR_MOBILISATION = "c-section-scar-mobilisation";

    private ProgramFixtures() {}

    public static Exercise exercise(String code) {
        return LIBRARY.find(ExerciseCode.of(code)).orElseThrow();
    }

    public static ExerciseId id(String code) {
        return exercise(code).id();
    }

    public static String nameOf(ExerciseId id) {
        return LIBRARY.find(id).orElseThrow().name();
    }

    /** A form with the exercises in order, each with its default dosage. */
    public static ProgramContentDraft draft(ProgramPhase phase, String... codes) {
        var draft = new ProgramContentDraft().phase(phase);
        for (var code : codes) {
            draft.addItem(id(code), exercise(code).defaultDosage().toBuilder(), "");
        }
        return draft;
    }

    public static ProgramContent content(ProgramPhase phase, String... codes) {
        return draft(phase, codes).build();
    }

    public static IntakeBuilder intake() {
        return new IntakeBuilder();
    }

    /** An assessment of the patient on a day, signed by the PT; a scar section is allowed. */
    public static Assessment assessment(LocalDate date, AssessmentSections sections) {
        return Assessment.record(
                AssessmentId.random(), PATIENT, PT, date, sections, RedFlagScreen.allNegative(), true, TODAY, NOW);
    }

    public static Assessment scarExamined(LocalDate date, boolean healed) {
        return assessment(
                date,
                AssessmentSections.builder()
                        .caesareanScar(new CaesareanScarSection(healed, ScarMobility.MOBILE, ScarSensitivity.NORMAL))
                        .build());
    }

    /** An intake of the patient: one vaginal birth 12 weeks ago, mild back pain, no red flag. */
    public static final class IntakeBuilder {
        private DeliveryMode mode = DeliveryMode.SPONTANEOUS_VAGINAL;
        private LocalDate delivered = TODAY.minusWeeks(12);
        private final List<Delivery> earlier = new ArrayList<>();
        private Set<PainSite> sites = Set.of(PainSite.LOWER_BACK);
        private Set<AggravatingActivity> aggravating = Set.of();
        private Babywearing babywearing = Babywearing.none();
        private Set<RedFlag> redFlags = Set.of();
        private PerinealTrauma trauma = PerinealTrauma.NONE;

        private IntakeBuilder() {}

        /** The perineal trauma at the latest delivery. */
        public IntakeBuilder perinealTrauma(PerinealTrauma latest) {
            trauma = latest;
            return this;
        }

        public IntakeBuilder delivered(DeliveryMode latestMode, LocalDate date) {
            mode = latestMode;
            delivered = date;
            return this;
        }

        public IntakeBuilder caesareanDaysAgo(int days) {
            return delivered(DeliveryMode.EMERGENCY_CAESAREAN, TODAY.minusDays(days));
        }

        public IntakeBuilder earlierDelivery(DeliveryMode earlierMode, LocalDate date) {
            earlier.add(new Delivery(date, earlierMode, PerinealTrauma.NONE, false, Optional.empty()));
            return this;
        }

        public IntakeBuilder painAt(PainSite... where) {
            sites = Set.of(where);
            return this;
        }

        public IntakeBuilder aggravatedBy(AggravatingActivity... activities) {
            aggravating = activities.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(activities));
            return this;
        }

        public IntakeBuilder wearsBabyHoursADay(String hours) {
            babywearing = Babywearing.of(true, Optional.of(new BigDecimal(hours)));
            return this;
        }

        public IntakeBuilder redFlags(RedFlag... positive) {
            redFlags = Set.of(positive);
            return this;
        }

        public Intake build() {
            var deliveries = new ArrayList<>(earlier);
            deliveries.add(new Delivery(delivered, mode, trauma, false, Optional.empty()));
            var history = new ObstetricHistory(
                    deliveries.size(), deliveries.size(), deliveries, Feeding.EXCLUSIVE_BREASTFEEDING, babywearing);
            var pain = new PainProfile(
                    NumericPainRating.of(3),
                    NumericPainRating.of(5),
                    sites,
                    Set.of(PainCharacter.ACHE),
                    aggravating,
                    Optional.empty());
            return Intake.record(
                    IntakeId.random(),
                    PATIENT,
                    history,
                    pain,
                    new RelevantHistory(false, false, false, false, Optional.empty()),
                    new RedFlagScreen(redFlags),
                    PT,
                    NOW);
        }
    }
}
