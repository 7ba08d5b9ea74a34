package app.floorplan.core.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A typical postpartum patient: one emergency caesarean in spring 2026, back pain since. */
final class IntakeFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final LocalDate BORN = LocalDate.of(1992, 3, 14);
    static final AccountId PT = AccountId.random();
    static final Instant RECORDED_AT = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-21T10:00:00Z");

    private IntakeFixtures() {}

    static Delivery delivery(LocalDate date, DeliveryMode mode) {
        return new Delivery(date, mode, PerinealTrauma.NONE, true, Optional.empty());
    }

    static ObstetricHistory history() {
        return ObstetricHistory.create(
                1,
                1,
                List.of(delivery(LocalDate.of(2026, 5, 1), DeliveryMode.EMERGENCY_CAESAREAN)),
                Feeding.EXCLUSIVE_BREASTFEEDING,
                Babywearing.of(true, Optional.of(new BigDecimal("2"))),
                BORN,
                TODAY);
    }

    static PainProfile pain() {
        return PainProfile.create(
                4,
                6,
                Set.of(PainSite.LOWER_BACK),
                Set.of(PainCharacter.ACHE),
                Set.of(AggravatingActivity.LIFTING_CAR_SEAT),
                Optional.of(LocalDate.of(2026, 6, 1)),
                TODAY);
    }

    static RelevantHistory noRelevantHistory() {
        return new RelevantHistory(false, false, false, false, Optional.empty());
    }

    static Intake intake(RedFlagScreen redFlags) {
        return Intake.record(
                IntakeId.random(),
                PatientId.random(),
                history(),
                pain(),
                noRelevantHistory(),
                redFlags,
                PT,
                RECORDED_AT);
    }
}
