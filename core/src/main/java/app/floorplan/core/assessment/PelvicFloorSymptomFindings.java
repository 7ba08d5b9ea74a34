package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the pelvic floor symptoms the patient reports call for, recorded with or without an internal exam: each finding
 * names the symptom, what it calls for and the source.
 */
final class PelvicFloorSymptomFindings {

    private PelvicFloorSymptomFindings() {}

    static List<Finding> of(Set<PelvicFloorSymptom> symptoms) {
        var findings = new ArrayList<Finding>();
        if (symptoms.contains(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE)) {
            // [NICE-NG210]: supervised pelvic floor muscle training first, for at least 3 months; no internal exam is
            // required before it.
            findings.add(Finding.of(
                    FindingKind.STRESS_URINARY_INCONTINENCE,
                    "Stress urinary incontinence reported: supervised pelvic floor muscle training first, also"
                            + " without an internal exam [NICE-NG210]"));
        }
        if (symptoms.contains(PelvicFloorSymptom.URGE_INCONTINENCE)) {
            // [NICE-NG123]: bladder training is the first treatment for urgency and mixed incontinence.
            findings.add(Finding.of(
                    FindingKind.URGE_INCONTINENCE, "Urge incontinence reported: bladder training first [NICE-NG123]"));
        }
        if (symptoms.contains(PelvicFloorSymptom.FAECAL_OR_FLATUS_INCONTINENCE)) {
            // [NICE-CG49]: faecal incontinence is assessed and managed by a specialist service when it continues.
            findings.add(Finding.of(
                    FindingKind.ANAL_INCONTINENCE,
                    "Faecal or flatus incontinence reported: specialist assessment of bowel control [NICE-CG49]"));
        }
        if (symptoms.contains(PelvicFloorSymptom.BULGE_HEAVINESS)) {
            // [NICE-NG210]: pelvic floor muscle training, a pessary as an option, and minimal heavy lifting.
            findings.add(Finding.of(
                    FindingKind.PROLAPSE_SYMPTOMS,
                    "Bulge or heaviness reported (prolapse symptoms): examination for prolapse, pelvic floor muscle"
                            + " training, a pessary as an option, and light loads [NICE-NG210]"));
        }
        if (symptoms.contains(PelvicFloorSymptom.DYSPAREUNIA)) {
            // [BERGHMANS-2018]: pain with sex goes with pelvic floor overactivity; relaxation (down-training) first.
            findings.add(
                    Finding.of(
                            FindingKind.PAIN_WITH_INTERCOURSE,
                            "Pain with intercourse reported: relaxation (down-training) before strengthening [BERGHMANS-2018]"));
        }
        return findings;
    }
}
