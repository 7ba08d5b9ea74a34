package app.floorplan.core.assessment;

/** One version of an assessment with the name of the PT who signed it, for the read-only version history. */
public record AssessmentVersion(Assessment assessment, String authorName) {}
