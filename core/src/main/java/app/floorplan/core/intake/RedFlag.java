package app.floorplan.core.intake;

import static app.floorplan.core.intake.RedFlagConcern.CAUDA_EQUINA;
import static app.floorplan.core.intake.RedFlagConcern.FRACTURE;
import static app.floorplan.core.intake.RedFlagConcern.HAEMORRHAGE;
import static app.floorplan.core.intake.RedFlagConcern.MOOD;
import static app.floorplan.core.intake.RedFlagConcern.POSTNATAL_INFECTION;
import static app.floorplan.core.intake.RedFlagConcern.POSTPARTUM_SPECIFIC;
import static app.floorplan.core.intake.RedFlagConcern.PRE_ECLAMPSIA;
import static app.floorplan.core.intake.RedFlagConcern.THROMBOEMBOLISM;
import static app.floorplan.core.intake.RedFlagConcern.TUMOUR_OR_INFECTION;

import java.util.Arrays;
import java.util.List;

/**
 * A sign that needs a doctor before (more) exercise: the postnatal warning signs ([NICE-CG37], [CDC-HEARHER]), the
 * EPDS mood screen ([COX-1987]) and the domain brief's back-pain red flags (fracture, tumour/infection, cauda equina,
 * postpartum-specific). Any positive flag blocks prescribing until an outcome that allows it is recorded.
 *
 * <p>Three kinds: {@link Kind#ASKED} flags are answered yes/no by the PT; {@link Kind#FROM_EPDS} flags follow from the
 * EPDS scores; {@link Kind#EARLIER_WORDING} flags were asked with a wording that has since changed: old answers keep
 * them (and read with the question that was asked), new screens never do.
 */
