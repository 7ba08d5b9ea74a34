package app.floorplan.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.record.Correction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link IntakeRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter alike:
 * versions read back unchanged, a correction replaces exactly one current version, resolutions carry over.
 */
public abstract class IntakeRepositoryContract {

    protected static final Set<RedFlag> FEVER = Set.of(RedFlag.FEVER);
    protected static final Instant RECORDED_AT = Instant.parse("2026-11-20T10:00:00Z");
    protected static final Instant LATER = Instant.parse("2026-11-21T09:30:00Z");
    protected static final LocalDate LATEST_DELIVERY = LocalDate.of(2026, 5, 1);

    protected PatientId patient;
    protected AccountId pia;
    protected AccountId paul;

    protected abstract IntakeRepository repository();

    /** A patient without an intake, of the clinic {@link #newPt} works in. */
    protected abstract PatientId newPatient();

    /** A PT account of the patient's clinic. */
    protected abstract AccountId newPt();

    @BeforeEach
    void aPatientAndTwoPts() {
        patient = newPatient();
        pia = newPt();
        paul = newPt();
    }

    @ParameterizedTest(name = "feeding {0}")
    @EnumSource(Feeding.class)
    void a_full_intake_with_every_delivery_mode_trauma_pain_answer_and_red_flag_reads_back_unchanged(Feeding feeding) {
        // every flag ever stored, earlier wordings included, and an EPDS with its item scores
        Intake full = first(
                everything(feeding),
                new RedFlagScreen(
                        EnumSet.allOf(RedFlag.class), Optional.of(EpdsAnswers.ofScores(0, 1, 2, 3, 0, 1, 2, 3, 1, 1))));

        repository().add(full);

        assertThat(repository().current(patient)).contains(full);
        assertThat(repository().versions(patient)).containsExactly(full);
    }

    @Test
    void an_intake_without_any_optional_answer_reads_back_unchanged() {
        var none = new ObstetricHistory(0, 0, List.of(), Feeding.NONE, Babywearing.none());
        var noPain = new PainProfile(
                NumericPainRating.of(0), NumericPainRating.of(0), Set.of(), Set.of(), Set.of(), Optional.empty());
        Intake bare = Intake.record(
                IntakeId.random(),
                patient,
                none,
                noPain,
                new RelevantHistory(false, false, false, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                pia,
                RECORDED_AT);

        repository().add(bare);

        assertThat(repository().current(patient)).contains(bare);
    }

    @Test
    void a_patient_without_an_intake_has_no_current_version_and_no_history() {
        assertThat(repository().current(patient)).isEmpty();
        assertThat(repository().versions(patient)).isEmpty();
    }

    @Test
    void a_correction_is_the_new_current_version_and_the_old_one_stays_readable_marked_replaced() {
        Intake original = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        repository().add(original);
        Correction<Intake> correction = correctedPain(original, paul, 2);

        assertThat(repository().correct(correction)).isTrue();

        assertThat(repository().current(patient)).contains(correction.current());
        List<Intake> versions = repository().versions(patient);
        assertThat(versions).containsExactly(correction.replaced(), correction.current());
        assertThat(versions.getFirst().revision().replaced()).isTrue();
        assertThat(versions.getFirst().pain().now().value()).isEqualTo(4);
        assertThat(versions.getLast().revision().reason()).contains("Pain now was 2");
    }

    @Test
    void a_version_that_was_already_replaced_cannot_be_replaced_again() {
        Intake original = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        repository().add(original);
        repository().correct(correctedPain(original, pia, 2));

        assertThat(repository().correct(correctedPain(original, paul, 5))).isFalse();
        assertThat(repository().versions(patient)).hasSize(2);
    }

    @Test
    void resolutions_are_appended_in_order_and_carry_over_to_later_versions_but_not_to_earlier_ones() {
        Intake flagged = first(everything(Feeding.PARTIAL), new RedFlagScreen(Set.of(RedFlag.FEVER)));
        repository().add(flagged);
        Intake referred = flagged.recordRedFlagResolution(
                RedFlagOutcome.URGENT_REFERRAL, FEVER, Optional.of(ReferralRecipient.GP), "Referred to GP", pia, LATER);
        repository().addResolution(referred);
        Intake cleared = referred.recordRedFlagResolution(
                RedFlagOutcome.CLEARED,
                FEVER,
                Optional.empty(),
                "GP found no infection",
                paul,
                LATER.plusSeconds(3600));
        repository().addResolution(cleared);

        assertThat(repository().current(patient)).contains(cleared);

        Correction<Intake> correction = cleared.correct(
                cleared.obstetricHistory(),
                cleared.pain(),
                cleared.relevantHistory(),
                new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN)),
                pia,
                LATER.plusSeconds(7200),
                "Night pain was missed");
        repository().correct(correction);
        Intake resolvedAgain = correction
                .current()
                .recordRedFlagResolution(
                        RedFlagOutcome.ROUTINE_REFERRAL,
                        Set.of(RedFlag.SEVERE_NIGHT_PAIN),
                        Optional.of(ReferralRecipient.GP),
                        "Night pain: GP",
                        pia,
                        LATER.plusSeconds(9000));
        repository().addResolution(resolvedAgain);

