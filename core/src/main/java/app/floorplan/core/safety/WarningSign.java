package app.floorplan.core.safety;

/**
 * A postnatal warning sign as the patient reads it on her "When to get help now" card. The signs follow the urgent
 * maternal warning signs [CDC-HEARHER], the potentially life-threatening signs of the postnatal care guideline
 * [NICE-CG37] and the tiers and thresholds of [AWHONN-POSTBIRTH] (which puts a pad soaked in an hour in the "call your
 * provider now" tier and chest pain, breathlessness, fits and thoughts of harm in the emergency tier). The nerve-pressure
 * sign (cauda equina) is the domain brief's red flag; its "emergency" tier is common practice, not taken from a source
 * read here. The wording is FloorPlan's own.
 */
public enum WarningSign {
    CHEST_OR_BREATHING(
            "Chest pain or trouble breathing",
            "Chest pain, sudden breathlessness or coughing up blood: a blood clot may have reached the lungs.",
            HelpUrgency.EMERGENCY),
    BLEEDING_WITH_FAINTNESS(
            "Bleeding with dizziness",
            "Heavy bleeding while you feel dizzy or faint, or your heart is racing.",
            HelpUrgency.EMERGENCY),
    FIT_OR_COLLAPSE("A fit or collapse", "A fit (seizure), fainting or collapsing.", HelpUrgency.EMERGENCY),
    THOUGHTS_OF_HARM(
            "Thoughts of harm",
            "Thoughts of harming yourself or your baby, or feeling that you cannot go on.",
            HelpUrgency.EMERGENCY),
    NERVE_PRESSURE(
            "Numbness or loss of bladder or bowel control",
            "New numbness around your bottom, genitals or inner thighs, or suddenly not being able to pass urine or to"
                    + " control your bladder or bowel, together with back pain.",
            HelpUrgency.EMERGENCY),
    HEAVY_BLEEDING(
            "Heavy bleeding",
            "Bleeding that soaks a pad in an hour or less, clots the size of an egg or bigger, or bleeding that gets"
                    + " heavier again after it had slowed.",
            HelpUrgency.CALL_NOW),
    LEG_CLOT(
            "A painful or swollen leg",
            "Pain, swelling, warmth or redness in one calf or leg: it may be a blood clot.",
            HelpUrgency.CALL_NOW),
    PRE_ECLAMPSIA(
            "Severe headache or vision changes",
            "A headache that does not go away with painkillers, blurred vision or flashing lights, pain high in your"
                    + " belly under the ribs, or sudden swelling of your face or hands: signs of high blood pressure"
                    + " after birth.",
            HelpUrgency.CALL_NOW),
    INFECTION(
            "Fever or a wound that is not healing",
            "A temperature of 38 \u00b0C or more or shivering; a caesarean wound or stitches that are red, swollen, hot,"
                    + " leaking or opening; vaginal discharge that smells bad; or belly pain that keeps getting worse.",
            HelpUrgency.CALL_NOW);

    private final String title;
    private final String signs;
    private final HelpUrgency urgency;

    WarningSign(String title, String signs, HelpUrgency urgency) {
        this.title = title;
        this.signs = signs;
        this.urgency = urgency;
    }

    public String title() {
        return title;
    }

    /** What she may notice, in plain words. */
    public String signs() {
        return signs;
    }

    public HelpUrgency urgency() {
        return urgency;
    }
}
