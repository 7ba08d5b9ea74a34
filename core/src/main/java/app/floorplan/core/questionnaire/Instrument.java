package app.floorplan.core.questionnaire;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The outcome measures FloorPlan keeps, with their published range, direction, change threshold and licence. FloorPlan
 * ships none of their question wording: where a licence to republish it could not be confirmed it is treated as
 * licensed (docs/outcome-measures.md), so patients answer with the clinic's printed copy and the PT enters paper copies.
 * Scoring lives in one class per instrument ({@link #scoring()}).
 */
public enum Instrument {
    PFDI_20(
            "PFDI-20",
            "Pelvic Floor Distress Inventory-20",
            "BARBER-2005",
            0,
            300,
            true,
            EntryMode.ITEMS_BY_PATIENT_OR_PT,
            Optional.of(MeaningfulChange.of(
                    "24",
                    ChangeKind.MINIMAL_IMPORTANT_CHANGE,
                    "KARJALAINEN-2021",
                    "estimated after prolapse surgery; a change after physiotherapy may be smaller")),
            "The PFDI-20 is free of charge for clinical use, but its wording is published under the journal's copyright"
                    + " and no licence to republish it in software was found, so FloorPlan does not show it. The patient"
                    + " answers with the printed copy from her physiotherapist; FloorPlan scores her answers."),
    PFIQ_7(
            "PFIQ-7",
            "Pelvic Floor Impact Questionnaire-7",
            "BARBER-2005",
            0,
            300,
            true,
            EntryMode.ITEMS_BY_PATIENT_OR_PT,
            Optional.empty(),
            "The PFIQ-7's wording is published under the journal's copyright and no licence to republish it in software"
                    + " was found, so FloorPlan does not show it. The patient answers with the printed copy from her"
                    + " physiotherapist; FloorPlan scores her answers."),
    PSFS(
            "PSFS",
            "Patient-Specific Functional Scale",
            "STRATFORD-1995",
            0,
            10,
            false,
            EntryMode.ITEMS_BY_PT,
            Optional.of(MeaningfulChange.of(
                    "2",
                    ChangeKind.MINIMAL_DETECTABLE_CHANGE,
                    "STRATFORD-1995",
                    "for the average score, 90 % confidence; a single activity needs 3 points")),
            "The PSFS is an interview: the physiotherapist asks for the activities and their ratings. Its script and"
                    + " rating scale are reproduced with the authors' permission only, so FloorPlan records the"
                    + " activities in her words and the ratings, not the wording."),
    EPDS(
            "EPDS",
            "Edinburgh Postnatal Depression Scale",
            "COX-1987",
            0,
            30,
            true,
            EntryMode.ITEMS_BY_PT,
            Optional.of(MeaningfulChange.of(
                    "4",
                    ChangeKind.RELIABLE_CHANGE,
                    "MATTHEY-2004",
                    "the change one woman's score needs to be a real change in mood")),
            "The EPDS wording may be copied by clinicians for their own use, but republishing it online needs the Royal"
                    + " College of Psychiatrists' written permission, so FloorPlan does not show it. The woman fills in"
                    + " the clinic's paper copy with her physiotherapist, who enters each item's score: a score above 0"
                    + " on item 10 needs a response the same day."),
    ODI(
            "ODI",
            "Oswestry Disability Index",
            "FAIRBANK-2000",
            0,
            100,
            true,
            EntryMode.TOTAL_BY_PT,
            Optional.of(MeaningfulChange.of(
                    "10", ChangeKind.MINIMAL_IMPORTANT_CHANGE, "OSTELO-2008", "consensus figure for low back pain")),
            "The ODI is copyrighted and licensed through Mapi Research Trust; it is free for clinical use, software"
                    + " vendors need a licence. FloorPlan keeps only the total the physiotherapist scores from the"
                    + " paper copy."),
    ICIQ_UI_SF(
            "ICIQ-UI SF",
            "International Consultation on Incontinence Questionnaire - Urinary Incontinence Short Form",
            "AVERY-2004",
            0,
            21,
            true,
            EntryMode.TOTAL_BY_PT,
            Optional.of(MeaningfulChange.of(
                    "1.46",
                    ChangeKind.MINIMAL_IMPORTANT_CHANGE,
                    "NYSTROM-2024",
                    "women treating incontinence themselves with an app; larger for severe incontinence (3.58)")),
            "The ICIQ is free for clinical use after registration, but its developers allow electronic versions only"
                    + " for data capture by staff, not for patients to fill in, and charge commercial users. FloorPlan"
                    + " keeps only the total the physiotherapist scores from the paper copy."),
    PGQ(
            "PGQ",
            "Pelvic Girdle Questionnaire",
            "STUGE-2011",
            0,
            100,
            true,
            EntryMode.TOTAL_BY_PT,
            Optional.of(MeaningfulChange.of(
                    "25",
                    ChangeKind.MINIMAL_IMPORTANT_CHANGE,
                    "STUGE-2017",
                    "women with pelvic girdle pain from late pregnancy to 3 months after birth")),
            "No licence to republish the PGQ's wording was found, so FloorPlan keeps only the total (0-100) the"
                    + " physiotherapist scores from the paper copy.");

    private final String label;
    private final String fullName;
    private final String source;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean higherIsWorse;
    private final EntryMode entryMode;
    private final Optional<MeaningfulChange> meaningfulChange;
    private final String whyNoWording;

    Instrument(
            String label,
            String fullName,
            String source,
            int min,
            int max,
            boolean higherIsWorse,
            EntryMode entryMode,
            Optional<MeaningfulChange> meaningfulChange,
            String whyNoWording) {
        this.label = label;
        this.fullName = fullName;
        this.source = source;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
        this.higherIsWorse = higherIsWorse;
        this.entryMode = entryMode;
        this.meaningfulChange = meaningfulChange;
        this.whyNoWording = whyNoWording;
    }

    /** The published abbreviation, e.g. "PFDI-20". */
    public String label() {
        return label;
    }

    public String fullName() {
        return fullName;
    }

    /** The key of the instrument's source in docs/clinical-sources.md. */
    public String source() {
        return source;
    }

    /** The lowest possible total. */
    public BigDecimal min() {
        return min;
    }

    /** The highest possible total. */
    public BigDecimal max() {
        return max;
    }

    /** True when a higher total means more symptoms or disability (every instrument here but the PSFS). */
    public boolean higherIsWorse() {
        return higherIsWorse;
    }

    public EntryMode entryMode() {
        return entryMode;
    }

    /** True when a PT can assign it for the patient to fill in on her phone. */
    public boolean assignable() {
        return entryMode == EntryMode.ITEMS_BY_PATIENT_OR_PT;
    }

    /** The published change of the total that counts, when a source gives one. */
    public Optional<MeaningfulChange> meaningfulChange() {
        return meaningfulChange;
    }

    /** Why FloorPlan shows no question wording for it, in words for the PT and the patient. */
    public String whyNoWording() {
        return whyNoWording;
    }

    /** "lower is better" or "higher is better", for a chart's legend. */
    public String direction() {
        return higherIsWorse ? "lower is better" : "higher is better";
    }

    /** The instrument's published scoring. */
    public InstrumentScoring scoring() {
        return switch (this) {
            case PFDI_20 -> Pfdi20.SCORING;
            case PFIQ_7 -> Pfiq7.SCORING;
            case PSFS -> Psfs.SCORING;
            case EPDS -> Epds.SCORING;
            case ODI -> EnteredTotal.ODI;
            case ICIQ_UI_SF -> EnteredTotal.ICIQ_UI_SF;
            case PGQ -> EnteredTotal.PGQ;
        };
    }
}
