package app.floorplan.core.intake;

/**
 * The serious condition a red flag may point to, with what the PT does now when a flag of it is positive. The
 * postnatal conditions and their signs follow [NICE-CG37] and [CDC-HEARHER]; the tiers follow [AWHONN-POSTBIRTH]. The
 * back-pain conditions are the domain brief's red-flag screen (referral to a physician).
 */
public enum RedFlagConcern {
    THROMBOEMBOLISM(
            "Blood clot (thromboembolism)",
            "Chest pain or breathlessness: call the emergency number now and stay with her. A painful or swollen calf on"
                    + " its own: same-day medical assessment (urgent referral). Do not exercise or massage the leg."),
    HAEMORRHAGE(
            "Postpartum haemorrhage",
            "Heavy bleeding with dizziness, fainting or a racing heart: call the emergency number now and let her lie"
                    + " down. A pad soaked in an hour or less, or large clots, without those: urgent same-day referral"
                    + " to her maternity unit or midwife."),
    POSTNATAL_INFECTION(
            "Wound or perineal infection",
            "Same-day referral to her GP or midwife; call the emergency number if she is very unwell, confused,"
                    + " breathless or her skin is mottled (possible sepsis)."),
    PRE_ECLAMPSIA(
            "Postpartum pre-eclampsia",
            "Same-day assessment of her blood pressure at the maternity unit or by her GP; call the emergency number if"
                    + " she has a fit, chest pain, breathlessness or confusion."),
    MOOD(
            "Mood (EPDS)",
            "Item 10 above 0: ask her directly about thoughts of harming herself and any plans. If she has a plan or"
                    + " intent, or you believe she is at immediate risk, call the emergency number and do not leave her"
                    + " alone; otherwise refer her the same day to her GP or perinatal mental health team. A total of 13"
                    + " or more without item 10: refer to her GP for assessment."),
    CAUDA_EQUINA(
            "Cauda equina syndrome",
            "Send her to the emergency department now; do not wait for a scan appointment or a routine referral."),
    FRACTURE("Fracture", "Refer to a physician for assessment before loading exercise."),
    TUMOUR_OR_INFECTION(
            "Tumour or infection", "Refer to a physician; with fever and severe pain, the same day (urgent referral)."),
    POSTPARTUM_SPECIFIC(
            "Postpartum-specific",
            "Refer to a physician; fever with pelvic pain or new neurological signs the same day (urgent referral).");

    private final String label;
    private final String whatToDoNow;

    RedFlagConcern(String label, String whatToDoNow) {
        this.label = label;
        this.whatToDoNow = whatToDoNow;
    }

    public String label() {
        return label;
    }

    /** What the PT does now, in a sentence or two, shown as soon as a flag of this concern is answered yes. */
    public String whatToDoNow() {
        return whatToDoNow;
    }
}