public enum RedFlag {
    BLOOD_CLOT_SIGNS(
            "Signs of a blood clot: pain or swelling in one calf or leg, chest pain, or breathlessness",
            THROMBOEMBOLISM,
            Kind.ASKED,
            RedFlagOutcome.EMERGENCY_REFERRAL),
    HEAVY_OR_RETURNING_BLEEDING(
            "Heavy or returning bleeding: a pad soaked in an hour or less, large clots, or dizziness",
            HAEMORRHAGE,
            Kind.ASKED,
            RedFlagOutcome.EMERGENCY_REFERRAL),
    WOUND_OR_PERINEAL_INFECTION(
            "Signs of a wound or perineal infection: fever, spreading redness, discharge or a wound opening",
            POSTNATAL_INFECTION,
            Kind.ASKED,
            RedFlagOutcome.URGENT_REFERRAL),
    PRE_ECLAMPSIA_SIGNS(
            "Signs of pre-eclampsia after birth: severe headache, visual disturbance or pain under the ribs",
            PRE_ECLAMPSIA,
            Kind.ASKED,
            RedFlagOutcome.URGENT_REFERRAL),
    EPDS_SELF_HARM("EPDS item 10 above 0: thoughts of self-harm", MOOD, Kind.FROM_EPDS, RedFlagOutcome.URGENT_REFERRAL),
    EPDS_PROBABLE_DEPRESSION(
            "EPDS total 13 or more: probable depression", MOOD, Kind.FROM_EPDS, RedFlagOutcome.ROUTINE_REFERRAL),
    SADDLE_ANAESTHESIA(
            "Saddle numbness: new numbness around the genitals, anus or inner thighs",
            CAUDA_EQUINA,
            Kind.ASKED,
            RedFlagOutcome.EMERGENCY_REFERRAL),
    NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN(
            "New retention, or new loss of bladder or bowel control, together with back pain (not the leaking many"
                    + " women have after birth)",
            CAUDA_EQUINA,
            Kind.ASKED,
            RedFlagOutcome.EMERGENCY_REFERRAL),
    NEW_BLADDER_OR_BOWEL_DYSFUNCTION(
            "New bladder or bowel dysfunction, e.g. retention or loss of control (earlier wording: may include"
                    + " ordinary postnatal leaking)",
            CAUDA_EQUINA,
            Kind.EARLIER_WORDING,
            RedFlagOutcome.URGENT_REFERRAL),
    PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS(
            "Progressive or bilateral leg weakness or numbness",
            CAUDA_EQUINA,
            Kind.ASKED,
            RedFlagOutcome.EMERGENCY_REFERRAL),
    TRAUMA("Significant trauma, e.g. a fall or accident", FRACTURE, Kind.ASKED, RedFlagOutcome.URGENT_REFERRAL),
    OSTEOPOROSIS_RISK("Risk factors for osteoporosis", FRACTURE, Kind.ASKED, RedFlagOutcome.ROUTINE_REFERRAL),
    CANCER_HISTORY("History of cancer", TUMOUR_OR_INFECTION, Kind.ASKED, RedFlagOutcome.ROUTINE_REFERRAL),
    FEVER("Fever", TUMOUR_OR_INFECTION, Kind.ASKED, RedFlagOutcome.URGENT_REFERRAL),
    UNEXPLAINED_WEIGHT_LOSS(
            "Unexplained weight loss", TUMOUR_OR_INFECTION, Kind.ASKED, RedFlagOutcome.ROUTINE_REFERRAL),
    SEVERE_NIGHT_PAIN(
            "Severe pain at night that is not eased by changing position",
            TUMOUR_OR_INFECTION,
            Kind.ASKED,
            RedFlagOutcome.ROUTINE_REFERRAL),
    NIGHT_PAIN(
            "Pain at night (earlier wording: any pain at night)",
            TUMOUR_OR_INFECTION,
            Kind.EARLIER_WORDING,
            RedFlagOutcome.ROUTINE_REFERRAL),
    IMMUNOSUPPRESSION("Immunosuppression", TUMOUR_OR_INFECTION, Kind.ASKED, RedFlagOutcome.ROUTINE_REFERRAL),
    SUSPECTED_SACRAL_STRESS_FRACTURE(
            "Suspected sacral stress fracture", POSTPARTUM_SPECIFIC, Kind.ASKED, RedFlagOutcome.URGENT_REFERRAL),
    PREGNANCY_OR_LACTATION_OSTEOPOROSIS(
            "Suspected pregnancy- or lactation-associated osteoporosis",
            POSTPARTUM_SPECIFIC,
            Kind.ASKED,
            RedFlagOutcome.URGENT_REFERRAL),
    FEVER_WITH_PELVIC_PAIN(
            "Fever with pelvic pain (possible pyogenic sacroiliitis or pubic osteomyelitis)",
            POSTPARTUM_SPECIFIC,
            Kind.ASKED,
            RedFlagOutcome.URGENT_REFERRAL),
    SIGNS_AFTER_EPIDURAL_OR_SPINAL(
            "Headache or neurological signs after an epidural or spinal",
            POSTPARTUM_SPECIFIC,
            Kind.ASKED,
            RedFlagOutcome.URGENT_REFERRAL);

    /** How a flag gets its answer. */
    public enum Kind {
        /** A yes/no question the PT answers on every screen. */
        ASKED,
        /** Follows from the EPDS item scores when the EPDS was done. */
        FROM_EPDS,
        /** A question no longer asked; kept so that old answers read with the question that was asked. */
        EARLIER_WORDING
    }

    private final String label;
    private final RedFlagConcern concern;
    private final Kind kind;
    private final RedFlagOutcome suggestedOutcome;

    RedFlag(String label, RedFlagConcern concern, Kind kind, RedFlagOutcome suggestedOutcome) {
        this.label = label;
        this.concern = concern;
        this.kind = kind;
        this.suggestedOutcome = suggestedOutcome;
    }

    public String label() {
        return label;
    }

    public RedFlagConcern concern() {
        return concern;
    }

    public Kind kind() {
        return kind;
    }

    /** The referral the PT is offered first when recording an outcome; the PT decides. */
    public RedFlagOutcome suggestedOutcome() {
        return suggestedOutcome;
    }

    /** The flags a screen asks as yes/no questions today, in screen order. */
    public static List<RedFlag> asked() {
        return Arrays.stream(values()).filter(flag -> flag.kind == Kind.ASKED).toList();
    }

    /** The form field key of this flag's yes/no answer, e.g. {@code "redFlags.SADDLE_ANAESTHESIA"}. */
    public String field() {
        return "redFlags." + name();
    }
}
