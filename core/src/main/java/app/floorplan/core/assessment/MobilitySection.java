package app.floorplan.core.assessment;

import java.util.Set;

/** Spinal mobility and standing posture. */
public record MobilitySection(
        MobilityGrade thoracicRotationLeft,
        MobilityGrade thoracicRotationRight,
        MobilityGrade lumbarFlexion,
        MobilityGrade lumbarExtension,
        Set<PostureObservation> postureObservations) {

    public MobilitySection {
        postureObservations = Set.copyOf(postureObservations);
    }
}