        Intake current = repository().current(patient).orElseThrow();
        assertThat(current.redFlagResolutions())
                .extracting(RedFlagResolution::outcome)
                .containsExactly(
                        RedFlagOutcome.URGENT_REFERRAL, RedFlagOutcome.CLEARED, RedFlagOutcome.ROUTINE_REFERRAL);
        assertThat(current.redFlagResolutions().getFirst().to()).contains(ReferralRecipient.GP);
        assertThat(current.unresolvedRedFlags()).isEmpty();
        assertThat(repository().versions(patient)).containsExactly(correction.replaced(), resolvedAgain);
    }

    protected final Intake first(ObstetricHistory obstetric, RedFlagScreen redFlags) {
        var pain = new PainProfile(
                NumericPainRating.of(4),
                NumericPainRating.of(7),
                EnumSet.allOf(PainSite.class),
                EnumSet.allOf(PainCharacter.class),
                EnumSet.allOf(AggravatingActivity.class),
                Optional.of(LocalDate.of(2026, 6, 1)));
        var history = new RelevantHistory(true, true, true, true, Optional.of("Appendectomy 2015"));
        return Intake.record(IntakeId.random(), patient, obstetric, pain, history, redFlags, pia, RECORDED_AT);
    }

    /** Every delivery mode and every kind of perineal trauma, with and without birth weight and anaesthesia. */
    protected static ObstetricHistory everything(Feeding feeding) {
        List<Delivery> deliveries = List.of(
                delivery(2012, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.FIRST_DEGREE, "3.456"),
                delivery(2014, DeliveryMode.VACUUM, PerinealTrauma.SECOND_DEGREE, null),
                delivery(2016, DeliveryMode.FORCEPS, PerinealTrauma.THIRD_A, "0.3"),
                delivery(2018, DeliveryMode.PLANNED_CAESAREAN, PerinealTrauma.NONE, "7.0"),
                delivery(2020, DeliveryMode.EMERGENCY_CAESAREAN, PerinealTrauma.THIRD_B, "2.95"),
                delivery(2022, DeliveryMode.VBAC, PerinealTrauma.THIRD_C, "4.1"),
                delivery(2024, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.FOURTH_DEGREE, "3.2"),
                new Delivery(
                        LATEST_DELIVERY,
                        DeliveryMode.SPONTANEOUS_VAGINAL,
                        PerinealTrauma.EPISIOTOMY,
                        false,
                        Optional.of(BirthWeight.ofKilograms(new BigDecimal("3.61")))));
        return new ObstetricHistory(
                9, 8, deliveries, feeding, Babywearing.of(true, Optional.of(new BigDecimal("1.5"))));
    }

    private static Delivery delivery(int year, DeliveryMode mode, PerinealTrauma trauma, String kilograms) {
        return new Delivery(
                LocalDate.of(year, 3, 14),
                mode,
                trauma,
                year % 4 == 0,
                Optional.ofNullable(kilograms).map(BigDecimal::new).map(BirthWeight::ofKilograms));
    }

    protected static Correction<Intake> correctedPain(Intake opened, AccountId by, int nrsNow) {
        var pain = new PainProfile(
                NumericPainRating.of(nrsNow),
                opened.pain().worstLastWeek(),
                opened.pain().sites(),
                opened.pain().character(),
                opened.pain().aggravatingActivities(),
                opened.pain().since());
        return opened.correct(
                opened.obstetricHistory(),
                pain,
                opened.relevantHistory(),
                opened.redFlags(),
                by,
                LATER,
                "Pain now was " + nrsNow);
    }
}
