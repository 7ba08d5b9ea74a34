package app.floorplan.core.intake;

import static app.floorplan.core.intake.RedFlagConcern.CAUDA_EQUINA;
import static app.floorplan.core.intake.RedFlagConcern.FRACTURE;
import static app.floorplan.core.intake.RedFlagConcern.POSTPARTUM_SPECIFIC;
import static app.floorplan.core.intake.RedFlagConcern.TUMOUR_OR_INFECTION;

/**
 * A sign that back pain may have a serious cause; any positive one means referral to a physician before exercise. The
 * list is the red-flag screen of the FloorPlan domain brief (fracture, tumour/infection, cauda equina and
 * postpartum-specific flags).
 */
public enum RedFlag {
    TRAUMA("Significant trauma, e.g. a fall or accident", FRACTURE),
    OSTEOPOROSIS_RISK("Risk factors for osteoporosis", FRACTURE),
    CANCER_HISTORY("History of cancer", TUMOUR_OR_INFECTION),
    FEVER("Fever", TUMOUR_OR_INFECTION),
    UNEXPLAINED_WEIGHT_LOSS("Unexplained weight loss", TUMOUR_OR_INFECTION),
    NIGHT_PAIN("Pain at night", TUMOUR_OR_INFECTION),
    IMMUNOSUPPRESSION("Immunosuppression", TUMOUR_OR_INFECTION),
    SADDLE_ANAESTHESIA("Saddle anaesthesia (numbness around the genitals, anus or inner thighs)", CAUDA_EQUINA),
    NEW_BLADDER_OR_BOWEL_DYSFUNCTION(
            "New bladder or bowel dysfunction, e.g. retention or loss of control", CAUDA_EQUINA),
    PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS("Progressive or bilateral leg weakness or numbness", CAUDA_EQUINA),
    SUSPECTED_SACRAL_STRESS_FRACTURE("Suspected sacral stress fracture", POSTPARTUM_SPECIFIC),
    PREGNANCY_OR_LACTATION_OSTEOPOROSIS(
            "Suspected pregnancy- or lactation-associated osteoporosis", POSTPARTUM_SPECIFIC),
    FEVER_WITH_PELVIC_PAIN(
            "Fever with pelvic pain (possible pyogenic sacroiliitis or pubic osteomyelitis)", POSTPARTUM_SPECIFIC),
    SIGNS_AFTER_EPIDURAL_OR_SPINAL("Headache or neurological signs after an epidural or spinal", POSTPARTUM_SPECIFIC);

    private final String label;
    private final RedFlagConcern concern;

    RedFlag(String label, RedFlagConcern concern) {
        this.label = label;
        this.concern = concern;
    }

    public String label() {
        return label;
    }

    public RedFlagConcern concern() {
        return concern;
    }

    /** The form field key of this flag's yes/no answer, e.g. {@code "redFlags.SADDLE_ANAESTHESIA"}. */
    public String field() {
        return "redFlags." + name();
    }
}
