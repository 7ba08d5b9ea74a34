package app.floorplan.core.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the admin searches the trail for; every part is optional and they combine with "and".
 *
 * @param user part of the acting account's display name or user name
 * @param patient part of the patient's name, or a patient id
 * @param from first day (UTC), inclusive
 * @param to last day (UTC), inclusive
 */
public record AuditFilter(
        Optional<String> user,
        Optional<String> patient,
        Optional<AuditAction> action,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<AuditOutcome> outcome) {

    public AuditFilter {
        user = user.map(String::strip).filter(text -> !text.isEmpty());
        patient = patient.map(String::strip).filter(text -> !text.isEmpty());
    }

    public static AuditFilter everything() {
        return new AuditFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
