package app.floorplan.core.record;

/**
 * The outcome of correcting a clinical record: the new current version and the version it supersedes, now marked
 * replaced. Both are kept; storing a correction inserts {@code current} and flags {@code replaced}.
 *
 * @param replaced the previous version, its revision marked replaced
 * @param current the corrected version, its revision one number higher and carrying the reason
 */
public record Correction<T>(T replaced, T current) {}
